import { type Hex, hexToBytes, isHash32, ZERO_HASH } from "./hex.js";
import { keccak256Hex, utf8 } from "./keccak.js";
import { merkleRoot } from "./merkle.js";
import { invalid, type ProofCheck } from "./proof-check.js";

const ANCHOR_TAG = utf8("pacspace:anchor:v1:");

/**
 * keccak256( utf8("pacspace:anchor:v1:") ‖ previousReference ‖ proofHash ), both 32 raw bytes.
 * The first batch of a ledger chains from ZERO_HASH.
 */
export function nextVerificationReference(previousReference: Hex, proofHash: Hex): Hex {
  if (!isHash32(previousReference)) throw new TypeError("previousReference is not a 32-byte lowercase hash");
  if (!isHash32(proofHash)) throw new TypeError("proofHash is not a 32-byte lowercase hash");
  return keccak256Hex(ANCHOR_TAG, hexToBytes(previousReference), hexToBytes(proofHash));
}

/** One anchored verification batch; hashes are checked, not trusted, so plain strings are accepted. */
export interface AnchoredBatch {
  proofHash: string;
  previousProofHash: string;
  verificationReference: string;
  /** When given, `proofHash` must be their Merkle root. */
  itemHashes?: readonly string[];
}

export type AnchorChainCheck = ProofCheck & { brokenAt?: number };

/**
 * Walks batches in anchor order. Each batch must link to the previous batch's proofHash,
 * its reference must recompute from the previous reference, and its proofHash must be the
 * root of its itemHashes when those are given. `options` carries the state just before the
 * first batch when checking a later stretch of the chain (both default to ZERO_HASH, the
 * start of a ledger). On failure `brokenAt` is the index of the first bad batch.
 */
export function verifyAnchorChain(
  batches: readonly AnchoredBatch[],
  options: { previousReference?: string; previousProofHash?: string } = {},
): AnchorChainCheck {
  if (!Array.isArray(batches)) return invalid("batches must be an array");
  const startReference = options.previousReference ?? ZERO_HASH;
  const startProofHash = options.previousProofHash ?? ZERO_HASH;
  if (!isHash32(startReference)) return invalid("options.previousReference is not a 32-byte lowercase hash");
  if (!isHash32(startProofHash)) return invalid("options.previousProofHash is not a 32-byte lowercase hash");
  let previousReference: Hex = startReference;
  let previousProofHash: Hex = startProofHash;
  for (const [index, batch] of batches.entries()) {
    const broken = (reason: string) => ({ ...invalid(`batch ${index}: ${reason}`), brokenAt: index });
    if (typeof batch !== "object" || batch === null) return broken("not an object");
    const { proofHash, verificationReference, itemHashes } = batch;
    if (!isHash32(proofHash)) return broken("proofHash is not a 32-byte lowercase hash");
    if (!isHash32(verificationReference))
      return broken("verificationReference is not a 32-byte lowercase hash");
    if (batch.previousProofHash !== previousProofHash) {
      return broken("previousProofHash does not match the previous batch's proofHash");
    }
    if (itemHashes !== undefined) {
      const hashes: readonly string[] = Array.isArray(itemHashes) ? itemHashes : [""];
      if (!hashes.every(isHash32)) return broken("itemHashes must be 32-byte lowercase hashes");
      if (merkleRoot(hashes as readonly Hex[]) !== proofHash)
        return broken("proofHash is not the root of itemHashes");
    }
    const reference = nextVerificationReference(previousReference, proofHash);
    if (reference !== verificationReference) {
      return broken("verificationReference does not recompute from the previous reference");
    }
    previousReference = reference;
    previousProofHash = proofHash;
  }
  return { valid: true };
}
