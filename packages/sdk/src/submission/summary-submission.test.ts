import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SummaryBatchResult, SummaryDelta } from "./batch-transport.js";
import { InvalidSubmissionProfileError, InvalidSummaryError } from "./errors.js";
import type { SubmissionOptions } from "./options.js";
import type { SummaryFlushReport } from "./report.js";
import { SummarySubmission } from "./summary-submission.js";

const DAY = 86_400_000;
const START = Date.UTC(2026, 3, 5, 0, 0, 0);

interface SentBatch {
  at: number;
  deltas: SummaryDelta[];
}

/** A batch endpoint that accepts every item, or answers what `reply` returns. */
function fakeBatches(reply?: (deltas: SummaryDelta[], call: number) => SummaryBatchResult | Error) {
  const sent: SentBatch[] = [];
  const submit = async (deltas: SummaryDelta[]): Promise<SummaryBatchResult> => {
    sent.push({ at: Date.now(), deltas });
    const answer = reply?.(deltas, sent.length) ?? {
      totalQueued: deltas.length,
      totalFailed: 0,
      receiptId: null,
      results: deltas.map((_, index) => ({ index, status: "QUEUED" as const, recordId: `rec_${index}` })),
    };
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { sent, submit };
}

function summary(customerId: string, day = 17, delta = -1) {
  return {
    customerId,
    delta,
    windowStart: `2026-03-${day}T00:00:00Z`,
    windowEnd: `2026-03-${day + 1}T00:00:00Z`,
  };
}

function submitter(options: SubmissionOptions = {}, reply?: Parameters<typeof fakeBatches>[0]) {
  const batches = fakeBatches(reply);
  const submission = new SummarySubmission(batches.submit, { autoFlushOnShutdown: false, ...options });
  return { submission, ...batches };
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});

afterEach(() => {
  vi.useRealTimers();
});

describe("profiles", () => {
  it("defaults to daily: 24 h cadence, not enterprise", () => {
    const { submission } = submitter();
    expect(submission.getSummaryQueueState()).toEqual({
      profile: "daily",
      cadenceMs: DAY,
      enterprise: false,
      queuedCount: 0,
      isRunning: false,
      nextFlushAt: null,
    });
  });

  it.each(["sub_daily", "immediate"] as const)(
    "%s is enterprise-only (INVALID_SUBMISSION_PROFILE)",
    (profile) => {
      expect(() => submitter({ profile })).toThrow(InvalidSubmissionProfileError);
      expect(() => submitter({ profile })).toThrow(/enterprise-only/);
      expect(submitter({ profile, enterprise: true }).submission.getSummaryQueueState()).toMatchObject({
        profile,
        cadenceMs: profile === "sub_daily" ? 21_600_000 : 0,
        enterprise: true,
      });
    },
  );

  it("refuses an unknown profile, a scheduled profile without cadence and non-finite numbers", () => {
    const codes = [
      { profile: "hourly" as never },
      { cadenceMs: 0 },
      { cadenceMs: -5 },
      { maxRequestsPerMinute: Number.NaN },
      { maxDeltasPerRequest: Number.POSITIVE_INFINITY },
    ].map((options) => {
      try {
        submitter(options);
        return "accepted";
      } catch (error) {
        return error instanceof InvalidSubmissionProfileError ? error.code : String(error);
      }
    });
    expect(codes).toEqual(Array(5).fill("INVALID_SUBMISSION_PROFILE"));
  });
});

describe("queueing and dedupe", () => {
  it("keeps one summary per customer and window: the later one replaces the earlier in place", async () => {
    const { submission, sent } = submitter({ autoStart: false });
    submission.queueSummary(summary("cust_a", 17, -1));
    submission.queueSummary(summary("cust_b", 17, -2));
    const replaced = submission.queueSummary({
      ...summary("cust_a", 17, -9),
      windowStart: "2026-03-17T01:00:00+01:00",
    });
    submission.queueSummary(summary("cust_a", 18, -3));
    expect(replaced.key).toBe("cust_a|2026-03-17T00:00:00Z|2026-03-18T00:00:00Z");
    expect(submission.getSummaryQueueState().queuedCount).toBe(3);

    await submission.flushSummaries();
    expect(sent[0]?.deltas.map((delta) => [delta.customerId, delta.delta])).toEqual([
      ["cust_a", -9],
      ["cust_b", -2],
      ["cust_a", -3],
    ]);
  });

  it("queues nothing when one summary of a list is invalid", () => {
    const { submission } = submitter({ autoStart: false });
    expect(() => submission.queueSummaries([summary("cust_a"), { ...summary("cust_b"), delta: 0 }])).toThrow(
      InvalidSummaryError,
    );
    expect(submission.getSummaryQueueState().queuedCount).toBe(0);
  });

  it("sends each summary as a delta with its window in the metadata (caller metadata wins)", async () => {
    const { submission, sent } = submitter({ autoStart: false, defaultReason: "daily usage" });
    const queued = submission.queueSummary({
      ...summary("cust_a"),
      metadata: { plan: "pro", submissionType: "custom" },
    });
    await submission.flushSummaries();
    expect(sent[0]?.deltas).toEqual([
      {
        customerId: "cust_a",
        delta: -1,
        reason: "daily usage",
        referenceId: queued.referenceId,
        metadata: {
          summaryWindowStart: "2026-03-17T00:00:00Z",
          summaryWindowEnd: "2026-03-18T00:00:00Z",
          summaryProfile: "daily",
          submissionType: "custom",
          plan: "pro",
        },
      },
    ]);
    expect(queued.referenceId).toMatch(/^sum_[0-9a-f]{48}$/);
  });
});

describe("flushing: batches, pacing and results", () => {
  it("sends at most 100 deltas per request and at most 10 requests a minute, evenly spaced", async () => {
    const { submission, sent } = submitter({ autoStart: false });
    submission.queueSummaries(Array.from({ length: 250 }, (_, i) => summary(`cust_${i}`)));
    const flushed = submission.flushSummaries();
    await vi.advanceTimersByTimeAsync(20_000);
    const report = await flushed;
    expect(sent.map((batch) => batch.deltas.length)).toEqual([100, 100, 50]);
    expect(sent.map((batch) => batch.at - START)).toEqual([0, 6_000, 12_000]);
    expect(report).toMatchObject({
      attempted: 250,
      submitted: 250,
      failed: 0,
      requestCount: 3,
      queuedAfterFlush: 0,
    });
  });

  it("keeps the spacing across flushes and honours maxDeltasPerRequest / maxRequestsPerMinute", async () => {
    const { submission, sent } = submitter({
      autoStart: false,
      maxDeltasPerRequest: 2,
      maxRequestsPerMinute: 30,
    });
    submission.queueSummaries([summary("a"), summary("b"), summary("c")]);
    const first = submission.flushSummaries();
    await vi.advanceTimersByTimeAsync(2_000);
    await first;
    submission.queueSummary(summary("d"));
    const second = submission.flushSummaries();
    await vi.advanceTimersByTimeAsync(500);
    expect(sent).toHaveLength(2); // the next request may leave 2 s after the previous one
    await vi.advanceTimersByTimeAsync(1_500);
    await second;
    expect(sent.map((batch) => [batch.at - START, batch.deltas.length])).toEqual([
      [0, 2],
      [2_000, 1],
      [4_000, 1],
    ]);
  });

  it("clamps maxDeltasPerRequest to 100", async () => {
    const { submission, sent } = submitter({
      autoStart: false,
      maxDeltasPerRequest: 500,
      maxRequestsPerMinute: 1000,
    });
    submission.queueSummaries(Array.from({ length: 101 }, (_, i) => summary(`cust_${i}`)));
    const flushed = submission.flushSummaries();
    await vi.advanceTimersByTimeAsync(1_000);
    await flushed;
    expect(sent.map((batch) => batch.deltas.length)).toEqual([100, 1]);
  });

  it("keeps refused items queued, counts replays, and keeps a whole chunk queued when its request fails", async () => {
    const { submission } = submitter(
      { autoStart: false, maxDeltasPerRequest: 3, maxRequestsPerMinute: 6000 },
      (_deltas, call) =>
        call === 2
          ? Object.assign(new Error("Rate limit exceeded"), { code: "RATE_LIMITED" })
          : {
              totalQueued: 2,
              totalFailed: 1,
              receiptId: null,
              results: [
                { index: 0, status: "FAILED", error: "CADENCE_LIMIT", errorMessage: "wait 30 s" },
                { index: 1, status: "QUEUED", recordId: "rec_1", idempotent: true },
                // index 2 missing: counted as submitted, as the official SDKs do
              ],
            },
    );
    const queued = submission.queueSummaries(["a", "b", "c", "d"].map((id) => summary(id)));
    const flushed = submission.flushSummaries();
    await vi.advanceTimersByTimeAsync(100);
    const report = await flushed;
    expect(report).toMatchObject({
      attempted: 4,
      submitted: 2,
      failed: 2,
      replayed: 1,
      requestCount: 2,
      queuedAfterFlush: 2,
    });
    expect(report.failures).toEqual([
      { customerId: "a", referenceId: queued[0]?.referenceId, error: "CADENCE_LIMIT", detail: "wait 30 s" },
      {
        customerId: "d",
        referenceId: queued[3]?.referenceId,
        error: "Rate limit exceeded",
        detail: "RATE_LIMITED",
      },
    ]);
  });

  it("flushes at most maxItems, oldest first", async () => {
    const { submission, sent } = submitter({ autoStart: false });
    submission.queueSummaries([summary("a"), summary("b"), summary("c")]);
    const report = await submission.flushSummaries({ maxItems: 2 });
    expect(sent[0]?.deltas.map((delta) => delta.customerId)).toEqual(["a", "b"]);
    expect(report.queuedAfterFlush).toBe(1);
    expect(await submission.flushSummaries({ maxItems: 0 })).toMatchObject({ attempted: 0, requestCount: 0 });
  });

  it("an empty flush sends nothing", async () => {
    const { submission, sent } = submitter();
    expect(await submission.flushSummaries()).toMatchObject({
      attempted: 0,
      submitted: 0,
      requestCount: 0,
      failures: [],
    });
    expect(sent).toHaveLength(0);
  });

  it("a summary replaced while its flush is in flight stays queued with the newer content", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sent: SummaryDelta[][] = [];
    const slow = new SummarySubmission(
      async (deltas) => {
        sent.push(deltas);
        await gate;
        return submitterResult(deltas);
      },
      { autoStart: false, autoFlushOnShutdown: false, maxRequestsPerMinute: 6000 },
    );
    slow.queueSummary(summary("a", 17, -1));
    const flushed = slow.flushSummaries();
    await vi.advanceTimersByTimeAsync(0);
    slow.queueSummary(summary("a", 17, -5));
    release();
    expect((await flushed).submitted).toBe(1);
    expect(slow.getSummaryQueueState().queuedCount).toBe(1);
    expect(sent.map((deltas) => deltas.map((delta) => delta.delta))).toEqual([[-1]]);
    const again = slow.flushSummaries();
    await vi.advanceTimersByTimeAsync(10);
    await again;
    expect(sent.map((deltas) => deltas.map((delta) => delta.delta))).toEqual([[-1], [-5]]);
  });

  it("serialises flushes: a second flush starts after the first and sends what is left", async () => {
    const { submission, sent } = submitter({ autoStart: false, maxRequestsPerMinute: 6000 });
    submission.queueSummaries([summary("a"), summary("b")]);
    const [first, second] = [submission.flushSummaries(), submission.flushSummaries()];
    await vi.advanceTimersByTimeAsync(100);
    expect((await first).submitted).toBe(2);
    expect((await second).attempted).toBe(0);
    expect(sent).toHaveLength(1);
  });

  it("reports every flush to onFlush, and an observer that throws breaks nothing", async () => {
    const reports: SummaryFlushReport[] = [];
    const { submission } = submitter({
      autoStart: false,
      onFlush: (report) => {
        reports.push(report);
        throw new Error("observer failed");
      },
    });
    submission.queueSummary(summary("a"));
    await expect(submission.flushSummaries()).resolves.toMatchObject({ submitted: 1 });
    expect(reports).toHaveLength(1);
  });
});

function submitterResult(deltas: SummaryDelta[]): SummaryBatchResult {
  return {
    totalQueued: deltas.length,
    totalFailed: 0,
    receiptId: null,
    results: deltas.map((_, index) => ({ index, status: "QUEUED" as const })),
  };
}

describe("the scheduler", () => {
  it("starts on the first queued summary and flushes every cadence", async () => {
    const { submission, sent } = submitter({ cadenceMs: 60_000 });
    submission.queueSummary(summary("a"));
    expect(submission.getSummaryQueueState()).toMatchObject({
      isRunning: true,
      queuedCount: 1,
      nextFlushAt: new Date(START + 60_000).toISOString(),
    });
    await vi.advanceTimersByTimeAsync(59_999);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(1);
    expect(submission.getSummaryQueueState()).toMatchObject({
      queuedCount: 0,
      nextFlushAt: new Date(START + 120_000).toISOString(),
    });
    submission.queueSummary(summary("b"));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent.map((batch) => batch.at - START)).toEqual([60_000, 120_000]);
  });

  it("stop() cancels the timer and keeps the queue; start() resumes", async () => {
    const { submission, sent } = submitter({ cadenceMs: 1_000 });
    submission.queueSummary(summary("a"));
    submission.stop();
    expect(submission.getSummaryQueueState()).toMatchObject({
      isRunning: false,
      nextFlushAt: null,
      queuedCount: 1,
    });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toHaveLength(0);
    submission.start();
    submission.start(); // idempotent: still one timer
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(1);
  });

  it("autoStart: false leaves the scheduler off", async () => {
    const { submission, sent } = submitter({ autoStart: false, cadenceMs: 1_000 });
    submission.queueSummary(summary("a"));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(0);
    expect(submission.getSummaryQueueState().isRunning).toBe(false);
  });

  it("immediate: summaries queued in the same tick go out together, with no timer", async () => {
    const { submission, sent } = submitter({ profile: "immediate", enterprise: true });
    submission.queueSummary(summary("a"));
    submission.queueSummaries([summary("b"), summary("c")]);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((batch) => batch.deltas.length)).toEqual([3]);
    expect(submission.getSummaryQueueState()).toMatchObject({ queuedCount: 0, nextFlushAt: null });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("shutdown() stops the scheduler and flushes what is queued", async () => {
    const { submission, sent } = submitter();
    submission.queueSummaries([summary("a"), summary("b")]);
    const report = await submission.shutdown();
    expect(report).toMatchObject({ submitted: 2, queuedAfterFlush: 0 });
    expect(sent).toHaveLength(1);
    expect(submission.getSummaryQueueState()).toMatchObject({ isRunning: false, nextFlushAt: null });
    expect(vi.getTimerCount()).toBe(0);
  });
});
