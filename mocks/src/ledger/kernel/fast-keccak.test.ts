import * as sdk from "@pacspace/sdk/core";
import { describe, expect, it } from "vitest";
import {
  contentHash,
  keccak256Hex,
  keccak256Text,
  merkleRoot,
  nextVerificationReference,
} from "./fast-keccak.js";

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

  it("hashes text as its UTF-8, lone surrogates as TextEncoder writes them (U+FFFD)", () => {
    const long = "ä€𝄞x".repeat(40);
    for (const text of [
      "",
      "plain",
      "é ✓ 𝄞 \u0000",
      long,
      "a\ud800b",
      "\udc00",
      `${long}\ud83d`,
      "\ud83d\ude00",
    ]) {
      expect(keccak256Text(text)).toBe(sdk.keccak256Hex(sdk.utf8(text)));
    }
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

  it("gives the SDK's Merkle roots for every tree shape, and refuses what the SDK refuses", () => {
    const leaves = Array.from({ length: 70 }, (_, i) => sdk.keccak256Hex(bytes(i + 1, i)));
    for (let count = 0; count <= leaves.length; count++) {
      expect(merkleRoot(leaves.slice(0, count))).toBe(sdk.merkleRoot(leaves.slice(0, count)));
    }
    // an odd last node is paired with itself
    const [a, b, c] = leaves as [sdk.Hex, sdk.Hex, sdk.Hex];
    expect(merkleRoot([a, b, c])).toBe(merkleRoot([a, b, c, c]));
    for (const bad of [[a, a.toUpperCase()], [a.slice(0, 65)], [`0y${a.slice(2)}`], [null]]) {
      const message = (() => {
        try {
          sdk.merkleRoot(bad as sdk.Hex[]);
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(() => merkleRoot(bad as sdk.Hex[])).toThrow(new TypeError(message));
    }
    expect(() => merkleRoot("0x00" as unknown as sdk.Hex[])).toThrow(TypeError);
  });
});
