import { describe, expect, it } from "vitest";
import { checkResponse } from "./conformance.js";
import type { WireResponse } from "./http.js";
import { unknownKeyLike } from "./runner.js";
import { loadSpec } from "./spec.js";
import { SchemaValidator } from "./validator.js";

const spec = loadSpec();
const validator = new SchemaValidator();
const getLimits = spec.operations.find((operation) => operation.operationId === "getLimits");
if (!getLimits) throw new Error("no getLimits");
const limits = {
  maxScopeMonths: 12,
  maxLastNDays: 90,
  maxRetentionDays: 730,
  maxBatchSize: 100,
  maxDeltaAbs: 1e9,
  maxReasonLength: 500,
};

function response(status: number, body: unknown, headers: Record<string, string> = {}): WireResponse {
  const text = JSON.stringify(body);
  return {
    status,
    headers: { "content-type": "application/json", "x-request-id": "req_1", ...headers },
    text,
    json: body,
    durationMs: 1,
  };
}

describe("checkResponse", () => {
  it("accepts a conforming success", () => {
    expect(
      checkResponse(validator, getLimits, response(200, { success: true, data: limits }), {
        outcome: "success",
      }),
    ).toEqual([]);
  });

  it("names every way a response breaks the contract", () => {
    const broken = response(200, { success: true, data: { ...limits, maxBatchSize: "100" } });
    delete broken.headers["x-request-id"];
    expect(checkResponse(validator, getLimits, broken, { outcome: "success" })).toEqual([
      "missing header X-Request-Id",
      "body /data/maxBatchSize must be integer",
    ]);
    expect(
      checkResponse(validator, getLimits, response(200, { success: true, data: limits }), {
        outcome: "rejection",
      }),
    ).toEqual(["expected a 4xx rejection, got 200"]);
    const error = { success: false, error: { code: "INTERNAL_ERROR", message: "boom", requestId: "req_1" } };
    expect(checkResponse(validator, getLimits, response(503, error), { outcome: "success" })).toEqual([
      'server error: 503 INTERNAL_ERROR "boom"',
    ]);
    expect(
      checkResponse(
        validator,
        getLimits,
        {
          ...response(200, null),
          headers: { "x-request-id": "r", "content-type": "text/plain" },
          json: undefined,
        },
        {
          outcome: "success",
        },
      ),
    ).toEqual(['content-type "text/plain" where application/json is declared']);
  });

  it("insists on the exact status when one is expected", () => {
    const notFound = { success: false, error: { code: "NOT_FOUND", message: "no", requestId: "req_1" } };
    expect(
      checkResponse(validator, getLimits, response(404, notFound), { outcome: "rejection", status: 401 }),
    ).toEqual(['expected 401, got 404 NOT_FOUND "no"']);
  });
});

describe("unknownKeyLike", () => {
  it("keeps the key's shape and prefix but not its value", () => {
    const key = "pk_test_abc123def.s3cretS3cret";
    const unknown = unknownKeyLike(key, 1);
    expect(unknown).toMatch(/^pk_test_[a-z0-9]{9}\.[a-z0-9]{12}$/);
    expect(unknown).not.toBe(key);
    expect(unknownKeyLike(key, 1)).toBe(unknown);
  });
});
