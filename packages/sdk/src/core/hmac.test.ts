import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hmacSha256Hex, timingSafeEqual } from "./hmac.js";

describe("hmacSha256Hex", () => {
  it("matches RFC 4231 test cases 1 and 2", async () => {
    expect(await hmacSha256Hex("\x0b".repeat(20), "Hi There")).toBe(
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
    );
    expect(await hmacSha256Hex("Jefe", "what do ya want for nothing?")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
  });

  it("agrees with node:crypto on arbitrary UTF-8 keys and messages", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme" }),
        fc.string({ unit: "grapheme" }),
        async (key, message) => {
          expect(await hmacSha256Hex(key, message)).toBe(
            createHmac("sha256", key).update(message).digest("hex"),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe("timingSafeEqual", () => {
  it("compares equal-length strings and rejects length mismatches", () => {
    expect(timingSafeEqual("abc", "abc")).toBe(true);
    expect(timingSafeEqual("abc", "abd")).toBe(false);
    expect(timingSafeEqual("abc", "abcd")).toBe(false);
    expect(timingSafeEqual("", "")).toBe(true);
  });
});
