/** JSON number grammar (RFC 8259 §6): sign, integer part, optional fraction and exponent. */
const JSON_NUMBER = /^(-)?(0|[1-9]\d*)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Largest power of ten a parsed value may carry. Doubles stay within ±1e308 and 5e-324,
 * so this leaves room for any number while refusing strings like "1e999999999" that
 * would make BigInt arithmetic unbounded.
 */
const MAX_EXPONENT = 1000;

/**
 * An exact decimal quantity: `coefficient × 10^-scale`, with BigInt coefficient.
 *
 * Values are immutable and always normalized (no trailing zero digits in the coefficient
 * when scale > 0, zero has scale 0), so equal values have equal fields.
 */
export class Decimal {
  static readonly ZERO: Decimal = new Decimal(0n, 0);

  private constructor(
    private readonly coefficient: bigint,
    private readonly scale: number,
  ) {}

  /**
   * Numbers are taken at their shortest round-trip decimal string (`String(n)`), so
   * `Decimal.from(0.1)` is exactly 0.1. Strings must follow the JSON number grammar
   * (exponents allowed). Non-finite numbers throw a RangeError; malformed strings and
   * other types throw a TypeError.
   */
  static from(value: number | string | Decimal): Decimal {
    if (value instanceof Decimal) return value;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new RangeError(`Decimal.from: ${value} is not a finite number`);
      return Decimal.parse(String(value));
    }
    if (typeof value === "string") return Decimal.parse(value);
    throw new TypeError(`Decimal.from: expected a number, string or Decimal, got ${typeof value}`);
  }

  private static parse(text: string): Decimal {
    const match = JSON_NUMBER.exec(text);
    if (!match) throw new TypeError(`Decimal.from: "${text}" is not a decimal number`);
    const [, sign, integerDigits = "0", fractionDigits = "", exponentText = "0"] = match;
    const exponent = Number(exponentText);
    if (Math.abs(exponent) > MAX_EXPONENT) {
      throw new RangeError(`Decimal.from: exponent of "${text}" is out of range`);
    }
    let coefficient = BigInt(integerDigits + fractionDigits);
    let scale = fractionDigits.length - exponent;
    if (scale < 0) {
      coefficient *= 10n ** BigInt(-scale);
      scale = 0;
    }
    return Decimal.normalized(sign ? -coefficient : coefficient, scale);
  }

  private static normalized(coefficient: bigint, scale: number): Decimal {
    if (coefficient === 0n) return Decimal.ZERO;
    let c = coefficient;
    let s = scale;
    while (s > 0 && c % 10n === 0n) {
      c /= 10n;
      s--;
    }
    return new Decimal(c, s);
  }

  /** The coefficient of this value expressed at a (larger or equal) scale. */
  private at(scale: number): bigint {
    return this.coefficient * 10n ** BigInt(scale - this.scale);
  }

  plus(other: number | string | Decimal): Decimal {
    const o = Decimal.from(other);
    const scale = Math.max(this.scale, o.scale);
    return Decimal.normalized(this.at(scale) + o.at(scale), scale);
  }

  minus(other: number | string | Decimal): Decimal {
    return this.plus(Decimal.from(other).negate());
  }

  negate(): Decimal {
    return this.coefficient === 0n ? this : new Decimal(-this.coefficient, this.scale);
  }

  abs(): Decimal {
    return this.coefficient < 0n ? this.negate() : this;
  }

  compare(other: number | string | Decimal): -1 | 0 | 1 {
    const o = Decimal.from(other);
    const scale = Math.max(this.scale, o.scale);
    const a = this.at(scale);
    const b = o.at(scale);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  equals(other: number | string | Decimal): boolean {
    return this.compare(other) === 0;
  }

  isZero(): boolean {
    return this.coefficient === 0n;
  }

  isNegative(): boolean {
    return this.coefficient < 0n;
  }

  /** Plain decimal notation: no exponent, no trailing fractional zeros, never "-0". */
  toString(): string {
    const negative = this.coefficient < 0n;
    const digits = (negative ? -this.coefficient : this.coefficient).toString();
    let text: string;
    if (this.scale === 0) {
      text = digits;
    } else {
      const padded = digits.padStart(this.scale + 1, "0");
      text = `${padded.slice(0, -this.scale)}.${padded.slice(-this.scale)}`;
    }
    return negative ? `-${text}` : text;
  }

  /** The nearest double (exact whenever the value has a shortest round-trip form). */
  toNumber(): number {
    return Number(this.toString());
  }

  /** Serializes as a JSON number, which is how the API carries amounts. */
  toJSON(): number {
    return this.toNumber();
  }

  /** Sum of many values in one pass, without normalizing after every addition. */
  static sum(values: Iterable<number | string | Decimal>): Decimal {
    let coefficient = 0n;
    let scale = 0;
    for (const value of values) {
      const d = Decimal.from(value);
      if (d.scale > scale) {
        coefficient *= 10n ** BigInt(d.scale - scale);
        scale = d.scale;
      }
      coefficient += d.at(scale);
    }
    return Decimal.normalized(coefficient, scale);
  }
}

/** Exact sum of decimals (zero for none). */
export function sumDecimals(values: Iterable<Decimal>): Decimal {
  return Decimal.sum(values);
}
