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

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to. */
export function createManualClock(startMs: number | Date | string = 0): ManualClock {
  let current = toMs(startMs);
  return {
    now: () => current,
    advance(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance() needs a finite ms ≥ 0, got ${ms}`);
      current += ms;
      return current;
    },
    set(ms: number) {
      current = toMs(ms);
      return current;
    },
  };
}

function toMs(value: number | Date | string): number {
  const ms = typeof value === "number" ? value : new Date(value).getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid time: ${String(value)}`);
  return ms;
}
