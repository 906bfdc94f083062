import { HISTORY_PAGE_SIZE } from "@pacspace/mocks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatText } from "../src/report.js";
import type { ContractReport } from "../src/results.js";
import { CHECK_CATEGORIES } from "../src/results.js";
import { runContract } from "../src/runner.js";
import { loadSpec } from "../src/spec.js";
import { KNOWN_MOCK_DEVIATIONS, unexpectedFailures } from "./support/known-deviations.js";
import { type RunningMock, startMock } from "./support/mock.js";
import { type Mutation, startMutatingProxy } from "./support/mutating-proxy.js";
import { servedOperationIds } from "./support/routes.js";

/**
 * The kit against the real mock (`startMockServer`, real HTTP): a full run conforms, and
 * the same mock behind a proxy that plants one violation is caught, by operation. The run
 * covers the operations the mock serves; the drift gate reports the ones it does not.
 */

const isMiddleware = (operationId: string) =>
  loadSpec()
    .operations.find((operation) => operation.operationId === operationId)
    ?.path.startsWith("/api/v1/middleware/") ?? false;
// The middleware routes answer only billing-middleware tenants: they get a run of their own below.
const served = servedOperationIds(loadSpec()).filter((operationId) => !isMiddleware(operationId));
const middlewareServed = servedOperationIds(loadSpec()).filter(isMiddleware);

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock?.close();
});

describe("the mock honours the contract", () => {
  let report: ContractReport;
  beforeAll(async () => {
    report = await runContract({
      baseUrl: mock.url,
      apiKey: mock.apiKey,
      only: served,
      checks: [...CHECK_CATEGORIES],
      seed: 20261127,
      runTag: "mock",
      // One entry more than a history page holds: the records chain follows x-next-from-seq.
      recordEntries: HISTORY_PAGE_SIZE + 1,
      stateProbe: () => mock.snapshot(),
      probeSettleMs: 100,
    });
  }, 60_000);

  it("has no violation beyond the known ones", () => {
    expect(unexpectedFailures(report), formatText(report)).toEqual([]);
    expect(report.serverErrors).toBe(0);
  });

  it("ran every kind of check on every operation it could", () => {
    const categories = new Set(
      report.operations.flatMap((summary) => summary.results.map((result) => result.category)),
    );
    expect([...categories].sort()).toEqual([
      "auth",
      "chain",
      "invalid",
      "routing",
      "state",
      "unknown-id",
      "valid",
    ]);
    const chain = report.operations
      .flatMap((summary) => summary.results)
      .filter((result) => result.category === "chain");
    // The chain reached its end: emit → … → verify → receipts → gaps.
    expect(chain.filter((result) => result.outcome === "passed").map((result) => result.name)).toEqual(
      expect.arrayContaining([
        "emit a delta",
        "status until VERIFIED",
        "balance = previous balance + delta",
        "the checkpoint covers the delta",
        "the root covers the delta and recomputes",
        "read the receipt publicly",
        "the PDF is a PDF",
        "the invoice proof is the scoped receipt",
        "a verified sequence is complete",
        "append the recorded entry",
        "append the amended entries",
        "wait until the last entry commits",
        "the receipt is the committed first entry",
        "read the next history page",
        "the pages join up at x-next-from-seq",
        "records.check accepts the history",
      ]),
    );
    // On the API-key surface only operations needing an id no call produces (a webhook event)
    // are skipped; dashboard operations need a bearer token this run does not have.
    const skipped = report.operations
      .filter((summary) => summary.path.startsWith("/api/"))
      .flatMap((summary) => summary.results)
      .filter((result) => result.outcome === "skipped");
    expect(skipped.map((result) => result.operationId)).toEqual(["retryWebhookEvent"]);
    // The routes added with the invoice proof and the receipt PDF, and the record reads, get the same checks as the others.
    for (const operationId of [
      "getInvoiceProof",
      "getPublicReceiptPdf",
      "getRecordReceipt",
      "getRecordHistory",
    ]) {
      const ran = new Set(
        report.operations
          .find((summary) => summary.operationId === operationId)
          ?.results.filter((result) => result.outcome === "passed")
          .map((result) => result.category),
      );
      expect([...ran].sort(), operationId).toEqual(
        operationId === "getPublicReceiptPdf"
          ? ["chain", "invalid", "unknown-id", "valid"]
          : ["auth", "chain", "invalid", "unknown-id", "valid"],
      );
    }
  });

  it("lists the known deviations it tolerates", () => {
    for (const known of KNOWN_MOCK_DEVIATIONS) expect(known.why.length).toBeGreaterThan(10);
  });
});

describe("the middleware routes honour the contract for a billing-middleware tenant", () => {
  it("has no violation beyond the known ones", async () => {
    // A mock of its own: configuring the tenant as middleware changes what its emits need.
    const middlewareMock = await startMock();
    try {
      const configured = await fetch(`${middlewareMock.url}/__mock/middleware/tenants`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          tenantId: middlewareMock.tenantId,
          vendorAccounts: [{ vendorAccountId: "cmw_vendor_123" }],
        }),
      });
      expect(configured.status).toBe(200);
      const report = await runContract({
        baseUrl: middlewareMock.url,
        apiKey: middlewareMock.apiKey,
        only: middlewareServed,
        // The chain emits without a vendor account, which a middleware tenant may not do.
        checks: CHECK_CATEGORIES.filter((category) => category !== "chain"),
        seed: 20261202,
        runTag: "middleware",
      });
      expect(middlewareServed).toHaveLength(9);
      expect(unexpectedFailures(report), formatText(report)).toEqual([]);
      expect(report.serverErrors).toBe(0);
    } finally {
      await middlewareMock.close();
    }
  }, 60_000);
});

/** Runs the kit through a proxy that rewrites the mock's answers. */
let proxyRuns = 0;

async function throughProxy(
  only: string[],
  mutate: Mutation,
  intercept?: Parameters<typeof startMutatingProxy>[2],
) {
  const proxy = await startMutatingProxy(mock.url, mutate, intercept);
  try {
    return await runContract({
      baseUrl: proxy.url,
      apiKey: mock.apiKey,
      only,
      seed: 5,
      // A tag of its own per run: runs share the mock, and the records chain writes a record per tag.
      runTag: `proxy${only.length}-${++proxyRuns}`,
    });
  } finally {
    await proxy.close();
  }
}

function failures(report: ContractReport, operationId: string): string[] {
  return (report.operations.find((summary) => summary.operationId === operationId)?.results ?? [])
    .filter((result) => result.outcome === "failed")
    .map((result) => `[${result.category}] ${result.name}: ${result.messages.join("; ")}`);
}

const isOperation = (method: string, pattern: RegExp) => (exchange: { method: string; target: string }) =>
  exchange.method === method && pattern.test(exchange.target.split("?")[0] ?? "");

describe("planted violations in front of the mock", () => {
  it("a wrong type in a body (sequenceNumber as a string)", async () => {
    const isStatus = isOperation("GET", /^\/api\/v1\/balance\/delta\/[^/]+$/);
    const report = await throughProxy(["getDeltaStatus"], (exchange) =>
      isStatus(exchange) && exchange.status === 200
        ? { ...exchange, body: exchange.body.replace(/"sequenceNumber":(\d+)/, '"sequenceNumber":"$1"') }
        : exchange,
    );
    expect(report.ok).toBe(false);
    expect(failures(report, "getDeltaStatus")[0]).toContain("body /data/sequenceNumber must be integer");
  }, 30_000);

  it("a 500", async () => {
    const isList = isOperation("GET", /^\/api\/v1\/balance\/customers$/);
    const report = await throughProxy(["listCustomers"], (exchange) =>
      isList(exchange)
        ? {
            ...exchange,
            status: 500,
            body: JSON.stringify({
              success: false,
              error: { code: "INTERNAL_ERROR", message: "planted", requestId: "req_x" },
            }),
          }
        : exchange,
    );
    expect(report.serverErrors).toBeGreaterThan(0);
    expect(failures(report, "listCustomers")[0]).toContain("server error: 500 INTERNAL_ERROR");
  }, 30_000);

  it("a missing X-Request-Id header", async () => {
    const isUsage = isOperation("GET", /^\/api\/v1\/balance\/usage$/);
    const report = await throughProxy(["getUsage"], (exchange) => {
      if (!isUsage(exchange)) return exchange;
      const { "x-request-id": _dropped, ...headers } = exchange.headers;
      return { ...exchange, headers };
    });
    const lines = failures(report, "getUsage");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.includes("missing header X-Request-Id"))).toBe(true);
  }, 30_000);

  const isHistory = isOperation("GET", /^\/api\/v1\/records\/[^/]+\/[^/]+\/history$/);
  const records = ["emitRecordTransition", "getRecordReceipt", "getRecordHistory"];

  it("a history whose committed content was changed by one byte", async () => {
    const report = await throughProxy(records, (exchange) =>
      isHistory(exchange) && exchange.status === 200
        ? {
            ...exchange,
            body: exchange.body.replace('"actorId":"pacspace-contract"', '"actorId":"pacspace-contracT"'),
          }
        : exchange,
    );
    expect(failures(report, "getRecordHistory")).toEqual([
      expect.stringMatching(
        /^\[chain\] records\.check accepts the history: records\.check: chain — The content of entry 1 /,
      ),
    ]);
  }, 30_000);

  it("a history page that names the wrong next page", async () => {
    const report = await throughProxy(records, (exchange) =>
      isHistory(exchange) && exchange.status === 200 && !exchange.target.includes("fromSeq")
        ? { ...exchange, headers: { ...exchange.headers, "x-next-from-seq": "2" } }
        : exchange,
    );
    expect(failures(report, "getRecordHistory")).toContain(
      "[chain] the history page is well formed: page at 0 holds 3 entries but names 2 as the next",
    );
  }, 30_000);

  it("an invalid body accepted (a delta without `reason` answered 201)", async () => {
    const isEmit = isOperation("POST", /^\/api\/v1\/balance\/delta$/);
    const report = await throughProxy(
      ["emitDelta"],
      (exchange) => exchange,
      (request) => {
        if (!isEmit(request)) return undefined;
        let body: unknown;
        try {
          body = JSON.parse(request.body);
        } catch {
          return undefined;
        }
        if (typeof body !== "object" || body === null || "reason" in body) return undefined;
        const record = {
          recordId: "rec_planted",
          customerId: "planted",
          delta: 1,
          reason: "planted",
          referenceId: null,
          metadata: null,
          adjusts: null,
          status: "QUEUED",
          sequenceNumber: 1,
          contentHash: `0x${"0".repeat(64)}`,
          receiptId: `0x${"0".repeat(64)}`,
          createdAt: new Date().toISOString(),
        };
        return {
          method: request.method,
          target: request.target,
          requestBody: request.body,
          status: 201,
          headers: { "content-type": "application/json", "x-request-id": "req_planted" },
          body: JSON.stringify({ success: true, data: record }),
        };
      },
    );
    expect(failures(report, "emitDelta")).toContain(
      "[invalid] body /reason: missing required property: expected a 4xx rejection, got 201",
    );
  }, 30_000);
});
