/**
 * A token bucket per user: `burst` requests at once, refilled at `perSecond`. Buckets that are full again
 * are dropped, so memory follows the number of recently active users.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst = 20,
    private readonly perSecond = 1,
  ) {}

  /** Takes one request's token; returns 0 if allowed, else the seconds to wait. */
  take(userId: string, now = Date.now()): number {
    const b = this.buckets.get(userId) ?? { tokens: this.burst, at: now };
    const tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.perSecond);
    if (tokens < 1) {
      this.buckets.set(userId, { tokens, at: now });
      return Math.ceil((1 - tokens) / this.perSecond);
    }
    this.buckets.set(userId, { tokens: tokens - 1, at: now });
    if (this.buckets.size > 10_000) this.prune(now);
    return 0;
  }

  private prune(now: number): void {
    for (const [id, b] of this.buckets)
      if (b.tokens + ((now - b.at) / 1000) * this.perSecond >= this.burst) this.buckets.delete(id);
  }
}
