/**
 * The JSON text Python's `json.dumps(value, sort_keys=True, separators=(",", ":"))` writes, for
 * the value kinds a summary's canonical form holds (strings, numbers, flat objects). The official
 * PacSpace Python SDK hashes that text to derive a summary's `sum_…` reference id, so both SDKs
 * must produce it byte for byte: numbers are written as Python floats (`-1.0`, `1e-05`) and every
 * character outside printable ASCII is escaped (`ensure_ascii`).
 */

export type PythonJsonValue = string | number | { readonly [key: string]: PythonJsonValue };

/** `repr(float(value))` in Python: the shortest round-trip digits, in Python's layout. */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "Infinity";
  if (value === Number.NEGATIVE_INFINITY) return "-Infinity";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const sign = value < 0 ? "-" : "";
  // toExponential() without digits gives the same shortest round-trip digits as repr().
  const [mantissa = "", exponentText = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  // The decimal point sits after `exponent + 1` digits; repr() switches to exponent notation
  // when that position is below -3 or above 16.
  const point = exponent + 1;
  if (point < -3 || point > 16) {
    const fraction = digits.length > 1 ? `.${digits.slice(1)}` : "";
    const exponentSign = exponent < 0 ? "-" : "+";
    return `${sign}${digits[0]}${fraction}e${exponentSign}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}.0`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  "\\": "\\\\",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
};

/** A JSON string as `json.dumps` writes it with `ensure_ascii=True` (UTF-16 units as `\uXXXX`). */
export function pythonJsonString(text: string): string {
  return `"${text.replace(/[^ -~]|["\\]/g, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}

/** `json.dumps(value, sort_keys=True, separators=(",", ":"))`, numbers written as floats. */
export function pythonCanonicalJson(value: PythonJsonValue): string {
  if (typeof value === "string") return pythonJsonString(value);
  if (typeof value === "number") return pythonFloatRepr(value);
  // Python sorts keys by code point; JavaScript's default sort compares UTF-16 units, which
  // orders the same for every key outside the astral planes.
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${pythonJsonString(key)}:${pythonCanonicalJson(value[key] as PythonJsonValue)}`).join(",")}}`;
}
