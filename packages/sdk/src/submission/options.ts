import { InvalidSubmissionProfileError } from "./errors.js";
import type { SummaryFlushReport } from "./report.js";

/**
 * How often queued summaries are sent. `daily` flushes every 24 h; `sub_daily` (every 6 h) and
 * `immediate` (on every `queueSummary`) are for enterprise plans only, as in the official
 * PacSpace SDKs.
 */
export type SubmissionProfile = "daily" | "sub_daily" | "immediate";

export interface SubmissionOptions {
  /** Default `daily`. */
  profile?: SubmissionProfile;
  /**
   * Set when the tenant is on an enterprise plan: `sub_daily` and `immediate` require it. The
   * check is made by the SDK, before any request (the service limits each customer's
   * submission cadence with 429 `CADENCE_LIMIT`). Default false.
   */
  enterprise?: boolean;
  /** Start the scheduler on the first `queueSummary`. Default true. */
  autoStart?: boolean;
  /**
   * Flush queued summaries when the process is about to exit (Node's `beforeExit`) or the page
   * is hidden (`pagehide` in browsers). Best effort. Default true.
   */
  autoFlushOnShutdown?: boolean;
  /** The `reason` of summaries that give none. Default `usage_summary`. */
  defaultReason?: string;
  /** Time between scheduled flushes in ms. Default: 86 400 000 (`daily`), 21 600 000 (`sub_daily`). */
  cadenceMs?: number;
  /** Deltas per batch request, 1 to 100. Default 100. */
  maxDeltasPerRequest?: number;
  /** Batch requests per minute, at least 1 (requests are spaced evenly). Default 10. */
  maxRequestsPerMinute?: number;
  /** Receives the report of every flush, including the scheduled and shutdown ones. */
  onFlush?: (report: SummaryFlushReport) => void;
}

/** The default cadence of each profile, in ms (the 6 h of `sub_daily` is the official SDKs' default too). */
export const PROFILE_CADENCE_MS: Readonly<Record<SubmissionProfile, number>> = {
  daily: 86_400_000,
  sub_daily: 21_600_000,
  immediate: 0,
};

const ENTERPRISE_PROFILES: ReadonlySet<string> = new Set(["sub_daily", "immediate"]);
const MAX_DELTAS_PER_REQUEST = 100;

export interface ResolvedSubmissionOptions {
  profile: SubmissionProfile;
  enterprise: boolean;
  autoStart: boolean;
  autoFlushOnShutdown: boolean;
  defaultReason: string;
  cadenceMs: number;
  maxDeltasPerRequest: number;
  maxRequestsPerMinute: number;
  onFlush: ((report: SummaryFlushReport) => void) | undefined;
}

function wholeNumber(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new InvalidSubmissionProfileError(
      `${name} must be a finite number, got ${JSON.stringify(value)}.`,
      {
        details: [{ path: name, message: "must be a finite number" }],
      },
    );
  }
  return Math.trunc(value);
}

/** Options with defaults applied and clamped; throws `InvalidSubmissionProfileError` for a profile that cannot run. */
export function resolveSubmissionOptions(options: SubmissionOptions = {}): ResolvedSubmissionOptions {
  const profile = options.profile ?? "daily";
  if (!Object.hasOwn(PROFILE_CADENCE_MS, profile)) {
    throw new InvalidSubmissionProfileError(
      `Unknown submission profile ${JSON.stringify(profile)}: use "daily", "sub_daily" or "immediate".`,
      { details: [{ path: "profile", message: "must be daily, sub_daily or immediate" }] },
    );
  }
  const enterprise = options.enterprise ?? false;
  if (!enterprise && ENTERPRISE_PROFILES.has(profile)) {
    throw new InvalidSubmissionProfileError(
      `Submission profile "${profile}" is enterprise-only. Set enterprise: true to enable it.`,
      { details: [{ path: "profile", message: "enterprise-only" }] },
    );
  }
  const cadenceMs = Math.max(0, wholeNumber("cadenceMs", options.cadenceMs, PROFILE_CADENCE_MS[profile]));
  if (profile !== "immediate" && cadenceMs <= 0) {
    throw new InvalidSubmissionProfileError(`Submission profile "${profile}" requires cadenceMs > 0.`, {
      details: [{ path: "cadenceMs", message: "must be greater than 0" }],
    });
  }
  return {
    profile,
    enterprise,
    autoStart: options.autoStart ?? true,
    autoFlushOnShutdown: options.autoFlushOnShutdown ?? true,
    defaultReason: options.defaultReason ?? "usage_summary",
    cadenceMs,
    maxDeltasPerRequest: Math.min(
      MAX_DELTAS_PER_REQUEST,
      Math.max(1, wholeNumber("maxDeltasPerRequest", options.maxDeltasPerRequest, MAX_DELTAS_PER_REQUEST)),
    ),
    maxRequestsPerMinute: Math.max(1, wholeNumber("maxRequestsPerMinute", options.maxRequestsPerMinute, 10)),
    onFlush: options.onFlush,
  };
}
