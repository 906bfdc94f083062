import { verifyDeltaProof, verifyRootOverDeltas } from "@pacspace/sdk/core";
import { describe, expect, it } from "vitest";
import { createTestMock } from "./support/harness.js";

// Vendor accounts and the customer-facing identity follow
// https://docs.pacspace.io/dashboard-api/middleware-verified-records/ (its example vendor
// account `cmw_vendor_123` and display name `Acme Inference`).
const VENDOR = "cmw_vendor_123";
const OTHER_VENDOR = "cmw_vendor_456";
const DAY = 86_400_000;

async function middlewareMock() {
  const mock = createTestMock({ verification: "immediate" });
  const configured = await mock.api("POST", "/__mock/middleware/tenants", {
    body: {
      vendorAccounts: [
        { vendorAccountId: VENDOR, displayName: "Acme Inference" },
        { vendorAccountId: OTHER_VENDOR },
      ],
    },
  });
  expect(configured.status).toBe(200);
  return mock;
}

function emit(mock: Awaited<ReturnType<typeof middlewareMock>>, body: Record<string, unknown>) {
  return mock.api("POST", "/api/v1/balance/delta", { body: { delta: -10, reason: "inference", ...body } });
}

describe("vendorAccountId on emits and checkpoints", () => {
  it("is refused from a direct-inference tenant, whose middleware routes answer FORBIDDEN", async () => {
    const { api } = createTestMock();
    const emitted = await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_a", delta: -1, reason: "usage", vendorAccountId: VENDOR },
    });
    expect(emitted.status).toBe(400);
    expect(emitted.body.error.details).toEqual([
      { path: "/vendorAccountId", message: expect.stringMatching(/billing middleware/) },
    ]);
    const checkpoint = await api("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_a", vendorAccountId: VENDOR },
    });
    expect(checkpoint.status).toBe(400);
    for (const path of ["/api/v1/middleware/readiness", "/api/v1/middleware/customers/cust_a/live"]) {
      const answer = await api("GET", path);
      expect([answer.status, answer.body.error.code]).toEqual([403, "FORBIDDEN"]);
    }
    expect((await api("GET", "/api/v1/balance/customers")).body.data.customers).toEqual([]);
  });

  it("is required from a middleware tenant and must name one of its vendor accounts", async () => {
    const mock = await middlewareMock();
    const missing = await emit(mock, { customerId: "cust_a" });
    expect([missing.status, missing.body.error.details[0].path]).toEqual([400, "/vendorAccountId"]);
    const unknown = await emit(mock, { customerId: "cust_a", vendorAccountId: "cmw_nobody" });
    expect(unknown.body.error.details[0].message).toMatch(/names no vendor account/);
    expect((await emit(mock, { customerId: "cust_a", vendorAccountId: VENDOR })).status).toBe(201);
  });

  it("keeps a customer with the vendor account that first recorded it", async () => {
    const mock = await middlewareMock();
    await emit(mock, { customerId: "cust_a", vendorAccountId: VENDOR });
    const moved = await emit(mock, { customerId: "cust_a", vendorAccountId: OTHER_VENDOR });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details[0].message).toContain(VENDOR);
    expect((await emit(mock, { customerId: "cust_b", vendorAccountId: OTHER_VENDOR })).status).toBe(201);
  });

  it("allows one vendor account per batch: a batch naming two is refused whole, nothing recorded", async () => {
    const mock = await middlewareMock();
    const mixed = await mock.api("POST", "/api/v1/balance/delta/batch", {
      body: {
        deltas: [
          { customerId: "cust_a", delta: -1, reason: "r", vendorAccountId: VENDOR },
          { customerId: "cust_b", delta: -1, reason: "r", vendorAccountId: OTHER_VENDOR },
        ],
      },
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.details).toEqual([
      { path: "/deltas/1/vendorAccountId", message: expect.any(String) },
    ]);
    expect((await mock.api("GET", "/api/v1/balance/customers")).body.data.customers).toEqual([]);
  });

  it("checks batch items one by one: an item without a usable vendor account fails, the others are recorded", async () => {
    const mock = await middlewareMock();
    await emit(mock, { customerId: "cust_b", vendorAccountId: OTHER_VENDOR });
    const batch = await mock.api("POST", "/api/v1/balance/delta/batch", {
      body: {
        deltas: [
          { customerId: "cust_a", delta: -1, reason: "r", vendorAccountId: VENDOR },
          { customerId: "cust_c", delta: -3, reason: "r" },
          { customerId: "cust_b", delta: -4, reason: "r", vendorAccountId: VENDOR },
          { customerId: "cust_d", delta: -2, reason: "r", vendorAccountId: VENDOR },
        ],
      },
    });
    expect(batch.status).toBe(201);
    expect(batch.body.data).toMatchObject({ totalQueued: 2, totalFailed: 2 });
    expect(
      batch.body.data.results.map((item: { index: number; status: string; error?: string }) => [
        item.index,
        item.status,
        item.error,
      ]),
    ).toEqual([
      [0, "QUEUED", undefined],
      [1, "FAILED", "VALIDATION_ERROR"],
      [2, "FAILED", "VALIDATION_ERROR"],
      [3, "QUEUED", undefined],
    ]);
    const record = await mock.api("GET", `/api/v1/middleware/vendors/${VENDOR}/customers/cust_d/record`);
    expect(record.body.data).toMatchObject({ customerId: "cust_d", vendorAccountId: VENDOR, totalDeltas: 1 });
    const direct = createTestMock();
    const refused = await direct.api("POST", "/api/v1/balance/delta/batch", {
      body: {
        deltas: [
          { customerId: "cust_a", delta: -1, reason: "r" },
          { customerId: "cust_b", delta: -1, reason: "r", vendorAccountId: VENDOR },
        ],
      },
    });
    expect(refused.body.data.results.map((item: { status: string }) => item.status)).toEqual([
      "QUEUED",
      "FAILED",
    ]);
  });

  it("a middleware checkpoint names its customer and that customer's vendor account", async () => {
    const mock = await middlewareMock();
    await emit(mock, { customerId: "cust_a", vendorAccountId: VENDOR });
    const noCustomer = await mock.api("POST", "/api/v1/balance/checkpoint", {
      body: { vendorAccountId: VENDOR },
    });
    expect(noCustomer.body.error.details[0].path).toBe("/customerId");
    const noVendor = await mock.api("POST", "/api/v1/balance/checkpoint", { body: { customerId: "cust_a" } });
    expect(noVendor.body.error.details[0].path).toBe("/vendorAccountId");
    const wrongVendor = await mock.api("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_a", vendorAccountId: OTHER_VENDOR },
    });
    expect(wrongVendor.status).toBe(400);
    const made = await mock.api("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_a", vendorAccountId: VENDOR },
    });
    expect(made.status).toBe(201);
  });
});

describe("the middleware routes, derived from the ledger", () => {
  /** Two closed months for cust_a (3 then 2 deltas) and one open delta after them. */
  async function twoPeriods() {
    const mock = await middlewareMock();
    for (const delta of [-10, -20, 5])
      await emit(mock, { customerId: "cust_a", delta, vendorAccountId: VENDOR });
    const april = await mock.api("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_a", vendorAccountId: VENDOR },
    });
    mock.pacspace.advanceClock(20 * DAY);
    for (const delta of [-1.5, -2.25])
      await emit(mock, { customerId: "cust_a", delta, vendorAccountId: VENDOR });
    const may = await mock.api("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_a", vendorAccountId: VENDOR },
    });
    await emit(mock, { customerId: "cust_a", delta: -4, vendorAccountId: VENDOR });
    return { mock, april: april.body.data, may: may.body.data };
  }

  it("live: balance, counts, the latest period and the identity customers see", async () => {
    const { mock, may } = await twoPeriods();
    const live = await mock.api("GET", "/api/v1/middleware/customers/cust_a/live");
    expect(live.status).toBe(200);
    expect(live.body.data).toMatchObject({
      customerId: "cust_a",
      vendorAccountId: VENDOR,
      tenant: { name: expect.any(String) },
      recordedBy: { type: "middleware_vendor_account", id: VENDOR, displayName: "Acme Inference" },
      computedBalance: -32.75,
      totalDeltas: 6,
      uncoveredDeltasCount: 1,
      latestPeriod: { checkpointId: may.checkpointId },
    });
  });

  it("periods and a period's records: the records recompute the checkpoint's proof root", async () => {
    const { mock, april, may } = await twoPeriods();
    const periods = await mock.api("GET", "/api/v1/middleware/customers/cust_a/periods");
    expect(periods.body.data.periods.map((period: { checkpointId: string }) => period.checkpointId)).toEqual([
      may.checkpointId,
      april.checkpointId,
    ]);
    const detail = await mock.api("GET", `/api/v1/middleware/customers/cust_a/periods/${april.checkpointId}`);
    const records = detail.body.data.records as Array<{ delta: number; contentHash: string }>;
    expect(records.map((record) => record.delta)).toEqual([-10, -20, 5]);
    expect(
      verifyRootOverDeltas({
        proofRoot: april.proofRoot,
        deltaCount: april.deltaCount,
        contentHashes: records.map((record) => record.contentHash),
      }).valid,
    ).toBe(true);
    const unknown = await mock.api("GET", "/api/v1/middleware/customers/cust_a/periods/chk_nothing");
    expect([unknown.status, unknown.body.error.code]).toEqual([404, "NOT_FOUND"]);
  });

  it("close package: the checkpoint, the receipt over its window and each record with a proof that checks", async () => {
    const { mock, april, may } = await twoPeriods();
    const latest = await mock.api("GET", "/api/v1/middleware/customers/cust_a/close-package");
    expect(latest.body.data.period.checkpointId).toBe(may.checkpointId);
    const pack = await mock.api("GET", "/api/v1/middleware/customers/cust_a/close-package?period=2026-04");
    const data = pack.body.data;
    expect(data.period.checkpointId).toBe(april.checkpointId);
    expect(data.receipt.proofRoot).toBe(april.proofRoot);
    expect(data.records).toHaveLength(3);
    for (const record of data.records) {
      expect(record.status).toBe("VERIFIED");
      expect(verifyDeltaProof(record).valid).toBe(true);
    }
    const byId = await mock.api(
      "GET",
      `/api/v1/middleware/customers/cust_a/close-package?checkpointId=${april.checkpointId}`,
    );
    expect(byId.body.data.period.checkpointId).toBe(april.checkpointId);
    const both = await mock.api(
      "GET",
      `/api/v1/middleware/customers/cust_a/close-package?checkpointId=${april.checkpointId}&period=2026-04`,
    );
    expect(both.status).toBe(400);
    const none = await mock.api("GET", "/api/v1/middleware/customers/cust_a/close-package?period=2026-03");
    expect(none.status).toBe(404);
  });

  it("compare: differences between two periods, later minus earlier", async () => {
    const { mock, april, may } = await twoPeriods();
    const compared = await mock.api("POST", "/api/v1/middleware/customers/cust_a/compare", {
      body: { fromCheckpointId: april.checkpointId, toCheckpointId: may.checkpointId },
    });
    expect(compared.body.data).toMatchObject({
      netChangeDifference: -3.75 - -25,
      closingBalanceDifference: -28.75 - -25,
      deltaCountDifference: -1,
    });
    const bad = await mock.api("POST", "/api/v1/middleware/customers/cust_a/compare", {
      body: { fromCheckpointId: april.checkpointId },
    });
    expect(bad.status).toBe(400);
    const unknown = await mock.api("POST", "/api/v1/middleware/customers/cust_a/compare", {
      body: { fromCheckpointId: april.checkpointId, toCheckpointId: "chk_nothing" },
    });
    expect(unknown.body.error.details).toEqual([{ path: "/toCheckpointId", message: expect.any(String) }]);
  });

  it("readiness: blockers per customer for a month", async () => {
    const { mock } = await twoPeriods();
    await emit(mock, { customerId: "cust_b", vendorAccountId: OTHER_VENDOR });
    const may = await mock.api("GET", "/api/v1/middleware/readiness");
    expect(may.body.data.period).toBe("2026-05");
    expect(may.body.data.rows).toEqual([
      expect.objectContaining({
        customerId: "cust_a",
        uncoveredDeltasCount: 1,
        ready: false,
        blockers: ["UNCOVERED_RECORDS"],
      }),
      expect.objectContaining({
        customerId: "cust_b",
        vendorAccountId: OTHER_VENDOR,
        checkpointId: null,
        blockers: ["NO_CHECKPOINT"],
      }),
    ]);
    const future = await mock.api("GET", "/api/v1/middleware/readiness?period=2026-06");
    expect([future.status, future.body.error.details]).toEqual([
      400,
      [{ path: "period", message: "must not be in the future" }],
    ]);
    const april = await mock.api("GET", "/api/v1/middleware/readiness?period=2026-04");
    expect(april.body.data.rows).toEqual([
      expect.objectContaining({ customerId: "cust_a", ready: true, blockers: [], accessCodeReady: true }),
    ]);
  });

  it("access link, exports and the vendor-scoped record", async () => {
    const { mock } = await twoPeriods();
    const link = await mock.api("GET", "/api/v1/middleware/customers/cust_a/access-link");
    expect(link.body.data).toMatchObject({
      host: "customer-links.pacspace.io",
      policy: "TWO_TIER",
      accessCodeReady: true,
    });
    expect(link.body.data.linkUrl).toMatch(/^https:\/\/customer-links\.pacspace\.io\/c\/cus_[0-9a-f]{12}$/);

    const json = await mock.api("GET", "/api/v1/middleware/customers/cust_a/export");
    expect(json.body.data).toMatchObject({ format: "json", periods: [{}, {}] });
    expect(json.body.data.records).toHaveLength(6);
    expect(json.body.data.closePackages).toBeUndefined();
    const bundle = await mock.api("GET", "/api/v1/middleware/customers/cust_a/export?format=bundle");
    expect(bundle.body.data.closePackages).toHaveLength(2);
    const badFormat = await mock.api("GET", "/api/v1/middleware/customers/cust_a/export?format=xml");
    expect(badFormat.status).toBe(400);

    const wrongVendor = await mock.api(
      "GET",
      `/api/v1/middleware/vendors/${OTHER_VENDOR}/customers/cust_a/record`,
    );
    expect(wrongVendor.status).toBe(404);
    const unknownCustomer = await mock.api("GET", "/api/v1/middleware/customers/cust_zz/live");
    expect([unknownCustomer.status, unknownCustomer.body.error.code]).toEqual([404, "CUSTOMER_NOT_FOUND"]);
  });
});

describe("POST /__mock/middleware/tenants", () => {
  it("refuses bad input and unknown tenants, and a reset makes tenants direct-inference again", async () => {
    const mock = createTestMock();
    for (const body of [
      {},
      { vendorAccounts: [] },
      { vendorAccounts: [{ vendorAccountId: "bad id" }] },
      { vendorAccounts: [{ vendorAccountId: "a" }, { vendorAccountId: "a" }] },
      { vendorAccounts: [{ vendorAccountId: "a" }], extra: 1 },
    ]) {
      expect(
        (await mock.api("POST", "/__mock/middleware/tenants", { body })).status,
        JSON.stringify(body),
      ).toBe(400);
    }
    const unknownTenant = await mock.api("POST", "/__mock/middleware/tenants", {
      body: { tenantId: "ten_nobody", vendorAccounts: [{ vendorAccountId: VENDOR }] },
    });
    expect(unknownTenant.status).toBe(404);
    const configured = mock.pacspace.configureMiddlewareTenant({
      vendorAccounts: [{ vendorAccountId: VENDOR }],
    });
    expect(configured.vendorAccounts).toEqual([{ vendorAccountId: VENDOR, displayName: VENDOR }]);
    expect((await mock.api("GET", "/api/v1/middleware/readiness")).status).toBe(200);
    mock.pacspace.reset();
    expect((await mock.api("GET", "/api/v1/middleware/readiness")).status).toBe(403);
  });
});
