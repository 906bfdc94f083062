import { describe, expect, it } from "vitest";
import { Decimal } from "./core.js";
import { VerifiedIndex } from "./verified-index.js";

const item = (sequenceNumber: number, createdAt: number, amount: number | string) => ({
  sequenceNumber,
  createdAt,
  amount: Decimal.from(amount),
});

describe("VerifiedIndex", () => {
  it("sums windows exactly: 0.1 + 0.2 = 0.3", () => {
    const index = new VerifiedIndex();
    index.insert(item(1, 10, 0.1));
    index.insert(item(2, 20, 0.2));
    expect(index.sum(0, 2).toString()).toBe("0.3");
    expect(index.sum(0, 2).toNumber()).toBe(0.3);
  });

  it("a million 0.01 sum to exactly 10000", () => {
    const index = new VerifiedIndex();
    const cent = Decimal.from(0.01);
    for (let i = 1; i <= 1_000_000; i++) index.insert({ sequenceNumber: i, createdAt: i, amount: cent });
    expect(index.sum(0, index.size).toString()).toBe("10000");
    const { from, to } = index.rangeByTime(500_001, 600_001);
    expect(to - from).toBe(100_000);
    expect(index.sum(from, to).toString()).toBe("1000");
  });

  it("finds time and sequence ranges with half-open bounds", () => {
    const index = new VerifiedIndex();
    [10, 20, 20, 30].forEach((t, i) => {
      index.insert(item(i + 1, t, i + 1));
    });
    expect(index.rangeByTime(20, 30)).toEqual({ from: 1, to: 3 });
    expect(index.rangeByTime(0, 10)).toEqual({ from: 0, to: 0 });
    expect(index.rangeByTime(31, 40)).toEqual({ from: 4, to: 4 });
    expect(index.lowerBoundBySequence(3)).toBe(2);
    expect(index.sum(1, 3).toString()).toBe("5");
  });

  it("an out-of-order insert lands at its sequence position and keeps every prefix sum right", () => {
    const index = new VerifiedIndex();
    index.insert(item(1, 10, 1));
    index.insert(item(3, 30, 100));
    const late = item(2, 20, 10);
    expect(index.insert(late)).toBe(1);
    expect([0, 1, 2, 3].map((k) => index.prefixSum(k).toString())).toEqual(["0", "1", "11", "111"]);
    index.remove(late);
    expect([0, 1, 2].map((k) => index.prefixSum(k).toString())).toEqual(["0", "1", "101"]);
    expect(() => index.insert(item(3, 30, 1))).toThrow();
  });

  it("stays exact when finer amounts arrive later (the stored sums are rescaled)", () => {
    const index = new VerifiedIndex();
    const amounts = ["5", "0.5", "-0.25", "0.125", "1e-7", "123456789.0001", "-3"];
    amounts.forEach((amount, i) => {
      index.insert(item(i + 1, i, amount));
    });
    for (let from = 0; from <= amounts.length; from++) {
      for (let to = from; to <= amounts.length; to++) {
        const expected = Decimal.sum(amounts.slice(from, to).map((amount) => Decimal.from(amount)));
        expect(index.sum(from, to).toString(), `${from}..${to}`).toBe(expected.toString());
      }
    }
  });

  it("moves to big integers when a sum leaves the 64-bit range, and stays exact", () => {
    const index = new VerifiedIndex();
    // 1e9 at a scale of 1e-12: 10^21 units, beyond ±9.2·10^18
    const amounts = ["0.000000000001", "999999999", "999999999", "-0.5", "1e-300"];
    amounts.forEach((amount, i) => {
      index.insert(item(i + 1, i, amount));
    });
    const total = Decimal.sum(amounts.map((amount) => Decimal.from(amount)));
    expect(index.sum(0, amounts.length).toString()).toBe(total.toString());
    expect(index.sum(1, 3).toString()).toBe("1999999998");
    const late = item(0, -1, "0.1");
    index.insert(late);
    expect(index.sum(0, 1).toString()).toBe("0.1");
    index.remove(late);
    expect(index.sum(0, amounts.length).toString()).toBe(total.toString());
  });

  it("lastPrefixEqualTo finds the last matching prefix within a range, or -1", () => {
    const index = new VerifiedIndex();
    ["1", "-1", "0.5", "-0.5", "2"].forEach((amount, i) => {
      index.insert(item(i + 1, i, amount));
    });
    // prefix sums: 0, 1, 0, 0.5, 0, 2
    expect(index.lastPrefixEqualTo(Decimal.ZERO, 0, 5)).toBe(4);
    expect(index.lastPrefixEqualTo(Decimal.ZERO, 0, 3)).toBe(2);
    expect(index.lastPrefixEqualTo(Decimal.from("0.5"), 0, 5)).toBe(3);
    expect(index.lastPrefixEqualTo(Decimal.from(2), 0, 4)).toBe(-1);
    expect(index.lastPrefixEqualTo(Decimal.from("0.25"), 0, 5)).toBe(-1);
  });
});
