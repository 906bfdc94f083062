import { describe, expect, it } from "vitest";
import { pythonCanonicalJson, pythonFloatRepr, pythonJsonString } from "./python-json.js";

describe("pythonFloatRepr: Python's repr(float(x))", () => {
  // Each expected value is what CPython 3.11 prints for repr(float(x)).
  it.each([
    [-1, "-1.0"],
    [3, "3.0"],
    [-75.5, "-75.5"],
    [0.1, "0.1"],
    [0.0001, "0.0001"],
    [0.00001, "1e-05"],
    [1.5e-7, "1.5e-07"],
    [1e15, "1000000000000000.0"],
    [1e16, "1e+16"],
    [123456789012345680, "1.2345678901234568e+17"],
    [1e22, "1e+22"],
    [5e-324, "5e-324"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [-12345.678, "-12345.678"],
    [0, "0.0"],
    [-0, "-0.0"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    [Number.NEGATIVE_INFINITY, "-Infinity"],
  ])("%s → %s", (value, expected) => {
    expect(pythonFloatRepr(value)).toBe(expected);
  });
});

describe("pythonJsonString: json.dumps with ensure_ascii", () => {
  it("escapes quotes, backslashes, control characters, DEL and everything outside ASCII", () => {
    expect(pythonJsonString('a"b\\c\n\t\u0001\u007f')).toBe('"a\\"b\\\\c\\n\\t\\u0001\\u007f"');
    expect(pythonJsonString("müller ☃ 😀")).toBe('"m\\u00fcller \\u2603 \\ud83d\\ude00"');
    expect(pythonJsonString("plain-ASCII_id:1.2")).toBe('"plain-ASCII_id:1.2"');
  });
});

describe("pythonCanonicalJson", () => {
  it("sorts keys and writes no whitespace", () => {
    expect(pythonCanonicalJson({ windowStart: "s", delta: -1, customerId: "c", windowEnd: "e" })).toBe(
      '{"customerId":"c","delta":-1.0,"windowEnd":"e","windowStart":"s"}',
    );
    expect(pythonCanonicalJson({ b: { z: 1, a: "x" }, a: 2 })).toBe('{"a":2.0,"b":{"a":"x","z":1.0}}');
  });
});
