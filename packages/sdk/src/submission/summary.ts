import { bytesToHex } from "../core/hex-encode.js";
import { sha256Compact } from "../core/sha256-compact.js";
import type { components } from "../generated/schema.js";
import { InvalidSummaryError } from "./errors.js";
import { pythonCanonicalJson } from "./python-json.js";
import { parseUtcTimestamp, type UtcTimestamp } from "./utc-timestamp.js";

type Metadata = components["schemas"]["Metadata"];

/** One customer's usage over one window, as handed to `queueSummary`. */
export interface SummaryInput {
  customerId: string;
  /** The window's net change: finite and non-zero (negative debits, positive credits). */
  delta: number;
  /** ISO-8601 start of the window; without an offset it is read as UTC. */
  windowStart: string | Date;
  /** ISO-8601 end of the window, later than `windowStart`. */
  windowEnd: string | Date;
  /** Default: the submitter's `defaultReason` (`usage_summary`). */
  reason?: string;
  /** Default: `sum_` + 48 hex digits of the SHA-256 of the summary's canonical form. */
  referenceId?: string;
  /** Merged into the delta's metadata, over the submitter's own `summary…` keys. */
  metadata?: Metadata;
}

/** A summary as it waits in the queue (what `queueSummary` returns). */
export interface QueuedSummary {
  customerId: string;
  delta: number;
  /** UTC, `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`. */
  windowStart: string;
  windowEnd: string;
  reason: string;
  referenceId: string;
  metadata: Metadata;
  /** When it was queued (ISO-8601 UTC). */
  queuedAt: string;
  /** `customerId|windowStart|windowEnd`: a later summary with the same key replaces this one. */
  key: string;
}

const REFERENCE_ID_PREFIX = "sum_";
const REFERENCE_ID_HEX_DIGITS = 48;

function invalid(field: string, message: string): InvalidSummaryError {
  return new InvalidSummaryError(message, { details: [{ path: field, message }] });
}

function isPlainObject(value: unknown): value is Metadata {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function windowTimestamp(value: unknown, field: "windowStart" | "windowEnd"): UtcTimestamp {
  const parsed =
    value instanceof Date
      ? Number.isNaN(value.getTime())
        ? undefined
        : parseUtcTimestamp(value.toISOString())
      : typeof value === "string"
        ? parseUtcTimestamp(value)
        : undefined;
  if (parsed === undefined) throw invalid(field, `${field} must be a valid ISO-8601 timestamp.`);
  return parsed;
}

/**
 * The deterministic reference id of a summary: `sum_` + the first 48 hex digits of the SHA-256 of
 * `{"customerId":…,"delta":…,"windowEnd":…,"windowStart":…}` written as Python's
 * `json.dumps(…, sort_keys=True, separators=(",", ":"))` writes it (delta as a float), so this
 * SDK and the official Python SDK give the same summary the same id, and a summary flushed twice
 * is recorded once.
 */
export function summaryReferenceId(summary: {
  customerId: string;
  delta: number;
  windowStart: string;
  windowEnd: string;
}): string {
  const canonical = pythonCanonicalJson({
    customerId: summary.customerId,
    delta: summary.delta,
    windowStart: summary.windowStart,
    windowEnd: summary.windowEnd,
  });
  // `0x` + hex: the id takes the first digits after the prefix.
  const digest = bytesToHex(sha256Compact(new TextEncoder().encode(canonical)));
  return `${REFERENCE_ID_PREFIX}${digest.slice(2, 2 + REFERENCE_ID_HEX_DIGITS)}`;
}

/** Checks and normalises a summary; throws `InvalidSummaryError` naming the offending field. */
export function normalizeSummary(
  input: SummaryInput,
  defaultReason: string,
  queuedAt: string,
): QueuedSummary {
  const summary: Partial<SummaryInput> = isPlainObject(input) ? input : {};
  const customerId = typeof summary.customerId === "string" ? summary.customerId.trim() : "";
  if (customerId === "") throw invalid("customerId", "customerId is required for summary submission.");
  const { delta } = summary;
  if (typeof delta !== "number" || !Number.isFinite(delta) || delta === 0) {
    throw invalid("delta", "delta must be a finite non-zero number for summary submission.");
  }
  const start = windowTimestamp(summary.windowStart, "windowStart");
  const end = windowTimestamp(summary.windowEnd, "windowEnd");
  if (end.epochMicros <= start.epochMicros)
    throw invalid("windowEnd", "windowEnd must be later than windowStart.");

  const windowStart = start.text;
  const windowEnd = end.text;
  const givenReference = typeof summary.referenceId === "string" ? summary.referenceId.trim() : "";
  return {
    customerId,
    delta,
    windowStart,
    windowEnd,
    reason: typeof summary.reason === "string" && summary.reason !== "" ? summary.reason : defaultReason,
    referenceId:
      givenReference !== ""
        ? givenReference
        : summaryReferenceId({ customerId, delta, windowStart, windowEnd }),
    metadata: isPlainObject(summary.metadata) ? summary.metadata : {},
    queuedAt,
    key: `${customerId}|${windowStart}|${windowEnd}`,
  };
}
