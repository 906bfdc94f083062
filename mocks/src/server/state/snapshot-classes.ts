import { BatchAnchor, CheckpointAnchor } from "../../ledger/kernel/anchor-log.js";
import { Decimal } from "../../ledger/kernel/core.js";
import { DeltaState, DeltaStore, DeltasById, SubmissionsByRoot } from "../../ledger/kernel/delta-store.js";
import { RateLimiter } from "../../ledger/kernel/rate-limits.js";
import { SignatureReplayStore } from "../../ledger/kernel/signature-replay-store.js";
import { VerifiedIndex } from "../../ledger/kernel/verified-index.js";
import type { ClassRegistry } from "./snapshot-graph.js";

/**
 * The classes whose instances a mock's state holds, by name: what a snapshot may contain
 * and gives its prototype back on load. Classes a module keeps to itself (the delta store's
 * columns, the verified index's prefix sums) are found on fresh instances of their owners.
 */
export function snapshotClasses(): ClassRegistry {
  const registry = new Map<string, object>();
  const add = (prototype: object) => {
    const name = (prototype as { constructor: { name: string } }).constructor.name;
    const known = registry.get(name);
    if (known !== undefined && known !== prototype)
      throw new Error(`two classes named ${name} in the snapshot registry`);
    registry.set(name, prototype);
  };
  for (const type of [
    BatchAnchor,
    CheckpointAnchor,
    Decimal,
    DeltaState,
    DeltaStore,
    DeltasById,
    RateLimiter,
    SignatureReplayStore,
    SubmissionsByRoot,
    VerifiedIndex,
  ]) {
    add(type.prototype);
  }
  const store = new DeltaStore([]);
  for (const sample of [store, new DeltasById(store, new Map()), new VerifiedIndex(), Decimal.from(1)]) {
    for (const field of Object.values(sample)) {
      if (typeof field !== "object" || field === null || isBuiltIn(field)) continue;
      add(Object.getPrototypeOf(field));
    }
  }
  return { classes: registry };
}

function isBuiltIn(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return (
    prototype === Object.prototype ||
    prototype === null ||
    Array.isArray(value) ||
    value instanceof Map ||
    value instanceof Set ||
    ArrayBuffer.isView(value)
  );
}
