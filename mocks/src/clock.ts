/**
 * The mock's notion of time. Every rule that depends on time (scopes, idempotency TTL,
 * key-rotation overlap, verification delay, rate limits, webhook retries) reads it from
 * an injected clock so tests can move time explicitly and runs stay reproducible.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export interface ManualClock extends Clock {
  /** Moves time forward by `ms` (must be ≥ 0; time never runs backwards). */
  advance(ms: number): number;
  /** Jumps to an absolute time in ms. */
  set(ms: number): number;
}

/**
 * The latest time a mock clock may show, 9999-12-31T23:59:59.999Z: every later time has no
 * four-digit-year ISO 8601 form, and the API writes times in that form.
 */
export const MAX_CLOCK_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Throws a RangeError unless `ms` is a time a mock clock may show (0 to MAX_CLOCK_MS). */
export function checkClockTime(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_CLOCK_MS) {
    throw new RangeError(`the mock clock must stay between 1970-01-01 and 9999-12-31, got ${ms} ms`);
  }
  return ms;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to. */
export function createManualClock(startMs: number | Date | string = 0): ManualClock {
  let current = toMs(startMs);
  return {
    now: () => current,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance() needs a finite ms ≥ 0, got ${ms}`);
      current = checkClockTime(current + ms);
      return current;
    },
    set(ms: number) {
      current = checkClockTime(toMs(ms));
      return current;
    },
  };
}

function toMs(value: number | Date | string): number {
  const ms = typeof value === "number" ? value : new Date(value).getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid time: ${String(value)}`);
  return ms;
}
