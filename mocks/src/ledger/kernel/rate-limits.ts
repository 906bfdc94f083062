import type { Clock } from "../../clock.js";
import { LedgerError } from "./ledger-error.js";

/**
 * Per-key token buckets. Off unless configured: each request takes one token;
 * tokens refill continuously; an empty bucket answers 429 `RATE_LIMITED` with the seconds
 * until a token is back.
 */
export interface RateLimitOptions {
  /** Bucket size: the burst a key may send at once. */
  capacity: number;
  /** Tokens added per second. */
  refillPerSecond: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly clock: Clock,
    private options: RateLimitOptions | null,
  ) {
    if (options) assertValid(options);
  }

  /** Replaces the configuration (null turns limiting off) and empties all buckets. */
  configure(options: RateLimitOptions | null): void {
    if (options) assertValid(options);
    this.options = options;
    this.buckets.clear();
  }

  get config(): RateLimitOptions | null {
    return this.options;
  }

  /** Takes one token for `bucketKey` or throws `RATE_LIMITED`. */
  take(bucketKey: string): void {
    const options = this.options;
    if (!options) return;
    const now = this.clock.now();
    const bucket = this.buckets.get(bucketKey) ?? { tokens: options.capacity, updatedAt: now };
    const elapsedSeconds = Math.max(0, now - bucket.updatedAt) / 1000;
    bucket.tokens = Math.min(options.capacity, bucket.tokens + elapsedSeconds * options.refillPerSecond);
    bucket.updatedAt = now;
    this.buckets.set(bucketKey, bucket);
    if (bucket.tokens < 1) {
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - bucket.tokens) / options.refillPerSecond));
      throw new LedgerError("RATE_LIMITED", "Too many requests for this API key", { retryAfterSeconds });
    }
    bucket.tokens -= 1;
  }

  reset(): void {
    this.buckets.clear();
  }
}

function assertValid(options: RateLimitOptions): void {
  if (!(options.capacity >= 1) || !(options.refillPerSecond > 0)) {
    throw new RangeError("rate limit needs capacity ≥ 1 and refillPerSecond > 0");
  }
}
