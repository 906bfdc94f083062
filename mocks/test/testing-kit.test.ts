import { InternalServerError, PacSpace } from "@pacspace/sdk";
import { describe, expect, it } from "vitest";
import { monthOfUsage, parseFixture, ScenarioError, setupPacSpace } from "../src/testing/index.js";

// The kit as a frontend project uses it: one setupPacSpace() per file, the SDK pointed at
// the default base URL, a fixture re-loaded after every test.

const APRIL = monthOfUsage({ customerId: "cust_acme", period: "2026-04" });
// 1000 opening credit minus the default daily usage over April's 30 days.
const APRIL_CLOSING_BALANCE = 545;

const pacspace = setupPacSpace({
  fixture: {
    now: "2026-05-03T10:00:00.000Z",
    customers: [{ customerId: "cust_acme", displayName: "Acme" }],
    deltas: APRIL,
    checkpoints: [{ customerId: "cust_acme", period: "2026-04" }],
  },
});

const client = (options: { maxRetries?: number; apiKey?: string } = {}) =>
  new PacSpace({ apiKey: options.apiKey ?? pacspace.apiKey, maxRetries: options.maxRetries ?? 2 });

describe("fixture", () => {
  it("loads a month of deltas and an anchored checkpoint into the default tenant", async () => {
    expect(APRIL).toHaveLength(31);
    pacspace.expectDeltas("cust_acme").toHaveLength(31);
    pacspace.expectBalance("cust_acme").toBe(APRIL_CLOSING_BALANCE);
    const [checkpoint] = pacspace.seeded.checkpoints;
    expect(checkpoint).toMatchObject({ status: "VERIFIED", deltaCount: 31, closingBalance: 545 });

    const customer = await client().balance.customer("cust_acme");
    expect(customer.computedBalance).toBe(APRIL_CLOSING_BALANCE);
    expect(customer.latestCheckpoint).toBe(checkpoint?.checkpointId);
    const april = await client().balance.deriveForPeriod("cust_acme", "2026-04");
    expect(april.deltasCount).toBe(31);
  });

  it("parses a JSON fixture, seeds it mid-test and reports the tenants it created", async () => {
    const fixture = parseFixture(
      JSON.parse(`{
        "tenants": [{ "tenantId": "ten_other", "apiKeys": [{}],
                      "deltas": [{ "customerId": "cust_b", "delta": 7, "reason": "Top-up" }] }]
      }`),
    );
    const seeded = pacspace.seed(fixture);
    expect(seeded.tenants).toEqual([
      { tenantId: "ten_other", apiKeys: [expect.stringMatching(/^pk_test_/)] },
    ]);
    expect(pacspace.balanceOf("cust_b", { tenantId: "ten_other" })).toBe(7);
    expect(pacspace.balanceOf("cust_b")).toBe(0);
    const other = client({ apiKey: seeded.tenants[0]?.apiKeys[0] as string });
    expect((await other.balance.customer("cust_b")).computedBalance).toBe(7);
  });

  it("names the bad entry of a fixture", () => {
    expect(() => parseFixture({ delta: [] })).toThrow(ScenarioError);
    expect(() => pacspace.seed({ deltas: [{ customerId: "cust_acme", delta: 0, reason: "zero" }] })).toThrow(
      /deltas\[0\].*VALIDATION_ERROR/,
    );
  });
});

describe("isolation between tests", () => {
  it("a test changes the backend…", async () => {
    await client().balance.emit("cust_acme", -45, "Extra usage");
    pacspace.expectBalance("cust_acme").toBe(500);
    pacspace.use(
      pacspace.http.get("/api/v1/balance/limits", ({ response }) =>
        response("5XX").json(
          { success: false, error: { code: "SERVICE_UNAVAILABLE", message: "down", requestId: "req_down" } },
          { status: 503, headers: { "Retry-After": "0" } },
        ),
      ),
    );
  });

  it("…and the next one starts from the fixture again, without the overrides", async () => {
    pacspace.expectDeltas("cust_acme").toHaveLength(31);
    pacspace.expectBalance("cust_acme").toBe(APRIL_CLOSING_BALANCE);
    await expect(client().balance.limits()).resolves.toBeTruthy();
  });
});

describe("one-off failures", () => {
  it("failNext fails as many attempts as asked; the client's retries see each one", async () => {
    pacspace.failNext("emitDelta", { status: 503, times: 3 });
    await expect(client().balance.emit("cust_acme", -1, "usage")).rejects.toBeInstanceOf(InternalServerError);
    pacspace.expectDeltas("cust_acme").toHaveLength(31);

    const { attempts } = await client().balance.emit("cust_acme", -1, "usage").withResponse();
    expect(attempts).toBe(1);
    pacspace.expectDeltas("cust_acme").toHaveLength(32);
  });

  it("a single failure is absorbed by the client's retry", async () => {
    pacspace.failNext("POST /api/v1/balance/delta");
    const { attempts } = await client().balance.emit("cust_acme", -2, "usage").withResponse();
    expect(attempts).toBe(2);
    pacspace.expectBalance("cust_acme").toBe(APRIL_CLOSING_BALANCE - 2);
  });

  it("typed overrides answer in the spec's shapes", async () => {
    pacspace.use(
      pacspace.http.get("/api/v1/balance/customers/{customerId}", ({ response }) =>
        response("5XX").json(
          { success: false, error: { code: "INTERNAL_ERROR", message: "boom", requestId: "req_override" } },
          { status: 500 },
        ),
      ),
    );
    await expect(client({ maxRetries: 0 }).balance.customer("cust_acme")).rejects.toMatchObject({
      status: 500,
      requestId: "req_override",
    });
  });

  it("delayNext holds one request", async () => {
    pacspace.delayNext("getLimits", 150);
    const started = performance.now();
    await client().balance.limits();
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    const again = performance.now();
    await client().balance.limits();
    expect(performance.now() - again).toBeLessThan(140);
  });

  it("requests nothing handles fail instead of reaching the network", async () => {
    await expect(fetch("http://unmocked.invalid/")).rejects.toThrow();
  });
});
