import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { isLedgerError, LEDGER_ERROR_STATUS, LedgerError, validationError } from "./ledger-error.js";

const spec = parse(readFileSync(new URL("../../../../spec/openapi.yaml", import.meta.url), "utf8"));

describe("LedgerError", () => {
  it("maps exactly the spec's error codes (all but the 202 IDEMPOTENCY_PENDING)", () => {
    const specCodes: string[] = spec.components.schemas.ErrorCode.enum;
    expect(Object.keys(LEDGER_ERROR_STATUS).sort()).toEqual(
      specCodes.filter((code) => code !== "IDEMPOTENCY_PENDING").sort(),
    );
  });

  it("maps every error code to its documented HTTP status", () => {
    expect(LEDGER_ERROR_STATUS).toMatchObject({
      VALIDATION_ERROR: 400,
      SCOPE_TOO_WIDE: 400,
      INVALID_API_KEY: 401,
      REQUEST_REPLAYED: 401,
      PLAN_LIMIT_REACHED: 402,
      FORBIDDEN: 403,
      CUSTOMER_NOT_FOUND: 404,
      IDEMPOTENCY_KEY_REUSED: 409,
      RATE_LIMITED: 429,
      CADENCE_LIMIT: 429,
      INTERNAL_ERROR: 500,
      SERVICE_UNAVAILABLE: 503,
    });
  });

  it("carries status, details, retry and customer, and renders the envelope's error body", () => {
    const error = new LedgerError("CADENCE_LIMIT", "wait", { retryAfterSeconds: 30, customerId: "c1" });
    expect(error.status).toBe(429);
    expect(isLedgerError(error)).toBe(true);
    expect(error.toBody()).toEqual({
      code: "CADENCE_LIMIT",
      message: "wait",
      retryAfterSeconds: 30,
      customerId: "c1",
    });
    const invalid = validationError([{ path: "/delta", message: "must not be zero" }]);
    expect(invalid.toBody()).toEqual({
      code: "VALIDATION_ERROR",
      message: "/delta: must not be zero",
      details: [{ path: "/delta", message: "must not be zero" }],
    });
    expect(isLedgerError(new Error("x"))).toBe(false);
  });
});
