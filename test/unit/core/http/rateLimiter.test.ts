// The rate limiter on a fake clock: never more than N starts in any sliding window (plus margin), FIFO,
// cancellable while queued, limits learned on the fly, and pauses after a 429.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DEFAULT_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS, RATE_WINDOW_MS, RateLimiter, parseRateLimitHeader, parseRetryAfter,
} from '../../../../src/core/http/rateLimiter';
import { RemoteError } from '../../../../src/core/http/types';
import { FakeClock, flushMicrotasks } from './harness';

const MARGIN_MS = 100;
const SPAN_MS = RATE_WINDOW_MS + MARGIN_MS;

/** Starts `count` acquisitions and records when (on the fake clock) each one was granted. */
function startMany(limiter: RateLimiter, clock: FakeClock, count: number, signals: (AbortSignal | undefined)[] = []) {
  const grantedAt: (number | undefined)[] = new Array(count).fill(undefined);
  const order: number[] = [];
  const settled = Array.from({ length: count }, (_, index) => limiter.acquire(signals[index]).then(
    () => { grantedAt[index] = clock.now(); order.push(index); },
    (error: unknown) => error,
  ));
  return { grantedAt, order, settled };
}

function maxStartsInAnySpan(times: readonly number[], spanMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0; i < sorted.length; i += 1) {
    let j = i;
    while (j < sorted.length && sorted[j] - sorted[i] < spanMs) j += 1;
    max = Math.max(max, j - i);
  }
  return max;
}

describe('rate limiter', () => {
  test('grants N at once, queues the rest and never exceeds N starts per window plus margin', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requestsPerSecond: 2, safetyMarginMs: MARGIN_MS, clock });
    const { grantedAt, settled } = startMany(limiter, clock, 7);
    await flushMicrotasks();
    assert.equal(grantedAt.filter((at) => at !== undefined).length, 2, 'two start immediately');
    assert.equal(limiter.queuedCount, 5);
    await clock.advance(10 * SPAN_MS);
    await Promise.all(settled);
    const times = grantedAt as number[];
    assert.ok(times.every((at) => typeof at === 'number'), 'every request eventually starts');
    assert.equal(maxStartsInAnySpan(times, SPAN_MS), 2);
    // Not slower than needed either: pairs start exactly one span apart.
    const start = times[0];
    assert.deepEqual(times.map((at) => at - start), [0, 0, SPAN_MS, SPAN_MS, 2 * SPAN_MS, 2 * SPAN_MS, 3 * SPAN_MS]);
  });

  test('for any limit and any arrival pattern, at most N starts fall in any window', async () => {
    await fc.assert(fc.asyncProperty(
      fc.integer({ min: 1, max: 5 }),
      fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 25 }),
      async (limit, gaps) => {
        const clock = new FakeClock();
        const limiter = new RateLimiter({ requestsPerSecond: limit, safetyMarginMs: MARGIN_MS, clock });
        const granted: number[] = [];
        const all: Promise<void>[] = [];
        for (const gap of gaps) {
          await clock.advance(gap);
          all.push(limiter.acquire().then(() => { granted.push(clock.now()); }));
        }
        await clock.advance(gaps.length * SPAN_MS);
        await Promise.all(all);
        assert.equal(granted.length, gaps.length);
        assert.ok(maxStartsInAnySpan(granted, SPAN_MS) <= limit, `more than ${limit} starts within ${SPAN_MS} ms: ${granted.join(', ')}`);
      },
    ), { numRuns: 60 });
  });

  test('serves waiting requests in arrival order', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requestsPerSecond: 1, safetyMarginMs: MARGIN_MS, clock });
    const { order, settled } = startMany(limiter, clock, 5);
    await clock.advance(6 * SPAN_MS);
    await Promise.all(settled);
    assert.deepEqual(order, [0, 1, 2, 3, 4]);
  });

  test('a request cancelled while queued is refused as cancelled, and the others keep their turn', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requestsPerSecond: 1, safetyMarginMs: MARGIN_MS, clock });
    const cancel = new AbortController();
    const { grantedAt, settled } = startMany(limiter, clock, 3, [undefined, cancel.signal, undefined]);
    await flushMicrotasks();
    cancel.abort();
    const outcome = await settled[1];
    assert.ok(outcome instanceof RemoteError);
    assert.equal(outcome.kind, 'cancelled');
    assert.equal(limiter.queuedCount, 1);
    await clock.advance(SPAN_MS);
    await settled[2];
    assert.equal(grantedAt[1], undefined, 'the cancelled one never starts');
    assert.equal((grantedAt[2] as number) - (grantedAt[0] as number), SPAN_MS, 'the next one takes the freed turn');
  });

  test('an already aborted signal is refused without queueing', async () => {
    const limiter = new RateLimiter({ requestsPerSecond: 1, clock: new FakeClock() });
    const cancel = new AbortController();
    cancel.abort();
    await assert.rejects(limiter.acquire(cancel.signal), (error: unknown) => error instanceof RemoteError && error.kind === 'cancelled');
    assert.equal(limiter.queuedCount, 0);
  });

  test('a higher announced limit releases queued requests at once; a lower one slows them down', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requestsPerSecond: 1, safetyMarginMs: MARGIN_MS, clock });
    const { grantedAt, settled } = startMany(limiter, clock, 4);
    await flushMicrotasks();
    assert.equal(grantedAt.filter((at) => at !== undefined).length, 1);
    limiter.setLimit(4);
    await flushMicrotasks();
    await Promise.all(settled);
    assert.equal(new Set(grantedAt).size, 1, 'all four started at the same instant');

    const slower = startMany(limiter, clock, 2);
    limiter.setLimit(1);
    await clock.advance(3 * SPAN_MS);
    await Promise.all(slower.settled);
    assert.equal((slower.grantedAt[1] as number) - (slower.grantedAt[0] as number), SPAN_MS);
  });

  test('unlimited until a limit is announced', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ clock });
    assert.equal(limiter.requestsPerSecond, undefined);
    const { settled } = startMany(limiter, clock, 20);
    await Promise.all(settled);
    assert.equal(clock.pendingTimers, 0, 'nobody had to wait');
  });

  test('a pause (429) holds every start until it is over, then the window applies again', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requestsPerSecond: 5, safetyMarginMs: MARGIN_MS, clock });
    const pausedAt = clock.now();
    limiter.pauseFor(1000);
    const { grantedAt, settled } = startMany(limiter, clock, 2);
    await clock.advance(999);
    assert.deepEqual(grantedAt, [undefined, undefined]);
    await clock.advance(1);
    await Promise.all(settled);
    assert.deepEqual(grantedAt, [pausedAt + 1000, pausedAt + 1000]);
  });

  test('rejectAll refuses every waiting request', async () => {
    const clock = new FakeClock();
    const limiter = new RateLimiter({ requestsPerSecond: 1, clock });
    const { settled } = startMany(limiter, clock, 3);
    limiter.rejectAll(new RemoteError('cancelled', 'closing'));
    const outcomes = await Promise.all(settled);
    assert.deepEqual(outcomes.map((outcome) => (outcome instanceof RemoteError ? outcome.kind : 'granted')), ['granted', 'cancelled', 'cancelled']);
  });
});

describe('rate-limit headers', () => {
  test('X-Rate-Limit-TPS', () => {
    assert.equal(parseRateLimitHeader('5'), 5);
    assert.equal(parseRateLimitHeader(' 12 '), 12);
    for (const unusable of [undefined, '', '0', '-1', '2.5', 'many']) assert.equal(parseRateLimitHeader(unusable), undefined, String(unusable));
  });

  test('Retry-After in seconds, as a date, missing, or absurd', () => {
    const now = Date.parse('2026-03-14T10:00:00Z');
    assert.equal(parseRetryAfter('1', now), 1000);
    assert.equal(parseRetryAfter('0.5', now), 500);
    assert.equal(parseRetryAfter('Sat, 14 Mar 2026 10:00:03 GMT', now), 3000);
    assert.equal(parseRetryAfter('Sat, 14 Mar 2026 09:00:00 GMT', now), 0, 'a date in the past means now');
    assert.equal(parseRetryAfter(undefined, now), DEFAULT_RETRY_AFTER_MS);
    assert.equal(parseRetryAfter('soon', now), DEFAULT_RETRY_AFTER_MS);
    assert.equal(parseRetryAfter('86400', now), MAX_RETRY_AFTER_MS);
  });
});
