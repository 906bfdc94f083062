import { MAX_BATCH_SIZE, NotFoundError, TimeoutError } from "@pacspace/sdk";
import {
  contentHash,
  merkleRoot,
  verifyCheckpoint,
  verifyDeltaProof,
  verifyReceipt,
} from "@pacspace/sdk/proofs";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { clientFor, defaultTenantId, sandboxOf, useInProcessMock } from "./support/in-process.js";

const mock = useInProcessMock();

/** The current UTC month of the mock's clock, `YYYY-MM`. */
const periodOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function setup(options: Parameters<typeof mock.start>[0] = {}) {
  const pacspace = mock.start(options);
  return { pacspace, pac: clientFor(pacspace.apiKey) };
}

describe("deltas", () => {
  it("emit records a QUEUED delta that deltaStatus later shows VERIFIED with a proof that checks locally", async () => {
    const { pac } = setup();
    const { data: emitted, response } = await pac.balance
      .emit("cust_acme", -12.5, "API usage", { referenceId: "usage-1", metadata: { units: 3 } })
      .withResponse();
    expect(response.status).toBe(201);
    expect(emitted).toMatchObject({
      customerId: "cust_acme",
      delta: -12.5,
      status: "QUEUED",
      sequenceNumber: 1,
      referenceId: "usage-1",
      metadata: { units: 3 },
    });
    expect(emitted.recordId).toMatch(/^rec_/);
    const payload = {
      customerId: "cust_acme",
      delta: -12.5,
      reason: "API usage",
      referenceId: "usage-1",
      metadata: { units: 3 },
    };
    expect(emitted.contentHash).toBe(contentHash(payload));

    const status = await pac.balance.deltaStatus(emitted.recordId);
    expect(status.status).toBe("VERIFIED");
    expect(status.proof).toBeTruthy();
    const proof = status.proof;
    if (!proof) throw new Error("no proof");
    await expect(
      pac.proofs.verifyDeltaProof({ contentHash: status.contentHash, proof, payload }),
    ).resolves.toEqual({ valid: true });
    // A tampered proof fails the same local check, on the client and from `@pacspace/sdk/proofs`.
    const tampered = { ...proof, itemHashes: [`0x${"ab".repeat(32)}`] };
    await expect(
      pac.proofs.verifyDeltaProof({ contentHash: status.contentHash, proof: tampered }),
    ).resolves.toMatchObject({ valid: false });
    expect(verifyDeltaProof({ contentHash: status.contentHash, proof: tampered }).valid).toBe(false);
  });

  it("emitBatch sends more than 100 deltas in chunks and merges the results", async () => {
    const { pac, pacspace } = setup();
    const deltas = Array.from({ length: 250 }, (_, i) => ({
      customerId: `cust_${i % 5}`,
      delta: i + 1,
      reason: `row ${i}`,
      referenceId: `batch-${i}`,
    }));
    const { data: result } = await pac.balance
      .emitBatch(deltas, { idempotencyKey: "flush-1" })
      .withResponse();
    expect(MAX_BATCH_SIZE).toBe(100);
    expect(result.totalQueued).toBe(250);
    expect(result.totalFailed).toBe(0);
    expect(result.receiptIds).toHaveLength(3);
    expect(result.receiptId).toBeNull();
    expect(result.results.map((item) => item.index)).toEqual(deltas.map((_, i) => i));
    expect(
      result.results.every((item) => item.status === "QUEUED" && item.recordId?.startsWith("rec_")),
    ).toBe(true);
    const batchRequests = mock.requestsTo("POST", "/api/v1/balance/delta/batch");
    expect(batchRequests.map((request) => request.requestHeaders.get("Idempotency-Key"))).toEqual([
      "flush-1:0",
      "flush-1:1",
      "flush-1:2",
    ]);
    expect(batchRequests.map((request) => JSON.parse(request.body).deltas.length)).toEqual([100, 100, 50]);

    // Calling again with the same key replays every chunk: still 250 deltas.
    const again = await pac.balance.emitBatch(deltas, { idempotencyKey: "flush-1" });
    expect(again.results.map((item) => item.recordId)).toEqual(result.results.map((item) => item.recordId));
    expect(sandboxOf(pacspace, defaultTenantId(pacspace)).deltas).toHaveLength(250);

    // A single chunk carries the key as is and sets receiptId.
    const single = await pac.balance.emitBatch(
      deltas.slice(0, 3).map((d) => ({ ...d, referenceId: `x-${d.referenceId}` })),
    );
    expect(single.receiptIds).toHaveLength(1);
    expect(single.receiptId).toBe(single.receiptIds[0]);
  });

  it("emitBatch merges a server-side partial failure at the caller's index", async () => {
    const pacspace = mock.start();
    // Client validation passes; the body is then changed so the server rejects one item of chunk 2.
    const pac = clientFor(pacspace.apiKey, {
      fetch: async (request, init) => {
        const body = (await request.text()).replace('"delta":151,', '"delta":0,');
        return globalThis.fetch(new Request(request, { body }), init);
      },
    });
    const deltas = Array.from({ length: 180 }, (_, i) => ({
      customerId: "cust_acme",
      delta: i + 1,
      reason: `r${i}`,
    }));
    const result = await pac.balance.emitBatch(deltas);
    expect(result.totalQueued).toBe(179);
    expect(result.totalFailed).toBe(1);
    const failed = result.results.filter((item) => item.status === "FAILED");
    expect(failed).toEqual([
      expect.objectContaining({
        index: 150,
        status: "FAILED",
        error: "VALIDATION_ERROR",
        errorMessage: expect.any(String),
      }),
    ]);
    expect(result.results).toHaveLength(180);
    expect(sandboxOf(pacspace, defaultTenantId(pacspace)).deltas).toHaveLength(179);
  });

  it("emitAndWait returns once VERIFIED (manual verification), FAILED as returned, and TimeoutError when never settled", async () => {
    const { pac, pacspace } = setup({ verification: "manual" });
    const timer = setTimeout(() => pacspace.verifyPending(), 40);
    const verified = await pac.balance.emitAndWait("cust_acme", 50, "Top-up", {
      pollIntervalMs: 5,
      timeoutMs: 5_000,
    });
    clearTimeout(timer);
    expect(verified.status).toBe("VERIFIED");
    expect(verified.proof).toBeTruthy();
    expect(mock.requestsTo("GET", "/api/v1/balance/delta/").length).toBeGreaterThan(1);

    const lift = pacspace.failDeltas({ customerIds: ["cust_bad"] }, { code: "FORBIDDEN", message: "nope" });
    const failing = setTimeout(() => pacspace.verifyPending(), 20);
    const failed = await pac.balance.emitAndWait("cust_bad", 5, "Top-up", {
      pollIntervalMs: 5,
      timeoutMs: 5_000,
    });
    clearTimeout(failing);
    lift();
    expect(failed.status).toBe("FAILED");
    expect(failed.error).toEqual({ code: "FORBIDDEN", message: "nope" });

    const error = await pac.balance
      .emitAndWait("cust_acme", 1, "never verified", { pollIntervalMs: 5, timeoutMs: 40 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(pacspace.inspect().tenants[0]?.environments.sandbox.inFlightRecordIds).toHaveLength(1);
  });
});

describe("derive", () => {
  async function seeded() {
    const { pac, pacspace } = setup();
    const deltas = Array.from({ length: 250 }, (_, i) => ({
      customerId: "cust_acme",
      delta: i % 2 === 0 ? 0.1 : -0.03,
      reason: `row ${i}`,
    }));
    await pac.balance.emitBatch(deltas);
    return { pac, pacspace };
  }

  it("derives the exact balance and iterates every delta row across pages", async () => {
    const { pac } = await seeded();
    const page = await pac.balance.derive("cust_acme", { limit: 100 });
    expect(page.computedBalance).toBe(8.75); // 125 × 0.1 − 125 × 0.03, exactly
    expect(page.deltasCount).toBe(250);
    expect(page.deltas).toHaveLength(100);
    expect(page.pagination).toMatchObject({ limit: 100, offset: 0, total: 250 });

    const rows = await collect(pac.balance.derive("cust_acme", { limit: 100 }));
    expect(rows.map((row) => row.sequenceNumber)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(page.latestRecordId).toBe(rows.at(-1)?.recordId);
    const derivePages = mock.requestsTo("GET", "/api/v1/balance/derive/").map((r) => r.status);
    expect(derivePages).toEqual([200, 200, 200, 200]); // the first call + three pages of the iteration
  });

  it("deriveCurrentMonth, deriveForPeriod, deriveMonthsBack and deriveDaysBack window the same deltas", async () => {
    const { pac, pacspace } = await seeded();
    const now = pacspace.clock.now();
    const current = await pac.balance.deriveCurrentMonth("cust_acme");
    const forPeriod = await pac.balance.deriveForPeriod("cust_acme", periodOf(now));
    const monthsBack = await pac.balance.deriveMonthsBack("cust_acme", 3);
    const daysBack = await pac.balance.deriveDaysBack("cust_acme", 1);
    for (const result of [current, forPeriod, monthsBack, daysBack]) {
      expect(result.computedBalance).toBe(8.75);
      expect(result.deltasCount).toBe(250);
    }
    expect(forPeriod.scope).toMatchObject({ period: periodOf(now) });
    const previous = new Date(now);
    previous.setUTCDate(1);
    previous.setUTCMonth(previous.getUTCMonth() - 1);
    const lastMonth = await pac.balance.deriveForPeriod("cust_acme", periodOf(previous.getTime()));
    expect(lastMonth.deltasCount).toBe(0);
    expect(await collect(pac.balance.deriveDaysBack("cust_acme", 2, { limit: 200 }))).toHaveLength(250);
    const sent = mock.requestsTo("GET", "/api/v1/balance/derive/").map((r) => r.path);
    expect(new Set(sent)).toEqual(new Set(["/api/v1/balance/derive/cust_acme"]));
  });

  it("derives from a checkpoint (startingCheckpoint + startingBalance)", async () => {
    const { pac } = await seeded();
    const checkpoint = await pac.balance.checkpoint("cust_acme");
    await pac.balance.emit("cust_acme", 1.25, "after the checkpoint");
    const from = await pac.balance.derive("cust_acme", {
      startingCheckpoint: checkpoint.proofRoot,
      startingBalance: checkpoint.closingBalance,
    });
    expect(from.computedBalance).toBe(10);
    expect(from.deltasCount).toBe(1);
  });
});

describe("compare", () => {
  it("reports match, mismatch and where each side's books diverge", async () => {
    const { pac } = setup();
    const recorded = [];
    for (const delta of [10, 20, 30]) recorded.push(await pac.balance.emit("cust_acme", delta, `d${delta}`));

    const match = await pac.balance.compare("cust_acme", { yours: 60, theirs: 60 });
    expect(match).toMatchObject({
      neutralBalance: 60,
      matchesYours: true,
      matchesTheirs: true,
      outcome: "both_match",
      deltasCount: 3,
    });

    const mismatch = await pac.balance.compare("cust_acme", { yours: 60, theirs: 30 });
    expect(mismatch).toMatchObject({ outcome: "yours_matches", matchesTheirs: false, theirDifference: -30 });
    expect(mismatch.divergence.theirs).toEqual({
      lastMatchingSequenceNumber: 2,
      lastMatchingRecordId: recorded[1]?.recordId,
      unmatchedDeltasCount: 1,
      unmatchedAmount: 30,
    });

    const neither = await pac.balance.compare("cust_acme", { yours: 61, theirs: 7 });
    expect(neither.outcome).toBe("neither_matches");
    expect(neither.divergence.yours).toBeNull();
    expect(neither.divergence.theirs).toBeNull();

    for (const request of mock.requestsTo("POST", "/api/v1/balance/compare")) {
      expect(request.requestHeaders.get("X-PacSpace-Request-Signature")).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    }
  });
});

describe("checkpoints, receipts and public verification", () => {
  it("checkpoint answers 201, then 200 with the same checkpoint; without customerId one per active customer", async () => {
    const { pac } = setup();
    await pac.balance.emit("cust_a", 5, "x");
    await pac.balance.emit("cust_b", 7, "y");
    const first = await pac.balance.checkpoint("cust_a").withResponse();
    const second = await pac.balance.checkpoint("cust_a").withResponse();
    expect(first.response.status).toBe(201);
    expect(second.response.status).toBe(200);
    // The same checkpoint; immediate verification anchored it after the first answer.
    expect(second.data).toEqual({
      ...first.data,
      status: "VERIFIED",
      verificationReference: expect.stringMatching(/^0x[0-9a-f]{64}$/),
    });
    expect(first.data).toMatchObject({ customerId: "cust_a", deltaCount: 1, closingBalance: 5 });

    const all = await pac.balance.checkpoint();
    if (!("checkpoints" in all)) throw new Error("expected { checkpoints }");
    expect(all.checkpoints.map((checkpoint) => checkpoint.customerId).sort()).toEqual(["cust_a", "cust_b"]);
    expect(all.checkpoints.find((c) => c.customerId === "cust_a")?.checkpointId).toBe(
      first.data.checkpointId,
    );
  });

  it("listCheckpoints iterates every page", async () => {
    const { pac } = setup();
    const customers = ["cust_1", "cust_2", "cust_3", "cust_4", "cust_5"];
    await pac.balance.emitBatch(customers.map((customerId) => ({ customerId, delta: 1, reason: "r" })));
    for (const customerId of customers) await pac.balance.checkpoint(customerId);

    const firstPage = await pac.balance.listCheckpoints({ limit: 2 });
    expect(firstPage.checkpoints).toHaveLength(2);
    expect(firstPage.pagination.total).toBe(5);
    const all = await collect(pac.balance.listCheckpoints({ limit: 2 }));
    expect(all.map((checkpoint) => checkpoint.customerId).sort()).toEqual(customers);
    const pages = await collect(pac.balance.listCheckpoints({ limit: 2 }).pages());
    expect(pages.map((page) => page.checkpoints.length)).toEqual([2, 2, 1]);
    expect(await collect(pac.balance.listCheckpoints({ customerId: "cust_3" }))).toHaveLength(1);
  });

  it("receipt, receipts.list/get and publicReceipt agree, and the receipt's root recomputes locally", async () => {
    const { pac } = setup();
    await pac.balance.emit("cust_acme", 100, "Top-up", { metadata: { invoice: "inv-1" } });
    await pac.balance.emit("cust_acme", -30.5, "Usage");
    const receipt = await pac.balance.receipt("cust_acme");
    expect(receipt).toMatchObject({ customerId: "cust_acme", deltasCount: 2, finalBalance: 69.5 });
    expect(verifyReceipt(receipt)).toEqual({ valid: true });
    expect(verifyReceipt({ ...receipt, deltasCount: 3 }).valid).toBe(false);

    const receipts = await pac.balance.receipts.list("cust_acme", { limit: 25 });
    expect(receipts.map((summary) => summary.receiptId)).toContain(receipt.receiptId);
    const document = await pac.balance.receipts.get(receipt.receiptId, { timezone: "UTC" });
    expect(document.receiptId).toBe(receipt.receiptId);
    expect(document.links.permalink).toContain(receipt.receiptId);

    const shared = await pac.publicReceipt(receipt.receiptId);
    expect(shared.receiptId).toBe(receipt.receiptId);
    expect(JSON.stringify(shared)).not.toContain("inv-1");
    // Public calls carry no API key.
    const publicRequest = mock.requestsTo("GET", "/api/v1/receipt/")[0];
    expect(publicRequest?.requestHeaders.get("X-Api-Key")).toBeNull();
  });

  it("invoiceProof, the receipt PDF and the email body, against the mock", async () => {
    const { pac } = setup();
    await pac.balance.emit("cust_acme", 100, "Top-up");
    const invoice = await pac.balance.invoiceProof("cust_acme", { timePreset: "current_month" });
    // https://docs.pacspace.io/balance-api/receipt/ reads scoped.verifyUrl / scoped.verificationApiUrl
    expect(invoice.verifyUrl).toMatch(new RegExp(`/verify/${invoice.proofRoot}$`));
    expect(invoice.verificationApiUrl).toMatch(new RegExp(`/api/v1/verify/${invoice.proofRoot}$`));
    expect(invoice.accessHint).toMatch(/^[A-Z0-9]{6}$/);
    expect(mock.requestsTo("GET", "/api/v1/balance/invoice-proof/cust_acme")).toHaveLength(1);

    const pdf = await pac.publicReceiptPdf(invoice.receiptId);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    const pdfRequest = mock.requestsTo("GET", `/api/v1/receipt/${invoice.receiptId}.pdf`)[0];
    expect(pdfRequest?.requestHeaders.get("X-Api-Key")).toBeNull();
    await expect(pac.publicReceiptPdf("rcpt_unknown")).rejects.toMatchObject({
      status: 404,
      code: "NOT_FOUND",
    });

    const body = pac.balance.receipts.emailBody(invoice);
    expect(body).toContain(`Check this statement: ${invoice.customerLinkUrl}`);
    expect(body).toContain(`Access code: ${invoice.accessHint}`);
    expect(body).toContain("Final balance: 100");
  });

  it("pac.verify returns the public records of a checkpoint; their root recomputes locally", async () => {
    const { pac } = setup();
    const sent = [
      { delta: 40, reason: "Top-up", referenceId: "r1" },
      { delta: -12.25, reason: "Usage", referenceId: "r2" },
      { delta: -0.75, reason: "Usage", referenceId: "r3" },
    ];
    for (const item of sent)
      await pac.balance.emit("cust_acme", item.delta, item.reason, { referenceId: item.referenceId });
    const checkpoint = await pac.balance.checkpoint("cust_acme");

    const check = await pac.verify(checkpoint.proofRoot);
    expect(check).toMatchObject({ verified: true, proofRoot: checkpoint.proofRoot, kind: "checkpoint" });
    expect(check.summary).toMatchObject({ recordCount: 3, netChange: 27, endingBalance: 27 });
    const hashes = check.records.map((record) => record.contentHash);
    expect(merkleRoot(hashes as `0x${string}`[])).toBe(checkpoint.proofRoot);
    expect(
      verifyCheckpoint({
        proofRoot: check.proofRoot,
        deltaCount: check.summary.recordCount,
        contentHashes: hashes,
      }),
    ).toEqual({ valid: true });
    // Each public record is the hash of what this client sent.
    expect(hashes).toEqual(sent.map((item) => contentHash({ customerId: "cust_acme", ...item })));
    expect(JSON.stringify(check)).not.toContain("cust_acme");

    const both = await pac.verify(checkpoint.proofRoot, { source: "both" });
    expect(both.verified).toBe(true);
    const unknown = await pac.verify(`0x${"12".repeat(32)}`).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(NotFoundError);
  });
});

describe("scopes, checkpoint mode and isolation", () => {
  it("daily breakdown, compare from a checkpoint's lastRecordId, a submission root verified publicly, X-Credit-Pool-Id echoed", async () => {
    const { pac, pacspace } = setup();
    const first = await pac.balance.emit("cust_a", 10, "a");
    await pac.balance.emit("cust_a", -3, "b");
    const checkpoint = await pac.balance.checkpoint("cust_a");
    const after = await pac.balance.emit("cust_a", 5, "after", { creditPoolId: "pool-1" }).withResponse();
    expect(after.response.headers.get("X-Credit-Pool-Id")).toBe("pool-1");

    const daily = await pac.balance.derive("cust_a", { granularity: "day" });
    const today = new Date(pacspace.clock.now()).toISOString().slice(0, 10);
    const active = (daily.breakdown ?? []).filter((bucket) => bucket.deltasCount > 0);
    expect(active).toEqual([expect.objectContaining({ deltasCount: 3, netChange: 12, closingBalance: 12 })]);
    expect(active[0]?.bucketStart.startsWith(today)).toBe(true);

    const report = await pac.balance.compare(
      "cust_a",
      { yours: 12, theirs: 7 },
      // null only for a checkpoint over no deltas
      { startingCheckpoint: checkpoint.lastRecordId ?? "", startingBalance: 7 },
    );
    expect(report).toMatchObject({ outcome: "yours_matches", neutralBalance: 12, deltasCount: 1 });
    expect(report.scope).toMatchObject({ startingCheckpointType: "recordId", afterSequenceNumber: 2 });

    const submission = await pac.verify(first.receiptId);
    expect(submission).toMatchObject({ verified: true, kind: "submission", summary: { recordCount: 1 } });
  });

  it("a live key and another tenant see none of the sandbox's data", async () => {
    const { pac, pacspace } = setup();
    await pac.balance.emit("cust_a", 10, "sandbox");
    const other = pacspace.createTenant();
    const live = pacspace.createApiKey(defaultTenantId(pacspace), { environment: "live" });
    const livePac = clientFor(live.apiKey);
    expect(livePac.environment).toBe("live");
    for (const client of [livePac, clientFor(other.apiKey)]) {
      expect(await client.balance.customersSummary()).toMatchObject({ totalCustomers: 0, totalDeltas: 0 });
      await expect(client.balance.customer("cust_a")).rejects.toBeInstanceOf(NotFoundError);
    }
  });
});

describe("customers and account", () => {
  it("customers iterates every page; customer, customersSummary, gaps, limits and usage answer from the ledger", async () => {
    const { pac, pacspace } = setup({ verification: "manual" });
    const ids = Array.from({ length: 7 }, (_, i) => `cust_${i}`);
    await pac.balance.emitBatch(ids.map((customerId, i) => ({ customerId, delta: i + 1, reason: "r" })));
    const seq = [];
    for (let i = 0; i < 3; i++) seq.push(await pac.balance.emit("cust_0", 1, `more ${i}`));
    pacspace.verifyPending({ recordIds: [seq[1]?.recordId ?? ""] });

    const gaps = await pac.balance.gaps("cust_0");
    expect(gaps).toMatchObject({ customerId: "cust_0", complete: false });
    expect(gaps.gaps.map(({ from, to }) => [from, to])).toEqual([
      [1, 2],
      [4, 4],
    ]);
    pacspace.verifyPending();
    expect(await pac.balance.gaps("cust_0")).toMatchObject({ gaps: [], complete: true });

    const firstPage = await pac.balance.customers({ limit: 3 });
    expect(firstPage.pagination).toMatchObject({ page: 1, limit: 3, total: 7, totalPages: 3 });
    const everyone = await collect(pac.balance.customers({ limit: 3 }));
    expect(everyone.map((customer) => customer.customerId).sort()).toEqual(ids);
    expect(
      mock
        .requestsTo("GET", "/api/v1/balance/customers")
        .filter((r) => r.path === "/api/v1/balance/customers"),
    ).toHaveLength(4);

    const customer = await pac.balance.customer("cust_0", { deltaLimit: 2 });
    expect(customer).toMatchObject({ customerId: "cust_0", totalDeltas: 4, computedBalance: 4 });
    expect(customer.recentActivity.items).toHaveLength(2);
    await expect(pac.balance.customer("cust_nobody")).rejects.toBeInstanceOf(NotFoundError);

    expect(await pac.balance.customersSummary()).toMatchObject({
      totalCustomers: 7,
      totalDeltas: 10,
      verifiedDeltas: 10,
      pendingDeltas: 0,
      failedDeltas: 0,
      netBalance: 31,
    });
    expect(await pac.balance.limits()).toMatchObject({ maxBatchSize: 100, maxScopeMonths: 12 });
    expect(await pac.balance.usage()).toMatchObject({ plan: "growth", consumedDeltas: 10, allowed: true });
  });

  it("pac.raw reaches any operation through the same transport", async () => {
    const { pac, pacspace } = setup();
    await pac.balance.emit("cust_acme", 3, "r");
    const { data, response } = await pac.raw.GET("/api/v1/balance/customers/summary");
    expect(response.status).toBe(200);
    expect(data?.data.totalDeltas).toBe(1);
    const request = mock.requestsTo("GET", "/api/v1/balance/customers/summary")[0];
    expect(request?.requestHeaders.get("X-Api-Key")).toBe(pacspace.apiKey);
    expect(request?.requestHeaders.get("User-Agent")).toMatch(/^pacspace-sdk-typescript\//);
  });
});

describe("webhook events", () => {
  it("an unknown event is a typed NotFoundError; with no endpoint the list is empty", async () => {
    const { pac } = setup();
    await pac.balance.emit("cust_acme", 3, "r");
    const empty = await pac.balance.webhookEvents();
    expect(empty.events).toEqual([]);
    expect(await collect(pac.balance.webhookEvents())).toEqual([]);
    const error = await pac.balance.retryWebhookEvent("evt_unknown").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).requestId).toMatch(/\S/);
  });

  it("deliveries to a failing endpoint are listed, iterable, and re-queued by retryWebhookEvent", async () => {
    const { pac, pacspace } = setup();
    const engine = pacspace.webhooks;
    let received = 0;
    let answer = 500;
    mock.server.use(
      http.post("https://hooks.integration.test/pacspace", () => {
        received += 1;
        return new HttpResponse(null, { status: answer });
      }),
    );
    engine.createEndpoint(defaultTenantId(pacspace), {
      url: "https://hooks.integration.test/pacspace",
      events: ["delta.verified"],
    });
    await pac.balance.emit("cust_acme", 3, "r");
    await engine.flush();
    expect(received).toBe(1);

    const listed = await pac.balance.webhookEvents({ limit: 10 });
    expect(listed.events).toHaveLength(1);
    const delivery = listed.events[0];
    if (!delivery) throw new Error("no delivery");
    expect(delivery).toMatchObject({ event: "delta.verified", attempts: 1, lastStatusCode: 500 });
    expect(delivery.status).not.toBe("delivered");
    expect(await collect(pac.balance.webhookEvents({ limit: 1 }))).toHaveLength(1);

    answer = 200;
    const retried = await pac.balance.retryWebhookEvent(delivery.eventId);
    expect(retried.eventId).toBe(delivery.eventId);
    await engine.flush();
    expect(received).toBe(2);
    const after = await pac.balance.webhookEvents({ status: "delivered" });
    expect(after.events.map((event) => event.eventId)).toEqual([delivery.eventId]);
  });
});
