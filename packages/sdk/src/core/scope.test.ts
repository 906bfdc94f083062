import { describe, expect, it } from "vitest";
import { addUtcMonths, DEFAULT_SCOPE_LIMITS, parseIsoDate, resolveScope, type ScopeInput } from "./scope.js";

const now = new Date("2025-03-15T10:30:00.000Z");
const resolve = (input: ScopeInput, extra: { allowCheckpoint?: boolean } = {}) =>
  resolveScope(input, { now, limits: DEFAULT_SCOPE_LIMITS, ...extra });
const window = (from: string, to: string) => ({ mode: "window", from: new Date(from), to: new Date(to) });
const root = `0x${"ab".repeat(32)}`;

describe("resolveScope", () => {
  it("defaults to the current UTC month", () => {
    expect(resolve({})).toEqual({
      ok: true,
      scope: { ...window("2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z"), preset: "current_month" },
    });
    expect(resolve({ timePreset: "current_month" })).toEqual(resolve({}));
    const december = resolveScope(
      {},
      { now: new Date("2025-12-31T23:59:59.999Z"), limits: DEFAULT_SCOPE_LIMITS },
    );
    expect(december).toMatchObject({
      ok: true,
      scope: window("2025-12-01T00:00:00Z", "2026-01-01T00:00:00Z"),
    });
  });

  it("resolves a period to its month, up to the current one", () => {
    expect(resolve({ period: "2024-02" })).toEqual({
      ok: true,
      scope: {
        ...window("2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z"),
        period: "2024-02",
        preset: "period",
      },
    });
    expect(resolve({ period: "2025-03" })).toMatchObject({ ok: true });
    for (const period of ["2025-04", "2024-13", "2024-00", "2024-2", "24-02", "2024-02-01", ""]) {
      expect(resolve({ period }), period).toMatchObject({
        ok: false,
        error: { code: "VALIDATION_ERROR", field: "period" },
      });
    }
  });

  it("keeps two-digit years as they are (Date.UTC would turn year 50 into 1950)", () => {
    const unbounded = {
      maxScopeMonths: Number.POSITIVE_INFINITY,
      maxRetentionDays: Number.POSITIVE_INFINITY,
    };
    const result = resolveScope({ period: "0050-03" }, { now, limits: unbounded });
    if (!result.ok || result.scope.mode !== "window") throw new Error("expected a window");
    expect(result.scope.from.toISOString()).toBe("0050-03-01T00:00:00.000Z");
    expect(result.scope.to.toISOString()).toBe("0050-04-01T00:00:00.000Z");
    expect(parseIsoDate("0099-12-31T23:00:00Z")?.toISOString()).toBe("0099-12-31T23:00:00.000Z");
    expect(addUtcMonths(new Date("0099-12-31T00:00:00Z"), 2).toISOString()).toBe("0100-02-28T00:00:00.000Z");
  });

  it("keeps period on its own", () => {
    for (const extra of [{ timePreset: "custom" }, { startDate: "2024-01-01" }, { endDate: "2024-02-01" }]) {
      expect(resolve({ period: "2024-02", ...extra })).toMatchObject({
        ok: false,
        error: { code: "INVALID_SCOPE_COMBINATION", field: "period" },
      });
    }
  });

  it("resolves custom ranges [start, end)", () => {
    const expected = {
      ok: true,
      scope: { ...window("2025-01-10T00:00:00Z", "2025-02-01T12:00:00Z"), preset: "custom" },
    };
    expect(
      resolve({ timePreset: "custom", startDate: "2025-01-10", endDate: "2025-02-01T12:00:00Z" }),
    ).toEqual(expected);
    expect(resolve({ startDate: "2025-01-10", endDate: "2025-02-01T13:00:00+01:00" })).toEqual(expected);
  });

  it("requires both dates, in order", () => {
    expect(resolve({ timePreset: "custom", startDate: "2025-01-01" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_ERROR", field: "endDate" },
    });
    expect(resolve({ timePreset: "custom" })).toMatchObject({ ok: false, error: { field: "startDate" } });
    expect(resolve({ endDate: "2025-01-01" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_ERROR", field: "startDate" },
    });
    expect(resolve({ startDate: "2025-02-01", endDate: "2025-02-01" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_ERROR", field: "endDate" },
    });
    expect(resolve({ startDate: "2025-02-02", endDate: "2025-02-01" })).toMatchObject({ ok: false });
  });

  it("names the field of an invalid date", () => {
    for (const [field, value] of [
      ["startDate", "2025-02-30"],
      ["startDate", "yesterday"],
      ["endDate", "2025-01-01T25:00:00Z"],
      ["endDate", "2025/01/01"],
    ] as const) {
      const input = { startDate: "2025-01-01", endDate: "2025-02-01", [field]: value };
      expect(resolve(input), value).toMatchObject({ ok: false, error: { code: "VALIDATION_ERROR", field } });
    }
  });

  it("rejects dates with current_month and unknown presets", () => {
    expect(resolve({ timePreset: "current_month", endDate: "2025-03-20" })).toMatchObject({
      ok: false,
      error: { code: "INVALID_SCOPE_COMBINATION", field: "endDate" },
    });
    expect(resolve({ timePreset: "last_week" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_ERROR", field: "timePreset" },
    });
  });

  it("resolves checkpoint mode and its legacy type names", () => {
    expect(resolve({ startingCheckpoint: root })).toEqual({
      ok: true,
      scope: { mode: "checkpoint", checkpoint: root, checkpointType: "proofRoot" },
    });
    expect(resolve({ startingCheckpoint: root, startingCheckpointType: "itemsRoot" })).toMatchObject({
      scope: { checkpointType: "proofRoot" },
    });
    expect(resolve({ startingCheckpoint: "rec_01", startingCheckpointType: "anchorId" })).toMatchObject({
      scope: { checkpointType: "recordId", checkpoint: "rec_01" },
    });
    expect(resolve({ startingCheckpoint: "rec_01", startingCheckpointType: "recordId" })).toMatchObject({
      ok: true,
    });
  });

  it("rejects bad checkpoints and mixes with scope fields", () => {
    expect(resolve({ startingCheckpoint: "rec_01" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_ERROR", field: "startingCheckpoint" },
    });
    expect(resolve({ startingCheckpoint: root, startingCheckpointType: "toString" })).toMatchObject({
      ok: false,
      error: { code: "VALIDATION_ERROR", field: "startingCheckpointType" },
    });
    expect(resolve({ startingCheckpointType: "proofRoot" })).toMatchObject({ ok: false });
    for (const extra of [
      { period: "2025-01" },
      { timePreset: "current_month" },
      { startDate: "2025-01-01" },
    ]) {
      expect(resolve({ startingCheckpoint: root, ...extra })).toMatchObject({
        ok: false,
        error: { code: "INVALID_SCOPE_COMBINATION" },
      });
    }
    expect(resolve({ startingCheckpoint: root }, { allowCheckpoint: false })).toMatchObject({
      ok: false,
      error: { code: "INVALID_SCOPE_COMBINATION", field: "startingCheckpoint" },
    });
  });

  it("enforces the width and retention limits", () => {
    expect(resolve({ startDate: "2024-03-15", endDate: "2025-03-15" })).toMatchObject({ ok: true });
    expect(resolve({ startDate: "2024-03-15", endDate: "2025-03-15T00:00:00.001Z" })).toMatchObject({
      ok: false,
      error: { code: "SCOPE_TOO_WIDE", field: "endDate" },
    });
    // Calendar months, day clamped: Aug 31 + 6 months = Feb 28.
    const limits = { maxScopeMonths: 6, maxRetentionDays: 730 };
    const six = (endDate: string) => resolveScope({ startDate: "2024-08-31", endDate }, { now, limits });
    expect(six("2025-02-28")).toMatchObject({ ok: true });
    expect(six("2025-02-28T00:00:01Z")).toMatchObject({ ok: false, error: { code: "SCOPE_TOO_WIDE" } });
    expect(resolve({ period: "2023-03" })).toMatchObject({
      ok: false,
      error: { code: "SCOPE_TOO_WIDE", field: "period" },
    });
    expect(resolve({ period: "2023-04" })).toMatchObject({ ok: true });
    expect(resolve({ startDate: "2023-03-16", endDate: "2023-04-01" })).toMatchObject({
      ok: false,
      error: { code: "SCOPE_TOO_WIDE", field: "startDate" },
    });
  });
});

describe("date helpers", () => {
  it("parses ISO 8601 dates and date-times", () => {
    expect(parseIsoDate("2024-02-29")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseIsoDate("2024-02-29T10:20")?.toISOString()).toBe("2024-02-29T10:20:00.000Z");
    expect(parseIsoDate("2024-02-29T10:20:30.123456Z")?.toISOString()).toBe("2024-02-29T10:20:30.123Z");
    expect(parseIsoDate("2024-02-29T10:20:30-05:30")?.toISOString()).toBe("2024-02-29T15:50:30.000Z");
    for (const bad of [
      "2023-02-29",
      "2024-1-01",
      "2024-01-01T24:00Z",
      "2024-01-01 10:00",
      "2024-01-01T10:00+25:00",
    ]) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });

  it("adds calendar months with the day clamped", () => {
    expect(addUtcMonths(new Date("2024-01-31T12:00:00Z"), 1).toISOString()).toBe("2024-02-29T12:00:00.000Z");
    expect(addUtcMonths(new Date("2024-12-15T00:00:00Z"), 12).toISOString()).toBe("2025-12-15T00:00:00.000Z");
  });
});
