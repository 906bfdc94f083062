import { describe, expect, it } from "vitest";
import { RETRY_DELAYS_MS, retryDelayAfter } from "./retry-schedule.js";

describe("retryDelayAfter", () => {
  it("is 1 min, 5 min, 30 min, 2 h and 6 h after the 1st to 5th failure, then null", () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelayAfter)).toEqual([
      60_000,
      300_000,
      1_800_000,
      7_200_000,
      21_600_000,
      null,
    ]);
    expect(RETRY_DELAYS_MS).toHaveLength(5);
  });

  it("refuses a count that is not a positive integer", () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => retryDelayAfter(bad)).toThrow(RangeError);
  });
});
