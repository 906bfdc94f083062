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

  it("sets the clock to a time (ISO or epoch ms), settling what came due", async () => {
    const { api } = createTestMock({ verification: "delay:1000" });
    const emitted = await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "c", delta: 1, reason: "r" },
    });
    const set = await api("POST", "/__mock/clock/set", {
      ...control,
      body: { time: "2026-04-15T12:00:05.000Z" },
    });
    expect(set.body.data).toEqual({
      now: "2026-04-15T12:00:05.000Z",
      epochMs: T0 + 5000,
      verification: { verified: 1, failed: 0, processing: 0, checkpointsVerified: 0 },
    });
    const status = await api("GET", `/api/v1/balance/delta/${emitted.body.data.recordId}`);
    expect(status.body.data.status).toBe("VERIFIED");
    const byMs = await api("POST", "/__mock/clock/set", { ...control, body: { time: Date.UTC(2026, 4, 1) } });
    expect(byMs.body.data.now).toBe("2026-05-01T00:00:00.000Z");
    const back = await api("POST", "/__mock/clock/set", { ...control, body: { time: T0 } });
    expect(back.body.data.epochMs).toBe(T0);
    for (const time of [undefined, "tomorrow", "2026-04-15", -1, 1.5]) {
      const bad = await api("POST", "/__mock/clock/set", { ...control, body: { time } });
      expect([bad.status, bad.body.error.details[0].path]).toEqual([400, "/time"]);
    }
    const extra = await api("POST", "/__mock/clock/set", { ...control, body: { time: T0, ms: 1 } });
    expect(extra.body.error.details).toEqual([{ path: "/ms", message: "is not an accepted field" }]);
  });

  it("creates a tenant with its plan and chosen keys in both environments", async () => {
    const { api } = createTestMock();
    const created = await api("POST", "/__mock/tenants", {
      ...control,
      body: {
        tenantId: "ten_initech",
        name: "Initech",
        plan: "growth",
        includedDeltas: 5000,
        apiKeys: [
          { apiKey: "pk_test_initech.sandbox_secret" },
          { environment: "live", name: "Production", apiKey: "pk_live_initechlive.live_secret" },
          { environment: "test", name: "CI" },
        ],
      },
    });
    expect(created.status).toBe(201);
    const data = created.body.data;
    expect(data.tenant).toMatchObject({ tenantId: "ten_initech", plan: "growth", includedDeltas: 5000 });
    expect(data.apiKey).toBe("pk_test_initech.sandbox_secret");
    expect(data.keyId).toBe(data.apiKeys[0].keyId);
    expect(
      data.apiKeys.map((key: { environment: string; name: string }) => [key.environment, key.name]),
    ).toEqual([
      ["test", "test key"],
      ["live", "Production"],
      ["test", "CI"],
    ]);
    expect(data.apiKeys[2].apiKey).toMatch(/^pk_test_[A-Za-z0-9]+\..+$/);
    const sandbox = await api("GET", "/api/v1/balance/usage", { apiKey: data.apiKeys[0].apiKey });
    expect(sandbox.body.data.plan).toBe("growth");
    await api("POST", "/api/v1/balance/delta", {
      apiKey: data.apiKeys[1].apiKey,
      body: { customerId: "c", delta: 2, reason: "prod" },
    });
    const live = await api("GET", "/api/v1/balance/derive/c", { apiKey: data.apiKeys[1].apiKey });
    expect(live.body.data.computedBalance).toBe(2);
    const test = await api("GET", "/api/v1/balance/derive/c", { apiKey: data.apiKeys[2].apiKey });
    expect(test.body.error.code).toBe("CUSTOMER_NOT_FOUND");
    const single = await api("POST", "/__mock/tenants", {
      ...control,
      body: { plan: "scale", environment: "live", keyName: "prod", apiKey: "pk_live_single.s3cret" },
    });
    expect(single.body.data.apiKeys).toEqual([
      { keyId: single.body.data.keyId, name: "prod", environment: "live", apiKey: "pk_live_single.s3cret" },
    ]);
  });

  it("refuses a tenant whose keys cannot be created, and then creates nothing", async () => {
    const { api, pacspace } = createTestMock();
    const before = pacspace.snapshot();
    const refusals: Array<[unknown, number, string]> = [
      [{ plan: "free", apiKeys: [{}, { environment: "live" }] }, 403, "FORBIDDEN"],
      [{ apiKeys: [{ apiKey: "pk_test_twice.a" }, { apiKey: "pk_test_twice.b" }] }, 409, "CONFLICT"],
      [{ apiKey: pacspace.apiKey }, 409, "CONFLICT"],
      [{ tenantId: pacspace.defaultTenant?.tenantId }, 409, "CONFLICT"],
      [{ apiKeys: [{ environment: "live", apiKey: "pk_test_mismatch.s" }] }, 400, "VALIDATION_ERROR"],
      [{ apiKeys: [{ apiKey: "sk_nope" }] }, 400, "VALIDATION_ERROR"],
      [{ apiKeys: [] }, 400, "VALIDATION_ERROR"],
      [{ apiKeys: [{ secret: "x" }] }, 400, "VALIDATION_ERROR"],
      [{ environment: "test", apiKeys: [{}] }, 400, "VALIDATION_ERROR"],
      [{ includedDeltas: -1 }, 400, "VALIDATION_ERROR"],
    ];
    for (const [body, status, code] of refusals) {
      const refused = await api("POST", "/__mock/tenants", { ...control, body });
      expect([refused.status, refused.body.error.code], JSON.stringify(body)).toEqual([status, code]);
      expect(pacspace.snapshot(), JSON.stringify(body)).toBe(before);
    }
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
  it("takes a tenant environment's contract down and up again (writes answer 412 meanwhile)", async () => {
    const { api, pacspace } = createTestMock();
    const emit = () =>
      api("POST", "/api/v1/balance/delta", { body: { customerId: "c", delta: 1, reason: "r" } });
    const down = await api("POST", "/__mock/contracts", { ...control, body: { deployed: false } });
    expect(down.status).toBe(200);
    expect(down.body.data).toEqual({
      tenantId: pacspace.defaultTenant?.tenantId,
      environment: "test",
      deployed: false,
    });
    const before = pacspace.snapshot();
    const refused = await emit();
    expect(refused.status).toBe(412);
    expect(refused.body.error.code).toBe("CONTRACT_NOT_DEPLOYED");
    expect(pacspace.snapshot()).toBe(before);
    // the live contract is another one
    const live = await api("POST", "/__mock/contracts", {
      ...control,
      body: { environment: "live", deployed: true },
    });
    expect(live.body.data.environment).toBe("live");
    expect((await emit()).status).toBe(412);
    await api("POST", "/__mock/contracts", { ...control, body: { deployed: true } });
    expect((await emit()).status).toBe(201);

    const bad = await api("POST", "/__mock/contracts", {
      ...control,
      body: { environment: "prod", deployed: "no", extra: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((issue: { path: string }) => issue.path).sort()).toEqual(["/extra"]);
    const invalid = await api("POST", "/__mock/contracts", {
      ...control,
      body: { environment: "prod", deployed: "no" },
    });
    expect(invalid.body.error.details.map((issue: { path: string }) => issue.path).sort()).toEqual([
      "/deployed",
      "/environment",
    ]);
    const unknown = await api("POST", "/__mock/contracts", {
      ...control,
      body: { tenantId: "ten_nobody", deployed: false },
    });
    expect(unknown.status).toBe(404);
  });
});

describe("/__mock access in process (MSW)", () => {
  it("needs no token unless one is set, then refuses every call without it", async () => {
    expect((await createTestMock().api("GET", "/__mock/clock", control)).status).toBe(200);
    const controlToken = "in-process-control-token";
    const { api } = createTestMock({ controlToken });
    const refused = await api("POST", "/__mock/reset", control);
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe("UNAUTHENTICATED");
    const headers = { "X-PacSpace-Mock-Token": controlToken };
    expect((await api("POST", "/__mock/reset", { ...control, headers })).status).toBe(200);
    const plain = await api("POST", "/__mock/clock/advance", {
      ...control,
      headers: { ...headers, "Content-Type": "text/plain" },
      body: '{"ms":1}',
    });
    expect(plain.status).toBe(415);
  });

  it("accepts webhook receivers on any loopback port: an in-process mock has no address of its own", async () => {
    const { pacspace } = createTestMock();
    const tenantId = pacspace.defaultTenant?.tenantId as string;
    for (const url of ["http://127.0.0.1:4010/__mock/reset", "http://localhost:80/hooks"]) {
      expect(pacspace.webhooks.createEndpoint(tenantId, { url }).url).toBe(url);
    }
  });
});
