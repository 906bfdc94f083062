/**
 * What the compiled predicates (`schema-accepts.ts`) and the full checker (`json-schema-check.ts`)
 * both read: the `format`s, `pattern`s compiled once, code-point lengths and `uniqueItems` keys.
 * The predicates clear valid requests with these alone; the checker is loaded only for a request
 * they refuse.
 */
const EMAIL =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;
const DATE =
  "(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";
const ISO_DATE = new RegExp(`^${DATE}$`);
const ISO_DATE_TIME = new RegExp(
  `^${DATE}T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|([+-](?:[01]\\d|2[0-3]):[0-5]\\d)))$`,
);
/** The `format`s the checker knows: the test a string must pass and the name its message gives. */
export const FORMATS: Record<string, { test: (value: string) => boolean; name: string }> = {
  date: { test: (value) => ISO_DATE.test(value), name: "ISO date" },
  "date-time": { test: (value) => ISO_DATE_TIME.test(value), name: "ISO datetime" },
  email: { test: (value) => EMAIL.test(value), name: "email address" },
  uri: { test: (value) => canParseUrl(value.trim()), name: "URL" },
};

const patterns = new Map<string, RegExp>();

/** A `pattern` compiled once (unanchored, as JSON Schema reads it). */
export function patternOf(source: string): RegExp {
  let regex = patterns.get(source);
  if (regex === undefined) {
    regex = new RegExp(source);
    patterns.set(source, regex);
  }
  return regex;
}

function canParseUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * A key equal for two values exactly when `uniqueItems` calls them duplicates, or null for a
 * value equal to nothing (NaN, a cycle: neither is JSON).
 */
export function uniqueKey(value: unknown, seen = new Set<object>()): string | null {
  if (value === null) return "null";
  if (typeof value !== "object") {
    return typeof value === "number" && Number.isNaN(value) ? null : `${typeof value}:${String(value)}`;
  }
  if (seen.has(value)) return null;
  seen.add(value);
  try {
    const entries = Array.isArray(value)
      ? value.map((item) => uniqueKey(item, seen))
      : Object.keys(value)
          .sort()
          .map((key) => {
            const item = uniqueKey((value as Record<string, unknown>)[key], seen);
            return item === null ? null : `${JSON.stringify(key)}=${item}`;
          });
    if (entries.includes(null)) return null;
    return Array.isArray(value) ? `[${entries.join(",")}]` : `{${entries.join(",")}}`;
  } finally {
    seen.delete(value);
  }
}
