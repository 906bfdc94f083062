import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  type OperationId,
  type RequestPart,
  requestSchema,
  requestSchemas,
} from "../../src/generated/request-schemas.js";

function toZod(operationId: OperationId, part: RequestPart): z.ZodType {
  const schema = requestSchema(operationId, part);
  if (schema === null) throw new Error(`${operationId} has no ${part}`);
  return z.fromJSONSchema(schema);
}

const validDelta = {
  customerId: "cust_acme",
  delta: -310.25,
  reason: "API usage 2026-04-03",
  referenceId: "usage:cust_acme:2026-04-03",
  metadata: { invoiceId: "inv_2026_04" },
};

describe("generated request schemas", () => {
  it("covers every Balance and Verification operation", () => {
    const apiOperations = (Object.keys(requestSchemas) as OperationId[]).filter((operationId) =>
      requestSchemas[operationId].path.startsWith("/api/v1/"),
    );
    expect(apiOperations.sort()).toEqual(
      [
        "compareBalances",
        "compareMiddlewarePeriods",
        "createCheckpoint",
        "deriveBalance",
        "emitDelta",
        "emitDeltaBatch",
        "emitRecordTransition",
        "exportMiddlewareRecord",
        "getCustomer",
        "getCustomersSummary",
        "getDeltaStatus",
        "getInvoiceProof",
        "getLimits",
        "getMiddlewareAccessLink",
        "getMiddlewareClosePackage",
        "getMiddlewareLiveRecord",
        "getMiddlewarePeriod",
        "getMiddlewareReadiness",
        "getMiddlewareVendorRecord",
        "getPublicReceipt",
        "getPublicReceiptPdf",
        "getReceipt",
        "getReceiptDocument",
        "getRecordHistory",
        "getRecordReceipt",
        "getSequenceGaps",
        "getUsage",
        "listCheckpoints",
        "listCustomerReceipts",
        "listCustomers",
        "listMiddlewarePeriods",
        "listWebhookEvents",
        "retryWebhookEvent",
        "verifyProof",
      ].sort(),
    );
  });

  it.each(Object.keys(requestSchemas) as OperationId[])(
    "%s converts with z.fromJSONSchema",
    (operationId) => {
      for (const part of ["body", "pathParams", "query"] as const) {
        const schema = requestSchema(operationId, part);
        if (schema !== null) expect(() => z.fromJSONSchema(schema)).not.toThrow();
      }
    },
  );

  describe("emitDelta body", () => {
    const body = toZod("emitDelta", "body");

    it("accepts a valid delta at the amount bounds", () => {
      expect(body.safeParse(validDelta).success).toBe(true);
      expect(body.safeParse({ ...validDelta, delta: 1_000_000_000 }).success).toBe(true);
      expect(body.safeParse({ ...validDelta, delta: -1_000_000_000 }).success).toBe(true);
    });

    it.each([
      ["a zero delta", { ...validDelta, delta: 0 }],
      ["a delta beyond the bound", { ...validDelta, delta: 1_000_000_000.01 }],
      ["a missing reason", { customerId: "cust_acme", delta: 5 }],
      ["an empty reason", { ...validDelta, reason: "" }],
      ["a reason of 501 characters", { ...validDelta, reason: "x".repeat(501) }],
      ["a customerId with a space", { ...validDelta, customerId: "cust acme" }],
      ["an unknown field", { ...validDelta, amount: 5 }],
    ])("rejects %s", (_, input) => {
      expect(body.safeParse(input).success).toBe(false);
    });
  });

  it("bounds a batch to 1..100 items", () => {
    const body = toZod("emitDeltaBatch", "body");
    expect(body.safeParse({ deltas: [validDelta] }).success).toBe(true);
    expect(body.safeParse({ deltas: [] }).success).toBe(false);
    expect(body.safeParse({ deltas: Array.from({ length: 101 }, () => validDelta) }).success).toBe(false);
  });

  it("describes derive's path and query parameters", () => {
    const path = toZod("deriveBalance", "pathParams");
    const query = toZod("deriveBalance", "query");
    expect(path.safeParse({ customerId: "cust_acme" }).success).toBe(true);
    expect(path.safeParse({}).success).toBe(false);
    expect(query.safeParse({ period: "2026-04", limit: 1000 }).success).toBe(true);
    expect(query.safeParse({ period: "2026-13" }).success).toBe(false);
    expect(query.safeParse({ limit: 0 }).success).toBe(false);
    expect(query.safeParse({ limit: 1001 }).success).toBe(false);
    expect(query.safeParse({ startingCheckpointType: "anchorId" }).success).toBe(true);
    expect(query.safeParse({ timePreset: "last_month" }).success).toBe(false);
  });

  it("has no body or parameters where the operation takes none", () => {
    expect(requestSchemas.getLimits).toMatchObject({ body: null, pathParams: null, query: null });
    expect(requestSchemas.emitDelta).toMatchObject({ method: "post", path: "/api/v1/balance/delta" });
  });
});
