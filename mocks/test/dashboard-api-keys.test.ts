import { describe, expect, it } from "vitest";
import { dash, errorWithoutRequestId, onboard, PASSWORD } from "./support/dashboard.js";
import { type CallResult, createTestMock, type TestMock } from "./support/harness.js";

const HOUR = 3_600_000;
const emit = (customerId: string) => ({ customerId, delta: 5, reason: "usage" });

/** Records every answer's raw text, so a test can prove a secret appears in none but one. */
function recording(mock: TestMock) {
  const texts: string[] = [];
  const record = async (call: Promise<CallResult>) => {
    const result = await call;
    texts.push(
      `${result.status} ${[...result.headers].map(([k, v]) => `${k}: ${v}`).join("\n")}\n${result.text}`,
    );
    return result;
  };
  return {
    texts,
    dash: (...args: Parameters<typeof dash>) => record(dash(...args)),
    api: (...args: Parameters<TestMock["api"]>) => record(mock.api(...args)),
  };
}

describe("API keys", () => {
  it("shows the full key once; lists, details, errors and logs never contain the secret", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const logs: unknown[] = [];
    const spy = (...args: unknown[]) => logs.push(args);
    const original = { error: console.error, warn: console.warn, log: console.log };
    Object.assign(console, { error: spy, warn: spy, log: spy });
    const r = recording(mock);
    try {
      // the one answer that carries the secret is not recorded
      const created = await dash(mock, "POST", "/dashboard/api-keys", {
        token,
        body: { name: "Backend", environment: "test" },
      });
      expect(created.status).toBe(201);
      const key = created.body.data;
      expect(key.fullKey).toBe(`${key.publicKey}.${key.secretKey}`);
      expect(key).toMatchObject({ name: "Backend", environment: "test", active: true, status: "active" });
      expect(key.publicKey).toMatch(/^pk_test_/);
      expect(created.body.message).toMatch(/not shown again/);

      await r.dash(mock, "GET", "/dashboard/api-keys", { token });
      await r.dash(mock, "GET", `/dashboard/api-keys/${key.id}`, { token });
      await r.api("GET", "/api/v1/balance/limits", { apiKey: key.fullKey });
      await r.api("GET", "/api/v1/balance/limits", { apiKey: `${key.publicKey}.wrong` });
      await r.dash(mock, "PATCH", `/dashboard/api-keys/${key.id}`, { token, body: { active: false } });
      await r.api("GET", "/api/v1/balance/limits", { apiKey: key.fullKey });
      await r.dash(mock, "PATCH", `/dashboard/api-keys/${key.id}`, { token, body: { name: 7 } });
      await r.dash(mock, "DELETE", `/dashboard/api-keys/${key.id}`, { token });
      await r.api("GET", "/api/v1/balance/limits", { apiKey: key.fullKey });
      await r.dash(mock, "POST", `/dashboard/api-keys/${key.id}/rotate`, { token });
      await r.dash(mock, "GET", "/dashboard/api-keys?page=1&limit=5", { token });
      expect(r.texts).toHaveLength(11);
      expect(r.texts.join("\n")).toContain(key.publicKey);
      for (const text of r.texts) expect(text).not.toContain(key.secretKey);
      expect(JSON.stringify(mock.pacspace.inspect())).not.toContain(key.secretKey);
      expect(JSON.stringify(logs)).not.toContain(key.secretKey);
    } finally {
      Object.assign(console, original);
    }
  });

  it("answers {statusCode, data} as the current docs show; errors keep the error envelope", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    // https://docs.pacspace.io/dashboard-api/api-keys/: POST /dashboard/api-keys {name, environment}
    // → 201 {"statusCode": 201, "data": {id, name, environment, publicKey, secretKey, fullKey, createdAt, active}}
    const created = await dash(mock, "POST", "/dashboard/api-keys", {
      token,
      body: { name: "Production Backend", environment: "test" },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      statusCode: 201,
      data: { name: "Production Backend", active: true },
    });
    expect(created.body).not.toHaveProperty("success");
    // GET /dashboard/api-keys?page=1&limit=20 → {"statusCode": 200, "data": {items, total, page, limit}}
    const listed = await dash(mock, "GET", "/dashboard/api-keys?page=1&limit=20", { token });
    expect(listed.body).toMatchObject({ statusCode: 200, data: { total: 1, page: 1, limit: 20 } });
    const one = await dash(mock, "GET", `/dashboard/api-keys/${created.body.data.id}`, { token });
    expect(one.body).toMatchObject({ statusCode: 200, data: { id: created.body.data.id } });
    const missing = await dash(mock, "GET", "/dashboard/api-keys/key_unknown", { token });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    // the other dashboard routes keep {success: true, data}
    const me = await dash(mock, "GET", "/dashboard/auth/me", { token });
    expect(me.body).toMatchObject({ success: true });
  });

  it("lists keys newest first with page and limit, revoked ones included", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const ids: string[] = [];
    for (const name of ["one", "two", "three"]) {
      ids.push((await dash(mock, "POST", "/dashboard/api-keys", { token, body: { name } })).body.data.id);
    }
    await dash(mock, "DELETE", `/dashboard/api-keys/${ids[0]}`, { token });
    const page1 = await dash(mock, "GET", "/dashboard/api-keys?limit=2", { token });
    expect(page1.body.data).toMatchObject({ total: 3, page: 1, limit: 2, totalPages: 2 });
    expect(page1.body.data.items.map((key: { name: string }) => key.name)).toEqual(["three", "two"]);
    const page2 = await dash(mock, "GET", "/dashboard/api-keys?limit=2&page=2", { token });
    expect(page2.body.data.items).toMatchObject([{ name: "one", status: "revoked", active: false }]);
    for (const item of [...page1.body.data.items, ...page2.body.data.items]) {
      expect(Object.keys(item)).not.toContain("secretKey");
      expect(Object.keys(item)).not.toContain("fullKey");
    }
    expect((await dash(mock, "GET", "/dashboard/api-keys?limit=500", { token })).status).toBe(400);
  });

  it("disabling, enabling and revoking take effect on the very next Balance API call", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const key = (await dash(mock, "POST", "/dashboard/api-keys", { token, body: { name: "k" } })).body.data;
    const call = () =>
      mock.api("POST", "/api/v1/balance/delta", { apiKey: key.fullKey, body: emit("cust_a") });
    expect((await call()).status).toBe(201);

    await dash(mock, "PATCH", `/dashboard/api-keys/${key.id}`, { token, body: { active: false } });
    const disabled = await call();
    expect([disabled.status, disabled.body.error.code]).toEqual([401, "API_KEY_DISABLED"]);

    const enabled = await dash(mock, "PATCH", `/dashboard/api-keys/${key.id}`, {
      token,
      body: { active: true, name: "renamed" },
    });
    expect(enabled.body.data).toMatchObject({ active: true, status: "active", name: "renamed" });
    expect((await call()).status).toBe(201);

    const revoked = await dash(mock, "DELETE", `/dashboard/api-keys/${key.id}`, { token });
    expect(revoked.body.data).toMatchObject({
      status: "revoked",
      active: false,
      revokedAt: expect.any(String),
    });
    const after = await call();
    expect([after.status, after.body.error.code]).toEqual([401, "INVALID_API_KEY"]);

    const reenable = await dash(mock, "PATCH", `/dashboard/api-keys/${key.id}`, {
      token,
      body: { active: true },
    });
    expect([reenable.status, reenable.body.error.code]).toEqual([409, "CONFLICT"]);
    expect((await dash(mock, "POST", `/dashboard/api-keys/${key.id}/rotate`, { token })).status).toBe(409);
    expect((await dash(mock, "DELETE", `/dashboard/api-keys/${key.id}`, { token })).status).toBe(200);
  });

  it("after a rotation the old secret works inside the overlap and fails once the clock passes it", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const key = (await dash(mock, "POST", "/dashboard/api-keys", { token, body: { name: "k" } })).body.data;
    const rotated = await dash(mock, "POST", `/dashboard/api-keys/${key.id}/rotate`, { token });
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.data;
    expect(fresh).toMatchObject({ id: key.id, publicKey: key.publicKey });
    expect(fresh.secretKey).not.toBe(key.secretKey);
    expect(fresh.previousSecretValidUntil).toBe(
      new Date(mock.pacspace.clock.now() + 24 * HOUR).toISOString(),
    );
    const limits = (apiKey: string) => mock.api("GET", "/api/v1/balance/limits", { apiKey });

    expect((await limits(key.fullKey)).status).toBe(200);
    expect((await limits(fresh.fullKey)).status).toBe(200);
    mock.pacspace.clock.advance(24 * HOUR - 1);
    expect((await limits(key.fullKey)).status).toBe(200);
    mock.pacspace.clock.advance(1);
    const old = await limits(key.fullKey);
    expect([old.status, old.body.error.code]).toEqual([401, "INVALID_API_KEY"]);
    expect((await limits(fresh.fullKey)).status).toBe(200);
    // (the 12-hour session has ended meanwhile: log in again)
    const again = await dash(mock, "POST", "/dashboard/auth/login", {
      body: { email: "jane@acme.example", password: PASSWORD },
    });
    const shown = await dash(mock, "GET", `/dashboard/api-keys/${key.id}`, { token: again.body.data.token });
    expect(shown.body.data.previousSecretValidUntil).toBeNull();
  });

  it("revoking during an overlap kills the old secret too", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const key = (await dash(mock, "POST", "/dashboard/api-keys", { token, body: { name: "k" } })).body.data;
    await dash(mock, "POST", `/dashboard/api-keys/${key.id}/rotate`, { token });
    await dash(mock, "DELETE", `/dashboard/api-keys/${key.id}`, { token });
    expect((await mock.api("GET", "/api/v1/balance/limits", { apiKey: key.fullKey })).status).toBe(401);
  });

  it("live keys: 403 on the Free plan, 409 until production is provisioned, then 201", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const live = () =>
      dash(mock, "POST", "/dashboard/api-keys", { token, body: { name: "prod", environment: "live" } });
    const free = await live();
    expect([free.status, free.body.error.code]).toEqual([403, "FORBIDDEN"]);
    await dash(mock, "PATCH", "/dashboard/billing/plan", { token, body: { tier: "pilot" } });
    const notYet = await live();
    expect([notYet.status, notYet.body.error.code]).toEqual([409, "CONFLICT"]);
    await dash(mock, "POST", "/dashboard/environments/provision", {
      token,
      body: { environment: "production" },
    });
    const created = await live();
    expect(created.status).toBe(201);
    expect(created.body.data.publicKey).toMatch(/^pk_live_/);
    const write = await mock.api("POST", "/api/v1/balance/delta", {
      apiKey: created.body.data.fullKey,
      body: emit("cust_live"),
    });
    expect(write.status).toBe(201);
  });

  it("one tenant can neither read nor change another's keys, nor learn that they exist", async () => {
    const mock = createTestMock();
    const acme = await onboard(mock, "jane@acme.example", "Acme");
    const globex = await onboard(mock, "hank@globex.example", "Globex");
    const key = (
      await dash(mock, "POST", "/dashboard/api-keys", { token: acme.token, body: { name: "acme" } })
    ).body.data;
    const snapshot = mock.pacspace.snapshot();
    for (const [method, suffix, body] of [
      ["GET", "", undefined],
      ["PATCH", "", { active: false }],
      ["POST", "/rotate", undefined],
      ["DELETE", "", undefined],
    ] as const) {
      const foreign = await dash(mock, method, `/dashboard/api-keys/${key.id}${suffix}`, {
        token: globex.token,
        body,
      });
      const never = await dash(mock, method, `/dashboard/api-keys/key_doesnotexist${suffix}`, {
        token: globex.token,
        body,
      });
      expect([foreign.status, foreign.body.error.code], `${method} ${suffix}`).toEqual([404, "NOT_FOUND"]);
      expect(errorWithoutRequestId(foreign)).toEqual(errorWithoutRequestId(never));
    }
    expect(mock.pacspace.snapshot()).toBe(snapshot);
    expect((await dash(mock, "GET", "/dashboard/api-keys", { token: globex.token })).body.data.items).toEqual(
      [],
    );
    expect((await mock.api("GET", "/api/v1/balance/limits", { apiKey: key.fullKey })).status).toBe(200);
  });
});
