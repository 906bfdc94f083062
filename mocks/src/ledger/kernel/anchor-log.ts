import type { Hex } from "./core.js";

/**
 * One entry of a ledger's append-only anchor log: a verification batch of deltas, or a
 * checkpoint root. `verificationReference` chains every entry to the one before it.
 */
export interface AnchorEntry {
  index: number;
  kind: "batch" | "checkpoint";
  proofHash: Hex;
  previousProofHash: Hex;
  previousReference: Hex;
  verificationReference: Hex;
  /** The anchored content hashes, in order (computed on demand for a batch). */
  readonly itemHashes: Hex[];
  anchoredAt: number;
}

/** When an in-flight item turns PROCESSING and when it is verified (ms); null = only on demand. */
export interface Schedule {
  processingAt: number | null;
  dueAt: number | null;
}
