/**
 * All-or-nothing writes. A write first validates everything, then mutates state through a
 * Transaction that records how to undo each change. If anything throws before `commit`,
 * `rollback` replays the undo log backwards, so a failed write leaves no trace
 * (so an injected fault never half-applies a write).
 *
 * Events produced by the write are held until commit, so listeners never observe a
 * state that is later rolled back.
 */

/** Test hook: called at named points inside a write; throwing from it simulates a crash. */
export type WriteStepHook = (step: string) => void;

export class Transaction {
  private readonly undo: Array<() => void> = [];
  private readonly afterCommit: Array<() => void> = [];

  constructor(private readonly hook?: WriteStepHook) {}

  /** Marks a point inside the write where a test may inject a failure. */
  step(name: string): void {
    this.hook?.(name);
  }

  /**
   * Sets `target[key] = value`, remembering the old value (or its absence). Accessor
   * properties (a DeltaState's `status`, `error`) are restored through their setters.
   */
  set<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    const had = key in target;
    const old = target[key];
    target[key] = value;
    this.undo.push(() => {
      if (had) target[key] = old;
      else delete target[key];
    });
  }

  push<T>(list: T[], item: T): void {
    list.push(item);
    this.undo.push(() => {
      list.pop();
    });
  }

  mapSet<K, V>(map: Map<K, V>, key: K, value: V): void {
    const had = map.has(key);
    const old = map.get(key);
    map.set(key, value);
    this.undo.push(() => {
      if (had) map.set(key, old as V);
      else map.delete(key);
    });
  }

  /** Registers a custom undo action for a change made by the caller. */
  onUndo(action: () => void): void {
    this.undo.push(action);
  }

  /** Runs after a successful commit (e.g. publishing events). */
  onCommit(action: () => void): void {
    this.afterCommit.push(action);
  }

  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]?.();
    this.undo.length = 0;
    this.afterCommit.length = 0;
  }

  commit(): void {
    this.undo.length = 0;
    const actions = this.afterCommit.splice(0);
    for (const action of actions) action();
  }
}

/** Runs `write` inside a transaction: commit on success, full rollback on any throw. */
export function atomically<T>(hook: WriteStepHook | undefined, write: (tx: Transaction) => T): T {
  const tx = new Transaction(hook);
  let result: T;
  try {
    result = write(tx);
  } catch (error) {
    tx.rollback();
    throw error;
  }
  tx.commit();
  return result;
}
