import { describe, expect, it } from "vitest";
import { planOperation } from "../src/generate.js";
import { loadSpec } from "../src/spec.js";
import { SchemaValidator } from "../src/validator.js";

/** Two runs with the same seed create different records, so a rerun against the same server gets no 409. */
describe("identifiers of created records", () => {
  const spec = loadSpec();
  const operation = spec.operations.find((candidate) => candidate.operationId === "createDashboardCustomer");

  const customerIds = (runTag: string) => {
    if (!operation) throw new Error("createDashboardCustomer is not in the spec");
    const plan = planOperation(
      spec,
      operation,
      { now: new Date("2026-11-15T00:00:00Z"), resources: {}, runTag },
      { seed: 7, validCount: 5 },
      new SchemaValidator(),
    );
    // customerId is optional in this body: only the requests that carry it count.
    return plan.valid.flatMap((input) => (input.body as { customerId?: string }).customerId ?? []);
  };

  it("carry the run's tag, and differ between runs of the same seed", () => {
    const first = customerIds("run1");
    const second = customerIds("run2");
    expect(first.length).toBeGreaterThan(0);
    for (const id of first) expect(id).toMatch(/^contract-run1-[a-z0-9]{8}$/);
    for (const id of second) expect(id).toMatch(/^contract-run2-[a-z0-9]{8}$/);
    expect(customerIds("run1")).toEqual(first);
  });
});
