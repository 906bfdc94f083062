import { describe, expect, it } from "vitest";
import { Decimal } from "../kernel/core.js";
import { exactNumber, stringifyJson, topLevelNumberTokens } from "./exact-number.js";

describe("exactNumber / stringifyJson", () => {
  it("keeps plain numbers for values a double holds, and writes the others digit for digit", () => {
    expect(exactNumber(Decimal.from("0.3"))).toBe(0.3);
    const exact = exactNumber(Decimal.from("1000000000.000000001"));
    expect(typeof exact).toBe("object");
    expect(exact + 0).toBe(1_000_000_000);
    expect(stringifyJson({ a: exact, b: [exactNumber(Decimal.from("-0.10000000000000000001"))] })).toBe(
      '{"a":1000000000.000000001,"b":[-0.10000000000000000001]}',
    );
  });

  it("a client string that imitates the marker stays a string", () => {
    const text = stringifyJson({ reason: "\u0001exact-abc:12" });
    expect(JSON.parse(text)).toEqual({ reason: "\u0001exact-abc:12" });
  });
});

describe("topLevelNumberTokens", () => {
  it("reads the digits of top-level members only, skipping strings and nested values", () => {
    const text =
      '{ "a" : 1.50, "s": "x\\"y:2", "n": {"a": 3, "b": [4, 5]}, "b":-1e-9,"c":true, "d":1000000000.000000001 }';
    expect(Object.fromEntries(topLevelNumberTokens(text))).toEqual({
      a: "1.50",
      b: "-1e-9",
      d: "1000000000.000000001",
    });
  });
});
