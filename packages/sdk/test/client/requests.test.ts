import { describe, expect, it } from "vitest";
import type { PacSpace } from "../../src/client.js";
import { clientWith, envelope, type RecordedRequest } from "./fake-api.js";

const ROOT = `0x${"cd".repeat(32)}`;

type Expected = Pick<RecordedRequest, "method" | "path"> & Partial<Pick<RecordedRequest, "query" | "body">>;

/** Every wrapped operation: the call, and the request it must produce. */
const cases: [string, (pac: PacSpace) => PromiseLike<unknown>, Expected][] = [
  [
    "balance.emit",
    (pac) =>
      pac.balance.emit("cust_acme", -310.25, "API usage 2026-04-03", {
        referenceId: "usage:cust_acme:2026-04-03",
        metadata: { units: 12410 },
        adjusts: "rec_01",
      }),
    {
      method: "POST",
      path: "/api/v1/balance/delta",
      query: {},
      body: {
        customerId: "cust_acme",
        delta: -310.25,
        reason: "API usage 2026-04-03",
        referenceId: "usage:cust_acme:2026-04-03",
        metadata: { units: 12410 },
        adjusts: "rec_01",
      },
    },
  ],
  [
    "balance.emit (only the required fields)",
    (pac) => pac.balance.emit("cust_acme", 5, "credit"),
    {
      method: "POST",
      path: "/api/v1/balance/delta",
      body: { customerId: "cust_acme", delta: 5, reason: "credit" },
    },
  ],
  [
    "balance.deltaStatus",
    (pac) => pac.balance.deltaStatus("rec_01hv8k3m2x4s"),
    { method: "GET", path: "/api/v1/balance/delta/rec_01hv8k3m2x4s", query: {}, body: undefined },
  ],
  [
    "balance.derive",
    (pac) =>
      pac.balance.derive("cust:acme", { period: "2026-03", limit: 10, offset: 20, granularity: "day" }),
    {
      method: "GET",
      path: "/api/v1/balance/derive/cust%3Aacme",
      query: { period: "2026-03", limit: "10", offset: "20", granularity: "day" },
    },
  ],
  [
    "balance.derive (checkpoint mode)",
    (pac) => pac.balance.derive("cust_acme", { startingCheckpoint: ROOT, startingBalance: 1500.5 }),
    {
      method: "GET",
      path: "/api/v1/balance/derive/cust_acme",
      query: { startingCheckpoint: ROOT, startingBalance: "1500.5" },
    },
  ],
  [
    "balance.derive (a recordId checkpoint states its type)",
    (pac) => pac.balance.derive("cust_acme", { startingCheckpoint: "rec_42" }),
    {
      method: "GET",
      path: "/api/v1/balance/derive/cust_acme",
      query: { startingCheckpoint: "rec_42", startingCheckpointType: "recordId" },
    },
  ],
  [
    "balance.deriveCurrentMonth",
    (pac) => pac.balance.deriveCurrentMonth("cust_acme", { startingBalance: 10 }),
    {
      method: "GET",
      path: "/api/v1/balance/derive/cust_acme",
      query: { timePreset: "current_month", startingBalance: "10" },
    },
  ],
  [
    "balance.deriveForPeriod",
    (pac) => pac.balance.deriveForPeriod("cust_acme", "2025-12"),
    { method: "GET", path: "/api/v1/balance/derive/cust_acme", query: { period: "2025-12" } },
  ],
  [
    "balance.compare",
    (pac) => pac.balance.compare("cust_acme", { yours: 48500, theirs: 49000 }, { period: "2026-03" }),
    {
      method: "POST",
      path: "/api/v1/balance/compare",
      body: {
        customerId: "cust_acme",
        yourBalance: 48500,
        theirBalance: 49000,
        startingBalance: 0,
        period: "2026-03",
      },
    },
  ],
  [
    "balance.compare (from a checkpoint)",
    (pac) =>
      pac.balance.compare(
        "cust_acme",
        { yours: 1, theirs: 2 },
        { startingCheckpoint: ROOT, startingCheckpointType: "proofRoot", startingBalance: 50000 },
      ),
    {
      method: "POST",
      path: "/api/v1/balance/compare",
      body: {
        customerId: "cust_acme",
        yourBalance: 1,
        theirBalance: 2,
        startingCheckpoint: ROOT,
        startingCheckpointType: "proofRoot",
        startingBalance: 50000,
      },
    },
  ],
  [
    "balance.checkpoint(customerId, scope)",
    (pac) => pac.balance.checkpoint("cust_acme", { period: "2026-01" }),
    {
      method: "POST",
      path: "/api/v1/balance/checkpoint",
      body: { customerId: "cust_acme", period: "2026-01" },
    },
  ],
  [
    "balance.checkpoint({ every customer })",
    (pac) => pac.balance.checkpoint({ timePreset: "custom", startDate: "2026-01-01", endDate: "2026-02-01" }),
    {
      method: "POST",
      path: "/api/v1/balance/checkpoint",
      body: { timePreset: "custom", startDate: "2026-01-01", endDate: "2026-02-01" },
    },
  ],
  [
    "balance.checkpoint()",
    (pac) => pac.balance.checkpoint(),
    { method: "POST", path: "/api/v1/balance/checkpoint", body: {} },
  ],
  [
    "balance.listCheckpoints",
    (pac) => pac.balance.listCheckpoints({ customerId: "cust_acme", period: "2026-01", limit: 5 }),
    {
      method: "GET",
      path: "/api/v1/balance/checkpoints",
      query: { customerId: "cust_acme", period: "2026-01", limit: "5" },
    },
  ],
  [
    "balance.receipt",
    (pac) => pac.balance.receipt("cust_acme", { period: "2026-04" }),
    { method: "GET", path: "/api/v1/balance/receipt/cust_acme", query: { period: "2026-04" } },
  ],
  [
    "balance.invoiceProof",
    (pac) => pac.balance.invoiceProof("cust_acme", { period: "2026-04" }),
    { method: "GET", path: "/api/v1/balance/invoice-proof/cust_acme", query: { period: "2026-04" } },
  ],
  [
    "balance.receipts.list",
    (pac) => pac.balance.receipts.list("cust_acme", { limit: 25 }),
    { method: "GET", path: "/api/v1/balance/customers/cust_acme/receipts", query: { limit: "25" } },
  ],
  [
    "balance.receipts.get",
    (pac) =>
      pac.balance.receipts.get("rcpt_1", {
        locale: "en-US",
        timezone: "America/Los_Angeles",
        unit: "credits",
        customerDisplayName: true,
      }),
    {
      method: "GET",
      path: "/api/v1/balance/receipts/rcpt_1",
      query: {
        locale: "en-US",
        timezone: "America/Los_Angeles",
        unit: "credits",
        customerDisplayName: "true",
      },
    },
  ],
  [
    "balance.customers",
    (pac) => pac.balance.customers({ page: 2, limit: 50, search: "acme" }),
    { method: "GET", path: "/api/v1/balance/customers", query: { page: "2", limit: "50", search: "acme" } },
  ],
  [
    "balance.customer",
    (pac) => pac.balance.customer("cust_acme", { deltaPage: 2, deltaLimit: 10, period: "2026-02" }),
    {
      method: "GET",
      path: "/api/v1/balance/customers/cust_acme",
      query: { deltaPage: "2", deltaLimit: "10", period: "2026-02" },
    },
  ],
  [
    "balance.customersSummary",
    (pac) => pac.balance.customersSummary(),
    { method: "GET", path: "/api/v1/balance/customers/summary", query: {} },
  ],
  [
    "balance.gaps",
    (pac) => pac.balance.gaps("cust_acme", { fromSequence: 1, toSequence: 500, limit: 10 }),
    {
      method: "GET",
      path: "/api/v1/balance/gaps/cust_acme",
      query: { fromSequence: "1", toSequence: "500", limit: "10" },
    },
  ],
  [
    "balance.limits",
    (pac) => pac.balance.limits(),
    { method: "GET", path: "/api/v1/balance/limits", query: {} },
  ],
  [
    "balance.usage",
    (pac) => pac.balance.usage(),
    { method: "GET", path: "/api/v1/balance/usage", query: {} },
  ],
  [
    "balance.webhookEvents",
    (pac) => pac.balance.webhookEvents({ status: "failed", limit: 20, offset: 40 }),
    {
      method: "GET",
      path: "/api/v1/balance/webhooks",
      query: { status: "failed", limit: "20", offset: "40" },
    },
  ],
  [
    "balance.retryWebhookEvent",
    (pac) => pac.balance.retryWebhookEvent("evt_01hv9c4e8g2r"),
    { method: "POST", path: "/api/v1/balance/webhooks/evt_01hv9c4e8g2r/retry", body: undefined },
  ],
  [
    "balance.retryWebhookEvent (one endpoint)",
    (pac) => pac.balance.retryWebhookEvent("evt_01hv9c4e8g2r", { webhookId: "wh_01hv7z1x9y0a" }),
    {
      method: "POST",
      path: "/api/v1/balance/webhooks/evt_01hv9c4e8g2r/retry",
      query: { webhookId: "wh_01hv7z1x9y0a" },
      body: undefined,
    },
  ],
  ["verify", (pac) => pac.verify(ROOT), { method: "GET", path: `/api/v1/verify/${ROOT}`, query: {} }],
  [
    "publicReceipt",
    (pac) => pac.publicReceipt("rcpt_1"),
    { method: "GET", path: "/api/v1/receipt/rcpt_1", query: {} },
  ],
  [
    "publicReceiptPdf",
    (pac) => pac.publicReceiptPdf("rcpt_1"),
    { method: "GET", path: "/api/v1/receipt/rcpt_1.pdf", query: {} },
  ],
];

describe("every resource method sends the request the spec describes", () => {
  it.each(cases)("%s", async (_, call, expected) => {
    const { pac, requests } = clientWith(() => envelope({ ok: true }));
    await call(pac);
    expect(requests).toHaveLength(1);
    const [request] = requests;
    // Exact comparisons: no stray query parameter or body field may be sent.
    expect({ method: request?.method, path: request?.path }).toEqual({
      method: expected.method,
      path: expected.path,
    });
    expect(request?.query).toEqual(expected.query ?? {});
    if (expected.method === "GET") expect(request?.body).toBeUndefined();
    if ("body" in expected) expect(request?.body).toEqual(expected.body);
    if (expected.method === "POST") expect(requests[0]?.headers.get("idempotency-key")).toBeTruthy();
  });
});

describe("write options", () => {
  it("sends idempotencyKey and creditPoolId as headers, not in the body", async () => {
    const { pac, requests } = clientWith(() => envelope({ ok: true }, 201));
    await pac.balance.emit("cust_acme", 1, "credit", { idempotencyKey: "k-1", creditPoolId: "7" });
    await pac.balance.checkpoint("cust_acme", { idempotencyKey: "k-2", creditPoolId: "8" });
    await pac.balance.retryWebhookEvent("evt_1", { idempotencyKey: "k-3" });
    expect(requests.map((r) => r.headers.get("idempotency-key"))).toEqual(["k-1", "k-2", "k-3"]);
    expect(requests.map((r) => r.headers.get("x-credit-pool-id"))).toEqual(["7", "8", null]);
    expect(requests[0]?.body).toEqual({ customerId: "cust_acme", delta: 1, reason: "credit" });
    expect(requests[1]?.body).toEqual({ customerId: "cust_acme" });
  });

  it("aborts with the caller's signal", async () => {
    const { pac, requests } = clientWith(() => envelope({ ok: true }));
    const controller = new AbortController();
    controller.abort(new Error("stop"));
    await expect(pac.balance.usage({ signal: controller.signal })).rejects.toThrow("stop");
    expect(requests).toHaveLength(0);
  });
});
