import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naiveDecimalAdd, naiveDecimalCanonical, naiveDecimalNegate } from "../../test/oracles.js";
import { Decimal, sumDecimals } from "./decimal.js";

const d = Decimal.from;

describe("Decimal", () => {
  it("adds binary-unfriendly fractions exactly", () => {
    expect(d(0.1).plus(d(0.2)).toString()).toBe("0.3");
    expect(d(0.1).plus(d(0.2)).equals(d(0.3))).toBe(true);
    expect(d(0.3).minus(d(0.1)).toString()).toBe("0.2");
    expect(d(0.1).plus(d(0.2)).toNumber()).toBe(0.3);
  });

  it("sums a million 0.01 deltas to exactly 10000", () => {
    const cent = d(0.01);
    const total = sumDecimals(Array.from({ length: 1_000_000 }, () => cent));
    expect(total.toString()).toBe("10000");
    expect(total.toJSON()).toBe(10000);
  });

  it.each([
    [1e-7, "0.0000001"],
    [1.5e21, "1500000000000000000000"],
    [1e21, "1000000000000000000000"],
    [-0, "0"],
    [5e-324, `0.${"0".repeat(323)}5`],
    [123.456, "123.456"],
    [-1000000000, "-1000000000"],
  ])("takes the number %s at its shortest round-trip value %s", (value, expected) => {
    expect(d(value).toString()).toBe(expected);
  });

  it.each([
    ["0", "0"],
    ["-0", "0"],
    ["-0.000", "0"],
    ["1.2300", "1.23"],
    ["1E3", "1000"],
    ["1.5e+2", "150"],
    ["-25e-3", "-0.025"],
    ["100", "100"],
    ["0.000e5", "0"],
  ])("parses the JSON number string %j as %s", (value, expected) => {
    expect(d(value).toString()).toBe(expected);
  });

  it.each(["", " 1", "1 ", "+1", ".5", "5.", "01", "1e", "0x10", "1,5", "NaN", "Infinity", "--1", "1_000"])(
    "rejects the string %j with a TypeError",
    (value) => {
      expect(() => d(value)).toThrow(TypeError);
    },
  );

  it("rejects non-finite numbers with a RangeError and other types with a TypeError", () => {
    expect(() => d(Number.NaN)).toThrow(RangeError);
    expect(() => d(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => d("1e999999999")).toThrow(RangeError);
    expect(() => d(1n as unknown as number)).toThrow(TypeError);
    expect(() => d(null as unknown as number)).toThrow(TypeError);
  });

  it("negates, takes absolute values and compares", () => {
    expect(d(-2.5).abs().toString()).toBe("2.5");
    expect(d(2.5).negate().toString()).toBe("-2.5");
    expect(Decimal.ZERO.negate().toString()).toBe("0");
    expect(d("1.10").compare("1.1")).toBe(0);
    expect(d("-1").compare(0)).toBe(-1);
    expect(d("0.0000001").compare("0")).toBe(1);
    expect(d("-0.5").isNegative()).toBe(true);
    expect(d("-0").isNegative()).toBe(false);
    expect(d("0.00").isZero()).toBe(true);
    const seven = d(7);
    expect(Decimal.from(seven)).toBe(seven);
  });

  it("serializes to a JSON number", () => {
    expect(JSON.stringify({ balance: d("10.50") })).toBe('{"balance":10.5}');
  });

  describe("properties", () => {
    const decimalText = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
      .map(([coefficient, scale]) => {
        const negative = coefficient < 0n;
        const digits = (negative ? -coefficient : coefficient).toString().padStart(scale + 1, "0");
        const text = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
        return negative ? `-${text}` : text;
      });
    const anyNumber = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 });

    it("add and subtract agree with a schoolbook string oracle", () => {
      fc.assert(
        fc.property(decimalText, decimalText, (a, b) => {
          expect(d(a).plus(d(b)).toString()).toBe(naiveDecimalAdd(a, b));
          expect(d(a).minus(d(b)).toString()).toBe(naiveDecimalAdd(a, naiveDecimalNegate(b)));
        }),
      );
    });

    it("numbers convert through their shortest round-trip string", () => {
      fc.assert(
        fc.property(anyNumber, (n) => {
          expect(d(n).toString()).toBe(naiveDecimalCanonical(String(n)));
          expect(d(n).toNumber()).toBe(n === 0 ? 0 : n);
        }),
      );
    });

    it("addition is commutative and associative, subtraction inverts it", () => {
      fc.assert(
        fc.property(decimalText, decimalText, decimalText, (a, b, c) => {
          expect(d(a).plus(b).equals(d(b).plus(a))).toBe(true);
          expect(d(a).plus(b).plus(c).toString()).toBe(d(a).plus(d(b).plus(c)).toString());
          expect(d(a).plus(b).minus(b).toString()).toBe(d(a).toString());
        }),
      );
    });

    it("sumDecimals equals repeated plus", () => {
      fc.assert(
        fc.property(fc.array(decimalText, { maxLength: 20 }), (values) => {
          const folded = values.reduce((acc, v) => acc.plus(v), Decimal.ZERO);
          expect(sumDecimals(values.map((v) => d(v))).toString()).toBe(folded.toString());
        }),
      );
    });

    it("toString is plain and canonical", () => {
      fc.assert(
        fc.property(decimalText, (a) => {
          const text = d(a).toString();
          expect(text).toMatch(/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/);
          expect(text).not.toBe("-0");
          expect(d(text).toString()).toBe(text);
        }),
      );
    });
  });
});
