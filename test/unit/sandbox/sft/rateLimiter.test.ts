// The sliding-window limiter on its own, with explicit instants.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SlidingWindowRateLimiter } from '../../../../src/sandbox/sft/rateLimiter';

describe('SFT sliding-window rate limiter', () => {
  test('a burst across a second boundary is refused (not a per-calendar-second counter)', () => {
    const limiter = new SlidingWindowRateLimiter(2);
    assert.equal(limiter.tryAcquire('100', 10_900), true);
    assert.equal(limiter.tryAcquire('100', 10_950), true);
    assert.equal(limiter.tryAcquire('100', 11_050), false, 'a new calendar second, but only 150 ms later');
    assert.equal(limiter.tryAcquire('100', 11_900), true);
  });

  test('accounts have separate budgets; 0 means no limit; clear() forgets every window', () => {
    const limiter = new SlidingWindowRateLimiter(1);
    assert.equal(limiter.tryAcquire('100', 0), true);
    assert.equal(limiter.tryAcquire('300', 0), true);
    assert.equal(limiter.tryAcquire('100', 1), false);
    limiter.clear();
    assert.equal(limiter.tryAcquire('100', 2), true);
    limiter.tps = 0;
    for (let count = 0; count < 100; count += 1) assert.equal(limiter.tryAcquire('100', 3), true);
  });
});
