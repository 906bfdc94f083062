import { describe, expect, it } from "vitest";
import { keccakHex } from "../test/oracles.js";
import { nextVerificationReference } from "./core/anchors.js";
import type { Hex } from "./core/hex.js";
import {
  buildInclusionProof,
  contentHash,
  merkleRoot,
  verifyAnchorChain,
  verifyCheckpoint,
  verifyDeltaProof,
  verifyInclusion,
  verifyReceipt,
} from "./proofs.js";

const deltas = [
  { customerId: "cust_1", delta: 100, reason: "top-up" },
  { customerId: "cust_1", delta: -0.25, reason: "api call", referenceId: "req-1" },
  { customerId: "cust_1", delta: -0.25, reason: "api call", referenceId: "req-2" },
].map((payload) => ({ ...payload, contentHash: contentHash(payload) }));
const hashes = deltas.map((d) => d.contentHash);
const proofRoot = merkleRoot(hashes);

describe("@pacspace/sdk/proofs", () => {
  it("verifies a checkpoint from its deltas or its content hashes", () => {
    expect(verifyCheckpoint({ proofRoot, deltaCount: 3, deltas })).toEqual({ valid: true });
    expect(verifyCheckpoint({ proofRoot, deltaCount: 3, contentHashes: hashes })).toEqual({ valid: true });
    expect(verifyCheckpoint({ proofRoot, deltaCount: 4, deltas })).toMatchObject({ valid: false });
    expect(verifyCheckpoint({ proofRoot, deltaCount: 3, deltas: [...deltas].reverse() })).toMatchObject({
      valid: false,
    });
    expect(verifyCheckpoint({ proofRoot, deltaCount: 3 })).toMatchObject({ valid: false });
  });

  it("verifies a receipt and its listed item hashes", () => {
    const receipt = { proofRoot, deltasCount: 3, deltas, verification: { itemHashes: hashes } };
    expect(verifyReceipt(receipt)).toEqual({ valid: true });
    expect(verifyReceipt({ ...receipt, verification: undefined })).toEqual({ valid: true });
    expect(verifyReceipt({ ...receipt, verification: { itemHashes: [...hashes].reverse() } })).toMatchObject({
      valid: false,
    });
    expect(verifyReceipt({ ...receipt, deltas: deltas.slice(0, 2), deltasCount: 2 })).toMatchObject({
      valid: false,
    });
    const tampered = deltas.map((d, i) => (i === 1 ? { ...d, contentHash: keccakHex("forged") as Hex } : d));
    expect(verifyReceipt({ ...receipt, deltas: tampered, verification: undefined })).toMatchObject({
      valid: false,
    });
  });

  it("verifies a delta record's proof against its payload", () => {
    const record = deltas[1] as (typeof deltas)[number];
    const proof = {
      proofHash: proofRoot,
      contentHash: record.contentHash,
      itemHashes: hashes,
      itemIndex: 1,
      previousProofHash: `0x${"0".repeat(64)}` as Hex,
    };
    expect(verifyDeltaProof({ contentHash: record.contentHash, proof, payload: record })).toEqual({
      valid: true,
    });
    expect(
      verifyDeltaProof({ contentHash: record.contentHash, proof, payload: { ...record, delta: -0.26 } }),
    ).toMatchObject({
      valid: false,
    });
  });

  it("takes a record that has no proof yet (strict-typed as the API returns it) and answers invalid", () => {
    const record = deltas[1] as (typeof deltas)[number];
    const queued: { contentHash: string; proof?: undefined } = { contentHash: record.contentHash };
    expect(verifyDeltaProof(queued)).toEqual({ valid: false, reason: "proof is missing" });
    expect(verifyDeltaProof({ contentHash: record.contentHash, proof: null })).toMatchObject({
      valid: false,
    });
  });

  it("checks inclusion proofs against the published root and count", () => {
    const proof = buildInclusionProof(hashes, 2);
    expect(verifyInclusion(proof, { root: proofRoot, leafCount: 3 })).toEqual({ valid: true });
    expect(
      verifyInclusion(buildInclusionProof([...hashes, hashes[2] as Hex], 3), {
        root: proofRoot,
        leafCount: 3,
      }),
    ).toMatchObject({
      valid: false,
    });
  });

  it("walks an anchor chain", () => {
    const zero = `0x${"0".repeat(64)}` as Hex;
    const first = {
      proofHash: proofRoot,
      previousProofHash: zero,
      verificationReference: nextVerificationReference(zero, proofRoot),
      itemHashes: hashes,
    };
    expect(verifyAnchorChain([first])).toEqual({ valid: true });
    expect(verifyAnchorChain([{ ...first, itemHashes: hashes.slice(1) }])).toMatchObject({
      valid: false,
      brokenAt: 0,
    });
  });
});
