import type { SubmissionProfile } from "./options.js";

/** A summary a flush could not submit; it stays queued for the next flush. */
export interface SummaryFailure {
  customerId: string;
  referenceId: string;
  /** The batch item's error code (e.g. `CADENCE_LIMIT`), or the message of the request's error. */
  error: string;
  /** The batch item's `errorMessage`, or the request error's code (e.g. `RATE_LIMITED`). */
  detail?: string;
}

/** What one flush did. */
export interface SummaryFlushReport {
  profile: SubmissionProfile;
  startedAt: string;
  finishedAt: string;
  /** Summaries taken from the queue. */
  attempted: number;
  /** Summaries the service accepted (including replays); they left the queue. */
  submitted: number;
  failed: number;
  /** Accepted summaries the service had already recorded (`idempotent: true`). */
  replayed: number;
  requestCount: number;
  queuedAfterFlush: number;
  failures: SummaryFailure[];
}

/** The scheduler's state, as `getSummaryQueueState()` reports it. */
export interface SummaryQueueState {
  profile: SubmissionProfile;
  cadenceMs: number;
  enterprise: boolean;
  queuedCount: number;
  isRunning: boolean;
  /** When the next scheduled flush runs (ISO-8601 UTC), or null when none is scheduled. */
  nextFlushAt: string | null;
}
