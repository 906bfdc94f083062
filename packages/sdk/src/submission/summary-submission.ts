import { loadOnce } from "../load-once.js";
import { setBackgroundTimeout } from "./background-timer.js";
import type { SubmitSummaryBatch } from "./batch-transport.js";
import { registerExitFlush, unregisterExitFlush } from "./exit-flush.js";
import {
  type ResolvedSubmissionOptions,
  resolveSubmissionOptions,
  type SubmissionOptions,
} from "./options.js";
import type { SummaryFlushReport, SummaryQueueState } from "./report.js";
import { normalizeSummary, type QueuedSummary, type SummaryInput } from "./summary.js";
import type { SummaryFlushContext } from "./summary-flush.js";

/** What the submitter asks of the client it belongs to. */
export interface SubmissionLifecycle {
  readonly closed: boolean;
  /** Throws the client's `ClientClosedError` once it is closed. */
  assertOpen(): void;
}

const ALWAYS_OPEN: SubmissionLifecycle = { closed: false, assertOpen: () => undefined };

export interface FlushOptions {
  /** Take at most this many summaries from the queue (oldest first). */
  maxItems?: number;
}

const nowIso = () => new Date().toISOString();

// The flush itself (batching, pacing) is a chunk of its own, loaded on the first flush or
// `start()`: queueing, the queue's state and the scheduler's timer stay synchronous.
const loadFlush = loadOnce(() => import("./summary-flush.js"));
const preloadFlush = () => {
  loadFlush().catch(() => undefined);
};

/**
 * The summary submitter (`pac.balance.submission`): queue one delta per customer and window,
 * and it sends them in batches of at most 100, at most 10 requests a minute, on the profile's
 * schedule. A summary queued again for the same customer and window replaces the queued one;
 * its deterministic `referenceId` makes a summary submitted twice count once. A summary the
 * service refuses stays queued for the next flush. The scheduler's timer never keeps a process
 * alive; queued summaries are flushed by `shutdown()` and, best effort, when the process exits
 * or the page is hidden.
 */
export class SummarySubmission {
  readonly #options: ResolvedSubmissionOptions;
  readonly #lifecycle: SubmissionLifecycle;
  readonly #queue = new Map<string, QueuedSummary>();
  readonly #flushContext: SummaryFlushContext;
  #flushing: Promise<unknown> = Promise.resolve();
  #immediateFlushPending = false;
  #running = false;
  #cancelTimer: (() => void) | undefined;
  #nextFlushAt: number | undefined;
  readonly #exitFlush = () => this.#flushOnExit();

  /** Throws `InvalidSubmissionProfileError` for options that cannot run. */
  constructor(
    submitBatch: SubmitSummaryBatch,
    options?: SubmissionOptions,
    lifecycle: SubmissionLifecycle = ALWAYS_OPEN,
  ) {
    this.#options = resolveSubmissionOptions(options);
    this.#lifecycle = lifecycle;
    this.#flushContext = {
      queue: this.#queue,
      options: this.#options,
      submitBatch,
      lastRequestAt: Number.NEGATIVE_INFINITY,
    };
  }

  /**
   * Queues one summary (replacing a queued one of the same customer and window) and returns it
   * normalised. Throws `InvalidSummaryError` for a bad summary. With the `immediate` profile a
   * flush starts at once; otherwise the scheduler starts (unless `autoStart: false`).
   */
  queueSummary(summary: SummaryInput): QueuedSummary {
    return this.queueSummaries([summary])[0] as QueuedSummary;
  }

  /** Queues several summaries; if any is invalid, none is queued. */
  queueSummaries(summaries: Iterable<SummaryInput>): QueuedSummary[] {
    this.#lifecycle.assertOpen();
    const queuedAt = nowIso();
    const normalized = [...summaries].map((summary) =>
      normalizeSummary(summary, this.#options.defaultReason, queuedAt),
    );
    for (const summary of normalized) this.#queue.set(summary.key, summary);
    if (normalized.length === 0) return normalized;
    if (this.#options.autoFlushOnShutdown) registerExitFlush(this.#exitFlush);
    if (this.#options.profile === "immediate") this.#flushInBackground();
    else if (this.#options.autoStart && !this.#running) this.start();
    return normalized;
  }

  /**
   * Sends queued summaries now (after any flush already running) and resolves with what
   * happened. Never rejects for a failed request: its summaries are reported in `failures`
   * and stay queued. Rejects with `ClientClosedError` once the client is closed, and with the
   * loader's error if the flush's code cannot be loaded (the summaries stay queued).
   */
  flushSummaries(options: FlushOptions = {}): Promise<SummaryFlushReport> {
    try {
      this.#lifecycle.assertOpen();
    } catch (error) {
      return Promise.reject(error);
    }
    const flush = this.#flushing.then(() => this.#flush(options));
    this.#flushing = flush.catch(() => undefined);
    return flush;
  }

  /** Starts the scheduler: a flush every `cadenceMs` (the `immediate` profile needs no timer). */
  start(): void {
    this.#lifecycle.assertOpen();
    if (this.#running) return;
    this.#running = true;
    preloadFlush();
    if (this.#options.profile !== "immediate") this.#schedule();
  }

  /** Stops the scheduler; queued summaries stay queued. */
  stop(): void {
    this.#running = false;
    this.#nextFlushAt = undefined;
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
  }

  /** Stops the scheduler and flushes what is queued. */
  async shutdown(): Promise<SummaryFlushReport> {
    this.stop();
    return this.flushSummaries();
  }

  getSummaryQueueState(): SummaryQueueState {
    return {
      profile: this.#options.profile,
      cadenceMs: this.#options.cadenceMs,
      enterprise: this.#options.enterprise,
      queuedCount: this.#queue.size,
      isRunning: this.#running,
      nextFlushAt: this.#nextFlushAt === undefined ? null : new Date(this.#nextFlushAt).toISOString(),
    };
  }

  #schedule(): void {
    this.#cancelTimer?.();
    const delay = Math.max(1, this.#options.cadenceMs);
    this.#nextFlushAt = Date.now() + delay;
    this.#cancelTimer = setBackgroundTimeout(() => this.#onTimer(), delay);
  }

  #onTimer(): void {
    this.#cancelTimer = undefined;
    this.#nextFlushAt = undefined;
    if (!this.#running) return;
    this.flushSummaries()
      .catch(() => undefined)
      .finally(() => {
        if (this.#running) this.#schedule();
      });
  }

  #flushInBackground(): void {
    if (this.#immediateFlushPending) return;
    this.#immediateFlushPending = true;
    preloadFlush();
    // Summaries queued in the same tick join this flush's batch.
    queueMicrotask(() => {
      this.#immediateFlushPending = false;
      this.flushSummaries().catch(() => undefined);
    });
  }

  #flushOnExit(): void {
    // Removed before flushing: a flush that fails must not run again at every `beforeExit`.
    unregisterExitFlush(this.#exitFlush);
    if (this.#lifecycle.closed || this.#queue.size === 0) return;
    this.flushSummaries().catch(() => undefined);
  }

  async #flush({ maxItems }: FlushOptions): Promise<SummaryFlushReport> {
    const report = await (await loadFlush()).flushQueue(this.#flushContext, maxItems);
    if (this.#queue.size === 0) unregisterExitFlush(this.#exitFlush);
    try {
      this.#options.onFlush?.(report);
    } catch {
      // A failing observer must not break the scheduler or the flush that reported to it.
    }
    return report;
  }
}
