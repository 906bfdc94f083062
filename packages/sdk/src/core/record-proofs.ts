import { type ContentPayload, contentHash as computeContentHash } from "./content-hash.js";
import { type Hex, isHash32 } from "./hex.js";
import { merkleRoot } from "./merkle.js";
import { invalid, type ProofCheck, VALID } from "./proof-check.js";

/**
 * The `proof` object of a verified delta record. Hashes are typed as plain strings so API
 * responses can be passed as they come; every verifier checks their format itself.
 */
export interface DeltaProof {
  proofHash: string;
  contentHash: string;
  itemHashes: readonly string[];
  itemIndex: number;
  previousProofHash: string;
}

/**
 * Checks a verified delta's proof: the record's contentHash (recomputed from `payload`
 * when given) is the proof's item at `itemIndex`, and `proofHash` is the root of the
 * batch's item hashes. Linking `previousProofHash` is the anchor chain's job.
 * A record without its proof (not verified yet) is answered `{ valid: false, reason }`, so
 * any delta record can be passed as it comes.
 */
export function verifyDeltaProof(input: {
  contentHash: string;
  proof?: DeltaProof | null;
  payload?: ContentPayload;
}): ProofCheck {
  const { contentHash, proof, payload } = input;
  if (!isHash32(contentHash)) return invalid("contentHash is not a 32-byte lowercase hash");
  if (typeof proof !== "object" || proof === null) return invalid("proof is missing");
  if (payload !== undefined) {
    let recomputed: Hex;
    try {
      recomputed = computeContentHash(payload);
    } catch (error) {
      return invalid(`payload cannot be hashed: ${(error as Error).message}`);
    }
    if (recomputed !== contentHash) return invalid("payload does not hash to contentHash");
  }
  const { proofHash, itemHashes, itemIndex, previousProofHash } = proof;
  if (proof.contentHash !== contentHash)
    return invalid("proof.contentHash differs from the record's contentHash");
  if (!isHash32(proofHash)) return invalid("proofHash is not a 32-byte lowercase hash");
  if (!isHash32(previousProofHash)) return invalid("previousProofHash is not a 32-byte lowercase hash");
  if (!Array.isArray(itemHashes) || itemHashes.length === 0 || !itemHashes.every(isHash32)) {
    return invalid("itemHashes must be a non-empty list of 32-byte lowercase hashes");
  }
  if (!Number.isSafeInteger(itemIndex) || itemIndex < 0 || itemIndex >= itemHashes.length) {
    return invalid(`itemIndex ${itemIndex} is outside the ${itemHashes.length} item hashes`);
  }
  if (itemHashes[itemIndex] !== contentHash)
    return invalid(`itemHashes[${itemIndex}] is not the contentHash`);
  if (merkleRoot(itemHashes) !== proofHash) return invalid("proofHash is not the root of itemHashes");
  return VALID;
}

/**
 * Checks a published root over deltas (checkpoint, receipt): the count matches and the
 * root recomputes from the content hashes in sequence order.
 */
export function verifyRootOverDeltas(input: {
  proofRoot: string;
  deltaCount: number;
  contentHashes: readonly string[];
}): ProofCheck {
  const { proofRoot, deltaCount, contentHashes } = input;
  if (!isHash32(proofRoot)) return invalid("proofRoot is not a 32-byte lowercase hash");
  if (!Array.isArray(contentHashes)) return invalid("contentHashes must be an array");
  if (!Number.isSafeInteger(deltaCount) || deltaCount < 0)
    return invalid("deltaCount must be a non-negative integer");
  if (contentHashes.length !== deltaCount) {
    return invalid(`deltaCount is ${deltaCount} but ${contentHashes.length} content hashes were given`);
  }
  if (!contentHashes.every(isHash32)) {
    const bad = contentHashes.findIndex((hash) => !isHash32(hash));
    return invalid(`contentHashes[${bad}] is not a 32-byte lowercase hash`);
  }
  if (merkleRoot(contentHashes) !== proofRoot)
    return invalid("proofRoot does not recompute from the content hashes");
  return VALID;
}
