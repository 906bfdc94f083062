/** What a run produces: one result per check, grouped per operation. */

/** Kinds of checks that `checks` / `--checks` can select. */
export type CheckCategory = "chain" | "valid" | "invalid" | "unknown-id" | "auth" | "routing";
export const CHECK_CATEGORIES: readonly CheckCategory[] = [
  "chain",
  "valid",
  "invalid",
  "unknown-id",
  "auth",
  "routing",
];

export interface CheckResult {
  /** The operation checked, or `(routing)` for routes the spec does not have. */
  operationId: string;
  /** `state` is the state-probe check, run whenever a probe is given. */
  category: CheckCategory | "state";
  name: string;
  outcome: "passed" | "failed" | "skipped";
  /** Why it failed, or why it was skipped. */
  messages: string[];
  request?: { method: string; target: string; body?: string };
  status?: number;
}

export interface OperationSummary {
  operationId: string;
  method: string;
  path: string;
  checks: number;
  passed: number;
  failed: number;
  skipped: number;
  results: CheckResult[];
}

export interface ContractReport {
  baseUrl: string;
  seed: number;
  runTag: string;
  startedAt: string;
  durationMs: number;
  /** HTTP requests sent. */
  requests: number;
  /** Requests that were meant to be rejected (invalid, unknown id, auth, routing). */
  rejectionRequests: number;
  /** Responses with a 5xx status. */
  serverErrors: number;
  totals: { checks: number; passed: number; failed: number; skipped: number };
  operations: OperationSummary[];
  ok: boolean;
}

export const ROUTING = "(routing)";
/** Checks of the server's state as a whole (the state probe). */
export const STATE = "(state)";
