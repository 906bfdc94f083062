import { describe, expect, it } from "vitest";
import { Decimal } from "../kernel/core.js";
import { exactNumber, JsonText, stringifyJson, topLevelNumberTokens } from "./exact-number.js";

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

describe("JsonText", () => {
  it("is written as its text by stringifyJson, and as its parsed value by JSON.stringify", () => {
    const value = { a: new JsonText('[1, "x\\"y"]'), b: exactNumber(Decimal.from("0.10000000000000000001")) };
    expect(stringifyJson(value)).toBe('{"a":[1, "x\\"y"],"b":0.10000000000000000001}');
    expect(JSON.parse(JSON.stringify(value)).a).toEqual([1, 'x"y']);
    expect(new JsonText("[]").value()).toEqual([]);
  });

  it("keeps each stringifyJson's texts apart when one runs inside another", () => {
    const inner = { toJSON: () => stringifyJson({ t: new JsonText("[2]") }) };
    expect(stringifyJson([new JsonText("[1]"), inner, new JsonText("[3]")])).toBe(
      '[[1],"{\\"t\\":[2]}",[3]]',
    );
  });

  it("a client string that imitates its marker stays a string", () => {
    const text = stringifyJson({ a: new JsonText("1"), reason: "\u0001text-abc:0" });
    expect(JSON.parse(text)).toEqual({ a: 1, reason: "\u0001text-abc:0" });
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
