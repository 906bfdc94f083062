import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Compact } from "./sha256-compact.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const native = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("sha256Compact", () => {
  it("matches the FIPS 180-4 examples", () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(hex(sha256Compact(text("")))).toBe(
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(hex(sha256Compact(text("abc")))).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(hex(sha256Compact(text("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("matches Node's native hash at every length across the padding and block boundaries, and for a large input", () => {
    for (let length = 0; length <= 300; length++) {
      const bytes = new Uint8Array(randomBytes(length));
      expect(hex(sha256Compact(bytes)), `length ${length}`).toBe(native(bytes));
    }
    const large = new Uint8Array(randomBytes(1_000_003));
    expect(hex(sha256Compact(large))).toBe(native(large));
  });
});
