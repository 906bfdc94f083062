import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bytesToHex } from "./hex.js";
import { keccak256, keccak256Hex, utf8 } from "./keccak.js";

describe("keccak256", () => {
  it("matches published Keccak-256 known answers", () => {
    expect(bytesToHex(keccak256(new Uint8Array()))).toBe(
      "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
    );
    expect(keccak256Hex(utf8("abc"))).toBe(
      "0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
    );
  });

  it("is Keccak, not NIST SHA3-256", () => {
    const sha3 = `0x${createHash("sha3-256").update("").digest("hex")}`;
    expect(sha3).toBe("0xa7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
    expect(keccak256Hex(new Uint8Array())).not.toBe(sha3);
  });

  it("hashes the concatenation of its parts", () => {
    expect(keccak256Hex(utf8("a"), utf8("bc"), new Uint8Array())).toBe(keccak256Hex(utf8("abc")));
  });
});
