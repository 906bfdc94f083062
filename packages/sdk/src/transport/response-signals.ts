/**
 * Reading what a response body or header says about retrying. Shared by the retry policy
 * and by `errorFromResponse`, so both interpret the server the same way.
 */

export const IDEMPOTENCY_PENDING = "IDEMPOTENCY_PENDING";
export const CADENCE_LIMIT = "CADENCE_LIMIT";

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses a string body as JSON when it is JSON; anything else is returned unchanged. */
export function parseMaybeJson(body: unknown): unknown {
  if (typeof body !== "string") return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** A non-negative number of seconds, given as a number or a numeric string. */
export function asSeconds(value: unknown): number | undefined {
  const seconds = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** `Retry-After` in seconds: a (possibly fractional) number of seconds, or an HTTP date. */
export function parseRetryAfterHeader(value: string | null, nowMs: number = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  // A number is seconds (a negative one is invalid, not a date); only text is read as a date.
  if (Number.isFinite(Number(value))) return asSeconds(value);
  if (!/[a-z]/i.test(value)) return undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - nowMs) / 1000);
}

/** `retryAfterSeconds` from the error envelope, or from a flat body. */
export function bodyRetryAfterSeconds(body: unknown): number | undefined {
  const parsed = parseMaybeJson(body);
  if (!isJsonObject(parsed)) return undefined;
  return (
    (isJsonObject(parsed.error) ? asSeconds(parsed.error.retryAfterSeconds) : undefined) ??
    asSeconds(parsed.retryAfterSeconds)
  );
}

/** The error code a body carries: `error.code`, a top-level `code`, or `data.code`. */
export function errorCodeOf(body: unknown): string | undefined {
  const parsed = parseMaybeJson(body);
  if (!isJsonObject(parsed)) return undefined;
  return (
    (isJsonObject(parsed.error) ? nonEmptyString(parsed.error.code) : undefined) ??
    nonEmptyString(parsed.code) ??
    (isJsonObject(parsed.data) ? nonEmptyString(parsed.data.code) : undefined)
  );
}

/**
 * Whether a response means "a request with this Idempotency-Key is still in flight; wait and
 * resend". PacSpace answers 202 with code IDEMPOTENCY_PENDING, which is accepted wherever
 * `errorCodeOf` looks. A 202 whose `data.status` is PROCESSING but carries no code counts only
 * when the server also marks it as a replay (`Idempotent-Replayed: true`): a bare 202 is the
 * ordinary "accepted for async processing" answer to a write and must not be resent.
 */
export function isIdempotencyPending(status: number, headers: Headers, body: unknown): boolean {
  if (status !== 202) return false;
  const parsed = parseMaybeJson(body);
  if (errorCodeOf(parsed) === IDEMPOTENCY_PENDING) return true;
  const replayed = headers.get("idempotent-replayed")?.trim().toLowerCase() === "true";
  return replayed && isJsonObject(parsed) && isJsonObject(parsed.data) && parsed.data.status === "PROCESSING";
}
