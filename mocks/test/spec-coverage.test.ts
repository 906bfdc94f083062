import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OPERATION_POLICIES } from "../src/handlers/operations.js";
import { apiOperationRoutes } from "../src/validation/request-validator.js";
import { WEBHOOK_EVENT_TYPES } from "../src/webhooks/subscriptions.js";
import { createConformanceChecker } from "./support/conformance.js";
import { createTestMock } from "./support/harness.js";

// biome-ignore lint/suspicious/noExplicitAny: walks the untyped dereferenced spec
type Json = Record<string, any>;
const spec = JSON.parse(
  readFileSync(new URL("../../packages/contract/generated/openapi.json", import.meta.url), "utf8"),
) as Json;

/** The Balance API and public verification operations (the dashboard is served elsewhere). */
function operationsOfSpec(): Array<{ operationId: string; method: string; path: string; operation: Json }> {
  const list = [];
  for (const [path, item] of Object.entries(spec.paths as Json)) {
    if (!path.startsWith("/api/v1/")) continue;
    for (const [method, operation] of Object.entries(item as Json)) {
      if (typeof operation === "object" && operation.operationId) {
        list.push({
          operationId: operation.operationId as string,
          method: method.toUpperCase(),
          path,
          operation,
        });
      }
    }
  }
  return list;
}

describe("the handlers cover the spec", () => {
  it("subscribes endpoints to exactly the spec's event catalogue, in its order", () => {
    expect([...WEBHOOK_EVENT_TYPES]).toEqual(spec.components.schemas.WebhookEventType.enum);
  });

  it("has a pipeline policy for every operation, matching the spec's security and parameters", () => {
    for (const { operationId, operation } of operationsOfSpec()) {
      const policy = OPERATION_POLICIES[operationId as keyof typeof OPERATION_POLICIES];
      expect(policy, operationId).toBeDefined();
      const security = (operation.security ?? spec.security) as Json[];
      expect(policy.auth, `${operationId} auth`).toBe(security.length > 0);
      const headers = ((operation.parameters ?? []) as Json[]).map((p) => p.name);
      expect(policy.idempotent, `${operationId} idempotency`).toBe(headers.includes("Idempotency-Key"));
      const signable = security.some((requirement) => "RequestSignature" in requirement);
      expect(policy.signable !== null, `${operationId} signature`).toBe(signable);
    }
    expect(Object.keys(OPERATION_POLICIES).sort()).toEqual(
      operationsOfSpec()
        .map((o) => o.operationId)
        .sort(),
    );
  });

  it("answers every operation of the spec with its own handler (never the 404/405 fallback)", async () => {
    const { api } = createTestMock();
    expect(apiOperationRoutes()).toHaveLength(operationsOfSpec().length);
    for (const { method, path } of apiOperationRoutes()) {
      const concrete = path
        .replace("{recordId}", "rec_unknown")
        .replace("{customerId}", "cust_x")
        .replace("{receiptId}", "rcpt_unknown")
        .replace("{eventId}", "evt_unknown")
        .replace("{proofRoot}", `0x${"0".repeat(63)}1`);
      const response = await api(method, concrete, method === "POST" ? { body: {} } : {});
      expect(response.status, `${method} ${path}`).not.toBe(405);
      expect(response.body.error?.message ?? "", `${method} ${path}`).not.toMatch(/No such endpoint/);
    }
    // One checked request per operation of the spec: more than the default 5 s on a busy machine.
  }, 30_000);
});

describe("the conformance check itself", () => {
  const checker = createConformanceChecker();
  const url = "https://app.pacspace.io/api/v1/balance/limits";
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "Content-Type": "application/json", "X-Request-Id": "req_1", ...headers },
    });

  it("accepts a conforming answer", async () => {
    const limits = {
      maxScopeMonths: 12,
      maxLastNDays: 90,
      maxRetentionDays: 730,
      maxBatchSize: 100,
      maxDeltaAbs: 1e9,
      maxReasonLength: 500,
    };
    expect(await checker.check("GET", url, json(200, { success: true, data: limits }))).toEqual([]);
  });

  it("flags a wrong body, a missing header, an undeclared status and a bad Retry-After", async () => {
    expect(
      await checker.check("GET", url, json(200, { success: true, data: { maxBatchSize: "100" } })),
    ).not.toEqual([]);
    const noId = new Response(JSON.stringify({ success: true, data: {} }), {
      headers: { "Content-Type": "application/json" },
    });
    expect((await checker.check("GET", url, noId)).join()).toMatch(/X-Request-Id/);
    const created = json(201, { success: true, data: {} });
    expect((await checker.check("GET", url, created)).join()).toMatch(/not declared|body/);
    const error = { success: false, error: { code: "RATE_LIMITED", message: "m", requestId: "req_1" } };
    expect((await checker.check("GET", url, json(429, error, { "Retry-After": "soon" }))).join()).toMatch(
      /Retry-After/,
    );
    const mismatch = { success: false, error: { code: "NOT_FOUND", message: "m", requestId: "req_other" } };
    expect((await checker.check("GET", url, json(404, mismatch))).join()).toMatch(/requestId/);
  });

  it("checks control API answers against spec/mock-control.yaml", async () => {
    const clock = "https://app.pacspace.io/__mock/clock";
    expect(
      await checker.check(
        "GET",
        clock,
        json(200, { success: true, data: { now: "2026-04-15T12:00:00.000Z", epochMs: 1 } }),
      ),
    ).toEqual([]);
    expect(
      await checker.check("GET", clock, json(200, { success: true, data: { now: "later" } })),
    ).not.toEqual([]);
  });
});
