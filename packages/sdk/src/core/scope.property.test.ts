/**
 * Properties of scope resolution over generated dates, periods, presets,
 * checkpoints and their combinations. Expected windows are computed independently of
 * scope.ts: calendar months with `Date.UTC` on explicit year/month numbers, instants from
 * epoch milliseconds formatted by hand (with UTC offsets) rather than parsed back.
 *
 * Years are drawn from 1000–9999 because this oracle builds months with `Date.UTC`, which maps
 * years 0–99 to 1900–1999; scope.test.ts pins two-digit years separately.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SCOPE_LIMITS,
  resolveScope,
  type ScopeInput,
  type ScopeLimits,
  type ScopeResult,
} from "./scope.js";

const DAY_MS = 86_400_000;
const UNBOUNDED: ScopeLimits = {
  maxScopeMonths: Number.POSITIVE_INFINITY,
  maxRetentionDays: Number.POSITIVE_INFINITY,
};
const SCOPE_FIELDS = [
  "startingCheckpoint",
  "startingCheckpointType",
  "period",
  "timePreset",
  "startDate",
  "endDate",
] as const;
const ERROR_CODES = ["VALIDATION_ERROR", "INVALID_SCOPE_COMBINATION", "SCOPE_TOO_WIDE"];

const MIN_TIME = Date.UTC(1000, 0, 1);
const MAX_TIME = Date.UTC(9999, 11, 1);

const pad = (value: number, length = 2) => String(value).padStart(length, "0");
const monthText = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** First instant of a month (1-based); `month` may run past 12 into the next years. */
const monthStartMs = (year: number, month: number) =>
  Date.UTC(year + Math.floor((month - 1) / 12), (month - 1) % 12, 1);

/** `ms` as an ISO 8601 date-time in the zone `offsetMinutes` east of UTC, e.g. `…T01:30:00.250+01:30`. */
function isoAt(ms: number, offsetMinutes: number, form: "ms" | "seconds" | "minutes"): string {
  const local = new Date(ms + offsetMinutes * 60_000);
  const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  let time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  if (form !== "minutes") time += `:${pad(local.getUTCSeconds())}`;
  if (form === "ms") time += `.${pad(local.getUTCMilliseconds(), 3)}`;
  const sign = offsetMinutes < 0 ? "-" : "+";
  const zone =
    offsetMinutes === 0
      ? "Z"
      : `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${date}T${time}${zone}`;
}

/** An instant and one of its ISO 8601 spellings (the spelling's precision decides the instant). */
const instantText = fc
  .record({
    ms: fc.integer({ min: MIN_TIME, max: MAX_TIME }),
    offsetMinutes: fc.oneof(fc.constant(0), fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 })),
    form: fc.constantFrom("ms" as const, "seconds" as const, "minutes" as const, "date" as const),
  })
  .map(({ ms, offsetMinutes, form }) => {
    if (form === "date") {
      const midnight = Math.floor(ms / DAY_MS) * DAY_MS;
      return { ms: midnight, text: new Date(midnight).toISOString().slice(0, 10) };
    }
    const precision = form === "ms" ? 1 : form === "seconds" ? 1000 : 60_000;
    const rounded = Math.floor(ms / precision) * precision;
    return { ms: rounded, text: isoAt(rounded, offsetMinutes, form) };
  });

const now = fc.date({ min: new Date(Date.UTC(1100, 0, 1)), max: new Date(MAX_TIME), noInvalidDate: true });
const limits = fc.oneof(
  fc.constant(DEFAULT_SCOPE_LIMITS),
  fc.constant(UNBOUNDED),
  fc.record({
    maxScopeMonths: fc.integer({ min: 1, max: 48 }),
    maxRetentionDays: fc.integer({ min: 1, max: 4000 }),
  }),
);
const yearMonth = fc.record({
  year: fc.integer({ min: 1000, max: 9998 }),
  month: fc.integer({ min: 1, max: 12 }),
});

/** Near-miss date texts: wrong calendar days, hours, offsets, separators, and noise. */
const badDateText = fc.oneof(
  fc
    .record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
      hour: fc.integer({ min: 0, max: 25 }),
      minute: fc.integer({ min: 0, max: 61 }),
      zone: fc.constantFrom("", "Z", "+24:00", "-00:60", "+0530", "+5:30"),
    })
    .map(
      ({ year, month, day, hour, minute, zone }) =>
        `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${zone}`,
    ),
  fc.constantFrom("", "yesterday", "2025/01/01", "2025-1-1", "20250101", "2025-02-29", "2024-04-31"),
  fc.string({ maxLength: 12 }),
);
const dateText = fc.oneof(
  instantText.map(({ text }) => text),
  badDateText,
);
const periodText = fc.oneof(
  yearMonth.map(({ year, month }) => monthText(year, month)),
  fc.constantFrom("2024-13", "2024-00", "2024-2", "24-02", "2024-02-01", ""),
  fc.string({ maxLength: 8 }),
);
const presetText = fc.oneof(fc.constantFrom("current_month", "custom"), fc.string({ maxLength: 14 }));
const checkpointText = fc.oneof(
  fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => `0x${Buffer.from(bytes).toString("hex")}`),
  fc.string({ minLength: 1, maxLength: 12 }).map((id) => `rec_${id}`),
  fc.string({ maxLength: 12 }),
);
const checkpointTypeText = fc.oneof(
  fc.constantFrom("proofRoot", "recordId", "itemsRoot", "anchorId"),
  fc.string({ maxLength: 10 }),
);

/** Any combination of scope fields, each well-formed or not. */
const anyInput: fc.Arbitrary<ScopeInput> = fc.record(
  {
    startingCheckpoint: checkpointText,
    startingCheckpointType: checkpointTypeText,
    period: periodText,
    timePreset: presetText,
    startDate: dateText,
    endDate: dateText,
  },
  { requiredKeys: [] },
);

/** A window result's bounds in ms, or the error code and field. */
function summary(result: ScopeResult) {
  if (!result.ok) return { error: result.error.code, field: result.error.field };
  if (result.scope.mode === "checkpoint") return { checkpoint: result.scope.checkpoint };
  return { from: result.scope.from.getTime(), to: result.scope.to.getTime(), preset: result.scope.preset };
}

describe("resolveScope properties", () => {
  it("never yields an empty, inverted or invalid window, and errors carry a documented code and field", () => {
    fc.assert(
      fc.property(
        anyInput,
        now,
        limits,
        fc.option(fc.boolean(), { nil: undefined }),
        (input, at, lim, allow) => {
          const result = resolveScope(input, { now: at, limits: lim, allowCheckpoint: allow });
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error.code);
            expect(SCOPE_FIELDS).toContain(result.error.field);
            expect(result.error.message.length).toBeGreaterThan(0);
            return;
          }
          if (result.scope.mode === "checkpoint") {
            expect(input.startingCheckpoint).toBe(result.scope.checkpoint);
            expect(allow).not.toBe(false);
            return;
          }
          const { from, to } = result.scope;
          expect(Number.isFinite(from.getTime()) && Number.isFinite(to.getTime())).toBe(true);
          expect(from.getTime()).toBeLessThan(to.getTime());
          // Resolving is pure: the same input gives the same answer.
          expect(summary(resolveScope(input, { now: at, limits: lim, allowCheckpoint: allow }))).toEqual(
            summary(result),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("resolves custom dates to exactly [startDate, endDate)", () => {
    fc.assert(
      fc.property(
        instantText,
        instantText,
        now,
        fc.constantFrom({}, { timePreset: "custom" }),
        (a, b, at, preset) => {
          fc.pre(a.ms !== b.ms);
          const [start, end] = a.ms < b.ms ? [a, b] : [b, a];
          const input = { ...preset, startDate: start.text, endDate: end.text };
          expect(summary(resolveScope(input, { now: at, limits: UNBOUNDED }))).toEqual({
            from: start.ms,
            to: end.ms,
            preset: "custom",
          });
          // Swapped or equal bounds are refused, never turned into an inverted or empty window.
          for (const bad of [
            { ...preset, startDate: end.text, endDate: start.text },
            { ...preset, startDate: start.text, endDate: start.text },
          ]) {
            expect(summary(resolveScope(bad, { now: at, limits: UNBOUNDED }))).toEqual({
              error: "VALIDATION_ERROR",
              field: "endDate",
            });
          }
        },
      ),
    );
  });

  it("applies the width and retention limits to custom windows by calendar months and days", () => {
    /** Independent month arithmetic: same day and time `months` later, the day clamped to the month. */
    const latestEndOf = (startMs: number, months: number) => {
      if (!Number.isFinite(months)) return Number.POSITIVE_INFINITY;
      const start = new Date(startMs);
      const total = start.getUTCMonth() + 1 + months;
      const year = start.getUTCFullYear() + Math.floor((total - 1) / 12);
      const month = ((total - 1) % 12) + 1;
      const timeOfDay = startMs - Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
      return Date.UTC(year, month - 1, Math.min(start.getUTCDate(), daysInMonth(year, month))) + timeOfDay;
    };
    // Random ends and nows rarely land on a limit, so most cases are put on one or next to it,
    // and starts near a month's end, where the day must be clamped, come often.
    const edge = fc.constantFrom("none", "width", "width+1ms", "retention", "retention-1ms");
    const nearMonthEnd = fc
      .record({
        ym: yearMonth,
        day: fc.integer({ min: 28, max: 31 }),
        time: fc.integer({ min: 0, max: DAY_MS - 1 }),
      })
      .map(({ ym, day, time }) => {
        const ms = Date.UTC(ym.year, ym.month - 1, Math.min(day, daysInMonth(ym.year, ym.month))) + time;
        return { ms, text: new Date(ms).toISOString() };
      });
    fc.assert(
      fc.property(
        fc.oneof(instantText, nearMonthEnd),
        instantText,
        now,
        limits,
        edge,
        (a, b, randomNow, lim, onEdge) => {
          let endMs = b.ms;
          let endText = b.text;
          let at = randomNow;
          const latestEnd = latestEndOf(a.ms, lim.maxScopeMonths);
          if (onEdge.startsWith("width") && Number.isFinite(latestEnd)) {
            endMs = latestEnd + (onEdge === "width+1ms" ? 1 : 0);
            endText = new Date(endMs).toISOString();
          }
          if (onEdge.startsWith("retention") && Number.isFinite(lim.maxRetentionDays)) {
            at = new Date(a.ms + lim.maxRetentionDays * DAY_MS + (onEdge === "retention-1ms" ? 1 : 0));
          }
          fc.pre(a.ms < endMs && endMs <= MAX_TIME + DAY_MS);
          const result = resolveScope({ startDate: a.text, endDate: endText }, { now: at, limits: lim });
          const earliestStart = at.getTime() - lim.maxRetentionDays * DAY_MS;
          if (endMs > latestEnd) {
            expect(summary(result)).toEqual({ error: "SCOPE_TOO_WIDE", field: "endDate" });
          } else if (a.ms < earliestStart) {
            expect(summary(result)).toEqual({ error: "SCOPE_TOO_WIDE", field: "startDate" });
          } else {
            expect(summary(result)).toEqual({ from: a.ms, to: endMs, preset: "custom" });
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("resolves a period to exactly its calendar month, and consecutive periods tile without gap or overlap", () => {
    fc.assert(
      fc.property(yearMonth, fc.integer({ min: 1, max: 30 }), (first, count) => {
        const lastStart = monthStartMs(first.year, first.month + count - 1);
        fc.pre(lastStart <= MAX_TIME);
        const at = new Date(lastStart + 15 * DAY_MS);
        let previousEnd: number | undefined;
        let totalDays = 0;
        for (let k = 0; k < count; k++) {
          const month = ((first.month - 1 + k) % 12) + 1;
          const year = first.year + Math.floor((first.month - 1 + k) / 12);
          const result = resolveScope({ period: monthText(year, month) }, { now: at, limits: UNBOUNDED });
          const expected = {
            from: Date.UTC(year, month - 1, 1),
            to: monthStartMs(year, month + 1),
            preset: "period",
          };
          expect(summary(result)).toEqual(expected);
          expect((expected.to - expected.from) / DAY_MS).toBe(daysInMonth(year, month));
          if (previousEnd !== undefined) expect(expected.from).toBe(previousEnd);
          previousEnd = expected.to;
          totalDays += daysInMonth(year, month);
        }
        expect((previousEnd as number) - Date.UTC(first.year, first.month - 1, 1)).toBe(totalDays * DAY_MS);
      }),
    );
  });

  it("accepts a period up to the current month and refuses future ones", () => {
    fc.assert(
      fc.property(yearMonth, now, (period, at) => {
        const result = resolveScope(
          { period: monthText(period.year, period.month) },
          { now: at, limits: UNBOUNDED },
        );
        const current = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
        if (Date.UTC(period.year, period.month - 1, 1) > current) {
          expect(summary(result)).toEqual({ error: "VALIDATION_ERROR", field: "period" });
        } else {
          expect(result.ok).toBe(true);
        }
      }),
    );
  });

  it("resolves no scope (and timePreset current_month) to the UTC month containing now", () => {
    fc.assert(
      fc.property(now, (at) => {
        const year = at.getUTCFullYear();
        const month = at.getUTCMonth() + 1;
        const expected = {
          from: Date.UTC(year, month - 1, 1),
          to: monthStartMs(year, month + 1),
          preset: "current_month",
        };
        expect(expected.from).toBeLessThanOrEqual(at.getTime());
        expect(at.getTime()).toBeLessThan(expected.to);
        for (const lim of [DEFAULT_SCOPE_LIMITS, UNBOUNDED]) {
          expect(summary(resolveScope({}, { now: at, limits: lim }))).toEqual(expected);
          expect(summary(resolveScope({ timePreset: "current_month" }, { now: at, limits: lim }))).toEqual(
            expected,
          );
        }
      }),
    );
  });

  describe("invalid combinations give the documented codes, whatever the values", () => {
    const context = (at: Date) => ({ now: at, limits: UNBOUNDED });
    /** A non-empty subset of the given fields. */
    const someOf = (
      fields: Partial<Record<keyof ScopeInput, fc.Arbitrary<string>>>,
    ): fc.Arbitrary<ScopeInput> =>
      fc
        .record(fields as Record<keyof ScopeInput, fc.Arbitrary<string>>, { requiredKeys: [] })
        .filter((picked) => Object.keys(picked).length > 0);

    it("checkpoint mode with any scope field: INVALID_SCOPE_COMBINATION", () => {
      fc.assert(
        fc.property(
          checkpointText,
          fc.option(checkpointTypeText, { nil: undefined }),
          someOf({ period: periodText, timePreset: presetText, startDate: dateText, endDate: dateText }),
          now,
          (checkpoint, type, scope, at) => {
            const input: ScopeInput = { ...scope, startingCheckpoint: checkpoint };
            if (type !== undefined) input.startingCheckpointType = type;
            const result = resolveScope(input, context(at));
            const first = (["period", "timePreset", "startDate", "endDate"] as const).find((f) => f in scope);
            expect(summary(result)).toEqual({ error: "INVALID_SCOPE_COMBINATION", field: first });
          },
        ),
      );
    });

    it("a checkpoint where none is allowed: INVALID_SCOPE_COMBINATION on startingCheckpoint", () => {
      fc.assert(
        fc.property(anyInput, checkpointText, now, (input, checkpoint, at) => {
          const result = resolveScope(
            { ...input, startingCheckpoint: checkpoint },
            { ...context(at), allowCheckpoint: false },
          );
          expect(summary(result)).toEqual({
            error: "INVALID_SCOPE_COMBINATION",
            field: "startingCheckpoint",
          });
        }),
      );
    });

    it("startingCheckpointType without a checkpoint: VALIDATION_ERROR", () => {
      fc.assert(
        fc.property(anyInput, checkpointTypeText, now, (input, type, at) => {
          const { startingCheckpoint: _dropped, ...rest } = input;
          const result = resolveScope({ ...rest, startingCheckpointType: type }, context(at));
          expect(summary(result)).toEqual({ error: "VALIDATION_ERROR", field: "startingCheckpointType" });
        }),
      );
    });

    it("period with a preset or a date: INVALID_SCOPE_COMBINATION on period", () => {
      fc.assert(
        fc.property(
          periodText,
          someOf({ timePreset: presetText, startDate: dateText, endDate: dateText }),
          now,
          (period, others, at) => {
            expect(summary(resolveScope({ ...others, period }, context(at)))).toEqual({
              error: "INVALID_SCOPE_COMBINATION",
              field: "period",
            });
          },
        ),
      );
    });

    it("current_month with a date: INVALID_SCOPE_COMBINATION on that date", () => {
      fc.assert(
        fc.property(someOf({ startDate: dateText, endDate: dateText }), now, (dates, at) => {
          const result = resolveScope({ ...dates, timePreset: "current_month" }, context(at));
          expect(summary(result)).toEqual({
            error: "INVALID_SCOPE_COMBINATION",
            field: "startDate" in dates ? "startDate" : "endDate",
          });
        }),
      );
    });

    it("custom or bare dates with one date missing: VALIDATION_ERROR on the missing one", () => {
      fc.assert(
        fc.property(
          fc.constantFrom("startDate" as const, "endDate" as const),
          dateText,
          fc.boolean(),
          now,
          (given, text, custom, at) => {
            const input: ScopeInput = { [given]: text, ...(custom ? { timePreset: "custom" } : {}) };
            expect(summary(resolveScope(input, context(at)))).toEqual({
              error: "VALIDATION_ERROR",
              field: given === "startDate" ? "endDate" : "startDate",
            });
          },
        ),
      );
    });

    it("an unknown preset: VALIDATION_ERROR on timePreset", () => {
      fc.assert(
        fc.property(
          fc.string({ maxLength: 14 }).filter((text) => text !== "current_month" && text !== "custom"),
          fc.record({ startDate: dateText, endDate: dateText }, { requiredKeys: [] }),
          now,
          (preset, dates, at) => {
            expect(summary(resolveScope({ ...dates, timePreset: preset }, context(at)))).toEqual({
              error: "VALIDATION_ERROR",
              field: "timePreset",
            });
          },
        ),
      );
    });
  });
});
