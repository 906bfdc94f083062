import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputArbitrary, requestSchema, specIndex } from "./generate.js";
import { arbitraryFromSchema, UnsupportedSchemaError } from "./schema-arbitrary.js";
import type { GenerationContext } from "./semantic-rules.js";
import { loadSpec } from "./spec.js";
import { SchemaValidator } from "./validator.js";

const spec = loadSpec();
const validator = new SchemaValidator();
const context: GenerationContext = {
  now: new Date("2026-11-27T12:00:00Z"),
  resources: {
    customerId: "cust-1",
    recordId: "rec_abc",
    proofRoot: `0x${"ab".repeat(32)}`,
    receiptId: "rcpt_1",
    eventId: "evt_1",
  },
  runTag: "unit",
};

describe("schema → arbitrary", () => {
  it.each(spec.operations.map((operation) => [operation.operationId, operation] as const))(
    "every generated request of %s is valid against its request schema",
    (_, operation) => {
      // Lenient: identifiers the context lacks are generated instead of taken from earlier calls.
      const generated = inputArbitrary(operation, context, { kind: "lenient" }, specIndex(spec));
      if ("skipped" in generated) throw new Error(generated.skipped);
      const schema = requestSchema(operation);
      fc.assert(
        fc.property(generated.arbitrary, (input) => {
          expect(validator.problems(schema, input)).toEqual([]);
        }),
        { numRuns: 60, seed: 7 },
      );
    },
  );

  it("covers the keywords the spec uses", () => {
    const schema = {
      type: "object",
      additionalProperties: false,
      required: ["id", "amount", "kind"],
      properties: {
        id: { type: "string", pattern: "^x_[a-z]{3}$" },
        amount: { type: "number", minimum: -5, maximum: 5, not: { const: 0 } },
        count: { type: "integer", minimum: 1, maximum: 3 },
        kind: { enum: ["a", "b"] },
        fixed: { const: true },
        label: { type: "string", minLength: 2, maxLength: 4 },
        tags: { type: "array", minItems: 1, maxItems: 2, items: { type: "string", maxLength: 3 } },
        day: {
          anyOf: [
            { type: "string", format: "date" },
            { type: "string", format: "date-time" },
          ],
        },
        either: { oneOf: [{ type: "boolean" }, { type: "null" }] },
        free: { type: "object", additionalProperties: true },
      },
    };
    fc.assert(
      fc.property(arbitraryFromSchema(schema, { location: "body" }), (value) => {
        expect(validator.problems(schema, value)).toEqual([]);
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it("never generates the excluded value of `not: {const: 0}` (nor -0)", () => {
    const values = fc.sample(
      arbitraryFromSchema(
        { type: "number", minimum: -1, maximum: 1, not: { const: 0 } },
        { location: "body" },
      ),
      {
        numRuns: 500,
        seed: 1,
      },
    );
    expect(values.every((value) => value !== 0)).toBe(true);
  });

  it("refuses keywords it does not understand instead of guessing", () => {
    expect(() => arbitraryFromSchema({ type: "string", format: "ipv4" }, { location: "body" })).toThrow(
      UnsupportedSchemaError,
    );
    expect(() => arbitraryFromSchema({ allOf: [{ type: "string" }] }, { location: "body" })).toThrow(
      UnsupportedSchemaError,
    );
  });

  it("ignores vendor extensions, which constrain nothing", () => {
    const schema = { type: "string", enum: ["a", "b"], "x-pacspace-extension": true };
    const values = fc.sample(arbitraryFromSchema(schema, { location: "body" }), { numRuns: 50, seed: 1 });
    expect(new Set(values)).toEqual(new Set(["a", "b"]));
  });

  it("is reproducible for a seed", () => {
    const operation = spec.operations.find((candidate) => candidate.operationId === "emitDelta");
    if (!operation) throw new Error("no emitDelta");
    const generated = inputArbitrary(operation, context, { kind: "valid" }, specIndex(spec));
    if ("skipped" in generated) throw new Error(generated.skipped);
    expect(fc.sample(generated.arbitrary, { seed: 42, numRuns: 5 })).toEqual(
      fc.sample(generated.arbitrary, { seed: 42, numRuns: 5 }),
    );
  });
});
