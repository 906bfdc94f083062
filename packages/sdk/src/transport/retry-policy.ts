import { HEADER } from "./headers.js";
import {
  bodyRetryAfterSeconds,
  CADENCE_LIMIT,
  errorCodeOf,
  isIdempotencyPending,
  parseRetryAfterHeader,
} from "./response-signals.js";

export { DEFAULT_MAX_RETRIES } from "./transport-options.js";

/** Longest server-directed wait the transport honours; a longer demand surfaces the response. */
export const MAX_SERVER_DELAY_MS = 60_000;

/** Statuses that are retried (429 only when its code is not CADENCE_LIMIT). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** Whether the transport must look at this response's body to decide about a retry. */
export function mayRetryStatus(status: number): boolean {
  return status === 202 || RETRYABLE_STATUSES.has(status);
}

export type RetryDecision =
  | { retry: false }
  | {
      retry: true;
      /** Short human-readable cause, for logs. */
      reason: string;
      /** What the server asked for, in ms, if it asked (may exceed MAX_SERVER_DELAY_MS). */
      serverDelayMs?: number;
    };

/** Whether a response should be retried; `body` is its parsed JSON, raw text, or undefined. */
export function decideResponseRetry(
  status: number,
  headers: Headers,
  body: unknown,
  nowMs: number = Date.now(),
): RetryDecision {
  let reason: string;
  if (status === 202) {
    if (!isIdempotencyPending(status, headers, body)) return { retry: false };
    reason = "202 IDEMPOTENCY_PENDING";
  } else if (RETRYABLE_STATUSES.has(status)) {
    const code = errorCodeOf(body);
    // CADENCE_LIMIT is a per-customer business rule: resending only burns the window again.
    if (status === 429 && code === CADENCE_LIMIT) return { retry: false };
    reason = code === undefined ? `status ${status}` : `status ${status} ${code}`;
  } else {
    return { retry: false };
  }
  const serverDelayMs = serverDirectedDelayMs(headers, body, nowMs);
  return serverDelayMs === undefined ? { retry: true, reason } : { retry: true, reason, serverDelayMs };
}

/**
 * The wait the server asked for, in ms. Sources, first match wins: the body's
 * `retryAfterSeconds` (PacSpace's own, most specific signal), `retry-after-ms`, then
 * `Retry-After` (seconds or an HTTP date, measured against `nowMs`). Negative or
 * unparsable values are ignored.
 */
export function serverDirectedDelayMs(headers: Headers, body: unknown, nowMs: number): number | undefined {
  const fromBody = bodyRetryAfterSeconds(body);
  if (fromBody !== undefined) return fromBody * 1000;
  const msHeader = headers.get(HEADER.retryAfterMs);
  if (msHeader !== null && msHeader.trim() !== "") {
    const ms = Number(msHeader);
    if (Number.isFinite(ms) && ms >= 0) return ms;
  }
  const seconds = parseRetryAfterHeader(headers.get(HEADER.retryAfter), nowMs);
  return seconds === undefined ? undefined : seconds * 1000;
}

/**
 * Exponential backoff with subtractive jitter for retry `retryIndex` (0 for the first retry):
 * `min(0.5 · 2^k, 8) s × (1 − 0.25 · random)`, i.e. 375–500 ms, 0.75–1 s, 1.5–2 s, … 6–8 s.
 */
export function backoffDelayMs(retryIndex: number, random: () => number = Math.random): number {
  const baseSeconds = Math.min(0.5 * 2 ** retryIndex, 8);
  return baseSeconds * (1 - 0.25 * random()) * 1000;
}
