import { describe, expect, it } from "vitest";
import { periodOf } from "./scope.js";

describe("periodOf", () => {
  it("answers the UTC month of every instant, whatever was asked before", () => {
    const instants = [
      Date.UTC(2026, 3, 15, 12),
      Date.UTC(2026, 3, 30, 23, 59, 59, 999),
      Date.UTC(2026, 4, 1),
      Date.UTC(2026, 3, 1) - 1,
      Date.UTC(2024, 1, 29, 8),
      Date.UTC(2026, 11, 31, 23, 59, 59, 999),
      Date.UTC(2027, 0, 1),
      new Date("0050-06-10T00:00:00Z").getTime(),
      new Date("1950-06-10T00:00:00Z").getTime(),
      0,
      -1,
    ];
    for (const ms of [...instants, ...instants.reverse()]) {
      expect(periodOf(ms)).toBe(new Date(ms).toISOString().slice(0, 7));
    }
  });

  it("throws on an instant that is not a date, as toISOString does", () => {
    expect(() => periodOf(Number.NaN)).toThrow(RangeError);
  });
});
