/**
 * What a flush does (batching, pacing, reading the batch results), loaded with `import()` on the
 * submitter's first flush or `start()`: an app that only queues summaries, or never uses the
 * submitter, does not load it with the client.
 */
import type { SubmitSummaryBatch, SummaryDelta } from "./batch-transport.js";
import type { ResolvedSubmissionOptions } from "./options.js";
import type { SummaryFailure, SummaryFlushReport } from "./report.js";
import type { QueuedSummary } from "./summary.js";

/** The submitter's state a flush reads and updates. */
export interface SummaryFlushContext {
  readonly queue: Map<string, QueuedSummary>;
  readonly options: ResolvedSubmissionOptions;
  readonly submitBatch: SubmitSummaryBatch;
  /** When the last batch request was sent (ms), for pacing across flushes. */
  lastRequestAt: number;
}

const nowIso = () => new Date().toISOString();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function errorText(error: unknown): { error: string; detail?: string } {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? { error: error.message, detail: code } : { error: error.message };
  }
  return { error: String(error) };
}

async function pace(context: SummaryFlushContext): Promise<void> {
  const interval = 60_000 / context.options.maxRequestsPerMinute;
  const wait = context.lastRequestAt + interval - Date.now();
  if (wait > 0) await sleep(wait);
  context.lastRequestAt = Date.now();
}

function toDelta(summary: QueuedSummary, options: ResolvedSubmissionOptions): SummaryDelta {
  return {
    customerId: summary.customerId,
    delta: summary.delta,
    reason: summary.reason,
    referenceId: summary.referenceId,
    metadata: {
      summaryWindowStart: summary.windowStart,
      summaryWindowEnd: summary.windowEnd,
      summaryProfile: options.profile,
      submissionType: "tenant_summary",
      ...summary.metadata,
    },
  };
}

/**
 * Sends up to `maxItems` queued summaries (oldest first) in batches of at most
 * `maxDeltasPerRequest`, paced to `maxRequestsPerMinute`; accepted ones leave the queue.
 */
export async function flushQueue(
  context: SummaryFlushContext,
  maxItems: number | undefined,
): Promise<SummaryFlushReport> {
  const { queue, options } = context;
  const startedAt = nowIso();
  const limit = maxItems === undefined ? queue.size : Math.max(0, Math.trunc(maxItems));
  const selected = [...queue.values()].slice(0, limit);
  const failures: SummaryFailure[] = [];
  const accepted: QueuedSummary[] = [];
  let replayed = 0;
  let requestCount = 0;

  for (let start = 0; start < selected.length; start += options.maxDeltasPerRequest) {
    const chunk = selected.slice(start, start + options.maxDeltasPerRequest);
    try {
      await pace(context);
      requestCount += 1;
      const result = await context.submitBatch(chunk.map((summary) => toDelta(summary, options)));
      const byIndex = new Map(result.results.map((item) => [item.index, item]));
      for (const [index, summary] of chunk.entries()) {
        const item = byIndex.get(index);
        // Read case-insensitively, as the official SDKs do.
        if (String(item?.status).toUpperCase() === "FAILED") {
          const failure: SummaryFailure = {
            customerId: summary.customerId,
            referenceId: summary.referenceId,
            error: item?.error ?? "Summary submission failed",
          };
          if (item?.errorMessage !== undefined) failure.detail = item.errorMessage;
          failures.push(failure);
          continue;
        }
        accepted.push(summary);
        if (item?.idempotent === true) replayed += 1;
      }
    } catch (error) {
      for (const summary of chunk) {
        failures.push({
          customerId: summary.customerId,
          referenceId: summary.referenceId,
          ...errorText(error),
        });
      }
    }
  }

  // A summary replaced while its flush was in flight stays queued: the newer one is not sent yet.
  for (const summary of accepted) {
    if (queue.get(summary.key) === summary) queue.delete(summary.key);
  }

  return {
    profile: options.profile,
    startedAt,
    finishedAt: nowIso(),
    attempted: selected.length,
    submitted: accepted.length,
    failed: failures.length,
    replayed,
    requestCount,
    queuedAfterFlush: queue.size,
    failures,
  };
}
