/**
 * When a failed delivery is tried again, on the mock clock: 1 min, 5 min,
 * 30 min, 2 h and 6 h after the attempt that failed, then the delivery is given up as
 * `failed`. A manual retry starts the schedule over.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export const RETRY_DELAYS_MS: readonly number[] = Object.freeze([
  MINUTE_MS,
  5 * MINUTE_MS,
  30 * MINUTE_MS,
  2 * HOUR_MS,
  6 * HOUR_MS,
]);

/** How long a receiver has to answer 2xx before the attempt counts as failed (real time). */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** Consecutive failed attempts after which an endpoint is disabled. */
export const DISABLE_AFTER_CONSECUTIVE_FAILURES = 20;

/**
 * Delay before the next attempt after `failedAttempts` failures in the current schedule
 * (1 → 1 min … 5 → 6 h), or null when the schedule is exhausted.
 */
export function retryDelayAfter(failedAttempts: number): number | null {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a positive integer, got ${failedAttempts}`);
  }
  return RETRY_DELAYS_MS[failedAttempts - 1] ?? null;
}
