/**
 * Whether `checkSchema` would find nothing wrong with a value, answered by a predicate compiled
 * once per schema node: no paths, issues or messages are built for the valid requests nearly
 * every call makes. Only a value the predicate refuses is handed to `checkSchema` for its issues.
 * Mirrors `checkSchema` keyword for keyword (json-schema-check.test.ts holds the two equal over
 * every generated request schema); a type the checker does not know is refused, so the checker
 * reports it.
 */
import { codePoints, FORMATS, patternOf, uniqueKey } from "./schema-keywords.js";
import type { JsonSchemaNode } from "./schemas.js";

type Accepts = (value: unknown) => boolean;

const compiled = new WeakMap<JsonSchemaNode, Accepts>();

/** True exactly when `checkSchema(schema, value)` reports no issue. */
export function schemaAccepts(schema: JsonSchemaNode, value: unknown): boolean {
  return acceptsOf(schema)(value);
}

function acceptsOf(schema: JsonSchemaNode): Accepts {
  let accepts = compiled.get(schema);
  if (accepts === undefined) {
    accepts = compile(schema);
    compiled.set(schema, accepts);
  }
  return accepts;
}

const acceptAll: Accepts = () => true;

function compile(schema: JsonSchemaNode): Accepts {
  const checks: Accepts[] = [];
  const explicitType = schema.type !== undefined || schema.enum !== undefined || schema.const !== undefined;
  if (explicitType || (schema.anyOf === undefined && schema.oneOf === undefined)) checks.push(base(schema));
  if (Array.isArray(schema.anyOf)) checks.push(union(schema.anyOf as JsonSchemaNode[], false));
  if (Array.isArray(schema.oneOf)) checks.push(union(schema.oneOf as JsonSchemaNode[], true));
  const all = allOf(checks);
  if (schema.default === undefined) return all;
  return (value) => value === undefined || all(value);
}

function allOf(checks: readonly Accepts[]): Accepts {
  if (checks.length === 1) return checks[0] as Accepts;
  return (value) => {
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

/** anyOf: some branch accepts; oneOf (`exclusive`): exactly one does. */
function union(branches: readonly JsonSchemaNode[], exclusive: boolean): Accepts {
  const checks = branches.map(acceptsOf);
  if (!exclusive) {
    return (value) => {
      for (const check of checks) if (check(value)) return true;
      return false;
    };
  }
  return (value) => {
    let passed = 0;
    for (const check of checks) if (check(value)) passed++;
    return passed === 1;
  };
}

function base(schema: JsonSchemaNode): Accepts {
  if (schema.enum !== undefined) {
    const values = schema.enum as readonly unknown[];
    return (value) => values.includes(value);
  }
  if (schema.const !== undefined) {
    const values: readonly unknown[] = [schema.const];
    return (value) => values.includes(value);
  }
  const type = schema.type;
  if (Array.isArray(type)) {
    return union(
      type.map((one) => ({ ...schema, type: one, anyOf: undefined, oneOf: undefined })),
      false,
    );
  }
  switch (type) {
    case undefined:
      return acceptAll;
    case "string":
      return string(schema);
    case "number":
    case "integer":
      return number(schema, type === "integer");
    case "boolean":
      return (value) => typeof value === "boolean";
    case "null":
      return (value) => value === null;
    case "object":
      return object(schema);
    case "array":
      return array(schema);
    default:
      return () => false;
  }
}

function string(schema: JsonSchemaNode): Accepts {
  const format = typeof schema.format === "string" ? FORMATS[schema.format] : undefined;
  const uri = schema.format === "uri";
  const min = typeof schema.minLength === "number" ? schema.minLength : undefined;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : undefined;
  const pattern = typeof schema.pattern === "string" ? patternOf(schema.pattern) : undefined;
  return (value) => {
    if (typeof value !== "string") return false;
    let text = value;
    if (format !== undefined) {
      if (!format.test(text)) return false;
      if (uri) text = text.trim().replace(/[\t\n\r]/g, "");
    }
    // A string has at most `length` code points and at least half as many: count them only
    // when that range straddles a bound.
    const units = text.length;
    const exact =
      (min !== undefined && units < 2 * min) || (max !== undefined && units > max) ? codePoints(text) : units;
    if (min !== undefined && exact < min) return false;
    if (max !== undefined && exact > max) return false;
    return pattern === undefined || pattern.test(text);
  };
}

function number(schema: JsonSchemaNode, integer: boolean): Accepts {
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
  return (value) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return false;
    if (
      integer &&
      (!Number.isInteger(value) || value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER)
    ) {
      return false;
    }
    if (typeof minimum === "number" && value < minimum) return false;
    if (typeof maximum === "number" && value > maximum) return false;
    if (typeof exclusiveMinimum === "number" && value <= exclusiveMinimum) return false;
    return !(typeof exclusiveMaximum === "number" && value >= exclusiveMaximum);
  };
}

function object(schema: JsonSchemaNode): Accepts {
  const { minProperties, maxProperties } = schema;
  const properties = schema.properties ?? {};
  const required = (schema.required as readonly string[] | undefined) ?? [];
  const fields = Object.entries(properties).map(([key, property]) => ({
    key,
    required: required.includes(key),
    accepts: acceptsOf(property),
  }));
  const additional = schema.additionalProperties;
  // undefined: any other property; false: none; else the schema every other one must meet.
  const others =
    additional === undefined || additional === true
      ? undefined
      : additional === false
        ? false
        : acceptsOf(additional as JsonSchemaNode);
  const counted = typeof minProperties === "number" || typeof maxProperties === "number";
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    if (counted) {
      const count = Object.getOwnPropertyNames(record).length;
      if (typeof minProperties === "number" && count < minProperties) return false;
      if (typeof maxProperties === "number" && count > maxProperties) return false;
    }
    for (const field of fields) {
      const item = Object.hasOwn(record, field.key) ? record[field.key] : undefined;
      if (item === undefined && !field.required) continue;
      if (!field.accepts(item)) return false;
    }
    if (others === undefined) return true;
    for (const key of Object.keys(record)) {
      if (Object.hasOwn(properties, key)) continue;
      if (others === false || !others(record[key])) return false;
    }
    return true;
  };
}

function array(schema: JsonSchemaNode): Accepts {
  const { minItems, maxItems } = schema;
  const unique = schema.uniqueItems === true;
  const items = schema.items === undefined ? undefined : acceptsOf(schema.items);
  return (value) => {
    if (!Array.isArray(value)) return false;
    if (typeof maxItems === "number" && value.length > maxItems) return false;
    if (typeof minItems === "number" && value.length < minItems) return false;
    if (items !== undefined) for (const item of value) if (!items(item)) return false;
    return !unique || hasNoDuplicates(value);
  };
}

function hasNoDuplicates(values: readonly unknown[]): boolean {
  const seen = new Set<string>();
  for (const value of values) {
    const key = uniqueKey(value);
    if (key === null) continue;
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}
