import { describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../src/index.js";
import { createTestMock } from "./support/harness.js";

const scenario: Scenario = {
  defaultTenant: { apiKey: "pk_test_defaultdemo.s3cret" },
  tenants: [
    {
      tenantId: "ten_acme",
      name: "Acme",
      plan: "growth",
      apiKeys: [{ apiKey: "pk_test_acmeci.acme-secret" }, { environment: "live", name: "prod" }],
      customers: [{ customerId: "cust_1", displayName: "First customer" }],
      deltas: [
        { customerId: "cust_1", delta: 100, reason: "opening", at: "2026-03-10T09:00:00.000Z" },
        { customerId: "cust_1", delta: -30, reason: "usage", at: "2026-04-02T09:00:00.000Z" },
        {
          customerId: "cust_1",
          delta: -5,
          reason: "bad",
          status: "FAILED",
          error: { code: "INTERNAL_ERROR", message: "x" },
        },
        { customerId: "cust_1", delta: 7, reason: "pending", status: "QUEUED" },
      ],
    },
  ],
};

describe("seed scenarios", () => {
  it("loads tenants, fixed keys, customers and deltas with their times and statuses", async () => {
    const { api, pacspace } = createTestMock({ scenario, verification: "manual" });
    expect(pacspace.apiKey).toBe("pk_test_defaultdemo.s3cret");
    const acme = { apiKey: "pk_test_acmeci.acme-secret" };
    const customer = await api("GET", "/api/v1/balance/customers/cust_1?deltaLimit=10", acme);
    const items = customer.body.data.recentActivity.items as Array<{ status: string; createdAt: string }>;
    expect(items.map((item) => item.status)).toEqual(["QUEUED", "FAILED", "VERIFIED", "VERIFIED"]);
    expect(items.map((item) => item.createdAt)).toEqual([
      "2026-04-15T12:00:00.000Z",
      "2026-04-15T12:00:00.000Z",
      "2026-04-02T09:00:00.000Z",
      "2026-03-10T09:00:00.000Z",
    ]);
    const march = await api("GET", "/api/v1/balance/derive/cust_1?period=2026-03", acme);
    expect(march.body.data.computedBalance).toBe(100);
    const allTime = await api(
      "GET",
      "/api/v1/balance/derive/cust_1?startDate=2026-03-01&endDate=2026-05-01",
      acme,
    );
    expect(allTime.body.data.computedBalance).toBe(70);
    expect(pacspace.clock.now()).toBe(Date.UTC(2026, 3, 15, 12));
  });

  it("loads again, identically, after reset", async () => {
    const { pacspace } = createTestMock({ scenario, verification: "manual" });
    const digest = pacspace.snapshot();
    pacspace.reset();
    expect(pacspace.snapshot()).toBe(digest);
  });

  it("explains what is wrong with a bad scenario", () => {
    expect(() => parseScenario({ tenants: {} }, "seed.json")).toThrow("seed.json: tenants must be an array");
    expect(() => parseScenario({ tenant: [] }, "seed.json")).toThrow(/tenant is not a scenario field/);
    expect(() =>
      createTestMock({ scenario: { tenants: [{ deltas: [{ customerId: "c", delta: 0, reason: "r" }] }] } }),
    ).toThrow(/tenants\[0\]\.deltas\[0\]: VALIDATION_ERROR/);
    expect(() =>
      createTestMock({
        scenario: { tenants: [{ deltas: [{ customerId: "c", delta: 1, reason: "r", status: "QUEUED" }] }] },
      }),
    ).toThrow(/QUEUED needs manual or delay/);
  });
});
