import * as sdk from "@pacspace/sdk/core";
import { describe, expect, it } from "vitest";
import { contentHash, keccak256Hex, nextVerificationReference } from "./fast-keccak.js";

const bytes = (length: number, seed: number) =>
  Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 7) & 0xff);

describe("fast-keccak", () => {
  it("gives the SDK's Keccak-256 digests on empty, one-block, block-edge and multi-block inputs", () => {
    for (const length of [0, 1, 31, 32, 135, 136, 137, 271, 272, 1000]) {
      expect(keccak256Hex(bytes(length, length))).toBe(sdk.keccak256Hex(bytes(length, length)));
    }
    // the well-known digest of the empty input
    expect(keccak256Hex(new Uint8Array())).toBe(
      "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
    );
  });

  it("hashes several parts as their concatenation", () => {
    const parts = [bytes(10, 1), bytes(140, 2), bytes(0, 3), bytes(33, 4)];
    expect(keccak256Hex(...parts)).toBe(sdk.keccak256Hex(...parts));
  });

  it("gives the SDK's content hashes, optional fields and non-ASCII text included", () => {
    const payloads: sdk.ContentPayload[] = [
      { customerId: "cust_1", delta: 0.25, reason: "usage" },
      { customerId: "cust_é", delta: -1e21, reason: "refund ✓ 𝄞", referenceId: "ref-1" },
      { customerId: "c", delta: 3, reason: "r", metadata: { b: [1, "x"], a: null } },
    ];
    for (const payload of payloads) expect(contentHash(payload)).toBe(sdk.contentHash(payload));
    expect(() => contentHash({ customerId: "c", delta: Number.NaN, reason: "r" })).toThrow(TypeError);
  });

  it("gives the SDK's anchor references and refuses what is not a lowercase 32-byte hash", () => {
    const first = sdk.keccak256Hex(bytes(5, 5));
    const second = sdk.keccak256Hex(bytes(6, 6));
    expect(nextVerificationReference(sdk.ZERO_HASH, first)).toBe(
      sdk.nextVerificationReference(sdk.ZERO_HASH, first),
    );
    expect(nextVerificationReference(first, second)).toBe(sdk.nextVerificationReference(first, second));
    expect(() => nextVerificationReference(first, first.toUpperCase() as sdk.Hex)).toThrow(TypeError);
    expect(() => nextVerificationReference("0x12", first)).toThrow(TypeError);
  });
});
