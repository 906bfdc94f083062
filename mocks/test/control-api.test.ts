import { describe, expect, it } from "vitest";
import { createTestMock, T0 } from "./support/harness.js";

const control = { apiKey: null };

describe("/__mock control API", () => {
  it("reads and advances the clock", async () => {
    const { api } = createTestMock();
    expect((await api("GET", "/__mock/clock", control)).body.data).toEqual({
      now: "2026-04-15T12:00:00.000Z",
      epochMs: T0,
    });
    const advanced = await api("POST", "/__mock/clock/advance", { ...control, body: { ms: 60_000 } });
    expect(advanced.body.data).toMatchObject({ now: "2026-04-15T12:01:00.000Z", epochMs: T0 + 60_000 });
    const bad = await api("POST", "/__mock/clock/advance", { ...control, body: { ms: -1 } });
    expect(bad.body.error.details).toEqual([
      { path: "/ms", message: "is required: a number of milliseconds ≥ 0" },
    ]);
    const unknown = await api("POST", "/__mock/clock/advance", { ...control, body: { ms: 1, by: 2 } });
    expect(unknown.body.error.details).toEqual([{ path: "/by", message: "is not an accepted field" }]);
  });

  it("creates tenants whose keys work right away", async () => {
    const { api } = createTestMock();
    const created = await api("POST", "/__mock/tenants", {
      ...control,
      body: { name: "Initech", plan: "free" },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.tenant).toMatchObject({ name: "Initech", plan: "free" });
    const usage = await api("GET", "/api/v1/balance/usage", { apiKey: created.body.data.apiKey });
    expect(usage.body.data.plan).toBe("free");
    const live = await api("POST", "/__mock/tenants", {
      ...control,
      body: { plan: "free", environment: "live" },
    });
    expect([live.status, live.body.error.code]).toEqual([403, "FORBIDDEN"]);
    const invalid = await api("POST", "/__mock/tenants", { ...control, body: { plan: "platinum" } });
    expect(invalid.status).toBe(400);
    const malformed = await api("POST", "/__mock/tenants", { ...control, body: "{oops" });
    expect(malformed.body.error.code).toBe("VALIDATION_ERROR");
  });

  it("snapshots state: a rejected request leaves the digest unchanged, a write changes it", async () => {
    const { api } = createTestMock();
    const before = (await api("GET", "/__mock/snapshot", control)).body.data;
    expect(before).toMatchObject({ tenants: 1, deltas: 0, inFlight: 0 });
    await api("POST", "/api/v1/balance/delta", { body: { customerId: "c", delta: 0, reason: "r" } });
    expect((await api("GET", "/__mock/snapshot", control)).body.data.digest).toBe(before.digest);
    await api("POST", "/api/v1/balance/delta", { body: { customerId: "c", delta: 1, reason: "r" } });
    const after = (await api("GET", "/__mock/snapshot", control)).body.data;
    expect(after.digest).not.toBe(before.digest);
    expect(after.deltas).toBe(1);
  });

  it("resets everything to the seeded start", async () => {
    const { api, pacspace } = createTestMock();
    const start = (await api("GET", "/__mock/snapshot", control)).body.data.digest;
    await api("POST", "/api/v1/balance/delta", { body: { customerId: "c", delta: 1, reason: "r" } });
    await api("POST", "/__mock/clock/advance", { ...control, body: { ms: 5000 } });
    await api("POST", "/__mock/faults", { ...control, body: { route: "*", status: 500 } });
    const reset = await api("POST", "/__mock/reset", control);
    expect(reset.body.data.snapshot).toBe(start);
    expect(pacspace.clock.now()).toBe(T0);
    expect(pacspace.faults.list()).toEqual([]);
    expect((await api("GET", "/api/v1/balance/usage")).status).toBe(200);
  });

  it("validates forced failures", async () => {
    const { api } = createTestMock();
    const empty = await api("POST", "/__mock/deltas/fail", { ...control, body: {} });
    expect(empty.status).toBe(400);
    const badError = await api("POST", "/__mock/deltas/fail", {
      ...control,
      body: { customerIds: ["c"], error: { code: "NOPE", message: "m" } },
    });
    expect(badError.body.error.details[0].path).toBe("/error/code");
    const ok = await api("POST", "/__mock/deltas/fail", {
      ...control,
      body: { customerIds: ["c"], error: { code: "SERVICE_UNAVAILABLE", message: "anchor down" } },
    });
    expect(ok.body.data).toEqual({
      customerIds: ["c"],
      error: { code: "SERVICE_UNAVAILABLE", message: "anchor down" },
    });
  });

  it("can be left out with controlApi: false", async () => {
    const { api } = createTestMock({ controlApi: false });
    await expect(api("POST", "/__mock/reset", control)).rejects.toThrow();
  });
});
