/**
 * `@pacspace/sdk/proofs`: verify PacSpace proofs from public data alone, with no client
 * and no network. Every function is pure and runs in Node, browsers and edge runtimes.
 *
 * The argument shapes are structural, so API responses (delta records, checkpoints,
 * receipts) can be passed as they come.
 */
import {
  type AnchorChainCheck,
  type AnchoredBatch,
  nextVerificationReference,
  verifyAnchorChain,
} from "./core/anchors.js";
import { type ContentPayload, contentHash } from "./core/content-hash.js";
import type { Hex } from "./core/hex.js";
import { buildInclusionProof, type InclusionProof, merkleRoot, verifyInclusion } from "./core/merkle.js";
import { invalid, type ProofCheck } from "./core/proof-check.js";
import { type DeltaProof, verifyDeltaProof, verifyRootOverDeltas } from "./core/record-proofs.js";

export type { AnchorChainCheck, AnchoredBatch, ContentPayload, DeltaProof, Hex, InclusionProof, ProofCheck };
export {
  buildInclusionProof,
  contentHash,
  merkleRoot,
  nextVerificationReference,
  verifyAnchorChain,
  verifyDeltaProof,
  verifyInclusion,
};

/** A checkpoint with the content hashes it covers, as a list or inside its deltas. */
export interface CheckpointLike {
  proofRoot: string;
  deltaCount: number;
  deltas?: readonly { contentHash: string }[];
  contentHashes?: readonly string[];
}

/** A receipt as returned by the API (only the fields the proof needs). */
export interface ReceiptLike {
  proofRoot: string;
  deltasCount: number;
  deltas: readonly { contentHash: string }[];
  verification?: { itemHashes?: readonly string[] } | null;
}

function hashesOf(deltas: readonly { contentHash: string }[]): string[] | null {
  if (!Array.isArray(deltas)) return null;
  return deltas.map((delta) => (delta as { contentHash: string } | null)?.contentHash as string);
}

/** Recomputes a checkpoint's `proofRoot` from its deltas' content hashes and checks `deltaCount`. */
export function verifyCheckpoint(checkpoint: CheckpointLike): ProofCheck {
  if (typeof checkpoint !== "object" || checkpoint === null) return invalid("checkpoint must be an object");
  const contentHashes = checkpoint.contentHashes ?? (checkpoint.deltas ? hashesOf(checkpoint.deltas) : null);
  if (!contentHashes) return invalid("checkpoint needs its deltas or contentHashes to be verified");
  return verifyRootOverDeltas({
    proofRoot: checkpoint.proofRoot,
    deltaCount: checkpoint.deltaCount,
    contentHashes,
  });
}

/**
 * Recomputes a receipt's `proofRoot` from its deltas in order, checks `deltasCount`, and,
 * when the receipt lists `verification.itemHashes`, that they are exactly those hashes.
 */
export function verifyReceipt(receipt: ReceiptLike): ProofCheck {
  if (typeof receipt !== "object" || receipt === null) return invalid("receipt must be an object");
  const contentHashes = hashesOf(receipt.deltas);
  if (!contentHashes) return invalid("receipt.deltas must be an array");
  const itemHashes = receipt.verification?.itemHashes;
  if (itemHashes !== undefined && itemHashes !== null) {
    if (
      !Array.isArray(itemHashes) ||
      itemHashes.length !== contentHashes.length ||
      itemHashes.some((hash, index) => hash !== contentHashes[index])
    ) {
      return invalid("verification.itemHashes differ from the deltas' content hashes");
    }
  }
  return verifyRootOverDeltas({
    proofRoot: receipt.proofRoot,
    deltaCount: receipt.deltasCount,
    contentHashes,
  });
}
