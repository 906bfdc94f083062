import { isHash32 } from "./hex.js";

/** Scope fields as they arrive in a query string or body. */
export interface ScopeInput {
  startingCheckpoint?: string;
  startingCheckpointType?: string;
  period?: string;
  timePreset?: string;
  startDate?: string;
  endDate?: string;
}

/** The names of every scope field, as in `ScopeInput`. */
export const SCOPE_FIELDS = [
  "startingCheckpoint",
  "startingCheckpointType",
  "period",
  "timePreset",
  "startDate",
  "endDate",
] as const satisfies readonly (keyof ScopeInput)[];

/** The scope fields of a query or body (strings only; other types are the schema's business). */
export function scopeInputOf(source: Record<string, unknown>): ScopeInput {
  const input: ScopeInput = {};
  for (const field of SCOPE_FIELDS) {
    const value = source[field];
    if (typeof value === "string") input[field] = value;
  }
  return input;
}

export interface ScopeLimits {
  maxScopeMonths: number;
  maxRetentionDays: number;
}

export const DEFAULT_SCOPE_LIMITS: Readonly<ScopeLimits> = Object.freeze({
  maxScopeMonths: 12,
  maxRetentionDays: 730,
});

/** A resolved window is `[from, to)`: `to` is exclusive. */
export type ResolvedScope =
  | { mode: "window"; from: Date; to: Date; period?: string; preset: "current_month" | "period" | "custom" }
  | { mode: "checkpoint"; checkpoint: string; checkpointType: "proofRoot" | "recordId" };

export type ScopeError = {
  code: "VALIDATION_ERROR" | "INVALID_SCOPE_COMBINATION" | "SCOPE_TOO_WIDE";
  message: string;
  field: string;
};

export type ScopeResult = { ok: true; scope: ResolvedScope } | { ok: false; error: ScopeError };

const WINDOW_FIELDS = ["period", "timePreset", "startDate", "endDate"] as const;
const CHECKPOINT_TYPES: Record<string, "proofRoot" | "recordId"> = {
  proofRoot: "proofRoot",
  recordId: "recordId",
  // legacy names still accepted by the service
  itemsRoot: "proofRoot",
  anchorId: "recordId",
};
const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const RECORD_ID = /^rec_\S+$/;
const DAY_MS = 86_400_000;

function fail(code: ScopeError["code"], field: string, message: string): ScopeResult {
  return { ok: false, error: { code, field, message } };
}

function present(value: string | undefined | null): value is string {
  return value !== undefined && value !== null;
}

/**
 * Milliseconds of a UTC calendar time. Unlike `Date.UTC`, years 0–99 stay themselves
 * (`Date.UTC(50, 2)` is March 1950); months and days outside their range roll over.
 */
function utcTime(
  year: number,
  monthIndex: number,
  day = 1,
  hour = 0,
  minute = 0,
  second = 0,
  ms = 0,
): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

function monthStart(year: number, monthIndex: number): Date {
  return new Date(utcTime(year, monthIndex, 1));
}

/** `date` plus whole calendar months, the day clamped to the target month's length. */
export function addUtcMonths(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(utcTime(year, month + 1, 0)).getUTCDate();
  const result = new Date(date.getTime());
  result.setUTCFullYear(year, month, Math.min(date.getUTCDate(), lastDay));
  return result;
}

/**
 * ISO 8601 date (`YYYY-MM-DD`, midnight UTC) or date-time (`YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]`;
 * without an offset the time is read as UTC). Calendar-invalid values give null.
 */
export function parseIsoDate(text: string): Date | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00", fraction = "", offset = "Z"] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return null;
  const millisecond = Number(fraction.padEnd(3, "0").slice(0, 3));
  const local = utcTime(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(utcTime(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  let offsetMinutes = 0;
  if (offset !== "Z") {
    const digits = offset.replace(":", "");
    const offsetHours = Number(digits.slice(1, 3));
    const offsetMins = Number(digits.slice(3, 5));
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (offset.startsWith("-") ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  return new Date(local - offsetMinutes * 60_000);
}

/**
 * Resolves the scope of derive/compare/checkpoint/receipt calls: checkpoint
 * mode, a `period`, a `timePreset`, explicit dates, or (no field at all) the current UTC
 * month, then applies the width and retention limits. Pure: `now` comes from the caller.
 */
export function resolveScope(
  input: ScopeInput,
  context: { now: Date; limits: ScopeLimits; allowCheckpoint?: boolean },
): ScopeResult {
  const { now, limits } = context;
  const windowField = WINDOW_FIELDS.find((field) => present(input[field]));

  if (present(input.startingCheckpoint)) {
    if (context.allowCheckpoint === false) {
      return fail(
        "INVALID_SCOPE_COMBINATION",
        "startingCheckpoint",
        "this operation does not accept a checkpoint",
      );
    }
    if (windowField) {
      return fail(
        "INVALID_SCOPE_COMBINATION",
        windowField,
        `startingCheckpoint cannot be combined with ${windowField}: a checkpoint already fixes where the scope starts`,
      );
    }
    const typeName = input.startingCheckpointType ?? "proofRoot";
    const checkpointType = Object.hasOwn(CHECKPOINT_TYPES, typeName) ? CHECKPOINT_TYPES[typeName] : undefined;
    if (!checkpointType) {
      return fail(
        "VALIDATION_ERROR",
        "startingCheckpointType",
        "startingCheckpointType must be proofRoot or recordId (legacy: itemsRoot, anchorId)",
      );
    }
    const checkpoint = input.startingCheckpoint;
    const wellFormed = checkpointType === "proofRoot" ? isHash32(checkpoint) : RECORD_ID.test(checkpoint);
    if (!wellFormed) {
      return fail(
        "VALIDATION_ERROR",
        "startingCheckpoint",
        checkpointType === "proofRoot"
          ? "startingCheckpoint must be a proofRoot: 0x followed by 64 lowercase hex digits"
          : "startingCheckpoint must be a recordId (rec_…)",
      );
    }
    return { ok: true, scope: { mode: "checkpoint", checkpoint, checkpointType } };
  }
  if (present(input.startingCheckpointType)) {
    return fail(
      "VALIDATION_ERROR",
      "startingCheckpointType",
      "startingCheckpointType needs startingCheckpoint",
    );
  }

  const currentMonth = monthStart(now.getUTCFullYear(), now.getUTCMonth());
  let window: Extract<ResolvedScope, { mode: "window" }>;
  if (present(input.period)) {
    const other = WINDOW_FIELDS.find((field) => field !== "period" && present(input[field]));
    if (other) return fail("INVALID_SCOPE_COMBINATION", "period", `period cannot be combined with ${other}`);
    const match = PERIOD.exec(input.period);
    if (!match) return fail("VALIDATION_ERROR", "period", "period must be a month in the form YYYY-MM");
    const from = monthStart(Number(match[1]), Number(match[2]) - 1);
    if (from > currentMonth) return fail("VALIDATION_ERROR", "period", "period cannot be in the future");
    window = { mode: "window", from, to: addUtcMonths(from, 1), period: input.period, preset: "period" };
  } else if (present(input.timePreset) && input.timePreset !== "custom") {
    if (input.timePreset !== "current_month") {
      return fail("VALIDATION_ERROR", "timePreset", "timePreset must be current_month or custom");
    }
    const dateField = present(input.startDate) ? "startDate" : present(input.endDate) ? "endDate" : undefined;
    if (dateField) {
      return fail(
        "INVALID_SCOPE_COMBINATION",
        dateField,
        `timePreset current_month cannot be combined with ${dateField}`,
      );
    }
    window = {
      mode: "window",
      from: currentMonth,
      to: addUtcMonths(currentMonth, 1),
      preset: "current_month",
    };
  } else if (present(input.timePreset) || present(input.startDate) || present(input.endDate)) {
    const requirement = present(input.timePreset) ? "timePreset custom needs" : "a date range needs";
    if (!present(input.startDate))
      return fail("VALIDATION_ERROR", "startDate", `${requirement} both startDate and endDate`);
    if (!present(input.endDate))
      return fail("VALIDATION_ERROR", "endDate", `${requirement} both startDate and endDate`);
    const from = parseIsoDate(input.startDate);
    if (!from)
      return fail("VALIDATION_ERROR", "startDate", "startDate must be an ISO 8601 date or date-time");
    const to = parseIsoDate(input.endDate);
    if (!to) return fail("VALIDATION_ERROR", "endDate", "endDate must be an ISO 8601 date or date-time");
    if (from >= to)
      return fail("VALIDATION_ERROR", "endDate", "endDate must be after startDate (the end is exclusive)");
    window = { mode: "window", from, to, preset: "custom" };
  } else {
    window = {
      mode: "window",
      from: currentMonth,
      to: addUtcMonths(currentMonth, 1),
      preset: "current_month",
    };
  }

  const startField =
    window.preset === "period" ? "period" : window.preset === "custom" ? "startDate" : "timePreset";
  const endField = window.preset === "custom" ? "endDate" : startField;
  if (addUtcMonths(window.from, limits.maxScopeMonths) < window.to) {
    return fail("SCOPE_TOO_WIDE", endField, `the scope may span at most ${limits.maxScopeMonths} months`);
  }
  if (window.from.getTime() < now.getTime() - limits.maxRetentionDays * DAY_MS) {
    return fail(
      "SCOPE_TOO_WIDE",
      startField,
      `the scope may start at most ${limits.maxRetentionDays} days ago`,
    );
  }
  return { ok: true, scope: window };
}
