// The SFT rate limit: per acting account, at most `tps` requests arriving in any sliding 1000 ms window.
// Sliding rather than per calendar second, so a burst straddling a second boundary is refused too.

const WINDOW_MS = 1000;

export class SlidingWindowRateLimiter {
  private readonly arrivals = new Map<string, number[]>();

  constructor(public tps: number) {}

  /** Counts the request and returns true, or returns false without counting it (a refused request is free). */
  tryAcquire(accountId: string, nowMs: number): boolean {
    if (this.tps <= 0) return true;
    const recent = (this.arrivals.get(accountId) ?? []).filter((at) => nowMs - at < WINDOW_MS);
    if (recent.length >= this.tps) {
      this.arrivals.set(accountId, recent);
      return false;
    }
    recent.push(nowMs);
    this.arrivals.set(accountId, recent);
    return true;
  }

  clear(): void {
    this.arrivals.clear();
  }
}
