import {
  AuthenticationError,
  CadenceLimitError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  RateLimitError,
  throwIfError,
  ValidationError,
} from "@pacspace/sdk";
import { describe, expect, it, vi } from "vitest";
import { clientFor, fastRetryingBalance, rejection, useInProcessMock } from "./support/in-process.js";

const mock = useInProcessMock();

/** The X-Request-Id of the last answer the mock gave. */
function lastRequestId(): string | null {
  return mock.requests.at(-1)?.responseHeaders.get("X-Request-Id") ?? null;
}

describe("typed errors from the server", () => {
  it("ValidationError with details when the server rejects a body (client validation bypassed with pac.raw)", async () => {
    const pacspace = mock.start();
    const pac = clientFor(pacspace.apiKey);
    const { error, response } = await pac.raw.POST("/api/v1/balance/delta", {
      body: { customerId: "not a valid id!", delta: 0, reason: "" },
    });
    expect(response.status).toBe(400);
    let thrown: unknown;
    try {
      throwIfError(response, error);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    const validation = thrown as ValidationError;
    expect(validation).toMatchObject({ status: 400, code: "VALIDATION_ERROR", requestId: lastRequestId() });
    expect(validation.details?.map((detail) => detail.path).sort()).toEqual([
      "/customerId",
      "/delta",
      "/reason",
    ]);
    expect(mock.requests).toHaveLength(1); // a 400 is never retried
  });

  it("ValidationError from the server through a resource method (a fetch that breaks the body after client validation)", async () => {
    const pacspace = mock.start();
    const pac = clientFor(pacspace.apiKey, {
      fetch: async (request, init) => {
        const body = (await request.text()).replace('"delta":5', '"delta":"five"');
        return globalThis.fetch(new Request(request, { body }), init);
      },
    });
    const error = await rejection(pac.balance.emit("cust_acme", 5, "Top-up"));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, code: "VALIDATION_ERROR", requestId: lastRequestId() });
    expect(error.details).toEqual([{ path: "/delta", message: expect.any(String) }]);
  });

  it("NotFoundError carries the request id of the answer", async () => {
    const pacspace = mock.start();
    const pac = clientFor(pacspace.apiKey);
    const error = await rejection(pac.balance.deltaStatus("rec_doesnotexist"));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
    expect(error.code).toMatch(/NOT_FOUND$/);
    expect(error.requestId).toBeTruthy();
    expect(error.requestId).toBe(lastRequestId());
  });

  it("AuthenticationError for an unknown, a revoked and a disabled key", async () => {
    const pacspace = mock.start();
    const unknown = await rejection(clientFor("pk_test_unknown.s3cret").balance.limits());
    expect(unknown).toBeInstanceOf(AuthenticationError);
    expect(unknown).toMatchObject({ status: 401, code: "INVALID_API_KEY", requestId: lastRequestId() });

    const revokedTenant = pacspace.createTenant();
    const revoked = clientFor(revokedTenant.apiKey);
    await revoked.balance.limits(); // works before
    pacspace.ledger.revokeApiKey(revokedTenant.tenantId, revokedTenant.keyId);
    const afterRevoke = await rejection(revoked.balance.emit("cust_acme", 1, "r"));
    expect(afterRevoke).toBeInstanceOf(AuthenticationError);
    expect(afterRevoke.code).toBe("INVALID_API_KEY");

    const disabledTenant = pacspace.createTenant();
    pacspace.ledger.updateApiKey(disabledTenant.tenantId, disabledTenant.keyId, { active: false });
    const disabled = await rejection(clientFor(disabledTenant.apiKey).balance.usage());
    expect(disabled).toBeInstanceOf(AuthenticationError);
    expect(disabled.code).toBe("API_KEY_DISABLED");
    expect(mock.requests.filter((request) => request.status === 401)).toHaveLength(3); // none retried
  });

  it("PaymentRequiredError once a Free tenant has used its 100 lifetime deltas", async () => {
    const pacspace = mock.start();
    const free = pacspace.createTenant({ plan: "free" });
    const pac = clientFor(free.apiKey);
    const batch = await pac.balance.emitBatch(
      Array.from({ length: 100 }, (_, i) => ({ customerId: "cust_acme", delta: 1, reason: `r${i}` })),
    );
    expect(batch.totalQueued).toBe(100);
    expect(await pac.balance.usage()).toMatchObject({
      plan: "free",
      consumedDeltas: 100,
      remainingDeltas: 0,
    });
    const error = await rejection(pac.balance.emit("cust_acme", 1, "one too many"));
    expect(error).toBeInstanceOf(PaymentRequiredError);
    expect(error).toMatchObject({ status: 402, code: "PLAN_LIMIT_REACHED", requestId: lastRequestId() });
    expect((await pac.balance.derive("cust_acme")).deltasCount).toBe(100);
  });

  it("CadenceLimitError names the customer and the wait, and is not retried", async () => {
    const pacspace = mock.start({ defaultCadenceMs: 60_000 });
    const pac = clientFor(pacspace.apiKey, { maxRetries: 5 });
    await pac.balance.emit("cust_acme", 1, "first");
    const error = await rejection(pac.balance.emit("cust_acme", 1, "too soon"));
    expect(error).toBeInstanceOf(CadenceLimitError);
    const cadence = error as CadenceLimitError;
    expect(cadence).toMatchObject({ status: 429, code: "CADENCE_LIMIT", customerId: "cust_acme" });
    expect(cadence.retryAfterSeconds).toBeGreaterThan(0);
    expect(cadence.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(mock.requestsTo("POST", "/api/v1/balance/delta")).toHaveLength(2); // one attempt each
    await pac.balance.emit("cust_other", 1, "another customer is not held back");
    pacspace.clock.advance(60_000);
    await pac.balance.emit("cust_acme", 1, "after the window");
  });

  it("RateLimitError once the retries are used up (the bucket does not refill on the mock's clock)", async () => {
    const pacspace = mock.start({ rateLimit: { capacity: 2, refillPerSecond: 1 } });
    const balance = fastRetryingBalance(pacspace.apiKey, { maxRetries: 3 });
    await balance.limits();
    await balance.limits();
    const error = await rejection(balance.emit("cust_acme", 1, "r"));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: "RATE_LIMITED", requestId: lastRequestId() });
    const attempts = mock.requestsTo("POST", "/api/v1/balance/delta");
    expect(attempts.map((request) => request.status)).toEqual([429, 429, 429, 429]);
    expect(attempts.map((request) => request.requestHeaders.get("X-PacSpace-Retry-Count"))).toEqual([
      "0",
      "1",
      "2",
      "3",
    ]);
    expect(new Set(attempts.map((request) => request.requestHeaders.get("Idempotency-Key"))).size).toBe(1);
    expect(attempts[0]?.responseHeaders.get("Retry-After")).toMatch(/^\d+$/);
  });

  it("InternalServerError and ConnectionError once the retries are used up; nothing was written", async () => {
    const pacspace = mock.start();
    const balance = fastRetryingBalance(pacspace.apiKey, { maxRetries: 2 });
    pacspace.faults.inject({ route: "emitDelta", status: 500, times: 3 });
    const server = await rejection(balance.emit("cust_acme", 1, "r"));
    expect(server).toBeInstanceOf(InternalServerError);
    expect(server.status).toBe(500);

    pacspace.faults.inject({ route: "emitDelta", networkError: true, times: 3 });
    const network = await rejection(balance.emit("cust_acme", 1, "r"));
    expect(network).toBeInstanceOf(ConnectionError);
    expect(mock.requestsTo("POST", "/api/v1/balance/delta")).toHaveLength(6);
    expect(await balance.customersSummary()).toMatchObject({ totalDeltas: 0 });
  });

  it("a caller's abort stops the call during its backoff wait; nothing more is sent", async () => {
    const pacspace = mock.start();
    const pac = clientFor(pacspace.apiKey, { maxRetries: 5 });
    pacspace.faults.inject({ route: "getLimits", status: 503, retryAfterSeconds: 30 });
    const controller = new AbortController();
    const call = pac.balance.limits({ signal: controller.signal });
    await vi.waitFor(() => expect(mock.requestsTo("GET", "/api/v1/balance/limits")).toHaveLength(1));
    controller.abort(new Error("user went away"));
    await expect(call).rejects.toThrow("user went away");
    expect(mock.requestsTo("GET", "/api/v1/balance/limits")).toHaveLength(1);
  });
});
