import canonicalize from "canonicalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

/** encodeURIComponent refuses exactly the strings with a lone surrogate. */
function isWellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

describe("canonicalJson (RFC 8785)", () => {
  it("serializes the RFC's combined example", () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it("sorts keys by UTF-16 code units, not code points", () => {
    const input = {
      "\u20ac": "Euro Sign",
      "\r": "Carriage Return",
      "\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\ud83d\ude00": "Emoji: Grinning Face",
      "\u0080": "Control",
      "\u00f6": "Latin Small Letter O With Diaeresis",
    };
    // Checked on the text: JSON.parse would re-order the integer-like key "1" first.
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it.each([
    ["0000000000000000", "0"],
    ["8000000000000000", "0"],
    ["0000000000000001", "5e-324"],
    ["8000000000000001", "-5e-324"],
    ["7fefffffffffffff", "1.7976931348623157e+308"],
    ["ffefffffffffffff", "-1.7976931348623157e+308"],
    ["4340000000000000", "9007199254740992"],
    ["c340000000000000", "-9007199254740992"],
    ["4430000000000000", "295147905179352830000"],
    ["44b52d02c7e14af5", "9.999999999999997e+22"],
    ["44b52d02c7e14af6", "1e+23"],
    ["44b52d02c7e14af7", "1.0000000000000001e+23"],
    ["444b1ae4d6e2ef4e", "999999999999999700000"],
    ["444b1ae4d6e2ef4f", "999999999999999900000"],
    ["444b1ae4d6e2ef50", "1e+21"],
    ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
    ["3eb0c6f7a0b5ed8d", "0.000001"],
    ["41b3de4355555553", "333333333.3333332"],
    ["41b3de4355555554", "333333333.33333325"],
    ["41b3de4355555555", "333333333.3333333"],
    ["41b3de4355555556", "333333333.3333334"],
    ["41b3de4355555557", "333333333.33333343"],
    ["becbf647612f3696", "-0.0000033333333333333333"],
    ["43143ff3c1cb0959", "1424953923781206.2"],
  ])("serializes the IEEE 754 value %s as %s", (bits, expected) => {
    expect(canonicalJson(fromBits(bits))).toBe(expected);
  });

  it("uses exponent form exactly where ECMAScript does", () => {
    expect(canonicalJson([1e21, 1e20, 1e-7, 1e-6, -0, 0.1])).toBe(
      "[1e+21,100000000000000000000,1e-7,0.000001,0,0.1]",
    );
  });

  it("escapes only what JSON requires, with lowercase \\u00xx", () => {
    expect(canonicalJson('\u0000\u0008\t\n\u000b\f\r\u001f \u007f\u2028"\\/')).toBe(
      '"\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f \u007f\u2028\\"\\\\/"',
    );
  });

  it("omits undefined members and honours toJSON", () => {
    expect(canonicalJson({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(canonicalJson({ at: new Date(Date.UTC(2025, 0, 2)) })).toBe('{"at":"2025-01-02T00:00:00.000Z"}');
    expect(canonicalJson({ n: Object(5), s: Object("x") })).toBe('{"n":5,"s":"x"}');
  });

  it.each([
    ["undefined", undefined],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", [Number.NEGATIVE_INFINITY]],
    ["a BigInt", { a: 1n }],
    ["a function", { f: () => 1 }],
    ["a top-level function", () => 1],
    ["a symbol", { s: Symbol("s") }],
    ["undefined in an array", [1, undefined]],
    ["a lone high surrogate", "\ud800x"],
    ["a lone low surrogate in a key", { "\udc00": 1 }],
  ])("throws a TypeError for %s", (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it("throws a TypeError for cycles but allows shared references", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(TypeError);
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  describe("properties", () => {
    it("agrees with the independent `canonicalize` package on JSON values", () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          expect(canonicalJson(value)).toBe(canonicalize(value));
        }),
      );
    });

    it("is stable: parsing and canonicalizing again gives the same text", () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const once = canonicalJson(value);
          expect(canonicalJson(JSON.parse(once))).toBe(once);
        }),
      );
    });

    it("writes every UTF-16 string as JSON.stringify does, or rejects it when it holds a lone surrogate", () => {
      const anyUnits = fc
        .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 })
        .map((units) => String.fromCharCode(...units));
      fc.assert(
        fc.property(anyUnits, (text) => {
          if (isWellFormed(text)) {
            expect(canonicalJson(text)).toBe(JSON.stringify(text));
            expect(canonicalJson({ [text]: text })).toBe(`{${JSON.stringify(text)}:${JSON.stringify(text)}}`);
          } else {
            expect(() => canonicalJson(text)).toThrow(TypeError);
            expect(() => canonicalJson({ [text]: 1 })).toThrow(TypeError);
          }
        }),
        { numRuns: 2000 },
      );
    });

    it("sorts objects with few and with many keys alike", () => {
      fc.assert(
        fc.property(fc.dictionary(fc.string({ unit: "binary" }), fc.integer(), { maxKeys: 40 }), (record) => {
          expect(canonicalJson(record)).toBe(canonicalize(record));
        }),
      );
    });

    it("does not depend on key insertion order", () => {
      fc.assert(
        fc.property(
          fc.dictionary(fc.string(), fc.jsonValue()),
          fc.infiniteStream(fc.nat()),
          (record, randoms) => {
            const entries = Object.entries(record);
            const shuffled = entries
              .map((entry) => ({ entry, key: randoms.next().value as number }))
              .sort((a, b) => a.key - b.key)
              .map(({ entry }) => entry);
            expect(canonicalJson(Object.fromEntries(shuffled))).toBe(canonicalJson(record));
          },
        ),
      );
    });
  });
});
