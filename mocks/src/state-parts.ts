/**
 * Parts of a mock's state that a snapshot saves and loads. A component whose state lives in
 * a closure or in `#private` fields registers how to read it as plain data and how to take
 * it back; the server's durable state (`--state`) collects them into its snapshot.
 */
export interface StatePart<T = unknown> {
  /** The part's state as data (Maps, arrays, plain objects; no functions). */
  save(): T;
  /** Replaces the part's state with a saved one. */
  load(saved: T): void;
  /** Objects the saved state refers to that are the part's own wiring (its clock), by name: not saved, supplied on load. */
  wiring?: Readonly<Record<string, object>>;
}

const parts = new WeakMap<object, StatePart>();

export function registerStatePart<T>(owner: object, part: StatePart<T>): void {
  parts.set(owner, part as StatePart);
}

export function statePartOf(owner: object): StatePart | undefined {
  return parts.get(owner);
}
