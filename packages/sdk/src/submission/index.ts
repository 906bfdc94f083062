export type { SubmitSummaryBatch, SummaryBatchResult, SummaryDelta } from "./batch-transport.js";
export { InvalidSubmissionProfileError, InvalidSummaryError } from "./errors.js";
export { PROFILE_CADENCE_MS, type SubmissionOptions, type SubmissionProfile } from "./options.js";
export type { SummaryFailure, SummaryFlushReport, SummaryQueueState } from "./report.js";
export { type QueuedSummary, type SummaryInput, summaryReferenceId } from "./summary.js";
export { type FlushOptions, type SubmissionLifecycle, SummarySubmission } from "./summary-submission.js";
