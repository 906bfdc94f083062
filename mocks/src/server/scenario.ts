import type { Adjusts, DeltaError } from "../ledger/kernel/api-types.js";
import { isLedgerError } from "../ledger/kernel/ledger-error.js";
import { ENVIRONMENT_OF_KEY, type KeyEnvironment, type Plan } from "../ledger/kernel/state.js";
import type { Ledger } from "../ledger/ledger.js";
import type { IssuedApiKey } from "../ledger/tenancy/api-keys.js";

/**
 * Seed scenarios: a small JSON description of tenants, keys, customers and deltas that the
 * mock loads at start and again after every reset (`pacspace-mock serve --seed file.json`,
 * or the `scenario` option). Format (every field optional unless noted):
 *
 * ```json
 * {
 *   "seed": "demo",                          // seed of ids AND secrets: makes keys reproducible
 *   "now": "2026-04-15T09:00:00.000Z",       // start of the mock clock
 *   "defaultTenant": { "plan": "growth", "apiKey": "pk_test_demo.secret" },   // or false
 *   "tenants": [{
 *     "tenantId": "ten_acme", "name": "Acme", "plan": "growth", "requireSignedCompare": false,
 *     "apiKeys": [{ "environment": "test", "name": "ci", "apiKey": "pk_test_acme.s3cret" }],
 *     "customers": [{ "customerId": "cust_1", "environment": "test", "displayName": "Cust 1", "minEmitIntervalMs": 0 }],
 *     "deltas": [{ "customerId": "cust_1", "delta": 100, "reason": "Top-up", "environment": "test",
 *                  "at": "2026-04-02T10:00:00.000Z", "status": "VERIFIED" }]
 *   }]
 * }
 * ```
 *
 * - `apiKeys[].apiKey` fixes the key's value (`pk_{test|live}_{publicId}.{secret}`); without
 *   it the key is generated (from `seed` when the file gives one, else at random per
 *   process). `environment` defaults to `test`.
 * - `deltas[]` are emit bodies plus `environment` (default `test`), `at` (acceptance time,
 *   not after `now`, default `now`; list deltas in time order) and `status`: `VERIFIED` (default),
 *   `FAILED`, or `QUEUED` (left in flight; needs `manual` or `delay:<ms>` verification).
 */

export interface ScenarioApiKey {
  environment?: KeyEnvironment;
  name?: string;
  /** A fixed key value; generated from the seed when absent. */
  apiKey?: string;
}

export interface ScenarioCustomer {
  customerId: string;
  environment?: KeyEnvironment;
  displayName?: string;
  unitLabel?: string;
  eventCadence?: string;
  minEmitIntervalMs?: number | null;
}

export interface ScenarioDelta {
  customerId: string;
  delta: number;
  reason: string;
  referenceId?: string;
  metadata?: Record<string, unknown>;
  /** `{referenceId}` or `{recordId}` (a bare string is the deprecated form). */
  adjusts?: Adjusts | string;
  environment?: KeyEnvironment;
  /** Acceptance time (ISO 8601); needs a clock that can be set. */
  at?: string;
  status?: "VERIFIED" | "FAILED" | "QUEUED";
  /** For `FAILED`: the error recorded on the delta. */
  error?: DeltaError;
}

export interface ScenarioTenant {
  tenantId?: string;
  name?: string;
  plan?: Plan;
  requireSignedCompare?: boolean;
  includedDeltas?: number | null;
  apiKeys?: ScenarioApiKey[];
  customers?: ScenarioCustomer[];
  deltas?: ScenarioDelta[];
}

export interface DefaultTenantOptions {
  tenantId?: string;
  name?: string;
  /** Default `growth` (never blocks writes; production keys allowed). */
  plan?: Plan;
  requireSignedCompare?: boolean;
  /** A fixed value for the default sandbox key; generated from the seed when absent. */
  apiKey?: string;
}

export interface Scenario {
  /** Seed of ids and (deterministic mode) secrets; giving one asks for deterministic secrets. */
  seed?: string;
  now?: string;
  defaultTenant?: DefaultTenantOptions | false;
  tenants?: ScenarioTenant[];
}

export class ScenarioError extends Error {
  override readonly name = "ScenarioError";
}

/** Checks the overall shape of a parsed seed file; field values are checked when applied. */
export function parseScenario(value: unknown, source = "scenario"): Scenario {
  const fail = (where: string, message: string): never => {
    throw new ScenarioError(`${source}: ${where} ${message}`);
  };
  if (!isObject(value)) return fail("(root)", "must be a JSON object");
  const known = ["seed", "now", "defaultTenant", "tenants", "$schema", "description"];
  for (const key of Object.keys(value))
    if (!known.includes(key)) fail(key, `is not a scenario field (known: ${known.join(", ")})`);
  if (value.seed !== undefined && typeof value.seed !== "string") fail("seed", "must be a string");
  if (value.now !== undefined && (typeof value.now !== "string" || Number.isNaN(Date.parse(value.now)))) {
    fail("now", "must be an ISO 8601 date-time");
  }
  if (value.defaultTenant !== undefined && value.defaultTenant !== false && !isObject(value.defaultTenant)) {
    fail("defaultTenant", "must be an object or false");
  }
  if (value.tenants !== undefined) {
    if (!Array.isArray(value.tenants)) fail("tenants", "must be an array");
    (value.tenants as unknown[]).forEach((tenant, index) => {
      if (!isObject(tenant)) fail(`tenants[${index}]`, "must be an object");
      for (const list of ["apiKeys", "customers", "deltas"]) {
        const items = (tenant as Record<string, unknown>)[list];
        if (items !== undefined && (!Array.isArray(items) || !items.every(isObject))) {
          fail(`tenants[${index}].${list}`, "must be an array of objects");
        }
      }
    });
  }
  return value as Scenario;
}

export interface ScenarioHooks {
  /** Creates an API key, with a fixed value when given. */
  createApiKey(
    tenantId: string,
    input: { environment: KeyEnvironment; name?: string; apiKey?: string },
  ): IssuedApiKey;
  /** Sets the mock clock (for `at`); absent when the clock cannot be set. */
  setClock?: (ms: number) => void;
}

/** Loads the scenario's tenants into a (freshly reset) ledger. */
export function applyScenario(ledger: Ledger, scenario: Scenario, hooks: ScenarioHooks): void {
  const startedAt = ledger.clock.now();
  const context = (where: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      const reason = isLedgerError(error)
        ? `${error.code}: ${error.message}${error.details ? ` (${error.details.map((d) => `${d.path} ${d.message}`).join("; ")})` : ""}`
        : error instanceof Error
          ? error.message
          : String(error);
      throw new ScenarioError(`scenario ${where}: ${reason}`);
    }
  };
  try {
    for (const [t, tenantInput] of (scenario.tenants ?? []).entries()) {
      let tenantId = "";
      context(`tenants[${t}]`, () => {
        tenantId = ledger.createTenant({
          ...(tenantInput.tenantId !== undefined ? { tenantId: tenantInput.tenantId } : {}),
          ...(tenantInput.name !== undefined ? { name: tenantInput.name } : {}),
          ...(tenantInput.plan !== undefined ? { plan: tenantInput.plan } : {}),
          ...(tenantInput.requireSignedCompare !== undefined
            ? { requireSignedCompare: tenantInput.requireSignedCompare }
            : {}),
          ...(tenantInput.includedDeltas !== undefined ? { includedDeltas: tenantInput.includedDeltas } : {}),
        }).tenantId;
      });
      for (const [k, key] of (tenantInput.apiKeys ?? []).entries()) {
        context(`tenants[${t}].apiKeys[${k}]`, () => {
          hooks.createApiKey(tenantId, {
            environment: key.environment ?? "test",
            ...(key.name !== undefined ? { name: key.name } : {}),
            ...(key.apiKey !== undefined ? { apiKey: key.apiKey } : {}),
          });
        });
      }
      for (const [c, customer] of (tenantInput.customers ?? []).entries()) {
        context(`tenants[${t}].customers[${c}]`, () => {
          const { environment = "test", ...body } = customer;
          ledger.forEnvironment(tenantId, ENVIRONMENT_OF_KEY[environment]).createCustomer(body);
        });
      }
      for (const [d, item] of (tenantInput.deltas ?? []).entries()) {
        context(`tenants[${t}].deltas[${d}]`, () => {
          const { environment = "test", at, status = "VERIFIED", error, ...body } = item;
          if (at !== undefined) {
            const ms = Date.parse(at);
            if (Number.isNaN(ms)) throw new Error("at must be an ISO 8601 date-time");
            if (ms > startedAt) throw new Error("at must not be later than the mock's start time");
            if (!hooks.setClock) throw new Error("at needs a clock that can be set");
            hooks.setClock(ms);
          } else if (ledger.clock.now() !== startedAt) {
            hooks.setClock?.(startedAt);
          }
          if (!["VERIFIED", "FAILED", "QUEUED"].includes(status))
            throw new Error("status must be VERIFIED, FAILED or QUEUED");
          if (status === "QUEUED" && ledger.verification === "immediate") {
            throw new Error("status QUEUED needs manual or delay verification (immediate verifies at once)");
          }
          // Only this delta is settled while the rule is up (immediate mode settles it inside
          // emitDelta, the other modes in verifyPending), so the rule can match anything.
          const liftFailRule = status === "FAILED" ? ledger.markToFail(() => true, error) : () => {};
          try {
            const record = ledger.forEnvironment(tenantId, ENVIRONMENT_OF_KEY[environment]).emitDelta(body);
            if (status !== "QUEUED")
              ledger.verifyPending((candidate) => candidate.recordId === record.recordId);
          } finally {
            liftFailRule();
          }
        });
      }
    }
  } finally {
    if (hooks.setClock && ledger.clock.now() !== startedAt) hooks.setClock(startedAt);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
