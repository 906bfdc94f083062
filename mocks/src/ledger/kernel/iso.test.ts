import { describe, expect, it } from "vitest";
import { iso } from "./scope.js";

describe("iso", () => {
  it("writes exactly what toISOString writes, across days, leap days, the year bounds and odd input", () => {
    const instants = [
      0,
      1,
      999,
      86_399_999,
      86_400_000,
      Date.UTC(2000, 1, 29, 23, 59, 59, 999),
      Date.UTC(2026, 3, 15, 12, 3, 4, 5),
      253_402_300_799_999,
      253_402_300_800_000,
      -1,
      -62_198_755_200_000,
      1.5,
    ];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 7_777_777) instants.push(ms);
    for (const ms of instants) expect(iso(ms), String(ms)).toBe(new Date(ms).toISOString());
    expect(() => iso(Number.NaN)).toThrow(RangeError);
  });
});
