import type { Clock } from "../../clock.js";

/**
 * The mock clock of a server with durable state: real time plus an offset (moved by the
 * control API), read once per unit of work and frozen for it, so a journaled request
 * replays at exactly the time it was applied. During replay the clock stands at each
 * record's time, and `set()` computes its offset against the real time of that record.
 */
export interface JournalClock extends Clock {
  advance(ms: number): number;
  set(ms: number): number;
  /** Back to the offset the state began with (the mock's reset). */
  reset(): void;
  /** Makes `offset` the one the state began with (an imported state). */
  restart(offset: number): void;
  /** Live: reads real time for the next unit of work. */
  refresh(): void;
  /** Replay: stands at `t`, a recorded time. */
  pin(t: number): void;
  /** Ends the replay: from now on `refresh()` reads real time again. */
  goLive(): void;
  /** Continues from saved offsets (a snapshot): the current one and the one a reset returns to. */
  restore(initialOffset: number, offset: number): void;
  readonly offset: number;
  readonly initialOffset: number;
}

export function createJournalClock(startOffset: number): JournalClock {
  let initialOffset = startOffset;
  let offset = initialOffset;
  let current = Date.now() + offset;
  let pinnedReal: number | null = null;
  const real = () => pinnedReal ?? Date.now();
  return {
    now: () => current,
    advance(ms) {
      offset += ms;
      current += ms;
      return current;
    },
    set(ms) {
      offset = ms - real();
      current = ms;
      return ms;
    },
    reset() {
      offset = initialOffset;
      current = real() + offset;
    },
    restart(next) {
      initialOffset = next;
      offset = next;
      current = real() + offset;
    },
    refresh() {
      current = Date.now() + offset;
    },
    pin(t) {
      current = t;
      pinnedReal = t - offset;
    },
    goLive() {
      pinnedReal = null;
      current = Date.now() + offset;
    },
    restore(initial, next) {
      initialOffset = initial;
      offset = next;
      current = real() + offset;
    },
    get offset() {
      return offset;
    },
    get initialOffset() {
      return initialOffset;
    },
  };
}
