import fc from "fast-check";
import type { RequestInput } from "./http.js";
import { escapePointer, type Location, typesOf } from "./schema-arbitrary.js";
import type { JsonSchema, Operation } from "./spec.js";

/**
 * Invalid requests: one constraint of the spec broken at a time. A violation turns a
 * valid request into an invalid one; which value it puts in is drawn from `values`, so
 * runs vary with the seed and stay reproducible.
 */
export interface Violation {
  /** Readable and stable, e.g. `body /reason: missing required property`. */
  name: string;
  kind: string;
  location: Location | "request";
  values: fc.Arbitrary<unknown>;
  apply(input: RequestInput, value: unknown): RequestInput;
  /**
   * True for rules the JSON Schema cannot express (scope combinations, ordering): the
   * result is valid per schema, so it is not re-checked against it.
   */
  semantic?: boolean;
}

const MISSING = Symbol("missing");

export function cloneInput(input: RequestInput): RequestInput {
  return structuredClone(input);
}

/** Sets (or, with MISSING, deletes) the value at a JSON Pointer inside `root`, creating objects on the way. */
function setAt(root: unknown, pointer: string, value: unknown): unknown {
  if (pointer === "") return value;
  const parts = pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"));
  const top: Record<string, unknown> =
    typeof root === "object" && root !== null && !Array.isArray(root)
      ? (root as Record<string, unknown>)
      : {};
  let node = top;
  for (const part of parts.slice(0, -1)) {
    const child = node[part];
    if (typeof child !== "object" || child === null || Array.isArray(child)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1] as string;
  if (value === MISSING) delete node[last];
  else node[last] = value;
  return top;
}

/** A violation that writes one value at a place of the request. */
function at(
  location: Location,
  pointer: string,
  kind: string,
  description: string,
  values: fc.Arbitrary<unknown>,
): Violation {
  const where = location === "body" ? `body ${pointer || "/"}` : `${location} ${pointer.slice(1)}`;
  return {
    name: `${where}: ${description}`,
    kind,
    location,
    values,
    apply(input, value) {
      const next = cloneInput(input);
      if (location === "body") next.body = setAt(next.body, pointer, value);
      else {
        const bag = location === "query" ? next.query : location === "path" ? next.path : next.headers;
        const name = pointer.slice(1);
        if (value === MISSING) delete bag[name];
        else bag[name] = value;
      }
      return next;
    },
  };
}

const WRONG_TYPE_SAMPLES: Record<string, unknown[]> = {
  string: ["wrong type", "12"],
  number: [42, -7.5],
  boolean: [true, false],
  object: [{ unexpected: "object" }],
  array: [["unexpected", "array"]],
  null: [null],
};

/** Values a query string or header can carry that are not of the declared (non-string) type. */
const WRONG_TYPE_TEXT: Record<string, string[]> = {
  integer: ["abc", "1.5", "1e400", "0x10"],
  number: ["abc", "NaN", "12abc"],
  boolean: ["maybe", "2"],
};

function wrongTypeValues(schema: JsonSchema, location: Location): unknown[] {
  const types = new Set(typesOf(schema));
  if (types.size === 0) return [];
  if (location !== "body") {
    if (types.has("string")) return [];
    return [...types].flatMap((type) => WRONG_TYPE_TEXT[type] ?? []);
  }
  if (types.has("integer")) types.add("number");
  return Object.entries(WRONG_TYPE_SAMPLES)
    .filter(([type]) => !types.has(type))
    .flatMap(([, samples]) => samples);
}

const TOKEN = "abcdefghijklmnopqrstuvwxyz0123456789";

function repeatTo(length: number): string {
  return TOKEN.repeat(Math.ceil(length / TOKEN.length) + 1).slice(0, length);
}

/** Strings that break a pattern, preferring lengths the schema otherwise allows. */
function patternBreakers(schema: JsonSchema, location: Location): fc.Arbitrary<string> {
  const pattern = new RegExp(schema.pattern as string, "u");
  const minLength = Math.max(1, (schema.minLength as number | undefined) ?? 1);
  const maxLength = Math.min(64, Math.max(minLength, (schema.maxLength as number | undefined) ?? 64));
  const near = [
    "not valid!",
    "white space",
    "ÿ-non-ascii",
    "0xZZ",
    "rec_",
    "../x",
    "%zz",
    "<tag>",
    "2024-13",
  ];
  const unit =
    location === "header"
      ? "grapheme-ascii"
      : fc.oneof(
          { weight: 6, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
          { weight: 1, arbitrary: fc.string({ unit: "grapheme-composite", minLength: 1, maxLength: 1 }) },
        );
  return fc
    .oneof(fc.constantFrom(...near), fc.string({ unit, minLength, maxLength }))
    .filter((value) => value.trim().length > 0 && !pattern.test(value));
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Violations of the constraints of one schema node, and recursively of its object properties. */
function violationsOf(schema: JsonSchema, location: Location, pointer: string, out: Violation[]): void {
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (branches) {
    // A value breaking one branch may satisfy another; candidates are re-validated against the whole schema.
    const merged = branches.map((branch) => ({ ...schema, anyOf: undefined, oneOf: undefined, ...branch }));
    const seen = new Set<string>();
    for (const branch of merged) {
      const branchOut: Violation[] = [];
      violationsOf(branch as JsonSchema, location, pointer, branchOut);
      for (const violation of branchOut) {
        if (seen.has(violation.name)) continue;
        seen.add(violation.name);
        out.push(violation);
      }
    }
    return;
  }

  const wrong = wrongTypeValues(schema, location);
  if (wrong.length > 0) {
    out.push(
      at(
        location,
        pointer,
        "wrong-type",
        `wrong type (${typesOf(schema).join("|")} expected)`,
        fc.constantFrom(...wrong),
      ),
    );
  }
  const types = typesOf(schema);
  if (Array.isArray(schema.enum)) {
    const allowed = schema.enum as unknown[];
    const candidates = ["NOT_IN_ENUM", "not-in-enum", `${String(allowed[0])}x`].filter(
      (value) => !allowed.includes(value),
    );
    out.push(at(location, pointer, "enum", "value outside the enum", fc.constantFrom(...candidates)));
  }
  if ("const" in schema) {
    const expected = schema.const;
    const other =
      typeof expected === "boolean"
        ? !expected
        : typeof expected === "number"
          ? expected + 1
          : `${String(expected)}x`;
    out.push(at(location, pointer, "const", `not the constant ${describe(expected)}`, fc.constant(other)));
  }
  if (schema.not !== undefined && "const" in (schema.not as JsonSchema)) {
    const excluded = (schema.not as JsonSchema).const;
    out.push(at(location, pointer, "not", `the excluded value ${describe(excluded)}`, fc.constant(excluded)));
  }
  if (types.includes("integer") && !types.includes("number")) {
    const min = (schema.minimum as number | undefined) ?? 0;
    const value = location === "body" ? min + 0.5 : `${min}.5`;
    out.push(
      at(location, pointer, "not-integer", "a fraction where an integer is expected", fc.constant(value)),
    );
  }
  const asText = (value: number) => (location === "body" ? value : String(value));
  if (typeof schema.minimum === "number") {
    const min = schema.minimum;
    const below = types.includes("integer") ? min - 1 : min - Math.max(1, Math.abs(min) * 1e-6);
    out.push(at(location, pointer, "minimum", `below the minimum ${min}`, fc.constant(asText(below))));
  }
  if (typeof schema.maximum === "number") {
    const max = schema.maximum;
    const above = types.includes("integer") ? max + 1 : max + Math.max(1, Math.abs(max) * 1e-6);
    out.push(at(location, pointer, "maximum", `above the maximum ${max}`, fc.constant(asText(above))));
  }
  if (typeof schema.exclusiveMinimum === "number") {
    out.push(
      at(
        location,
        pointer,
        "minimum",
        `at the exclusive minimum`,
        fc.constant(asText(schema.exclusiveMinimum)),
      ),
    );
  }
  if (typeof schema.exclusiveMaximum === "number") {
    out.push(
      at(
        location,
        pointer,
        "maximum",
        `at the exclusive maximum`,
        fc.constant(asText(schema.exclusiveMaximum)),
      ),
    );
  }
  if (types.includes("string")) {
    const minLength = schema.minLength as number | undefined;
    const maxLength = schema.maxLength as number | undefined;
    // An empty query value or header is commonly read as "absent"; too-short is only sent where it is observable.
    const emptyIsAbsent = location !== "body";
    if (minLength !== undefined && minLength > 0 && !(emptyIsAbsent && minLength === 1)) {
      out.push(
        at(
          location,
          pointer,
          "min-length",
          `shorter than ${minLength}`,
          fc.constant(repeatTo(minLength - 1)),
        ),
      );
    }
    if (maxLength !== undefined) {
      const lengths = fc.constantFrom(maxLength + 1, maxLength + 7);
      out.push(at(location, pointer, "max-length", `longer than ${maxLength}`, lengths.map(repeatTo)));
    }
    if (typeof schema.pattern === "string") {
      out.push(
        at(
          location,
          pointer,
          "pattern",
          `does not match ${schema.pattern}`,
          patternBreakers(schema, location),
        ),
      );
    }
    if (schema.format === "uri") {
      const bad = ["not a uri", "//missing-scheme", "http://exa mple.com/"];
      out.push(at(location, pointer, "format", "not a valid uri", fc.constantFrom(...bad)));
    }
    if (schema.format === "email") {
      const bad = ["not-an-email", "@example.com", "jane@", "jane doe@example.com"];
      out.push(at(location, pointer, "format", "not a valid email", fc.constantFrom(...bad)));
    }
    if (schema.format === "date" || schema.format === "date-time") {
      const bad = ["not-a-date", "2024-13-01", "2023-02-30", "2024-01-01T25:00:00Z", "01/02/2024"];
      out.push(at(location, pointer, "format", `not a valid ${schema.format}`, fc.constantFrom(...bad)));
    }
  }
  if (types.includes("object") && location === "body") {
    const properties = (schema.properties as Record<string, JsonSchema> | undefined) ?? {};
    for (const name of (schema.required as string[] | undefined) ?? []) {
      out.push(
        at(
          location,
          `${pointer}/${escapePointer(name)}`,
          "missing-required",
          "missing required property",
          fc.constant(MISSING),
        ),
      );
    }
    if (typeof schema.minProperties === "number" && schema.minProperties > 0) {
      out.push(
        at(
          location,
          pointer,
          "min-properties",
          `fewer than ${schema.minProperties} properties`,
          fc.constant({}),
        ),
      );
    }
    if (schema.additionalProperties === false) {
      const extra = `${pointer}/unexpectedProperty`;
      out.push(
        at(location, extra, "additional-property", "property the schema does not allow", fc.constant("x")),
      );
    }
    for (const [name, child] of Object.entries(properties)) {
      violationsOf(child, location, `${pointer}/${escapePointer(name)}`, out);
    }
  }
  if (types.includes("array") && location === "body") {
    // Items are not mutated one by one: a collection endpoint may validate items individually
    // and report them in a successful response (the batch's partial success).
    const minItems = schema.minItems as number | undefined;
    const maxItems = schema.maxItems as number | undefined;
    if (minItems !== undefined && minItems > 0) {
      out.push({
        ...at(location, pointer, "min-items", `fewer than ${minItems} items`, fc.constant(null)),
        apply(input) {
          const next = cloneInput(input);
          const present = readAt(next.body, pointer);
          if (!Array.isArray(present)) return next;
          const items = present.slice(0, minItems - 1);
          next.body = setAt(next.body, pointer, items);
          return next;
        },
      });
    }
    if (schema.uniqueItems === true) {
      out.push({
        ...at(location, pointer, "unique-items", "duplicate items", fc.constant(null)),
        apply(input) {
          const next = cloneInput(input);
          const items = readAt(next.body, pointer);
          // Without an item in this base there is nothing to repeat; another base is drawn.
          if (!Array.isArray(items) || items.length === 0) return next;
          next.body = setAt(next.body, pointer, [...items, structuredClone(items[0])]);
          return next;
        },
      });
    }
    if (maxItems !== undefined) {
      out.push({
        ...at(location, pointer, "max-items", `more than ${maxItems} items`, fc.constant(null)),
        apply(input) {
          const next = cloneInput(input);
          const items = readAt(next.body, pointer);
          if (!Array.isArray(items) || items.length === 0) return next;
          const longer = Array.from({ length: maxItems + 1 }, (_, index) =>
            structuredClone(items[index % items.length]),
          );
          next.body = setAt(next.body, pointer, longer);
          return next;
        },
      });
    }
  }
}

function readAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const part of pointer.split("/").slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return node;
}

/** Every schema-level violation of an operation's inputs (parameters and JSON body). */
export function schemaViolations(operation: Operation): Violation[] {
  const out: Violation[] = [];
  for (const parameter of operation.pathParams) {
    if (parameter.schema) violationsOf(parameter.schema, "path", `/${parameter.name}`, out);
  }
  for (const parameter of operation.queryParams) {
    if (parameter.schema) violationsOf(parameter.schema, "query", `/${parameter.name}`, out);
  }
  for (const parameter of operation.headerParams) {
    if (parameter.schema) violationsOf(parameter.schema, "header", `/${parameter.name}`, out);
  }
  if (operation.body) {
    violationsOf(operation.body, "body", "", out);
    const malformed: Violation = {
      name: "body: malformed JSON",
      kind: "malformed-json",
      location: "request",
      semantic: true,
      values: fc.constantFrom('{"unterminated": ', "{'single': 'quotes'}", "not json at all"),
      apply(input, value) {
        const next = cloneInput(input);
        next.rawBody = value as string;
        return next;
      },
    };
    out.push(malformed);
    if (operation.bodyRequired) {
      out.push({
        name: "body: missing",
        kind: "missing-body",
        location: "request",
        values: fc.constant(null),
        apply(input) {
          const next = cloneInput(input);
          delete next.body;
          return next;
        },
      });
    }
  }
  return out;
}

export { MISSING };
