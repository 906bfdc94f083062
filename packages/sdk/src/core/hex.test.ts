import { describe, expect, it } from "vitest";
import { bytesToHex, hexToBytes, isHash32, ZERO_HASH } from "./hex.js";

describe("hex", () => {
  it("round-trips bytes through lowercase 0x hex", () => {
    const bytes = Uint8Array.from([0, 1, 15, 16, 127, 128, 254, 255]);
    expect(bytesToHex(bytes)).toBe("0x00010f107f80feff");
    expect(hexToBytes("0x00010f107f80feff")).toEqual(bytes);
    expect(hexToBytes("00010F107F80FEFF")).toEqual(bytes);
    expect(bytesToHex(new Uint8Array())).toBe("0x");
  });

  it("rejects odd-length and non-hex input", () => {
    expect(() => hexToBytes("0x123")).toThrow(TypeError);
    expect(() => hexToBytes("0xzz")).toThrow(TypeError);
    expect(() => hexToBytes("0x 1")).toThrow(TypeError);
    expect(() => hexToBytes(42 as unknown as string)).toThrow(TypeError);
  });

  it("recognizes only 0x + 64 lowercase hex digits as a 32-byte hash", () => {
    expect(ZERO_HASH).toBe(`0x${"0".repeat(64)}`);
    expect(isHash32(ZERO_HASH)).toBe(true);
    expect(isHash32(`0x${"ab".repeat(32)}`)).toBe(true);
    expect(isHash32(`0x${"AB".repeat(32)}`)).toBe(false);
    expect(isHash32(`0x${"ab".repeat(31)}`)).toBe(false);
    expect(isHash32("ab".repeat(32))).toBe(false);
    expect(isHash32(`0x${"ab".repeat(32)}\n`)).toBe(false);
    expect(isHash32(null)).toBe(false);
  });
});
