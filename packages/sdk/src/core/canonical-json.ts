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
  return serialize(unwrap(value, ""), "", []);
}

/**
 * Serializes a value that has already been through `unwrap`. Output is built by appending
 * (no intermediate arrays), and `key` (an index in arrays) only becomes text where it is
 * used: this runs once per value of every hashed payload.
 */
function serialize(value: unknown, key: string | number, ancestors: object[]): string {
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
  // The open objects above this one, as a stack: JSON is shallow, so a scan beats hashing every object into a Set.
  if (ancestors.includes(value)) throw new TypeError("canonicalJson: circular structure");
  ancestors.push(value);
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
    for (const name of sortedKeys(record)) {
      const member = unwrap(record[name], name);
      if (member === undefined) continue;
      if (!first) out += ",";
      first = false;
      out += `${serializeString(name)}:${serialize(member, name, ancestors)}`;
    }
    out += "}";
  }
  ancestors.pop();
  return out;
}

/**
 * The object's keys in UTF-16 code-unit order, the order RFC 8785 §3.2.3 requires (both `<`
 * on strings and the default sort compare that way). Objects in JSON payloads have a handful
 * of keys, and an insertion sort over so few beats the general sort several times over.
 */
function sortedKeys(record: object): string[] {
  const keys = Object.keys(record);
  if (keys.length > 16) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
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
  const literal = jsonStringLiteral(text);
  if (literal === undefined) {
    throw new TypeError("canonicalJson: string contains a lone surrogate (not I-JSON)");
  }
  return literal;
}

/**
 * The canonical JSON string literal of `text`, or undefined when it holds a lone surrogate.
 * Most strings (ids, hashes, dates, plain prose) hold no character JSON escapes and no
 * surrogate at all: one scan finds that, and the literal is the text in quotes.
 */
export function jsonStringLiteral(text: string): string | undefined {
  if (!NEEDS_CARE.test(text)) return `"${text}"`;
  return LONE_SURROGATE.test(text) ? undefined : JSON.stringify(text);
}

/** A character `JSON.stringify` escapes (quote, backslash, C0 control) or any surrogate. */
const NEEDS_CARE = /["\\]|[^\u0020-\uD7FF\uE000-\uFFFF]/;

/** A UTF-16 surrogate without its pair (one native regex test instead of a loop over every unit). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
