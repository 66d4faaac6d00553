// Never more than the account's limit: at most N request *starts* in any sliding window of one second plus a
// safety margin. The server counts *arrivals* in any sliding 1000 ms window (sandbox contract, "Rate limit"), and
// a request arrives some time after it starts — a new TLS connection can take a round trip or two longer than
// the next request on a warm one. The margin absorbs that jitter; a 429 that still slips through is retried.
// Requests over the limit wait in a FIFO queue instead of failing, and can be cancelled while they wait.
import { systemClock, type Clock } from './clock';
import { cancelledError } from './failures';

export const RATE_WINDOW_MS = 1000;
export const DEFAULT_SAFETY_MARGIN_MS = 100;
/** Used when a 429 comes without a usable `Retry-After`. */
export const DEFAULT_RETRY_AFTER_MS = 1000;
/** A `Retry-After` beyond this is treated as this: a person is waiting on the other end. */
export const MAX_RETRY_AFTER_MS = 120_000;

export interface RateLimiterOptions {
  /** Starts per second; `undefined` or 0 = no limit (until a server announces one). */
  readonly requestsPerSecond?: number;
  readonly safetyMarginMs?: number;
  readonly clock?: Clock;
}

interface Waiter {
  readonly grant: () => void;
  readonly refuse: (error: Error) => void;
  readonly signal?: AbortSignal;
  readonly onAbort: () => void;
}

export class RateLimiter {
  private limit: number | undefined;
  private readonly spanMs: number;
  private readonly clock: Clock;
  /** Start times of recent requests, oldest first, only those still inside the span. */
  private starts: number[] = [];
  private readonly queue: Waiter[] = [];
  private pausedUntil = 0;
  private cancelWakeUp: (() => void) | undefined;

  constructor(options: RateLimiterOptions = {}) {
    this.limit = normalisedLimit(options.requestsPerSecond);
    this.spanMs = RATE_WINDOW_MS + (options.safetyMarginMs ?? DEFAULT_SAFETY_MARGIN_MS);
    this.clock = options.clock ?? systemClock;
  }

  /** The limit in force; `undefined` when unlimited. */
  get requestsPerSecond(): number | undefined {
    return this.limit;
  }

  get queuedCount(): number {
    return this.queue.length;
  }

  /** A server announced its limit (`X-Rate-Limit-TPS`); takes effect for the requests still queued too. */
  setLimit(requestsPerSecond: number | undefined): void {
    const next = normalisedLimit(requestsPerSecond);
    if (next === this.limit) return;
    this.limit = next;
    this.pump();
  }

  /** A 429: nothing starts before `delayMs` from now (the refused request is queued again by the caller). */
  pauseFor(delayMs: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + Math.max(0, delayMs));
    this.pump();
  }

  /**
   * Resolves when the request may start, and counts it as started. Waiters are served in arrival order.
   * Rejects with a `cancelled` RemoteError when `signal` aborts first.
   */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledError());
    if (this.queue.length === 0 && this.earliestStart(this.clock.now()) <= this.clock.now()) {
      this.recordStart(this.clock.now());
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: resolve,
        refuse: reject,
        signal,
        onAbort: () => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(cancelledError());
          this.pump();
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** Refuses every waiting request (the client is being disposed). */
  rejectAll(error: Error): void {
    for (const waiter of this.queue.splice(0)) {
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.refuse(error);
    }
    this.cancelWakeUp?.();
    this.cancelWakeUp = undefined;
  }

  /** Grants as many queued requests as the window allows now, then sleeps until the next one may start. */
  private pump(): void {
    this.cancelWakeUp?.();
    this.cancelWakeUp = undefined;
    while (this.queue.length > 0) {
      const now = this.clock.now();
      const startAt = this.earliestStart(now);
      if (startAt > now) {
        this.cancelWakeUp = this.clock.schedule(() => { this.cancelWakeUp = undefined; this.pump(); }, startAt - now);
        return;
      }
      const waiter = this.queue.shift() as Waiter;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      this.recordStart(now);
      waiter.grant();
    }
  }

  /** The earliest time a new request may start: after any pause, and once the N-th latest start left the span. */
  private earliestStart(now: number): number {
    this.starts = this.starts.filter((at) => now - at < this.spanMs);
    let at = Math.max(now, this.pausedUntil);
    if (this.limit !== undefined && this.starts.length >= this.limit) {
      at = Math.max(at, this.starts[this.starts.length - this.limit] + this.spanMs);
    }
    return at;
  }

  private recordStart(now: number): void {
    this.starts.push(now);
  }
}

function normalisedLimit(requestsPerSecond: number | undefined): number | undefined {
  if (requestsPerSecond === undefined || !Number.isFinite(requestsPerSecond) || requestsPerSecond <= 0) return undefined;
  return Math.max(1, Math.floor(requestsPerSecond));
}

/** `X-Rate-Limit-TPS: 5` → 5; anything unusable → `undefined` (keep the current limit). */
export function parseRateLimitHeader(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const limit = Number(value.trim());
  return Number.isInteger(limit) && limit > 0 ? limit : undefined;
}

/** `Retry-After` as seconds or as an HTTP date, in ms from `nowMs`, within [0, MAX_RETRY_AFTER_MS]. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number {
  if (value === undefined || value.trim() === '') return DEFAULT_RETRY_AFTER_MS;
  const trimmed = value.trim();
  let delayMs: number;
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    delayMs = Number(trimmed) * 1000;
  } else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return DEFAULT_RETRY_AFTER_MS;
    delayMs = at - nowMs;
  }
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, delayMs));
}
