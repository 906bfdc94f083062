/** Default number of retries after the first attempt (so at most 3 attempts). */
export const DEFAULT_MAX_RETRIES = 2;

/** Per-attempt timeout when none is given, in ms. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Throws a RangeError for a retry count or timeout the transport cannot honour. */
export function assertTransportOptions(maxRetries: number, timeout: number): void {
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new RangeError(`maxRetries must be a non-negative integer, got ${maxRetries}`);
  }
  if (!(timeout > 0)) throw new RangeError(`timeout must be a positive number of ms, got ${timeout}`);
}
