import fc from "fast-check";
import type { JsonSchema } from "./spec.js";

/**
 * JSON Schema (2020-12) → fast-check arbitrary of values the schema accepts.
 *
 * Covers the keywords request schemas of the spec use. Anything else is an error rather
 * than a silently wrong generator, so a spec change that needs a new keyword is noticed.
 */

/** Where a value travels: the character set of strings depends on it. */
export type Location = "body" | "query" | "path" | "header";

export interface ArbitraryOptions {
  location: Location;
  /**
   * Lets the caller substitute a generator for a given place (JSON Pointer from the
   * value's root, e.g. `/customerId`), for rules the schema cannot express. Returning
   * `undefined` keeps the schema-derived generator.
   */
  override?: (pointer: string, schema: JsonSchema) => fc.Arbitrary<unknown> | undefined;
  /** Caps generated arrays (still at least `minItems`); keeps valid requests cheap. */
  maxArrayItems?: number;
}

const ANNOTATIONS = new Set([
  "description",
  "title",
  "default",
  "examples",
  "example",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$comment",
]);
const SUPPORTED = new Set([
  ...ANNOTATIONS,
  "type",
  "enum",
  "const",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "required",
  "properties",
  "minProperties",
  "additionalProperties",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "anyOf",
  "oneOf",
  "not",
  "format",
]);
const FORMATS = new Set(["date", "date-time", "email", "uri"]);

export class UnsupportedSchemaError extends Error {
  override readonly name = "UnsupportedSchemaError";
}

/** Unsupported keywords of one schema node (not of its children). */
function assertSupported(schema: JsonSchema, pointer: string): void {
  for (const keyword of Object.keys(schema)) {
    // Vendor extensions (`x-…`, e.g. `x-pacspace-extension`) are annotations: they constrain nothing.
    if (!SUPPORTED.has(keyword) && !keyword.startsWith("x-")) {
      throw new UnsupportedSchemaError(`keyword "${keyword}" at ${pointer || "/"} is not supported`);
    }
  }
  if (typeof schema.format === "string" && !FORMATS.has(schema.format)) {
    throw new UnsupportedSchemaError(`format "${schema.format}" at ${pointer || "/"} is not supported`);
  }
  if (schema.not !== undefined) {
    const not = schema.not as JsonSchema;
    if (Object.keys(not).length !== 1 || !("const" in not)) {
      throw new UnsupportedSchemaError(`only "not": {"const": …} is supported (at ${pointer || "/"})`);
    }
  }
}

export function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === "string") return [schema.type];
  return [];
}

/** Characters of unconstrained strings: mostly printable ASCII, some other code points. */
function characterUnit(location: Location): fc.Arbitrary<string> {
  if (location === "path" || location === "header") {
    // Path segments like "." or "/" and header whitespace are rewritten in transit; stay with tokens.
    return fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");
  }
  return fc.oneof(
    { weight: 8, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme-composite", minLength: 1, maxLength: 1 }) },
  );
}

const DEFAULT_DATE_RANGE = { min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) };

function stringArbitrary(schema: JsonSchema, location: Location): fc.Arbitrary<string> {
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = (schema.maxLength as number | undefined) ?? Math.max(minLength, 64);
  if (schema.format === "uri") {
    const longest = (schema.maxLength as number | undefined) ?? 2048;
    const pattern = typeof schema.pattern === "string" ? new RegExp(schema.pattern, "u") : null;
    return fc
      .webUrl({ withQueryParameters: true })
      .filter((value) => codePoints(value) <= longest && (pattern === null || pattern.test(value)));
  }
  if (schema.format === "email") {
    const longest = (schema.maxLength as number | undefined) ?? 254;
    return fc
      .emailAddress()
      .filter((value) => codePoints(value) >= minLength && codePoints(value) <= longest);
  }
  if (schema.format === "date" || schema.format === "date-time") {
    const format = schema.format;
    return fc
      .integer({ min: DEFAULT_DATE_RANGE.min, max: DEFAULT_DATE_RANGE.max })
      .map((ms) =>
        format === "date" ? new Date(ms).toISOString().slice(0, 10) : new Date(ms).toISOString(),
      );
  }
  if (typeof schema.pattern === "string") {
    const pattern = new RegExp(schema.pattern, "u");
    const declaredMax = schema.maxLength as number | undefined;
    return fc
      .stringMatching(pattern, declaredMax === undefined ? {} : { maxLength: declaredMax })
      .filter(
        (value) =>
          codePoints(value) >= minLength && (declaredMax === undefined || codePoints(value) <= declaredMax),
      );
  }
  // Long strings are rare but the bounds themselves are worth hitting.
  const lengths = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: minLength, max: Math.min(maxLength, minLength + 24) }) },
    { weight: 1, arbitrary: fc.constantFrom(minLength, maxLength) },
    { weight: 1, arbitrary: fc.integer({ min: minLength, max: maxLength }) },
  );
  const unit = characterUnit(location);
  return lengths.chain((length) =>
    fc.array(unit, { minLength: length, maxLength: length }).map((units) => units.join("")),
  );
}

export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exclusiveMin = schema.exclusiveMinimum as number | undefined;
  const exclusiveMax = schema.exclusiveMaximum as number | undefined;
  const min = (schema.minimum as number | undefined) ?? exclusiveMin;
  const max = (schema.maximum as number | undefined) ?? exclusiveMax;
  let arbitrary: fc.Arbitrary<number>;
  if (integer) {
    const low = min === undefined ? -(2 ** 31) : Math.ceil(min);
    const high = max === undefined ? Math.max(low, 0) + 2 ** 31 : Math.floor(max);
    arbitrary = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: low, max: Math.min(high, low + 100) }) },
      { weight: 1, arbitrary: fc.integer({ min: low, max: high }) },
      { weight: 1, arbitrary: fc.constantFrom(low, high) },
    );
  } else {
    // Unbounded amounts stay within what a ledger can be expected to add up exactly.
    const low = min ?? -1e12;
    const high = max ?? 1e12;
    const cents = fc
      .integer({ min: Math.ceil(Math.max(low, -1e13) * 100), max: Math.floor(Math.min(high, 1e13) * 100) })
      .map((value) => value / 100);
    arbitrary = fc.oneof(
      { weight: 4, arbitrary: cents },
      { weight: 2, arbitrary: fc.double({ min: low, max: high, noNaN: true, noDefaultInfinity: true }) },
      { weight: 1, arbitrary: fc.constantFrom(low, high) },
    );
  }
  return arbitrary
    .map((value) => (Object.is(value, -0) ? 0 : value))
    .filter(
      (value) =>
        (exclusiveMin === undefined || value > exclusiveMin) &&
        (exclusiveMax === undefined || value < exclusiveMax),
    );
}

function objectArbitrary(
  schema: JsonSchema,
  options: ArbitraryOptions,
  pointer: string,
): fc.Arbitrary<unknown> {
  const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const names = Object.keys(properties);
  if (names.length === 0 && schema.additionalProperties !== false) {
    // A free-form object (e.g. metadata): small JSON values under simple keys.
    const value = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.boolean(),
      fc.constant(null),
    );
    return fc.dictionary(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,15}$/), value, { maxKeys: 4 });
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of names) {
    model[name] = arbitraryAt(properties[name] as JsonSchema, options, `${pointer}/${escapePointer(name)}`);
  }
  const requiredKeys = names.filter((name) => required.has(name));
  for (const name of required) {
    if (!(name in model))
      throw new UnsupportedSchemaError(`required "${name}" at ${pointer || "/"} has no schema`);
  }
  const minProperties = (schema.minProperties as number | undefined) ?? 0;
  return fc
    .record(model, { requiredKeys })
    .filter((value) => Object.keys(value as object).length >= minProperties);
}

function arbitraryAt(schema: JsonSchema, options: ArbitraryOptions, pointer: string): fc.Arbitrary<unknown> {
  const replaced = options.override?.(pointer, schema);
  if (replaced) return replaced;
  assertSupported(schema, pointer);
  if ("const" in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  let arbitrary: fc.Arbitrary<unknown>;
  if (branches) {
    arbitrary = fc.oneof(
      ...branches.map((branch) =>
        arbitraryAt({ ...withoutCombinators(schema), ...branch }, options, pointer),
      ),
    );
  } else {
    const types = typesOf(schema);
    if (types.length === 0) throw new UnsupportedSchemaError(`schema at ${pointer || "/"} has no type`);
    arbitrary = fc.oneof(...types.map((type) => arbitraryOfType(type, schema, options, pointer)));
  }
  if (schema.not !== undefined) {
    const excluded = (schema.not as JsonSchema).const;
    arbitrary = arbitrary.filter((value) => !jsonEqual(value, excluded));
  }
  return arbitrary;
}

function withoutCombinators(schema: JsonSchema): JsonSchema {
  const { anyOf: _anyOf, oneOf: _oneOf, ...rest } = schema;
  return rest;
}

function arbitraryOfType(type: string, schema: JsonSchema, options: ArbitraryOptions, pointer: string) {
  switch (type) {
    case "string":
      return stringArbitrary(schema, options.location);
    case "number":
      return numberArbitrary(schema, false);
    case "integer":
      return numberArbitrary(schema, true);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "object":
      return objectArbitrary(schema, options, pointer);
    case "array": {
      const minItems = (schema.minItems as number | undefined) ?? 0;
      const declaredMax = (schema.maxItems as number | undefined) ?? minItems + 5;
      const maxItems = Math.max(minItems, Math.min(declaredMax, options.maxArrayItems ?? declaredMax));
      const items = (schema.items as JsonSchema | undefined) ?? {};
      const item = arbitraryAt(items, options, `${pointer}/-`);
      return schema.uniqueItems === true
        ? fc.uniqueArray(item, { minLength: minItems, maxLength: maxItems, comparator: jsonEqual })
        : fc.array(item, { minLength: minItems, maxLength: maxItems });
    }
    default:
      throw new UnsupportedSchemaError(`type "${type}" at ${pointer || "/"} is not supported`);
  }
}

/** Arbitrary of values valid against `schema`. */
export function arbitraryFromSchema(schema: JsonSchema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  return arbitraryAt(schema, options, "");
}

export function escapePointer(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** JSON equality (numbers compare by value, so 0 equals -0 as in JSON Schema). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) =>
    jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
