import { registerStatePart } from "./state-parts.js";

/**
 * Injected faults for resilience tests. A fault answers chosen routes with
 * an error status, a network error, or added latency, for the next N matching requests or a
 * fraction of them. Faults never half-apply a write:
 *
 * - `when: "before"` (default) strikes before the ledger is touched. A status or network
 *   fault answers at once (nothing was written, the Idempotency-Key is released); a latency
 *   holds the request in flight after its Idempotency-Key is claimed, so an identical
 *   request arriving meanwhile gets 202 `IDEMPOTENCY_PENDING`.
 * - `when: "after"` lets the request complete (the write is applied and its response
 *   stored under the Idempotency-Key), then replaces the answer with the fault, so a retry
 *   with the same key replays the stored response and never writes twice.
 *
 * Faults are checked after authentication and validation: a request that would be
 * rejected anyway keeps its 4xx and does not use up a fault.
 */

export type FaultStatus = 429 | 500 | 502 | 503;
export type FaultTiming = "before" | "after";

export interface FaultInput {
  /**
   * Which requests: an operationId (`emitDelta`), `"METHOD /path"` with the spec's path
   * template (`"GET /api/v1/balance/derive/{customerId}"`) or a concrete path
   * (`"GET /api/v1/balance/derive/cust_1"`), or `"*"` for every API operation.
   */
  route: string;
  /** Answer with this status (error envelope; 429/503 carry `Retry-After`). */
  status?: FaultStatus;
  /** For 429/503: the `Retry-After` header and `error.retryAfterSeconds` (default 0). */
  retryAfterSeconds?: number;
  /** Drop the connection instead of answering (a fetch rejects with a TypeError). */
  networkError?: true;
  /** Delay in ms (alone, or before the status/network fault is delivered). */
  latencyMs?: number;
  /** Apply to the next `times` matching requests, then expire (default: until cleared). */
  times?: number;
  /** Apply to this fraction of matching requests (0..1, seeded: reproducible per mock seed). */
  probability?: number;
  when?: FaultTiming;
}

export interface Fault {
  faultId: string;
  route: string;
  status: FaultStatus | null;
  retryAfterSeconds: number | null;
  networkError: boolean;
  latencyMs: number;
  /** Uses left; null = unlimited. */
  remaining: number | null;
  probability: number;
  when: FaultTiming;
  /** How many requests this fault has struck so far. */
  hits: number;
}

/** The request a fault is matched against. */
export interface FaultTarget {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/api/v1/balance/derive/{customerId}`. */
  pathTemplate: string;
  /** The request's path, e.g. `/api/v1/balance/derive/cust_1`. */
  path: string;
}

export interface FaultIssue {
  path: string;
  message: string;
}

export class FaultInputError extends Error {
  override readonly name = "FaultInputError";
  constructor(readonly issues: FaultIssue[]) {
    super(`invalid fault: ${issues.map((issue) => `${issue.path} ${issue.message}`).join("; ")}`);
  }
}

/** The longest delay a timer can wait (2^31 − 1 ms, about 24.8 days). */
const MAX_LATENCY_MS = 2_147_483_647;
const STATUSES: readonly number[] = [429, 500, 502, 503];
const KNOWN_FIELDS = new Set([
  "route",
  "status",
  "retryAfterSeconds",
  "networkError",
  "latencyMs",
  "times",
  "probability",
  "when",
]);

/** Checks a fault description (from code or the control API); lists every problem. */
export function checkFaultInput(
  input: unknown,
): { ok: true; value: FaultInput } | { ok: false; issues: FaultIssue[] } {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: "/", message: "must be a JSON object" }] };
  }
  const body = input as Record<string, unknown>;
  const issues: FaultIssue[] = [];
  const add = (field: string, message: string) => issues.push({ path: `/${field}`, message });
  for (const field of Object.keys(body)) if (!KNOWN_FIELDS.has(field)) add(field, "is not an accepted field");
  if (typeof body.route !== "string" || body.route.trim() === "")
    add("route", 'is required: an operationId, "METHOD /path" or "*"');
  if (body.status !== undefined && !STATUSES.includes(body.status as number))
    add("status", "must be one of 429, 500, 502, 503");
  if (body.networkError !== undefined && body.networkError !== true)
    add("networkError", "must be true when given");
  if (body.status !== undefined && body.networkError === true)
    add("networkError", "cannot be combined with status");
  if (body.retryAfterSeconds !== undefined && !isCount(body.retryAfterSeconds, 0)) {
    add("retryAfterSeconds", "must be an integer ≥ 0");
  }
  if (
    body.latencyMs !== undefined &&
    !(
      typeof body.latencyMs === "number" &&
      Number.isFinite(body.latencyMs) &&
      body.latencyMs >= 0 &&
      body.latencyMs <= MAX_LATENCY_MS
    )
  ) {
    add("latencyMs", `must be a number of milliseconds from 0 to ${MAX_LATENCY_MS}`);
  }
  if (body.times !== undefined && !isCount(body.times, 1)) add("times", "must be an integer ≥ 1");
  if (
    body.probability !== undefined &&
    !(typeof body.probability === "number" && body.probability >= 0 && body.probability <= 1)
  ) {
    add("probability", "must be a number between 0 and 1");
  }
  if (body.when !== undefined && body.when !== "before" && body.when !== "after")
    add("when", "must be before or after");
  if (
    issues.length === 0 &&
    body.status === undefined &&
    body.networkError === undefined &&
    body.latencyMs === undefined
  ) {
    add("status", "one of status, networkError or latencyMs is required");
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: body as unknown as FaultInput };
}

function isCount(value: unknown, min: number): boolean {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min;
}

export interface FaultController {
  /** Adds a fault; throws `FaultInputError` for a malformed one. Returns the stored fault. */
  inject(input: FaultInput): Fault;
  /** Every active fault, oldest first. */
  list(): Fault[];
  /** Removes one fault; false when unknown. */
  remove(faultId: string): boolean;
  /** Removes every fault; returns how many there were. */
  clear(): number;
  /** The first active fault for `target` at `when`, counted as used; null when none strikes. */
  take(target: FaultTarget, when: FaultTiming): Fault | null;
  /** Clears faults and rewinds the probability stream (part of the mock's reset). */
  reset(): void;
}

/** A fault registry; `seed` drives the probability draws so runs are reproducible. */
export function createFaultController(seed: string): FaultController {
  let faults: Fault[] = [];
  let counter = 0;
  let random = seededRandom(seed);

  const matches = (fault: Fault, target: FaultTarget) => {
    const route = fault.route.trim();
    if (route === "*" || route === target.operationId) return true;
    const space = route.indexOf(" ");
    if (space === -1) return false;
    const method = route.slice(0, space).toUpperCase();
    const path = route.slice(space + 1).trim();
    return method === target.method.toUpperCase() && (path === target.pathTemplate || path === target.path);
  };

  const controller: FaultController = {
    inject(input) {
      const check = checkFaultInput(input);
      if (!check.ok) throw new FaultInputError(check.issues);
      const value = check.value;
      counter += 1;
      const fault: Fault = {
        faultId: `flt_${counter}`,
        route: value.route.trim(),
        status: value.status ?? null,
        retryAfterSeconds:
          value.status === 429 || value.status === 503
            ? (value.retryAfterSeconds ?? 0)
            : (value.retryAfterSeconds ?? null),
        networkError: value.networkError === true,
        latencyMs: value.latencyMs ?? 0,
        remaining: value.times ?? null,
        probability: value.probability ?? 1,
        when: value.when ?? "before",
        hits: 0,
      };
      faults.push(fault);
      return { ...fault };
    },
    list: () => faults.map((fault) => ({ ...fault })),
    remove(faultId) {
      const before = faults.length;
      faults = faults.filter((fault) => fault.faultId !== faultId);
      return faults.length !== before;
    },
    clear() {
      const count = faults.length;
      faults = [];
      return count;
    },
    take(target, when) {
      for (const fault of faults) {
        if (fault.when !== when || !matches(fault, target)) continue;
        if (fault.probability < 1 && random() >= fault.probability) continue;
        fault.hits += 1;
        if (fault.remaining !== null) {
          fault.remaining -= 1;
          if (fault.remaining <= 0) faults = faults.filter((candidate) => candidate !== fault);
        }
        return { ...fault };
      }
      return null;
    },
    reset() {
      faults = [];
      counter = 0;
      random = seededRandom(seed);
    },
  };
  registerStatePart<{ faults: Fault[]; counter: number; random: number }>(controller, {
    save: () => ({ faults, counter, random: random.state() }),
    load(saved) {
      faults = saved.faults.map((fault) => ({ ...fault }));
      counter = saved.counter;
      random = seededRandom(seed, saved.random);
    },
  });
  return controller;
}

/** mulberry32 over a string hash (or from a saved `state()`): a small reproducible stream in [0, 1). */
function seededRandom(seed: string, from?: number): (() => number) & { state(): number } {
  let state = 2166136261;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
  if (from !== undefined) state = from;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Object.assign(next, { state: () => state });
}
