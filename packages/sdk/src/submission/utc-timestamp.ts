/**
 * ISO-8601 timestamps as the official PacSpace Python SDK normalises a summary window: parsed
 * like `datetime.fromisoformat` (a time without offset is UTC), then written in UTC as
 * `YYYY-MM-DDTHH:MM:SSZ`, with `.ffffff` (microseconds) when they are not zero. The canonical
 * form of a summary, and so its reference id, is built from these strings.
 */

const TIMESTAMP =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[Tt ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

export interface UtcTimestamp {
  /** The normalised text, e.g. `2026-03-17T00:00:00Z`. */
  readonly text: string;
  /** Microseconds since the Unix epoch, for ordering. */
  readonly epochMicros: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone === "Z") return 0;
  const [, sign, hours = "0", minutes = "0"] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) ?? [];
  if (Number(hours) > 23 || Number(minutes) > 59) return undefined;
  return (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** The normalised UTC timestamp, or `undefined` when `text` is not one `fromisoformat` reads. */
export function parseUtcTimestamp(text: string): UtcTimestamp | undefined {
  const match = TIMESTAMP.exec(text.trim());
  if (match === null) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = offsetMinutes(zone);
  if (
    offset === undefined ||
    year < 1 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return undefined;
  }
  // Like Python, digits beyond microseconds are dropped, not rounded.
  const micros = Number(fraction.slice(0, 6).padEnd(6, "0"));
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute - offset, second, 0);
  const utcYear = utc.getUTCFullYear();
  if (utcYear < 1 || utcYear > 9999) return undefined;
  const wholeSeconds = utc.toISOString().slice(0, 19);
  const normalised =
    micros === 0 ? `${wholeSeconds}Z` : `${wholeSeconds}.${String(micros).padStart(6, "0")}Z`;
  return { text: normalised, epochMicros: utc.getTime() * 1000 + micros };
}
