import { describe, expect, it } from "vitest";
import { createTestMock, type TestMock } from "./support/harness.js";

const delta = (customerId: string, amount: number, extra: Record<string, unknown> = {}) => ({
  customerId,
  delta: amount,
  reason: `change of ${amount}`,
  ...extra,
});

async function seed(mock: TestMock, customerId: string, amounts: number[]): Promise<string[]> {
  const ids: string[] = [];
  for (const amount of amounts) {
    const response = await mock.api("POST", "/api/v1/balance/delta", { body: delta(customerId, amount) });
    expect(response.status).toBe(201);
    ids.push(response.body.data.recordId);
  }
  return ids;
}

describe("derive", () => {
  it("sums verified deltas exactly and pages the rows", async () => {
    const mock = createTestMock();
    await seed(mock, "cust_d", [0.1, 0.2, -0.05]);
    const response = await mock.api("GET", "/api/v1/balance/derive/cust_d?limit=2&granularity=day");
    expect(response.body.data).toMatchObject({
      computedBalance: 0.25,
      deltasCount: 3,
      scope: { period: "2026-04" },
      pagination: { limit: 2, offset: 0, total: 3 },
    });
    expect(response.body.data.deltas).toHaveLength(2);
    expect(response.body.data.breakdown).toHaveLength(30);
  });

  it("continues from a checkpoint in checkpoint mode", async () => {
    const mock = createTestMock();
    await seed(mock, "cust_cp", [100, 50]);
    const checkpoint = (
      await mock.api("POST", "/api/v1/balance/checkpoint", { body: { customerId: "cust_cp" } })
    ).body.data;
    await seed(mock, "cust_cp", [-30]);
    const query = `startingCheckpoint=${checkpoint.proofRoot}&startingBalance=${checkpoint.closingBalance}`;
    const response = await mock.api("GET", `/api/v1/balance/derive/cust_cp?${query}`);
    expect(response.body.data).toMatchObject({ computedBalance: 120, deltasCount: 1 });
  });

  it("maps scope errors to their codes", async () => {
    const mock = createTestMock();
    await seed(mock, "cust_s", [1]);
    const mixed = await mock.api(
      "GET",
      "/api/v1/balance/derive/cust_s?period=2026-04&timePreset=current_month",
    );
    expect([mixed.status, mixed.body.error.code]).toEqual([400, "INVALID_SCOPE_COMBINATION"]);
    const wide = await mock.api(
      "GET",
      "/api/v1/balance/derive/cust_s?startDate=2024-01-01&endDate=2026-04-01",
    );
    expect([wide.status, wide.body.error.code]).toEqual([400, "SCOPE_TOO_WIDE"]);
    const unknownCheckpoint = await mock.api(
      "GET",
      `/api/v1/balance/derive/cust_s?startingCheckpoint=0x${"1".repeat(64)}`,
    );
    expect([unknownCheckpoint.status, unknownCheckpoint.body.error.code]).toEqual([404, "NOT_FOUND"]);
  });
});

describe("compare", () => {
  it("tells which claim matches and where the other diverged", async () => {
    const mock = createTestMock();
    const [first, second] = await seed(mock, "cust_c", [100, -40, 15]);
    const response = await mock.api("POST", "/api/v1/balance/compare", {
      body: { customerId: "cust_c", yourBalance: 75, theirBalance: 60 },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      neutralBalance: 75,
      matchesYours: true,
      matchesTheirs: false,
      outcome: "yours_matches",
      theirDifference: -15,
      divergence: { theirs: { lastMatchingRecordId: second, unmatchedDeltasCount: 1, unmatchedAmount: 15 } },
    });
    expect(first).toBeDefined();
  });

  it("rejects string balances and mixed scopes", async () => {
    const mock = createTestMock();
    const bad = await mock.api("POST", "/api/v1/balance/compare", {
      body: {
        customerId: "cust_c",
        yourBalance: "75",
        theirBalance: 1,
        period: "2026-04",
        timePreset: "custom",
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toContain("/yourBalance");
  });
});

describe("checkpoints", () => {
  it("creates (201), then returns the same checkpoint (200), and anchors it", async () => {
    const mock = createTestMock();
    await seed(mock, "cust_k", [10, 20]);
    const created = await mock.api("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_k", period: "2026-04" },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      customerId: "cust_k",
      deltaCount: 2,
      closingBalance: 30,
      status: "QUEUED",
    });
    const again = await mock.api("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_k", period: "2026-04" },
    });
    expect(again.status).toBe(200);
    expect(again.body.data.checkpointId).toBe(created.body.data.checkpointId);
    expect(again.body.data.status).toBe("VERIFIED");
    const verified = await mock.api("GET", `/api/v1/verify/${created.body.data.proofRoot}`, { apiKey: null });
    expect(verified.body.data).toMatchObject({
      kind: "checkpoint",
      verified: true,
      summary: { recordCount: 2 },
    });
    const list = await mock.api("GET", "/api/v1/balance/checkpoints?customerId=cust_k");
    expect(list.body.data.pagination.total).toBe(1);
  });

  it("checkpoints every active customer without customerId", async () => {
    const mock = createTestMock();
    await seed(mock, "cust_a", [1]);
    await seed(mock, "cust_b", [2]);
    const response = await mock.api("POST", "/api/v1/balance/checkpoint", { body: {} });
    expect(response.status).toBe(201);
    expect(response.body.data.checkpoints.map((c: { customerId: string }) => c.customerId).sort()).toEqual([
      "cust_a",
      "cust_b",
    ]);
  });

  it("answers 404 CUSTOMER_NOT_FOUND for an unknown customer and 400 for a future period", async () => {
    const mock = createTestMock();
    const unknown = await mock.api("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_none" },
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, "CUSTOMER_NOT_FOUND"]);
    const future = await mock.api("POST", "/api/v1/balance/checkpoint", { body: { period: "2027-01" } });
    expect(future.status).toBe(400);
  });
});

describe("receipts and public verification", () => {
  it("generates a receipt, stores the document and serves its public view without metadata", async () => {
    const mock = createTestMock();
    await mock.api("POST", "/api/v1/balance/delta", {
      body: delta("cust_r", 12.5, { metadata: { invoice: "inv_1" } }),
    });
    const receipt = (await mock.api("GET", "/api/v1/balance/receipt/cust_r?period=2026-04")).body.data;
    expect(receipt).toMatchObject({ customerId: "cust_r", deltasCount: 1, finalBalance: 12.5 });
    const doc = await mock.api(
      "GET",
      `/api/v1/balance/receipts/${receipt.receiptId}?locale=en-US&unit=credits`,
    );
    expect(doc.body.data.links.permalink).toBe(
      `https://app.pacspace.io/receipts/${receipt.receiptId}?locale=en-US&unit=credits`,
    );
    const list = await mock.api("GET", "/api/v1/balance/customers/cust_r/receipts");
    expect(list.body.data.receipts.map((r: { receiptId: string }) => r.receiptId)).toEqual([
      receipt.receiptId,
    ]);
    const publicView = await mock.api("GET", `/api/v1/receipt/${receipt.receiptId}`, { apiKey: null });
    expect(publicView.status).toBe(200);
    expect(publicView.text).not.toContain("inv_1");
    const proof = await mock.api("GET", `/api/v1/verify/${receipt.proofRoot}?source=both`, { apiKey: null });
    expect(proof.text).not.toContain("cust_r");
    expect(proof.body.data.records[0]).toMatchObject({ amount: 12.5, sequenceNumber: 1 });
  });

  it("answers 404 for unknown receipts and roots, and another tenant's receipt document", async () => {
    const mock = createTestMock();
    await seed(mock, "cust_r", [1]);
    const receipt = (await mock.api("GET", "/api/v1/balance/receipt/cust_r")).body.data;
    const other = mock.pacspace.createTenant({ plan: "growth" });
    const foreign = await mock.api("GET", `/api/v1/balance/receipts/${receipt.receiptId}`, {
      apiKey: other.apiKey,
    });
    expect(foreign.status).toBe(404);
    expect((await mock.api("GET", "/api/v1/receipt/rcpt_unknown", { apiKey: null })).status).toBe(404);
    expect((await mock.api("GET", `/api/v1/verify/0x${"ab".repeat(32)}`, { apiKey: null })).status).toBe(404);
  });
});

describe("customers, usage, limits and webhooks", () => {
  it("lists customers, summarises them and shows one with recent activity", async () => {
    const mock = createTestMock({ verification: "manual" });
    await seed(mock, "cust_1", [5, 6]);
    await seed(mock, "cust_2", [7]);
    mock.pacspace.verifyPending();
    await seed(mock, "cust_2", [1]);
    const list = await mock.api("GET", "/api/v1/balance/customers?limit=1&page=2");
    expect(list.body.data.pagination).toEqual({ page: 2, limit: 1, total: 2, totalPages: 2 });
    const summary = await mock.api("GET", "/api/v1/balance/customers/summary");
    expect(summary.body.data).toEqual({
      totalCustomers: 2,
      totalDeltas: 4,
      verifiedDeltas: 3,
      pendingDeltas: 1,
      failedDeltas: 0,
      netBalance: 18,
    });
    const customer = await mock.api("GET", "/api/v1/balance/customers/cust_1?deltaLimit=1");
    expect(customer.body.data).toMatchObject({ totalDeltas: 2, computedBalance: 11 });
    expect(customer.body.data.recentActivity.items).toHaveLength(1);
  });

  it("reports usage and the configured limits", async () => {
    const mock = createTestMock({ limits: { maxBatchSize: 10 } });
    await seed(mock, "cust_u", [1]);
    const usage = await mock.api("GET", "/api/v1/balance/usage");
    expect(usage.body.data).toMatchObject({
      period: "2026-04",
      plan: "growth",
      consumedDeltas: 1,
      allowed: true,
    });
    const limits = await mock.api("GET", "/api/v1/balance/limits");
    expect(limits.body.data.maxBatchSize).toBe(10);
  });

  it("blocks the Free plan past 100 verified deltas with 402 PLAN_LIMIT_REACHED", async () => {
    const mock = createTestMock();
    const free = mock.pacspace.createTenant({ plan: "free" });
    const deltas = Array.from({ length: 100 }, (_, i) => delta("cust_free", i + 1));
    const batch = await mock.api("POST", "/api/v1/balance/delta/batch", {
      apiKey: free.apiKey,
      body: { deltas },
    });
    expect(batch.body.data.totalQueued).toBe(100);
    const blocked = await mock.api("POST", "/api/v1/balance/delta", {
      apiKey: free.apiKey,
      body: delta("cust_free", 1),
    });
    expect([blocked.status, blocked.body.error.code]).toEqual([402, "PLAN_LIMIT_REACHED"]);
  });

  it("rate-limits per key with 429 RATE_LIMITED and Retry-After", async () => {
    const mock = createTestMock({ rateLimit: { capacity: 2, refillPerSecond: 1 } });
    expect((await mock.api("GET", "/api/v1/balance/limits")).status).toBe(200);
    expect((await mock.api("GET", "/api/v1/balance/limits")).status).toBe(200);
    const limited = await mock.api("GET", "/api/v1/balance/limits");
    expect([limited.status, limited.body.error.code]).toEqual([429, "RATE_LIMITED"]);
    expect(limited.headers.get("Retry-After")).toBe("1");
    mock.pacspace.clock.advance(1000);
    expect((await mock.api("GET", "/api/v1/balance/limits")).status).toBe(200);
  });

  it("lists webhook deliveries (none yet) and answers 404 to a retry of an unknown event", async () => {
    const mock = createTestMock();
    const list = await mock.api("GET", "/api/v1/balance/webhooks?status=failed&limit=5");
    expect(list.body.data).toEqual({ events: [], pagination: { limit: 5, offset: 0, total: 0 } });
    const retry = await mock.api("POST", "/api/v1/balance/webhooks/evt_missing/retry");
    expect([retry.status, retry.body.error.code]).toEqual([404, "NOT_FOUND"]);
  });

  it("reports sequence gaps for deltas not verified yet", async () => {
    const mock = createTestMock({ verification: "manual" });
    await seed(mock, "cust_g", [1, 2, 3]);
    const gaps = await mock.api("GET", "/api/v1/balance/gaps/cust_g");
    expect(gaps.body.data).toMatchObject({
      fromSequence: 1,
      toSequence: 3,
      complete: false,
      gaps: [{ from: 1, to: 3, status: "QUEUED" }],
    });
  });
});
