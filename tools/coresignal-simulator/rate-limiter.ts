/**
 * Token bucket per API key: `perSecond` tokens a second, at most `burst` stored (default: perSecond, at least 1).
 * perSecond 0 means unlimited. A refused request takes no token.
 */
export interface RateLimitConfig {
  perSecond: number;
  burst?: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private config: Required<RateLimitConfig>;

  constructor(
    config: RateLimitConfig,
    private readonly now: () => number,
  ) {
    this.config = TokenBucketLimiter.normalise(config);
  }

  static normalise(config: RateLimitConfig): Required<RateLimitConfig> {
    if (!Number.isFinite(config.perSecond) || config.perSecond < 0) {
      throw new Error(`rate limit: perSecond must be a number >= 0, got ${config.perSecond}`);
    }
    const burst = config.burst ?? Math.max(1, config.perSecond);
    if (!Number.isFinite(burst) || burst < 1) throw new Error(`rate limit: burst must be >= 1, got ${burst}`);
    return { perSecond: config.perSecond, burst };
  }

  get current(): Required<RateLimitConfig> {
    return { ...this.config };
  }

  /** Replaces the configuration; every bucket starts full again. */
  configure(config: RateLimitConfig): void {
    this.config = TokenBucketLimiter.normalise(config);
    this.buckets.clear();
  }

  tryTake(key: string): boolean {
    const { perSecond, burst } = this.config;
    if (perSecond === 0) return true;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
