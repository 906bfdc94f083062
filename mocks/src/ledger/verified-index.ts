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
 * however long the history is (RULES.md §5). Verification normally appends at the end;
 * a delta verified out of order is inserted at its place and only the prefix sums after
 * it are rebuilt, which touches in-flight deltas only.
 */
export class VerifiedIndex<T extends IndexedDelta> {
  private readonly items: T[] = [];
  /** `prefix[i]` = exact sum of the first `i` items; `prefix[0]` = 0. */
  private readonly prefix: Decimal[] = [Decimal.ZERO];

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
    return (this.prefix[to] as Decimal).minus(this.prefix[from] as Decimal);
  }

  /** Sum of the first `count` items. */
  prefixSum(count: number): Decimal {
    return this.prefix[count] as Decimal;
  }

  /** Inserts a newly verified delta at its sequence position. Returns the position. */
  insert(item: T): number {
    const position = this.lowerBoundBySequence(item.sequenceNumber);
    if (this.items[position]?.sequenceNumber === item.sequenceNumber) {
      throw new Error(`sequence ${item.sequenceNumber} is already in the verified index`);
    }
    if (position === this.items.length) {
      this.items.push(item);
      this.prefix.push((this.prefix[position] as Decimal).plus(item.amount));
      return position;
    }
    this.items.splice(position, 0, item);
    this.prefix.splice(position + 1, 0, Decimal.ZERO);
    for (let i = position; i < this.items.length; i++) {
      this.prefix[i + 1] = (this.prefix[i] as Decimal).plus((this.items[i] as T).amount);
    }
    return position;
  }

  /** Undoes `insert` (used by transaction rollback). */
  remove(item: T): void {
    const position = this.lowerBoundBySequence(item.sequenceNumber);
    if (this.items[position] !== item) return;
    this.items.splice(position, 1);
    this.prefix.splice(position + 1, 1);
    for (let i = position; i < this.items.length; i++) {
      this.prefix[i + 1] = (this.prefix[i] as Decimal).plus((this.items[i] as T).amount);
    }
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
