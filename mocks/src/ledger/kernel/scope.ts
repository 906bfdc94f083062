import { type ResolvedScope, resolveScope, SCOPE_FIELDS, type ScopeInput } from "./core.js";
import { LedgerError } from "./ledger-error.js";
import type { LedgerLimits } from "./limits.js";
import type { ParamReader } from "./query.js";

/**
 * Scope resolution for derive/compare/checkpoint/receipt, delegated to the
 * shared core so the SDK and the mock cannot disagree; errors become LedgerErrors.
 */

/** Picks and type-checks the scope fields of a query or body. */
export function readScopeInput(source: Record<string, unknown>, reader: ParamReader): ScopeInput {
  const input: ScopeInput = {};
  for (const field of SCOPE_FIELDS) {
    const value = reader.text(field, source[field]);
    if (value !== undefined) input[field] = value;
  }
  return input;
}

export function resolveScopeOrThrow(
  input: ScopeInput,
  nowMs: number,
  limits: LedgerLimits,
  allowCheckpoint: boolean,
): ResolvedScope {
  const result = resolveScope(input, { now: new Date(nowMs), limits, allowCheckpoint });
  if (!result.ok) {
    const { code, message, field } = result.error;
    throw new LedgerError(code, message, { details: [{ path: field, message }] });
  }
  return result.scope;
}

let periodStart = Number.NaN;
let periodEnd = Number.NaN;
let lastPeriod = "";

/** `YYYY-MM` of a UTC instant. Every verified batch asks, so the last month's bounds are kept. */
export function periodOf(ms: number): string {
  if (ms >= periodStart && ms < periodEnd) return lastPeriod;
  const month = new Date(ms);
  lastPeriod = month.toISOString().slice(0, 7);
  // setUTC* rather than Date.UTC, which reads years 0–99 as 1900–1999
  month.setUTCDate(1);
  month.setUTCHours(0, 0, 0, 0);
  periodStart = month.getTime();
  month.setUTCMonth(month.getUTCMonth() + 1);
  periodEnd = month.getTime();
  return lastPeriod;
}

const DAY_MS = 86_400_000;
/** Instants from 1970 to 9999, which `toISOString` writes as `YYYY-MM-DDTHH:mm:ss.sssZ`. */
const FAST_ISO_END = 253_402_300_800_000;
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, "0"));
let lastDay = Number.NaN;
let lastDayPrefix = "";

/**
 * `new Date(ms).toISOString()`: answers write many timestamps (a page of deltas has two
 * per row), so the date part of the last day is kept and the time of day is written
 * without a Date.
 */
export function iso(ms: number): string {
  if (!(ms >= 0 && ms < FAST_ISO_END) || !Number.isInteger(ms)) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastDay) {
    lastDayPrefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    lastDay = day;
  }
  let rest = ms - day * DAY_MS;
  const millis = rest % 1000;
  rest = (rest - millis) / 1000;
  const seconds = rest % 60;
  rest = (rest - seconds) / 60;
  const minutes = rest % 60;
  const hours = (rest - minutes) / 60;
  return `${lastDayPrefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${millis < 100 ? (millis < 10 ? "00" : "0") : ""}${millis}Z`;
}
