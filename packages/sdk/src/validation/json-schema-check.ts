/**
 * Checks a value against one of the generated request schemas (JSON Schema 2020-12, no `$ref`),
 * without zod's runtime: a small interpreter of exactly the keywords the generator emits, which
 * reports the problems zod 4's `z.fromJSONSchema` would report, in the same order and with the
 * same English messages (pinned against zod by json-schema-check.test.ts). Lengths count code
 * points (an emoji is one character), and nothing is ever transformed: the caller's object is
 * what gets sent.
 */
import { codePoints, FORMATS, patternOf, uniqueKey } from "./schema-keywords.js";
import type { JsonSchemaNode } from "./schemas.js";

/** One problem: where, what (zod's issue code, for the caller's own wording) and zod's message. */
export interface SchemaIssue {
  code: string;
  path: (string | number)[];
  message: string;
  /** The unknown property names (`unrecognized_keys` only). */
  keys?: string[];
}

interface Found extends SchemaIssue {
  /** Stops a union from reporting this branch's own issues (zod's "aborted" issues). */
  fatal: boolean;
}

/** The keywords this checker implements; any other one in a schema is refused by `unsupportedKeyword`. */
const KEYWORDS = new Set([
  "type",
  "properties",
  "required",
  "additionalProperties",
  "minProperties",
  "maxProperties",
  "items",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "default",
  "description",
  "deprecated",
]);

/** zod's name for the type of a value, as its messages print it ("received …"). */
function typeName(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? "number" : String(value);
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") {
    const prototype = Object.getPrototypeOf(value);
    const maker = (value as { constructor?: unknown }).constructor;
    if (prototype !== Object.prototype && prototype !== null && typeof maker === "function")
      return maker.name;
  }
  return typeof value;
}

const show = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));

class Checker {
  readonly found: Found[] = [];

  constructor(private readonly path: (string | number)[]) {}

  add(code: string, message: string, fatal: boolean, at: (string | number)[] = [], keys?: string[]): void {
    const issue: Found = { code, path: [...this.path, ...at], message, fatal };
    if (keys !== undefined) issue.keys = keys;
    this.found.push(issue);
  }

  /** Checks `value` at `at` below this checker's path, adding what it finds here. */
  child(schema: JsonSchemaNode, value: unknown, at: string | number): void {
    const nested = new Checker([...this.path, at]);
    nested.schema(schema, value);
    this.found.push(...nested.found);
  }

  schema(schema: JsonSchemaNode, value: unknown): void {
    if (value === undefined && schema.default !== undefined) return;
    const explicitType = schema.type !== undefined || schema.enum !== undefined || schema.const !== undefined;
    if (explicitType || (schema.anyOf === undefined && schema.oneOf === undefined)) this.base(schema, value);
    if (Array.isArray(schema.anyOf)) this.union(schema.anyOf as JsonSchemaNode[], value, false);
    if (Array.isArray(schema.oneOf)) this.union(schema.oneOf as JsonSchemaNode[], value, true);
  }

  /** anyOf (`exclusive` false) or oneOf: passes when one branch (exactly one for oneOf) does. */
  union(branches: readonly JsonSchemaNode[], value: unknown, exclusive: boolean): void {
    const failed: Found[][] = [];
    for (const branch of branches) {
      const checker = new Checker(this.path);
      checker.schema(branch, value);
      failed.push(checker.found);
    }
    const passed = failed.filter((found) => found.length === 0).length;
    if (passed === 1 || (passed > 1 && !exclusive)) return;
    if (passed > 1) {
      this.add("invalid_union", "Invalid input: more than one option matched", true);
      return;
    }
    // anyOf (not oneOf): when exactly one branch failed only on its checks, not on its type, its
    // own issues say more than "Invalid input".
    const recoverable = failed.filter((found) => found.every((issue) => !issue.fatal));
    if (!exclusive && recoverable.length === 1) this.found.push(...(recoverable[0] as Found[]));
    else this.add("invalid_union", "Invalid input", true);
  }

  base(schema: JsonSchemaNode, value: unknown): void {
    if (schema.enum !== undefined) {
      this.oneOfValues(schema.enum as readonly unknown[], value);
      return;
    }
    if (schema.const !== undefined) {
      this.oneOfValues([schema.const], value);
      return;
    }
    const type = schema.type;
    if (Array.isArray(type)) {
      this.union(
        type.map((one) => ({ ...schema, type: one, anyOf: undefined, oneOf: undefined })),
        value,
        false,
      );
      return;
    }
    switch (type) {
      case undefined:
        return;
      case "string":
        this.string(schema, value);
        return;
      case "number":
      case "integer":
        this.number(schema, value, type === "integer");
        return;
      case "boolean":
      case "null":
        if (typeof value !== type && !(type === "null" && value === null)) this.expected(type, value);
        return;
      case "object":
        this.object(schema, value);
        return;
      case "array":
        this.array(schema, value);
        return;
      default:
        throw new Error(`Unsupported JSON Schema type: ${String(type)}`);
    }
  }

  expected(type: string, value: unknown): void {
    this.add("invalid_type", `Invalid input: expected ${type}, received ${typeName(value)}`, true);
  }

  oneOfValues(values: readonly unknown[], value: unknown): void {
    if (values.includes(value)) return;
    if (values.length === 1) this.add("invalid_value", `Invalid input: expected ${show(values[0])}`, true);
    else if (values.every((one) => typeof one === "string")) {
      this.add("invalid_value", `Invalid option: expected one of ${values.map(show).join("|")}`, true);
    } else this.add("invalid_union", "Invalid input", true);
  }

  string(schema: JsonSchemaNode, value: unknown): void {
    if (typeof value !== "string") {
      this.expected("string", value);
      this.lengths(schema.minLength, schema.maxLength, value);
      return;
    }
    let text = value;
    const format = typeof schema.format === "string" ? FORMATS[schema.format] : undefined;
    if (format !== undefined) {
      if (!format.test(text)) this.add("invalid_format", `Invalid ${format.name}`, false);
      // zod checks the rest of a valid URL as the URL parser reads it.
      else if (schema.format === "uri") text = text.trim().replace(/[\t\n\r]/g, "");
    }
    this.lengths(schema.minLength, schema.maxLength, text);
    if (typeof schema.pattern === "string") {
      const regex = patternOf(schema.pattern);
      if (!regex.test(text)) this.add("invalid_format", `Invalid string: must match pattern ${regex}`, false);
    }
  }

  /**
   * minLength/minItems and maxLength/maxItems. zod applies them to anything with a `length`, even
   * after a type error (a string field given an array hears about the array's items), and names
   * the value's own kind. A string's length counts code points, as JSON Schema does.
   */
  lengths(min: unknown, max: unknown, value: unknown): void {
    if (value === null || value === undefined || (value as { length?: unknown }).length === undefined) return;
    const length = (value as { length: number }).length;
    const kind = typeof value === "string" ? "string" : Array.isArray(value) ? "array" : "unknown";
    const unit = kind === "string" ? " characters" : kind === "array" ? " items" : "";
    const verb = unit === "" ? "be" : "have";
    const size = typeof value === "string" ? codePoints(value) : length;
    if (typeof min === "number" && size < min) {
      this.add("too_small", `Too small: expected ${kind} to ${verb} >=${min}${unit}`, false);
    }
    if (typeof max === "number" && size > max) {
      this.add("too_big", `Too big: expected ${kind} to ${verb} <=${max}${unit}`, false);
    }
  }

  number(schema: JsonSchemaNode, value: unknown, integer: boolean): void {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.expected("number", value);
      return;
    }
    if (integer) {
      if (!Number.isInteger(value)) {
        this.add("invalid_type", "Invalid input: expected int, received number", true);
        return;
      }
      if (value > Number.MAX_SAFE_INTEGER) {
        this.add("too_big", `Too big: expected int to be <=${Number.MAX_SAFE_INTEGER}`, false);
      }
      if (value < Number.MIN_SAFE_INTEGER) {
        this.add("too_small", `Too small: expected int to be >=${Number.MIN_SAFE_INTEGER}`, false);
      }
    }
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum } = schema;
    if (typeof minimum === "number" && value < minimum) {
      this.add("too_small", `Too small: expected number to be >=${minimum}`, false);
    }
    if (typeof maximum === "number" && value > maximum) {
      this.add("too_big", `Too big: expected number to be <=${maximum}`, false);
    }
    if (typeof exclusiveMinimum === "number" && value <= exclusiveMinimum) {
      this.add("too_small", `Too small: expected number to be >${exclusiveMinimum}`, false);
    }
    if (typeof exclusiveMaximum === "number" && value >= exclusiveMaximum) {
      this.add("too_big", `Too big: expected number to be <${exclusiveMaximum}`, false);
    }
  }

  object(schema: JsonSchemaNode, value: unknown): void {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.expected("object", value);
      return;
    }
    const record = value as Record<string, unknown>;
    // zod checks the property count first and stops there.
    const count = Object.getOwnPropertyNames(record).length;
    const { minProperties, maxProperties } = schema;
    let countIssue = false;
    if (typeof minProperties === "number" && count < minProperties) {
      this.add("too_small", `Too small: expected object to have >=${minProperties} properties`, false);
      countIssue = true;
    }
    if (typeof maxProperties === "number" && count > maxProperties) {
      this.add("too_big", `Too big: expected object to have <=${maxProperties} properties`, false);
      countIssue = true;
    }
    if (countIssue) return;
    const properties = schema.properties ?? {};
    const required = (schema.required as readonly string[] | undefined) ?? [];
    for (const [key, property] of Object.entries(properties)) {
      const field = Object.hasOwn(record, key) ? record[key] : undefined;
      if (field === undefined && !required.includes(key)) continue;
      this.child(property, field, key);
    }
    const additional = schema.additionalProperties;
    if (additional === undefined || additional === true) return;
    const unknown = Object.keys(record).filter((key) => !Object.hasOwn(properties, key));
    if (additional === false) {
      if (unknown.length > 0) {
        const message = `Unrecognized key${unknown.length > 1 ? "s" : ""}: ${unknown.map(show).join(", ")}`;
        this.add("unrecognized_keys", message, true, [], unknown);
      }
      return;
    }
    for (const key of unknown) this.child(additional as JsonSchemaNode, record[key], key);
  }

  array(schema: JsonSchemaNode, value: unknown): void {
    if (!Array.isArray(value)) {
      this.expected("array", value);
      this.lengths(schema.minItems, schema.maxItems, value);
      return;
    }
    if (schema.uniqueItems === true) {
      const firstSeen = new Map<string, number>();
      let duplicates = false;
      for (const [index, item] of value.entries()) {
        const key = uniqueKey(item);
        if (key === null) continue;
        const first = firstSeen.get(key);
        if (first === undefined) firstSeen.set(key, index);
        else {
          duplicates = true;
          const message = `Array items must be unique: element at index ${index} duplicates the one at index ${first}`;
          this.add("custom", message, false, [index]);
        }
      }
      // zod checks uniqueness first and stops there.
      if (duplicates) return;
    }
    // An array over its maxItems is refused before its items are looked at (zod does the same).
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems) {
      this.lengths(undefined, schema.maxItems, value);
      return;
    }
    const items = schema.items;
    if (items !== undefined) {
      for (const [index, item] of value.entries()) this.child(items, item, index);
    }
    this.lengths(schema.minItems, schema.maxItems, value);
  }
}

/** Every problem `schema` finds in `value`, in zod's order. */
export function checkSchema(schema: JsonSchemaNode, value: unknown): SchemaIssue[] {
  const checker = new Checker([]);
  checker.schema(schema, value);
  return checker.found.map(({ fatal: _, ...issue }) => issue);
}

/** The first keyword or format in `schema` this checker does not implement, or null. */
export function unsupportedKeyword(schema: JsonSchemaNode): string | null {
  for (const [keyword, value] of Object.entries(schema)) {
    if (!KEYWORDS.has(keyword)) return keyword;
    if (keyword === "format" && !(String(value) in FORMATS)) return `format ${String(value)}`;
    const nested =
      keyword === "properties"
        ? Object.values(value as Record<string, JsonSchemaNode>)
        : keyword === "anyOf" || keyword === "oneOf"
          ? (value as JsonSchemaNode[])
          : (keyword === "items" || keyword === "additionalProperties") && typeof value === "object"
            ? [value as JsonSchemaNode]
            : [];
    for (const node of nested) {
      const found = unsupportedKeyword(node);
      if (found !== null) return found;
    }
  }
  return null;
}
