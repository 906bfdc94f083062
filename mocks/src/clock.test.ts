import { describe, expect, it } from "vitest";
import { createManualClock, systemClock } from "./clock.js";

describe("clock", () => {
  it("manual clock moves only when told", () => {
    const clock = createManualClock("2026-04-01T00:00:00.000Z");
    expect(clock.now()).toBe(Date.UTC(2026, 3, 1));
    expect(clock.advance(1500)).toBe(Date.UTC(2026, 3, 1) + 1500);
    expect(clock.now()).toBe(Date.UTC(2026, 3, 1) + 1500);
    clock.set(0);
    expect(clock.now()).toBe(0);
  });

  it("refuses to run backwards or to non-times", () => {
    const clock = createManualClock(0);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(() => createManualClock("not a date")).toThrow(RangeError);
  });

  it("system clock follows Date.now", () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
