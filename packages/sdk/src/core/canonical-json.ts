/**
 * RFC 8785 JSON Canonicalization Scheme (JCS).
 *
 * - Object members sorted by their keys' UTF-16 code units, no whitespace.
 * - Numbers in ECMAScript shortest round-trip form (`String(n)`: 1e+21, 1e-7, -0 → 0).
 * - Strings escaped as `JSON.stringify` does for well-formed strings (which is what JCS asks).
 *
 * Input must be I-JSON: anything JSON cannot carry faithfully throws a TypeError instead of
 * being silently dropped or changed (undefined at the top level or in an array, NaN,
 * ±Infinity, BigInt, functions, symbols, lone surrogates, cycles). Object members whose
 * value is `undefined` are omitted, exactly as `JSON.stringify` omits them, so an absent
 * optional field and an `undefined` one canonicalize alike. `toJSON()` is honoured.
 */
export function canonicalJson(value: unknown): string {
  return serialize(unwrap(value, ""), "", new Set());
}

/**
 * Serializes a value that has already been through `unwrap`. Output is built by appending
 * (no intermediate arrays), and `key` (an index in arrays) only becomes text where it is
 * used: this runs once per value of every hashed payload.
 */
function serialize(value: unknown, key: string | number, ancestors: Set<object>): string {
  switch (typeof value) {
    case "string":
      return serializeString(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      if (value === null) return "null";
      break;
    default:
      throw new TypeError(
        `canonicalJson: a ${typeof value} is not JSON${key !== "" ? ` (at key "${key}")` : ""}`,
      );
  }
  if (ancestors.has(value)) throw new TypeError("canonicalJson: circular structure");
  ancestors.add(value);
  let out: string;
  if (Array.isArray(value)) {
    out = "[";
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out += ",";
      out += serialize(unwrap(value[index], index), index, ancestors);
    }
    out += "]";
  } else {
    const record = value as Record<string, unknown>;
    out = "{";
    let first = true;
    // Default sort compares UTF-16 code units, which is the order RFC 8785 §3.2.3 requires.
    for (const name of Object.keys(record).sort()) {
      const member = unwrap(record[name], name);
      if (member === undefined) continue;
      if (!first) out += ",";
      first = false;
      out += `${serializeString(name)}:${serialize(member, name, ancestors)}`;
    }
    out += "}";
  }
  ancestors.delete(value);
  return out;
}

/** Applies `toJSON` (with the key as text, as JSON.stringify passes it) and unboxes Number/String/Boolean objects. */
function unwrap(value: unknown, key: string | number): unknown {
  if (typeof value !== "object" || value === null) return value;
  let current: unknown = value;
  const toJSON = (current as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") current = toJSON.call(current, String(key));
  if (current instanceof Number || current instanceof String || current instanceof Boolean) {
    current = current.valueOf();
  }
  return current;
}

function serializeString(text: string): string {
  assertWellFormed(text);
  return JSON.stringify(text);
}

/** A UTF-16 surrogate without its pair (one native regex test instead of a loop over every unit). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function assertWellFormed(text: string): void {
  if (LONE_SURROGATE.test(text)) {
    throw new TypeError("canonicalJson: string contains a lone surrogate (not I-JSON)");
  }
}
