import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromJSONSchema, type z } from "zod";
import { requestSchemas } from "../generated/request-schemas.js";
import { checkSchema, unsupportedKeyword } from "./json-schema-check.js";
import { schemaAccepts } from "./schema-accepts.js";
import type { JsonSchemaNode } from "./schemas.js";

/*
 * The checker must report what zod 4's `z.fromJSONSchema` reports for the same schema and value
 * (the SDK's validation messages were zod's before the checker replaced it at runtime): zod is
 * the oracle here, fed values drawn from each generated request schema — valid ones, values at
 * and past every bound, wrong types, missing and unknown properties.
 */

type Issue = z.core.$ZodIssue;

const codePoints = (text: string) => [...text].length;

/** zod's issues, less the string-length ones JSON Schema does not count (it counts code points). */
function zodIssues(schema: JsonSchemaNode, value: unknown) {
  const result = fromJSONSchema(schema as Parameters<typeof fromJSONSchema>[0]).safeParse(value);
  if (result.success) return [];
  return result.error.issues
    .filter((issue: Issue) => {
      if (issue.code !== "too_big" || issue.origin !== "string") return true;
      let node: unknown = value;
      for (const key of issue.path) node = (node as Record<PropertyKey, unknown>)?.[key];
      return typeof node !== "string" || codePoints(node) > Number(issue.maximum);
    })
    .map((issue: Issue) => ({
      code: issue.code,
      path: issue.path,
      message: issue.message,
      ...(issue.code === "unrecognized_keys" ? { keys: issue.keys } : {}),
    }));
}

const WRONG_TYPES = fc.constantFrom<unknown>(null, 0, -1, 1.5, "x", "", true, [], {}, [1], Number.NaN);

const SAMPLE_STRINGS = [
  "cust_acme",
  "has space",
  "2026-01",
  "2026-13",
  "2026-04-01",
  "2026-02-30",
  "2024-02-29",
  "2026-04-01T00:00:00Z",
  "2026-04-01T10:00:00.123+02:00",
  "2026-04-01T00:00Z",
  "2026-04-01 00:00:00Z",
  "user@example.com",
  "not-an-email",
  "https://example.com/hook",
  "ftp://example.com",
  " http://example.com ",
  "http://",
  `0x${"ab".repeat(32)}`,
  "pk_test_abc.def",
  "rec_1",
  "🎉",
];

function stringValues(schema: JsonSchemaNode): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [fc.string({ maxLength: 12 }), fc.constantFrom(...SAMPLE_STRINGS)];
  for (const bound of [schema.minLength, schema.maxLength]) {
    if (typeof bound !== "number") continue;
    for (const length of [bound - 1, bound, bound + 1].filter((n) => n >= 0)) {
      options.push(
        fc.constantFrom("a".repeat(length), "😀".repeat(length), `${"😀".repeat(Math.max(length - 1, 0))}a`),
      );
    }
  }
  if (Array.isArray(schema.enum)) options.push(fc.constantFrom(...(schema.enum as unknown[])));
  return fc.oneof(...options);
}

function numberValues(schema: JsonSchemaNode): fc.Arbitrary<unknown> {
  const bounds = [schema.minimum, schema.maximum, schema.exclusiveMinimum, schema.exclusiveMaximum].filter(
    (bound): bound is number => typeof bound === "number",
  );
  const near = bounds.flatMap((bound) => [bound - 1, bound - 0.5, bound, bound + 0.5, bound + 1]);
  return fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.double(),
    fc.constantFrom(0, -0, 0.5, 2 ** 60, -(2 ** 60), Number.POSITIVE_INFINITY, ...near),
  );
}

/** Values for `schema`: mostly of its shape (each part sometimes wrong), sometimes of another type. */
function valuesFor(schema: JsonSchemaNode, depth = 0): fc.Arbitrary<unknown> {
  const shaped: fc.Arbitrary<unknown>[] = [];
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  for (const type of types) {
    if (type === "string") shaped.push(stringValues(schema));
    if (type === "number" || type === "integer") shaped.push(numberValues(schema));
    if (type === "boolean") shaped.push(fc.boolean());
    if (type === "null") shaped.push(fc.constant(null));
    if (type === "array" && depth < 4) {
      const item = schema.items ? valuesFor(schema.items, depth + 1) : fc.anything();
      const max = typeof schema.maxItems === "number" ? Math.min(schema.maxItems + 1, 8) : 5;
      shaped.push(fc.array(item, { maxLength: max }));
      if (typeof schema.maxItems === "number") {
        shaped.push(fc.array(item, { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 1 }));
      }
    }
    if (type === "object" && depth < 4) shaped.push(objectValues(schema, depth));
  }
  if (Array.isArray(schema.enum)) shaped.push(fc.constantFrom(...(schema.enum as unknown[])));
  for (const branch of [
    ...((schema.anyOf as JsonSchemaNode[]) ?? []),
    ...((schema.oneOf as JsonSchemaNode[]) ?? []),
  ]) {
    shaped.push(valuesFor({ ...branch, type: branch.type ?? schema.type }, depth + 1));
  }
  if (shaped.length === 0) shaped.push(fc.anything());
  return fc.oneof({ arbitrary: fc.oneof(...shaped), weight: 5 }, { arbitrary: WRONG_TYPES, weight: 1 });
}

function objectValues(schema: JsonSchemaNode, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const fields = Object.fromEntries(
    Object.entries(properties).map(([key, node]) => [key, valuesFor(node, depth + 1)]),
  );
  const required = (schema.required as string[] | undefined) ?? [];
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: required.filter(() => true) }),
      fc.subarray(required),
      fc.dictionary(fc.constantFrom("extra", "amount", "note", "__proto__x"), fc.anything(), { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([record, dropped, extra, addExtra]) => {
      const value: Record<string, unknown> = { ...record };
      for (const key of dropped) delete value[key];
      return addExtra ? { ...value, ...extra } : value;
    });
}

const parts = Object.entries(requestSchemas).flatMap(([operationId, operation]) =>
  (["pathParams", "query", "body"] as const).flatMap((part) => {
    const schema = operation[part] as JsonSchemaNode | null;
    return schema === null ? [] : [{ name: `${operationId} ${part}`, schema }];
  }),
);

describe("checkSchema", () => {
  it("implements every keyword and format the generated request schemas use", () => {
    for (const { name, schema } of parts) expect(unsupportedKeyword(schema), name).toBeNull();
  });

  it("refuses a keyword it does not implement", () => {
    expect(
      unsupportedKeyword({ type: "object", properties: { a: { type: "string", format: "uuid" } } }),
    ).toBe("format uuid");
    expect(unsupportedKeyword({ allOf: [] })).toBe("allOf");
  });

  it.each(parts)(
    "reports what zod reports: $name",
    ({ schema }) => {
      fc.assert(
        fc.property(valuesFor(schema), (value) => {
          expect(checkSchema(schema, value)).toEqual(zodIssues(schema, value));
        }),
        { numRuns: 150 },
      );
    },
    60_000,
  );

  it.each(parts)(
    "accepts exactly what it reports nothing for, with its compiled predicate: $name",
    ({ schema }) => {
      fc.assert(
        fc.property(valuesFor(schema), (value) => {
          expect(schemaAccepts(schema, value)).toBe(checkSchema(schema, value).length === 0);
        }),
        { numRuns: 300 },
      );
    },
    60_000,
  );

  it("accepts with its compiled predicate what the checker accepts, and nothing else", () => {
    const cases: [JsonSchemaNode, unknown][] = [
      [{ type: "array", uniqueItems: true }, [Number.NaN, Number.NaN, 1, "1", null]],
      [
        { type: "array", uniqueItems: true },
        [
          { a: 1, b: [2] },
          { b: [2], a: 1 },
        ],
      ],
      [{ type: "string", minLength: 2, maxLength: 3 }, "😀😀😀"],
      [{ type: "string", minLength: 2, maxLength: 3 }, "😀😀😀😀"],
      [{ type: "string", minLength: 2 }, "😀"],
      [{ type: "string", format: "uri", maxLength: 18 }, " https://example.com "],
      [{ type: ["string", "null"], minLength: 1 }, null],
      [{ type: ["string", "null"], minLength: 1 }, ""],
      [{ enum: [Number.NaN] }, Number.NaN],
      [{ const: 0 }, -0],
      [{ type: "integer" }, 2 ** 60],
      [{ type: "number", exclusiveMinimum: 0 }, 0],
      [{ type: "object", required: ["a"], properties: { a: { type: "string", default: "x" } } }, {}],
      [{ type: "object", minProperties: 1 }, {}],
      [
        { type: "object", additionalProperties: { type: "number" } },
        { a: 1, b: "2" },
      ],
      [
        { type: "object", additionalProperties: false, properties: { a: {} } },
        { a: 1, b: 2 },
      ],
      [{ oneOf: [{ type: "number" }, { type: "integer" }] }, 1],
      [{ oneOf: [{ type: "number" }, { type: "integer" }] }, 1.5],
      [{ anyOf: [{ type: "string" }, { type: "number" }] }, true],
      [{ type: "array", maxItems: 1, items: { type: "string" } }, ["a", 1]],
      [{ type: "array", minItems: 2 }, [1]],
      [{ type: "uuid" }, "x"],
    ];
    for (const [schema, value] of cases) {
      let issues: unknown[] | undefined;
      try {
        issues = checkSchema(schema, value);
      } catch {
        issues = undefined; // a type the checker refuses to know
      }
      expect(schemaAccepts(schema, value), JSON.stringify([schema, value])).toBe(issues?.length === 0);
    }
  });

  it("never counts NaN or values of other types as duplicates", () => {
    const schema = { type: "array", uniqueItems: true };
    expect(checkSchema(schema, [Number.NaN, Number.NaN, 1, "1", Number.POSITIVE_INFINITY, null])).toEqual([]);
    expect(
      checkSchema(schema, [
        { a: 1, b: [2] },
        { b: [2], a: 1 },
      ]),
    ).toEqual([
      {
        code: "custom",
        path: [1],
        message: "Array items must be unique: element at index 1 duplicates the one at index 0",
      },
    ]);
  });

  it("counts string lengths in code points", () => {
    const schema = { type: "string", minLength: 2, maxLength: 3 };
    expect(checkSchema(schema, "😀😀😀")).toEqual([]);
    expect(checkSchema(schema, "😀😀😀😀")).toEqual([
      { code: "too_big", path: [], message: "Too big: expected string to have <=3 characters" },
    ]);
    expect(checkSchema(schema, "a")).toEqual([
      { code: "too_small", path: [], message: "Too small: expected string to have >=2 characters" },
    ]);
  });
});
