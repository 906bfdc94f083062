import { describe, expect, it } from "vitest";
import { keccakHex, naiveAnchorReference, naiveMerkleRoot } from "../../test/oracles.js";
import { type AnchoredBatch, nextVerificationReference, verifyAnchorChain } from "./anchors.js";
import { type Hex, ZERO_HASH } from "./hex.js";

function chain(batchCount: number): AnchoredBatch[] {
  const batches: AnchoredBatch[] = [];
  let previousReference = ZERO_HASH as string;
  let previousProofHash = ZERO_HASH as string;
  for (let i = 0; i < batchCount; i++) {
    const itemHashes = Array.from({ length: i + 1 }, (_, j) => keccakHex(`batch-${i}-item-${j}`)) as Hex[];
    const proofHash = naiveMerkleRoot(itemHashes);
    const verificationReference = naiveAnchorReference(previousReference, proofHash);
    batches.push({ proofHash, previousProofHash, verificationReference, itemHashes } as AnchoredBatch);
    previousReference = verificationReference;
    previousProofHash = proofHash;
  }
  return batches;
}

describe("anchors", () => {
  it("chains references from ZERO_HASH with the anchor tag", () => {
    const proofHash = keccakHex("p") as Hex;
    expect(nextVerificationReference(ZERO_HASH, proofHash)).toBe(naiveAnchorReference(ZERO_HASH, proofHash));
    expect(() => nextVerificationReference("0x12", proofHash)).toThrow(TypeError);
  });

  it("accepts an intact chain, whole or from the middle", () => {
    const batches = chain(5);
    expect(verifyAnchorChain(batches)).toEqual({ valid: true });
    expect(verifyAnchorChain([])).toEqual({ valid: true });
    const [, second, ...rest] = batches as [AnchoredBatch, AnchoredBatch, ...AnchoredBatch[]];
    const first = batches[0] as AnchoredBatch;
    expect(
      verifyAnchorChain([second, ...rest], {
        previousReference: first.verificationReference,
        previousProofHash: first.proofHash,
      }),
    ).toEqual({ valid: true });
    expect(verifyAnchorChain([second, ...rest])).toMatchObject({ valid: false, brokenAt: 0 });
  });

  it("reports the first broken batch for each kind of tampering", () => {
    const tamper = (index: number, change: Partial<AnchoredBatch>) => {
      const batches = chain(5);
      batches[index] = { ...(batches[index] as AnchoredBatch), ...change };
      return verifyAnchorChain(batches);
    };
    const other = keccakHex("other") as Hex;
    expect(tamper(2, { verificationReference: other })).toMatchObject({ valid: false, brokenAt: 2 });
    expect(tamper(2, { previousProofHash: other })).toMatchObject({ valid: false, brokenAt: 2 });
    expect(tamper(2, { itemHashes: [other] })).toMatchObject({ valid: false, brokenAt: 2 });
    // Rewriting an earlier batch consistently still breaks its successor's link.
    const itemHashes = [other];
    const rewritten = chain(5);
    const original = rewritten[1] as AnchoredBatch;
    rewritten[1] = {
      ...original,
      itemHashes,
      proofHash: naiveMerkleRoot(itemHashes) as Hex,
      verificationReference: nextVerificationReference(
        (rewritten[0] as AnchoredBatch).verificationReference as Hex,
        other,
      ),
    };
    expect(verifyAnchorChain(rewritten)).toMatchObject({ valid: false, brokenAt: 2 });
    expect(tamper(0, { proofHash: "0xnope" as Hex })).toMatchObject({ valid: false, brokenAt: 0 });
  });
});
