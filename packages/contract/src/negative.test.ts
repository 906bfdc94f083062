import { describe, expect, it } from "vitest";
import { planOperation, requestSchema } from "./generate.js";
import { type GenerationContext, validScopes } from "./semantic-rules.js";
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
  },
  runTag: "unit",
};
const byId = (id: string) => {
  const operation = spec.operations.find((candidate) => candidate.operationId === id);
  if (!operation) throw new Error(`no ${id}`);
  return operation;
};

describe("invalid requests", () => {
  it.each(spec.operations.map((operation) => [operation.operationId, operation] as const))(
    "every schema violation generated for %s really breaks the schema",
    (_, operation) => {
      const plan = planOperation(
        spec,
        operation,
        context,
        { seed: 5, validCount: 1, invalidCount: 120 },
        validator,
      );
      const schema = requestSchema(operation);
      for (const { violation, input } of plan.invalid) {
        if (violation.semantic) continue;
        expect(validator.isValid(schema, input), violation.name).toBe(false);
      }
      expect(plan.inapplicable).toEqual([]);
    },
  );

  it("breaks each constraint of the emit body in turn", () => {
    const names = planOperation(
      spec,
      byId("emitDelta"),
      context,
      { seed: 1, validCount: 1 },
      validator,
    ).invalid.map(({ violation }) => violation.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "body /customerId: missing required property",
        "body /delta: missing required property",
        "body /reason: missing required property",
        "body /delta: wrong type (number expected)",
        "body /customerId: does not match ^[A-Za-z0-9_.:-]{1,128}$",
        "body /delta: below the minimum -1000000000",
        "body /delta: above the maximum 1000000000",
        "body /delta: the excluded value 0",
        "body /reason: longer than 500",
        "body /reason: shorter than 1",
        "body /unexpectedProperty: property the schema does not allow",
        "body: malformed JSON",
        "body: missing",
        "header Idempotency-Key: longer than 255",
      ]),
    );
  });

  it("mixes scope fields the way the spec forbids", () => {
    const names = planOperation(
      spec,
      byId("deriveBalance"),
      context,
      { seed: 1, validCount: 1 },
      validator,
    ).invalid.map(({ violation }) => violation.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "scope: period combined with startDate",
        "scope: startingCheckpoint combined with period",
        "scope: timePreset current_month with dates",
        "scope: startDate without endDate",
        "scope: endDate before startDate",
        "scope: period in the future",
        "query granularity: value outside the enum",
        "query limit: above the maximum 1000",
      ]),
    );
  });

  it("applies every violation in turn, round after round, up to the requested count", () => {
    const plan = planOperation(
      spec,
      byId("compareBalances"),
      context,
      { seed: 9, validCount: 1, invalidCount: 300 },
      validator,
    );
    expect(plan.invalid).toHaveLength(300);
    const distinct = new Set(plan.invalid.map(({ violation }) => violation.name));
    expect(distinct.size).toBeGreaterThan(40);
  });

  it("offers only scopes an operation declares", () => {
    expect(validScopes(byId("getCustomer"), context)).toEqual([
      {},
      { period: "2026-11" },
      { period: "2026-10" },
    ]);
    expect(validScopes(byId("getReceipt"), context).some((scope) => "startingCheckpoint" in scope)).toBe(
      false,
    );
    expect(validScopes(byId("deriveBalance"), context).some((scope) => "startingCheckpoint" in scope)).toBe(
      true,
    );
  });

  it("gives unknown identifiers that do not collide with literal routes", () => {
    const plan = planOperation(spec, byId("getCustomer"), context, { seed: 1, validCount: 1 }, validator);
    const [unknown] = plan.unknownIds;
    expect(unknown?.name).toBe("customerId");
    expect(unknown?.input.path.customerId).not.toBe("summary");
    expect(unknown?.input.path.customerId).not.toBe("cust-1");
  });
});
