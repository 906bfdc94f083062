import { describe, expect, it } from "vitest";
import { createTestMock, type TestMock } from "./support/harness.js";

const body = { customerId: "cust_fault", delta: 10, reason: "r" };
const emit = (mock: TestMock, key?: string) =>
  mock.api("POST", "/api/v1/balance/delta", {
    body,
    ...(key ? { headers: { "Idempotency-Key": key } } : {}),
  });

function deltaCount(mock: TestMock): number {
  return mock.pacspace.inspect().tenants[0]?.environments.sandbox.deltas.length ?? 0;
}

describe("faults", () => {
  it("before: answers the status without touching the ledger, for the next N requests", async () => {
    const mock = createTestMock();
    mock.pacspace.faults.inject({
      route: "POST /api/v1/balance/delta",
      status: 503,
      retryAfterSeconds: 2,
      times: 2,
    });
    const before = mock.pacspace.snapshot();
    for (let i = 0; i < 2; i++) {
      const response = await emit(mock, "k1");
      expect(response.status).toBe(503);
      expect(response.body.error).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 2 });
      expect(response.headers.get("Retry-After")).toBe("2");
    }
    expect(mock.pacspace.snapshot()).toBe(before);
    const third = await emit(mock, "k1");
    expect(third.status).toBe(201);
    expect(third.headers.get("Idempotent-Replayed")).toBeNull();
    expect(mock.pacspace.faults.list()).toEqual([]);
  });

  it("after: the write happens and is stored, the answer is the fault; a retry replays, never duplicates", async () => {
    const mock = createTestMock();
    mock.pacspace.faults.inject({ route: "emitDelta", status: 500, when: "after", times: 1 });
    const lost = await emit(mock, "k2");
    expect([lost.status, lost.body.error.code]).toEqual([500, "INTERNAL_ERROR"]);
    expect(deltaCount(mock)).toBe(1);
    const retry = await emit(mock, "k2");
    expect(retry.status).toBe(201);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(deltaCount(mock)).toBe(1);
  });

  it("network error: the fetch rejects; with when: after the write was applied and replays", async () => {
    const mock = createTestMock();
    mock.pacspace.faults.inject({ route: "emitDelta", networkError: true, when: "after", times: 1 });
    await expect(emit(mock, "k3")).rejects.toThrow(TypeError);
    expect(deltaCount(mock)).toBe(1);
    const retry = await emit(mock, "k3");
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(deltaCount(mock)).toBe(1);
  });

  it("network error before: nothing is written and the key is free again", async () => {
    const mock = createTestMock();
    mock.pacspace.faults.inject({ route: "emitDelta", networkError: true, times: 1 });
    await expect(emit(mock, "k4")).rejects.toThrow(TypeError);
    expect(deltaCount(mock)).toBe(0);
    const retry = await emit(mock, "k4");
    expect(retry.status).toBe(201);
    expect(retry.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("matches by operationId, method + template or concrete path, and *", async () => {
    const mock = createTestMock();
    await emit(mock);
    const { faults } = mock.pacspace;
    faults.inject({ route: "GET /api/v1/balance/derive/{customerId}", status: 502, times: 1 });
    expect((await mock.api("GET", "/api/v1/balance/derive/cust_fault")).status).toBe(502);
    faults.inject({ route: "GET /api/v1/balance/derive/cust_other", status: 502, times: 1 });
    expect((await mock.api("GET", "/api/v1/balance/derive/cust_fault")).status).toBe(200);
    faults.clear();
    faults.inject({ route: "*", status: 429, times: 1 });
    const limited = await mock.api("GET", "/api/v1/balance/usage");
    expect([limited.status, limited.body.error.code, limited.headers.get("Retry-After")]).toEqual([
      429,
      "RATE_LIMITED",
      "0",
    ]);
  });

  it("does not use up a fault on a request that fails authentication", async () => {
    const mock = createTestMock();
    mock.pacspace.faults.inject({ route: "*", status: 503, times: 1 });
    expect((await mock.api("GET", "/api/v1/balance/usage", { apiKey: "pk_test_x.y" })).status).toBe(401);
    expect((await mock.api("GET", "/api/v1/balance/usage")).status).toBe(503);
  });

  it("adds latency", async () => {
    const mock = createTestMock();
    mock.pacspace.faults.inject({ route: "getLimits", latencyMs: 80, times: 1 });
    const started = performance.now();
    expect((await mock.api("GET", "/api/v1/balance/limits")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
  });

  it("strikes a reproducible share of requests with probability", async () => {
    const run = async () => {
      const mock = createTestMock({ seed: "prob" });
      mock.pacspace.faults.inject({ route: "getLimits", status: 503, probability: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await mock.api("GET", "/api/v1/balance/limits")).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it("is driven over the control API too, with validation of the fault", async () => {
    const mock = createTestMock();
    const created = await mock.api("POST", "/__mock/faults", {
      apiKey: null,
      body: { route: "emitDelta", status: 503 },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({ faultId: "flt_1", remaining: null, when: "before" });
    expect((await emit(mock)).status).toBe(503);
    const listed = await mock.api("GET", "/__mock/faults", { apiKey: null });
    expect(listed.body.data.faults[0].hits).toBe(1);
    const removed = await mock.api("DELETE", "/__mock/faults/flt_1", { apiKey: null });
    expect(removed.body.data).toEqual({ removed: 1 });
    expect((await mock.api("DELETE", "/__mock/faults/flt_1", { apiKey: null })).status).toBe(404);
    expect((await emit(mock)).status).toBe(201);

    const invalid = await mock.api("POST", "/__mock/faults", {
      apiKey: null,
      body: { route: "", status: 418, networkError: false, times: 0, colour: "red" },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "/colour",
      "/networkError",
      "/route",
      "/status",
      "/times",
    ]);
    await mock.api("POST", "/__mock/faults", { apiKey: null, body: { route: "*", latencyMs: 1 } });
    expect((await mock.api("DELETE", "/__mock/faults", { apiKey: null })).body.data).toEqual({ removed: 1 });
  });

  it("throws a FaultInputError for a bad fault in code", () => {
    const mock = createTestMock();
    expect(() => mock.pacspace.faults.inject({ route: "emitDelta" })).toThrow(
      /status, networkError or latencyMs/,
    );
  });
});
