import { describe, expect, it } from "vitest";
import { keccakHex, naiveMerkleRoot } from "../../test/oracles.js";
import { type ContentPayload, contentHash } from "./content-hash.js";
import { type Hex, ZERO_HASH } from "./hex.js";
import { type DeltaProof, verifyDeltaProof, verifyRootOverDeltas } from "./record-proofs.js";

const payload: ContentPayload = { customerId: "cust_1", delta: 5, reason: "top-up", referenceId: "r1" };
const hash = contentHash(payload);
const others = [keccakHex("x"), keccakHex("y")] as Hex[];
const itemHashes = [others[0], hash, others[1]] as Hex[];
const proof: DeltaProof = {
  proofHash: naiveMerkleRoot(itemHashes) as Hex,
  contentHash: hash,
  itemHashes,
  itemIndex: 1,
  previousProofHash: ZERO_HASH,
};

describe("verifyDeltaProof", () => {
  it("accepts a correct proof, with or without the payload", () => {
    expect(verifyDeltaProof({ contentHash: hash, proof })).toEqual({ valid: true });
    expect(verifyDeltaProof({ contentHash: hash, proof, payload })).toEqual({ valid: true });
  });

  it.each<[string, Partial<DeltaProof> | null, Partial<ContentPayload> | null]>([
    ["a payload that hashes differently", null, { delta: 6 }],
    ["a wrong item index", { itemIndex: 0 }, null],
    ["an index past the items", { itemIndex: 3 }, null],
    ["a tampered item", { itemHashes: [others[1], hash, others[1]] as Hex[] }, null],
    ["a dropped item", { itemHashes: [others[0], hash] as Hex[] }, null],
    ["a wrong proofHash", { proofHash: keccakHex("z") as Hex }, null],
    ["a different contentHash in the proof", { contentHash: others[0] as Hex }, null],
    ["a malformed previousProofHash", { previousProofHash: "0x00" as Hex }, null],
  ])("rejects %s", (_name, proofChange, payloadChange) => {
    expect(
      verifyDeltaProof({
        contentHash: hash,
        proof: { ...proof, ...proofChange },
        payload: payloadChange ? { ...payload, ...payloadChange } : undefined,
      }),
    ).toMatchObject({ valid: false });
  });
});

describe("verifyRootOverDeltas", () => {
  it("checks the count and the recomputed root", () => {
    const root = naiveMerkleRoot(itemHashes) as Hex;
    expect(verifyRootOverDeltas({ proofRoot: root, deltaCount: 3, contentHashes: itemHashes })).toEqual({
      valid: true,
    });
    expect(verifyRootOverDeltas({ proofRoot: ZERO_HASH, deltaCount: 0, contentHashes: [] })).toEqual({
      valid: true,
    });
    expect(verifyRootOverDeltas({ proofRoot: root, deltaCount: 4, contentHashes: itemHashes })).toMatchObject(
      {
        valid: false,
      },
    );
    // [a,b,c] and [a,b,c,c] share a root: only the count tells them apart.
    const padded = [...itemHashes, itemHashes[2]] as Hex[];
    expect(verifyRootOverDeltas({ proofRoot: root, deltaCount: 3, contentHashes: padded })).toMatchObject({
      valid: false,
    });
    expect(
      verifyRootOverDeltas({ proofRoot: root, deltaCount: 3, contentHashes: [...itemHashes].reverse() }),
    ).toMatchObject({ valid: false });
  });
});
