import { PacSpaceError } from "../errors.js";

/**
 * A summary `queueSummary` refused before anything was queued: `details[0].path` names the field
 * (`customerId`, `delta`, `windowStart`, `windowEnd`). Code `INVALID_SUMMARY`, as in the official
 * PacSpace SDKs.
 */
export class InvalidSummaryError extends PacSpaceError {
  override name = "InvalidSummaryError";
  protected static override readonly defaultCode: string = "INVALID_SUMMARY";
}

/**
 * Submission options that cannot work: `sub_daily` or `immediate` without `enterprise: true`, or a
 * scheduled profile without a positive `cadenceMs`. Code `INVALID_SUBMISSION_PROFILE`, as in the
 * official PacSpace SDKs; thrown by `new PacSpace(…)`.
 */
export class InvalidSubmissionProfileError extends PacSpaceError {
  override name = "InvalidSubmissionProfileError";
  protected static override readonly defaultCode: string = "INVALID_SUBMISSION_PROFILE";
}
