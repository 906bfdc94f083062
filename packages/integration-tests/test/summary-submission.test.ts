import { type BatchResultItem, PacSpace } from "@pacspace/sdk";
import { describe, expect, it } from "vitest";
import { BASE_URL, useInProcessMock } from "./support/in-process.js";

const mock = useInProcessMock();

function day(customerId: string, date: number, delta: number) {
  const start = `2026-03-${String(date).padStart(2, "0")}T00:00:00Z`;
  const end = `2026-03-${String(date + 1).padStart(2, "0")}T00:00:00Z`;
  return { customerId, delta, windowStart: start, windowEnd: end };
}

/** A client whose submitter paces fast enough for a test and never flushes on its own. */
function submitterClient(apiKey: string) {
  return new PacSpace({
    apiKey,
    baseUrl: BASE_URL,
    submission: { autoStart: false, autoFlushOnShutdown: false, maxRequestsPerMinute: 6000 },
  });
}

describe("the summary submitter against the mock", () => {
  it("sends 150 summaries in two batch requests the ledger records with their sum_ reference ids", async () => {
    const pacspace = mock.start();
    const pac = submitterClient(pacspace.apiKey);
    const queued = pac.balance.submission.queueSummaries(
      Array.from({ length: 150 }, (_, i) => day(`cust_${i}`, 17, -(i + 1))),
    );

    const report = await pac.balance.submission.flushSummaries();
    expect(report).toMatchObject({ attempted: 150, submitted: 150, failed: 0, replayed: 0, requestCount: 2 });
    const batches = mock.requestsTo("POST", "/api/v1/balance/delta/batch");
    expect(batches.map((request) => JSON.parse(request.body).deltas.length)).toEqual([100, 50]);
    expect(batches.map((request) => request.status)).toEqual([201, 201]);

    const row = (await pac.balance.derive("cust_7", { startDate: "2026-01-01", endDate: "2027-01-01" }))
      .deltas;
    expect(row).toEqual([
      expect.objectContaining({ delta: -8, reason: "usage_summary", referenceId: queued[7]?.referenceId }),
    ]);
    const record = await pac.balance.deltaStatus(row[0]?.recordId ?? "");
    expect(record.metadata).toEqual({
      summaryWindowStart: "2026-03-17T00:00:00Z",
      summaryWindowEnd: "2026-03-18T00:00:00Z",
      summaryProfile: "daily",
      submissionType: "tenant_summary",
    });
  });

  it("a summary flushed again (another process, a retry) is recorded once: the service flags the replay", async () => {
    const pacspace = mock.start();
    const first = submitterClient(pacspace.apiKey);
    first.balance.submission.queueSummaries([day("cust_a", 17, -5), day("cust_b", 17, -6)]);
    await first.balance.submission.flushSummaries();

    const second = submitterClient(pacspace.apiKey);
    second.balance.submission.queueSummaries([day("cust_a", 17, -5), day("cust_b", 17, -6)]);
    const report = await second.balance.submission.flushSummaries();
    expect(report).toMatchObject({ submitted: 2, replayed: 2, queuedAfterFlush: 0 });
    const customer = await second.balance.customer("cust_a");
    expect(customer.totalDeltas).toBe(1);
  });

  it("a summary the service refuses (CADENCE_LIMIT) stays queued while the rest of its batch is recorded", async () => {
    const pacspace = mock.start({ defaultCadenceMs: 60_000 });
    const pac = submitterClient(pacspace.apiKey);
    pac.balance.submission.queueSummaries([
      day("cust_a", 17, -1),
      day("cust_a", 18, -2),
      day("cust_b", 17, -3),
    ]);
    const report = await pac.balance.submission.flushSummaries();
    expect(report).toMatchObject({ attempted: 3, submitted: 2, failed: 1, queuedAfterFlush: 1 });
    expect(report.failures).toEqual([
      expect.objectContaining({
        customerId: "cust_a",
        error: "CADENCE_LIMIT" satisfies BatchResultItem["error"],
      }),
    ]);
    expect(pac.balance.submission.getSummaryQueueState().queuedCount).toBe(1);
  });

  it("an item the service finds malformed is reported FAILED and stays queued; the rest is recorded", async () => {
    const pacspace = mock.start();
    const pac = submitterClient(pacspace.apiKey);
    pac.balance.submission.queueSummaries([day("not a valid id!", 17, -1), day("cust_ok", 17, -1)]);
    const report = await pac.balance.submission.flushSummaries();
    expect(report).toMatchObject({ submitted: 1, failed: 1, requestCount: 1, queuedAfterFlush: 1 });
    expect(report.failures[0]).toMatchObject({ customerId: "not a valid id!", error: "VALIDATION_ERROR" });
  });

  it("shutdown() flushes and closes: later calls reject with CLIENT_CLOSED", async () => {
    const pacspace = mock.start();
    const pac = submitterClient(pacspace.apiKey);
    pac.balance.submission.queueSummary(day("cust_a", 17, -1));
    expect(await pac.shutdown()).toMatchObject({ submitted: 1 });
    await expect(pac.balance.usage()).rejects.toMatchObject({ code: "CLIENT_CLOSED" });
    expect(mock.requestsTo("POST", "/api/v1/balance/delta/batch")).toHaveLength(1);
  });
});
