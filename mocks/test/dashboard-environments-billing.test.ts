import { describe, expect, it } from "vitest";
import { dash, onboard } from "./support/dashboard.js";
import { createTestMock, T0 } from "./support/harness.js";

const emit = (customerId: string, referenceId?: string) => ({
  customerId,
  delta: 1,
  reason: "usage",
  ...(referenceId ? { referenceId } : {}),
});

describe("environments", () => {
  it("a new account has an active sandbox and no production", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const status = await dash(mock, "GET", "/dashboard/environments/environment-status", { token });
    expect(status.body.data).toEqual({ sandbox: { status: "active" }, production: { status: "none" } });
    const list = await dash(mock, "GET", "/dashboard/environments", { token });
    expect(list.body.data.environments).toMatchObject([
      { environment: "sandbox", keyEnvironment: "test", status: "active" },
      {
        environment: "production",
        keyEnvironment: "live",
        status: "none",
        requestedAt: null,
        activatedAt: null,
      },
    ]);
  });

  it("activation takes time on the mock clock; keys wait for it; provisioning is idempotent", async () => {
    const mock = createTestMock({ dashboard: { environmentActivationMs: 30_000 } });
    const { token } = await onboard(mock, "jane@acme.example");
    const status = () => dash(mock, "GET", "/dashboard/environments/environment-status", { token });
    expect((await status()).body.data.sandbox.status).toBe("activating");
    const early = await dash(mock, "POST", "/dashboard/api-keys", { token, body: { name: "k" } });
    expect([early.status, early.body.error.code]).toEqual([409, "CONFLICT"]);

    const first = await dash(mock, "POST", "/dashboard/environments/provision", {
      token,
      body: { environment: "sandbox" },
    });
    mock.pacspace.clock.advance(10_000);
    const second = await dash(mock, "POST", "/dashboard/environments/provision", {
      token,
      body: { environment: "sandbox" },
    });
    expect(second.body.data).toEqual(first.body.data);
    expect(second.body.data).toMatchObject({
      status: "activating",
      activatedAt: new Date(T0 + 30_000).toISOString(),
    });

    mock.pacspace.clock.advance(20_000);
    expect((await status()).body.data.sandbox.status).toBe("active");
    expect((await dash(mock, "POST", "/dashboard/api-keys", { token, body: { name: "k" } })).status).toBe(
      201,
    );
    const snapshot = mock.pacspace.snapshot();
    const again = await dash(mock, "POST", "/dashboard/environments/provision", {
      token,
      body: { environment: "sandbox" },
    });
    expect(again.body.data.status).toBe("active");
    expect(mock.pacspace.snapshot()).toBe(snapshot);
  });

  it("production needs a paid plan; a failed activation can be provisioned again", async () => {
    const mock = createTestMock({ dashboard: { environmentActivationMs: 5_000 } });
    const account = await onboard(mock, "jane@acme.example");
    const { token } = account;
    const provision = () =>
      dash(mock, "POST", "/dashboard/environments/provision", { token, body: { environment: "production" } });
    const free = await provision();
    expect([free.status, free.body.error.code]).toEqual([403, "FORBIDDEN"]);
    await dash(mock, "PATCH", "/dashboard/billing/plan", { token, body: { tier: "starter" } });
    expect((await provision()).body.data.status).toBe("activating");
    mock.pacspace.ledger.failEnvironmentActivation(account.tenantId, "production");
    const failed = await dash(mock, "GET", "/dashboard/environments/environment-status", { token });
    expect(failed.body.data.production.status).toBe("failed");
    expect((await provision()).body.data.status).toBe("activating");
    mock.pacspace.clock.advance(5_000);
    expect((await provision()).body.data.status).toBe("active");
  });

  it("rejects an unknown environment with 400", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const bad = await dash(mock, "POST", "/dashboard/environments/provision", {
      token,
      body: { environment: "staging" },
    });
    expect([bad.status, bad.body.error.details[0].path]).toEqual([400, "/environment"]);
  });
});

describe("billing", () => {
  it("reports the plan's terms and the end of the calendar-month period", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const plan = await dash(mock, "GET", "/dashboard/billing/plan", { token });
    // https://docs.pacspace.io/dashboard-api/billing/ answers {statusCode: 200, data: {tier, monthlyAllotment,
    // planPriceUsd, overagePriceUsd, stripeSubscriptionId, cancelAtPeriodEnd, stripeCurrentPeriodEnd}}
    expect(plan.body).toEqual({
      statusCode: 200,
      data: {
        tier: "free",
        monthlyAllotment: 100,
        planPriceUsd: 0,
        overagePriceUsd: 0,
        stripeSubscriptionId: null,
        cancelAtPeriodEnd: false,
        stripeCurrentPeriodEnd: "2026-05-01T00:00:00.000Z",
        currentPeriodEnd: "2026-05-01T00:00:00.000Z",
      },
    });
    const changed = await dash(mock, "PATCH", "/dashboard/billing/plan", { token, body: { tier: "growth" } });
    expect(changed.body).toMatchObject({
      statusCode: 200,
      data: {
        tier: "growth",
        monthlyAllotment: 500_000,
        planPriceUsd: 8000,
        overagePriceUsd: 0.01,
        stripeSubscriptionId: expect.stringMatching(/^sub_[0-9a-f]{24}$/),
      },
    });
    const again = await dash(mock, "GET", "/dashboard/billing/plan", { token });
    expect(again.body.data.stripeSubscriptionId).toBe(changed.body.data.stripeSubscriptionId);
    const usage = await dash(mock, "GET", "/dashboard/billing/usage", { token });
    expect(usage.body).toMatchObject({ statusCode: 200, data: { period: "2026-04" } });
    expect(usage.body).not.toHaveProperty("success");
    const bad = await dash(mock, "PATCH", "/dashboard/billing/plan", { token, body: { tier: "platinum" } });
    expect(bad.status).toBe(400);
  });

  it("counts verified deltas only, and the Free plan's 100 lifetime deltas are a hard cap (402)", async () => {
    const mock = createTestMock({ verification: "manual" });
    const { token } = await onboard(mock, "jane@acme.example");
    const key = (await dash(mock, "POST", "/dashboard/api-keys", { token, body: { name: "k" } })).body.data
      .fullKey;
    const batch = (from: number, count: number) => ({
      deltas: Array.from({ length: count }, (_, i) => emit(`cust_${(from + i) % 3}`, `ref-${from + i}`)),
    });
    expect(
      (await mock.api("POST", "/api/v1/balance/delta/batch", { apiKey: key, body: batch(0, 60) })).status,
    ).toBe(201);
    const usage = () => dash(mock, "GET", "/dashboard/billing/usage", { token });
    expect((await usage()).body.data).toMatchObject({
      period: "2026-04",
      consumedDeltas: 0,
      remainingDeltas: 100,
    });
    mock.pacspace.verifyPending();
    expect((await usage()).body.data).toEqual({
      period: "2026-04",
      consumedDeltas: 60,
      includedDeltas: 100,
      remainingDeltas: 40,
      overageCount: 0,
      overageChargesUsd: 0,
    });
    expect(
      (await mock.api("POST", "/api/v1/balance/delta/batch", { apiKey: key, body: batch(60, 40) })).status,
    ).toBe(201);
    mock.pacspace.verifyPending();
    const capped = await mock.api("POST", "/api/v1/balance/delta", { apiKey: key, body: emit("cust_0") });
    expect([capped.status, capped.body.error.code]).toEqual([402, "PLAN_LIMIT_REACHED"]);
    expect((await usage()).body.data).toMatchObject({
      consumedDeltas: 100,
      remainingDeltas: 0,
      overageCount: 0,
    });
    // reads stay free
    expect((await mock.api("GET", "/api/v1/balance/derive/cust_0", { apiKey: key })).status).toBe(200);
    // a paid plan lifts the cap
    await dash(mock, "PATCH", "/dashboard/billing/plan", { token, body: { tier: "pilot" } });
    expect(
      (await mock.api("POST", "/api/v1/balance/delta", { apiKey: key, body: emit("cust_0") })).status,
    ).toBe(201);
  });

  it("bills overage beyond a paid plan's monthly allotment, per period", async () => {
    const mock = createTestMock();
    const { token, tenantId } = await onboard(mock, "jane@acme.example");
    await dash(mock, "PATCH", "/dashboard/billing/plan", { token, body: { tier: "pilot" } });
    mock.pacspace.ledger.updateTenant(tenantId, { includedDeltas: 5 });
    const key = (await dash(mock, "POST", "/dashboard/api-keys", { token, body: { name: "k" } })).body.data
      .fullKey;
    const body = { deltas: Array.from({ length: 8 }, (_, i) => emit("cust_a", `r${i}`)) };
    expect((await mock.api("POST", "/api/v1/balance/delta/batch", { apiKey: key, body })).status).toBe(201);
    const april = await dash(mock, "GET", "/dashboard/billing/usage?period=2026-04", { token });
    expect(april.body.data).toEqual({
      period: "2026-04",
      consumedDeltas: 8,
      includedDeltas: 5,
      remainingDeltas: 0,
      overageCount: 3,
      overageChargesUsd: 0.06,
    });
    const march = await dash(mock, "GET", "/dashboard/billing/usage?period=2026-03", { token });
    expect(march.body.data).toMatchObject({ consumedDeltas: 0, overageCount: 0 });
    const future = await dash(mock, "GET", "/dashboard/billing/usage?period=2026-05", { token });
    expect([future.status, future.body.error.code]).toEqual([400, "VALIDATION_ERROR"]);
    expect((await dash(mock, "GET", "/dashboard/billing/usage?period=April", { token })).status).toBe(400);
  });

  it("moving to Free takes production down: live keys are refused", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    await dash(mock, "PATCH", "/dashboard/billing/plan", { token, body: { tier: "scale" } });
    await dash(mock, "POST", "/dashboard/environments/provision", {
      token,
      body: { environment: "production" },
    });
    const live = (
      await dash(mock, "POST", "/dashboard/api-keys", { token, body: { name: "p", environment: "live" } })
    ).body.data;
    await dash(mock, "PATCH", "/dashboard/billing/plan", { token, body: { tier: "free" } });
    const status = await dash(mock, "GET", "/dashboard/environments/environment-status", { token });
    expect(status.body.data.production.status).toBe("none");
    const refused = await mock.api("GET", "/api/v1/balance/limits", { apiKey: live.fullKey });
    expect([refused.status, refused.body.error.code]).toEqual([403, "FORBIDDEN"]);
  });

  it("one tenant's usage and plan are its own", async () => {
    const mock = createTestMock();
    const acme = await onboard(mock, "jane@acme.example", "Acme");
    const globex = await onboard(mock, "hank@globex.example", "Globex");
    const key = (await dash(mock, "POST", "/dashboard/api-keys", { token: acme.token, body: { name: "k" } }))
      .body.data.fullKey;
    await mock.api("POST", "/api/v1/balance/delta", { apiKey: key, body: emit("cust_a") });
    await dash(mock, "PATCH", "/dashboard/billing/plan", { token: acme.token, body: { tier: "growth" } });
    const theirs = await dash(mock, "GET", "/dashboard/billing/usage", { token: globex.token });
    expect(theirs.body.data.consumedDeltas).toBe(0);
    expect((await dash(mock, "GET", "/dashboard/billing/plan", { token: globex.token })).body.data.tier).toBe(
      "free",
    );
    expect(
      (await dash(mock, "GET", "/dashboard/billing/usage", { token: acme.token })).body.data.consumedDeltas,
    ).toBe(1);
  });
});
