import { Decimal } from "./core.js";

/** What the index needs from a delta. */
export interface IndexedDelta {
  sequenceNumber: number;
  createdAt: number;
  amount: Decimal;
}

/**
 * One customer's VERIFIED deltas in sequence order (which is also createdAt order: the
 * log never lets createdAt go backwards), with exact prefix sums.
 *
 * A window sum is two binary searches and one subtraction, so derive costs O(log n)
 * however long the history is. Verification normally appends at the end;
 * a delta verified out of order is inserted at its place and only the prefix sums after
 * it are rebuilt, which touches in-flight deltas only.
 */
export class VerifiedIndex<T extends IndexedDelta> {
  private readonly items: T[] = [];
  /** `prefix.get(i)` = exact sum of the first `i` items; `prefix.get(0)` = 0. */
  private readonly prefix = new PrefixSums();

  get size(): number {
    return this.items.length;
  }

  at(index: number): T | undefined {
    return this.items[index];
  }

  /** Items `[from, to)` as a new array. */
  slice(from: number, to: number): T[] {
    return this.items.slice(from, to);
  }

  /** Sum of items `[from, to)`. */
  sum(from: number, to: number): Decimal {
    return this.prefix.difference(from, to);
  }

  /** Sum of the first `count` items. */
  prefixSum(count: number): Decimal {
    return this.prefix.get(count);
  }

  /** The largest `k` in `[from, to]` whose prefix sum equals `value`, or -1. */
  lastPrefixEqualTo(value: Decimal, from: number, to: number): number {
    return this.prefix.lastEqualTo(value, from, to);
  }

  /** Inserts a newly verified delta at its sequence position. Returns the position. */
  insert(item: T): number {
    const last = this.items[this.items.length - 1];
    // verification mostly appends, so the end is tried before a search
    const position =
      last === undefined || last.sequenceNumber < item.sequenceNumber
        ? this.items.length
        : this.lowerBoundBySequence(item.sequenceNumber);
    if (this.items[position]?.sequenceNumber === item.sequenceNumber) {
      throw new Error(`sequence ${item.sequenceNumber} is already in the verified index`);
    }
    if (position === this.items.length) {
      this.items.push(item);
      this.prefix.push(item.amount);
      return position;
    }
    this.items.splice(position, 0, item);
    this.rebuildFrom(position);
    return position;
  }

  /** Undoes `insert` (used by transaction rollback). */
  remove(item: T): void {
    const position = this.lowerBoundBySequence(item.sequenceNumber);
    if (this.items[position] !== item) return;
    this.items.splice(position, 1);
    this.rebuildFrom(position);
  }

  private rebuildFrom(position: number): void {
    this.prefix.truncate(position);
    for (let i = position; i < this.items.length; i++) this.prefix.push((this.items[i] as T).amount);
  }

  /** First position whose createdAt is ≥ `ms`. */
  lowerBoundByTime(ms: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.items[mid] as T).createdAt < ms) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** First position whose sequenceNumber is ≥ `sequence`. */
  lowerBoundBySequence(sequence: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.items[mid] as T).sequenceNumber < sequence) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Positions `[from, to)` of the items created in `[fromMs, toMs)`. */
  rangeByTime(fromMs: number, toMs: number): { from: number; to: number } {
    const from = this.lowerBoundByTime(fromMs);
    const to = Math.max(from, this.lowerBoundByTime(toMs));
    return { from, to };
  }
}

const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** `coefficient × 10^-scale` of a decimal (read from its plain notation). */
function scaled(value: Decimal): { coefficient: bigint; scale: number } {
  const text = value.toString();
  const point = text.indexOf(".");
  if (point === -1) return { coefficient: BigInt(text), scale: 0 };
  return {
    coefficient: BigInt(text.slice(0, point) + text.slice(point + 1)),
    scale: text.length - point - 1,
  };
}

function toDecimal(coefficient: bigint, scale: number): Decimal {
  if (scale === 0 || coefficient === 0n) return Decimal.from(coefficient.toString());
  const negative = coefficient < 0n;
  const digits = (negative ? -coefficient : coefficient).toString().padStart(scale + 1, "0");
  return Decimal.from(`${negative ? "-" : ""}${digits.slice(0, -scale)}.${digits.slice(-scale)}`);
}

/**
 * Exact running sums as integers scaled by `10^scale` (the finest scale seen so far): 8
 * bytes each in chunks of a BigInt64Array, instead of a Decimal object per sum. A finer
 * amount rescales the sums once; sums beyond ±9.2·10^18 units move them to plain BigInts.
 */
class PrefixSums {
  private count = 1;
  private scale = 0;
  /** int64 storage; null once `wide` took over. */
  private chunks: BigInt64Array[] | null = [new BigInt64Array(16)];
  private wide: bigint[] | null = null;

  private raw(index: number): bigint {
    if (this.wide) return this.wide[index] as bigint;
    const chunks = this.chunks as BigInt64Array[];
    return (chunks[index >>> CHUNK_BITS] as BigInt64Array)[index & MASK] as bigint;
  }

  private write(index: number, value: bigint): void {
    if (this.wide) {
      this.wide[index] = value;
      return;
    }
    if (value < INT64_MIN || value > INT64_MAX) {
      this.widen();
      (this.wide as unknown as bigint[])[index] = value;
      return;
    }
    const chunks = this.chunks as BigInt64Array[];
    const chunk = index >>> CHUNK_BITS;
    let target = chunks[chunk];
    if (!target) {
      target = new BigInt64Array(CHUNK);
      chunks.push(target);
    } else if ((index & MASK) >= target.length) {
      const grown = new BigInt64Array(Math.min(CHUNK, target.length * 2));
      grown.set(target);
      chunks[chunk] = grown;
      target = grown;
    }
    target[index & MASK] = value;
  }

  private widen(): void {
    const values: bigint[] = [];
    for (let i = 0; i < this.count; i++) values.push(this.raw(i));
    this.wide = values;
    this.chunks = null;
  }

  /** Multiplies every sum by `10^(scale − this.scale)`. */
  private rescale(scale: number): void {
    const factor = 10n ** BigInt(scale - this.scale);
    const values: bigint[] = [];
    for (let i = 0; i < this.count; i++) values.push(this.raw(i) * factor);
    this.scale = scale;
    if (this.wide || values.some((value) => value < INT64_MIN || value > INT64_MAX)) {
      this.wide = values;
      this.chunks = null;
      return;
    }
    for (const [i, value] of values.entries()) this.write(i, value);
  }

  push(amount: Decimal): void {
    const { coefficient, scale } = scaled(amount);
    if (scale > this.scale) this.rescale(scale);
    const value = coefficient * 10n ** BigInt(this.scale - scale);
    this.write(this.count, this.raw(this.count - 1) + value);
    this.count++;
  }

  /** Keeps the first `count` items' sums (`count + 1` entries). */
  truncate(count: number): void {
    this.count = Math.min(this.count, count + 1);
    if (this.wide) this.wide.length = this.count;
  }

  get(index: number): Decimal {
    return toDecimal(this.raw(index), this.scale);
  }

  difference(from: number, to: number): Decimal {
    return toDecimal(this.raw(to) - this.raw(from), this.scale);
  }

  lastEqualTo(value: Decimal, from: number, to: number): number {
    const { coefficient, scale } = scaled(value);
    // a value finer than every sum equals none of them
    if (scale > this.scale) return -1;
    const target = coefficient * 10n ** BigInt(this.scale - scale);
    for (let k = to; k >= from; k--) if (this.raw(k) === target) return k;
    return -1;
  }
}
