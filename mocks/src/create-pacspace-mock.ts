import type { HttpHandler } from "msw";
import { type Clock, checkClockTime, createManualClock } from "./clock.js";
import { createFaultController, type FaultController } from "./faults.js";
import { apiRoutes } from "./handlers/api-routes.js";
import { guardedControlRoutes } from "./handlers/control-access.js";
import type { StateTransfer } from "./handlers/control-routes.js";
import {
  CONTROL_OPERATIONS,
  type ContractSwitch,
  type ControlCreatedKey,
  type ControlTenantInput,
  type ControlTenantKeyInput,
  controlRoutes,
  type DeltaSelector,
} from "./handlers/control-routes.js";
import {
  createDashboardPipeline,
  dashboardOperationRoutes,
} from "./handlers/dashboard/dashboard-pipeline.js";
import { dashboardRoutes } from "./handlers/dashboard/dashboard-routes.js";
import { dashboardWebhookRoutes } from "./handlers/dashboard/webhook-routes.js";
import { fallbackRoutes } from "./handlers/fallback-routes.js";
import { INSPECTOR_OPERATIONS, inspectorRoutes } from "./handlers/inspector-routes.js";
import { mswHandlers } from "./handlers/msw-handlers.js";
import { createPipeline } from "./handlers/pipeline.js";
import type { Route } from "./handlers/route.js";
import { createIdGenerator, type IdGenerator } from "./ids.js";
import { loggedRoutes } from "./inspector/logged-routes.js";
import { RequestLog } from "./inspector/request-log.js";
import type { DeltaError } from "./ledger/kernel/api-types.js";
import type { VerificationMode } from "./ledger/kernel/context.js";
import { parseApiKey } from "./ledger/kernel/core.js";
import type { LedgerEvent } from "./ledger/kernel/events.js";
import { failSelectorMatcher } from "./ledger/kernel/fail-rules.js";
import { type FieldIssue, LedgerError, validationError } from "./ledger/kernel/ledger-error.js";
import type { LedgerLimits } from "./ledger/kernel/limits.js";
import type { RateLimitOptions } from "./ledger/kernel/rate-limits.js";
import { ENVIRONMENT_OF_KEY, type KeyEnvironment, type Plan } from "./ledger/kernel/state.js";
import { isPlan, PLANS } from "./ledger/kernel/usage-and-plans.js";
import { createLedger, type Ledger, type LedgerOptions } from "./ledger/ledger.js";
import type { LedgerInspection } from "./ledger/snapshot.js";
import type { IssuedApiKey } from "./ledger/tenancy/api-keys.js";
import type { IssuedApprovalToken } from "./ledger/tenancy/approvals.js";
import type { MfaSetting } from "./ledger/tenancy/mfa.js";
import type { TenantInfo } from "./ledger/tenancy/tenants.js";
import type { VerificationRun } from "./ledger/verification/verification.js";
import { type ConfiguredMiddlewareTenant, middlewareControlRoutes } from "./middleware/middleware-control.js";
import { type MiddlewareTenantInput, MiddlewareTenants } from "./middleware/middleware-tenants.js";
import { registerMockStatePart } from "./mock-state-part.js";
import { RECORD_CONTROL_OPERATIONS, recordControlRoutes } from "./records/record-control-routes.js";
import { snapshotWithRecords } from "./records/record-snapshot.js";
import { RecordStore } from "./records/record-store.js";
import { applyScenario, type DefaultTenantOptions, type Scenario } from "./server/scenario.js";
import { apiOperationRoutes } from "./validation/request-validator.js";
import { createWebhookEngine, type WebhookEngine } from "./webhooks/engine.js";
import { receiverUrlPolicy, type ServerAddress } from "./webhooks/receiver-url-policy.js";
import { readRequestedEvent } from "./webhooks/requested-events.js";
import type { FetchLike } from "./webhooks/sender.js";

/**
 * `createPacSpaceMock()`: one self-contained, stateful PacSpace for tests. It owns a ledger
 * (every rule), MSW handlers for the Balance API, the public verification endpoints and the
 * `/__mock` control API, a clock, faults and a default tenant with a sandbox key. Nothing
 * is shared between instances; `reset()` returns an instance to its seeded start.
 *
 * ```ts
 * const pacspace = createPacSpaceMock();
 * const server = setupServer(...pacspace.handlers);
 * // fetch("https://app.pacspace.io/api/v1/balance/delta", { headers: { "X-Api-Key": pacspace.apiKey }, ... })
 * ```
 */

export const DEFAULT_BASE_URL = "https://app.pacspace.io";
/** Where verify links point when handlers answer any origin (`baseUrl: "*"`). */
export const DEFAULT_LOCAL_URL = "http://127.0.0.1:4010";
const DEFAULT_TENANT_PLAN: Plan = "growth";

/** `immediate`, `manual`, `delay:<ms>` (e.g. `delay:250`) or `{ delayMs }`. */
export type VerificationOption = "immediate" | "manual" | `delay:${number}` | { delayMs: number };

export interface CreatePacSpaceMockOptions {
  /**
   * Origin (optionally with a path prefix) the handlers answer on. Default
   * `https://app.pacspace.io`; `"*"` answers any origin (what the local server uses).
   */
  baseUrl?: string;
  /** Origin used in `verifyUrl` / permalinks. Default: `baseUrl`, or http://127.0.0.1:4010 for `"*"`. */
  publicUrl?: string;
  /**
   * Seed of ids and fault probabilities (default "pacspace"): same seed, same ids. Giving
   * a seed (here or in the scenario) also asks for `deterministic` secrets.
   */
  seed?: string | number;
  /**
   * Draw secrets (API-key secrets, webhook signing secrets, session, approval and MFA
   * tokens, MFA codes, receipt ids) from the seed, so runs repeat byte for byte. Default:
   * true when a `seed` is given, else false: secrets are then random per mock instance,
   * so a value seen on one instance is worthless on another. Ids stay seeded either way.
   */
  deterministic?: boolean;
  /**
   * The clock. Default: a manual clock standing at `now` (it only moves with
   * `pacspace.clock.advance()`); `"system"`: real time that `advance()` can still push forward.
   */
  clock?: Clock | "system";
  /** Start time of the default manual clock (default: the current time). */
  now?: Date | string | number;
  /** Replaces the seeded id generator. */
  ids?: IdGenerator;
  /** Default `immediate`. */
  verification?: VerificationOption;
  /** Most deltas per verification batch (default 100). */
  verificationBatchSize?: number;
  /** Overrides of the limits `GET /limits` reports and the ledger enforces. */
  limits?: Partial<LedgerLimits>;
  /** Per-key token bucket (429 RATE_LIMITED); off by default. */
  rateLimit?: RateLimitOptions | null;
  /** Minimum ms between emits for every customer (429 CADENCE_LIMIT); off by default. */
  defaultCadenceMs?: number | null;
  idempotencyTtlMs?: number;
  keyRotationOverlapMs?: number;
  signatureToleranceSeconds?: number;
  /** Dashboard accounts: session length, approval-token lifetime, environment activation time, scrypt cost. */
  dashboard?: Pick<
    LedgerOptions,
    "sessionTtlMs" | "approvalTtlMs" | "environmentActivationMs" | "passwordCost"
  >;
  /** The default tenant and its sandbox key (see `pacspace.apiKey`); `false` for none. */
  defaultTenant?: DefaultTenantOptions | false;
  /** Tenants, keys, customers and deltas loaded at start and after every reset. */
  scenario?: Scenario;
  /** Serve `/__mock/**` (default true). */
  controlApi?: boolean;
  /**
   * A token every `/__mock` call must then carry in the `X-PacSpace-Mock-Token` header
   * (default none). The local server makes one up when bound to a non-loopback address.
   */
  controlToken?: string;
  /**
   * Hosts (`host[:port]` of the request URL) that serve sandbox keys only, as the service's
   * sandbox-only hosts do: a `pk_live_` key there gets 403 `API_KEY_ENVIRONMENT_HOST_MISMATCH`.
   * Default none.
   */
  sandboxOnlyHosts?: readonly string[];
  /** Called when a handler hits an unexpected error (answered 500 INTERNAL_ERROR). Default: console.error. */
  onInternalError?: (error: unknown, request: Request) => void;
  /** Webhook delivery. */
  webhooks?: MockWebhookOptions;
  /** Export and import of the whole state (`/__mock/state`); the server sets it with `--state`. */
  stateTransfer?: StateTransfer;
}

export interface MockWebhookOptions {
  /** The fetch deliveries go through. Default: `globalThis.fetch`, looked up on every attempt. */
  fetch?: FetchLike;
  /** Real-time limit for a receiver's 2xx, in ms (default 10 000). */
  timeoutMs?: number;
  /** How long a rotated-out signing secret keeps signing, in mock-clock ms (default 24 h). */
  secretOverlapMs?: number;
  /**
   * Receiver URL prefixes accepted although they point at the local server itself (its port
   * on a loopback or own address), which is otherwise refused so that a delivery cannot
   * drive the server's control API. Loopback receivers on other ports need no entry.
   */
  allowUrls?: readonly string[];
}

/** The mock's webhook endpoints and delivery log, plus the hooks tests await deliveries with. */
export type MockWebhooks = Omit<WebhookEngine, "reset">;

export interface MockClock {
  now(): number;
  /** Moves time forward by `ms`, then settles verification that came due. Returns the new time. */
  advance(ms: number): number;
  /** Jumps to a time (ms, Date or ISO string). Returns the new time. */
  set(time: number | Date | string): number;
}

export interface MockTenant {
  tenant: TenantInfo;
  tenantId: string;
  /** The full API key (`pk_test_…` unless `environment: "live"`); the first of `apiKeys`. */
  apiKey: string;
  keyId: string;
  /** Every key created with the tenant, in full, in the order asked for. */
  apiKeys: ControlCreatedKey[];
}

export interface CreateTenantOptions extends ControlTenantInput {
  includedDeltas?: number | null;
  /** Name of the key. */
  keyName?: string;
  /** Fixed value of the key. */
  apiKey?: string;
  /** The tenant's keys, instead of one key from `environment` / `apiKey` / `keyName`. */
  apiKeys?: ControlTenantKeyInput[];
}

/** One entry of `PacSpaceMock.routes`. */
export interface MockRoute {
  readonly method: Route["method"];
  readonly path: string;
}

export interface PacSpaceMock {
  /** MSW request handlers: give them to `setupServer`, `setupWorker` or `server.use`. */
  readonly handlers: HttpHandler[];
  /**
   * What the handlers answer, in the order they try it (the first match answers): each
   * route's method (`ALL` for the 404/405 answers under a known prefix) and path relative to
   * `baseUrl`, with `{name}` parameters and a trailing `/*` that matches anything below.
   */
  readonly routes: readonly MockRoute[];
  /** The ledger behind the handlers: every rule, plus read access (`inspect`, `snapshot`). */
  readonly ledger: Ledger;
  readonly clock: MockClock;
  readonly faults: FaultController;
  /** Webhook endpoints and deliveries; `flush()` / `drain()` await deliveries in tests. */
  readonly webhooks: MockWebhooks;
  /** The Records API's records: entries commit on the ledger's verification schedule; `failWhen` injects failures. */
  readonly records: RecordStore;
  /** The base URL the handlers answer on. */
  readonly baseUrl: string;
  /** The last requests answered (what `GET /__mock/requests` and the inspector page show). */
  readonly requests: RequestLog;
  /** The default tenant (null with `defaultTenant: false`). Changes only with the seed. */
  readonly defaultTenant: MockTenant | null;
  /** The default tenant's sandbox key. Throws when there is no default tenant. */
  readonly apiKey: string;
  /** Back to the seeded start: ledger, clock, ids, faults, default tenant, scenario. */
  reset(): void;
  /** Settles verification that is due on the clock (delay mode); returns what changed. */
  tick(): VerificationRun;
  /** Verifies in-flight deltas now (all, or the given records) and anchors pending checkpoints. */
  verifyPending(selector?: { recordIds?: string[] }): VerificationRun;
  /** Makes matching deltas FAIL when verified; returns the function that lifts the rule. */
  failDeltas(selector: DeltaSelector, error?: DeltaError): () => void;
  /**
   * Publishes a catalogue webhook event (`{event, data?, tenantId?, environment?}`, as
   * `POST /__mock/events` takes it) and returns it; `data` defaults for the events no mock
   * state produces. Errors: VALIDATION_ERROR, NOT_FOUND (tenant).
   */
  sendEvent(input: { event: string; data?: object; tenantId?: string; environment?: string }): LedgerEvent;
  /**
   * Creates a tenant with one API key (or the `apiKeys` asked for) and returns the keys.
   * Everything is checked first: a refused tenant leaves nothing behind.
   */
  createTenant(options?: CreateTenantOptions): MockTenant;
  /** Adds a key to a tenant (`apiKey` fixes its value). */
  createApiKey(
    tenantId: string,
    input?: { environment?: KeyEnvironment; name?: string; apiKey?: string },
  ): IssuedApiKey;
  /** Approves an email for dashboard registration: a single-use `approvalToken` (shown once). */
  issueApprovalToken(email: string): IssuedApprovalToken;
  /**
   * Turns MFA on for the dashboard user with `email` (logins then need `code`, or the
   * generated 6-digit code the answer shows), or off with `enabled: false`.
   */
  setUserMfa(email: string, options?: { enabled?: boolean; code?: string }): MfaSetting;
  inspect(): LedgerInspection;
  /** Digest of all ledger state: equal digests, equal state. */
  snapshot(): string;
  /** Moves the clock forward (same as `clock.advance`) and returns the verification it settled. */
  advanceClock(ms: number): VerificationRun;
  /**
   * Takes a tenant environment's anchoring contract down (`false`: its writes get 412
   * `CONTRACT_NOT_DEPLOYED`) or back up (`true`, the default state). `reset()` redeploys.
   */
  setContractDeployed(tenantId: string, environment: KeyEnvironment, deployed: boolean): void;
  /**
   * Makes a tenant billing middleware with these vendor accounts (the default tenant when
   * `tenantId` is absent): its emits and checkpoints then need `vendorAccountId`, and it may
   * call `/api/v1/middleware/*`. `reset()` undoes it. Errors: VALIDATION_ERROR, NOT_FOUND.
   */
  configureMiddlewareTenant(input: MiddlewareTenantInput & { tenantId?: string }): ConfiguredMiddlewareTenant;
}

export function parseVerificationOption(value: VerificationOption): VerificationMode {
  if (value === "immediate" || value === "manual") return value;
  if (typeof value === "object" && value !== null && Number.isFinite(value.delayMs) && value.delayMs >= 0) {
    return { delayMs: value.delayMs };
  }
  if (typeof value === "string") {
    const match = /^delay:(\d+)$/.exec(value);
    if (match) return { delayMs: Number(match[1]) };
  }
  throw new RangeError(`verification must be immediate, manual or delay:<ms>, got ${JSON.stringify(value)}`);
}

function toMs(time: number | Date | string): number {
  const ms = typeof time === "number" ? time : new Date(time).getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`not a valid time: ${String(time)}`);
  return ms;
}

/** Real time plus an adjustable offset, so a running server's clock can still be advanced. */
function createSystemClock(start?: number): Clock & { advance(ms: number): number; set(ms: number): number } {
  let offset = start === undefined ? 0 : start - Date.now();
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance() needs a finite ms ≥ 0, got ${ms}`);
      const now = Date.now();
      offset = checkClockTime(now + offset + ms) - now;
      return now + offset;
    },
    set(ms) {
      offset = checkClockTime(ms) - Date.now();
      return ms;
    },
  };
}

/**
 * Wraps an id generator so the next API key can take a caller-chosen value: the ledger
 * draws the key's publicId and secret from the generator, and these draws are answered
 * with the chosen parts once.
 */
function createKeyableIds(base: IdGenerator) {
  let fixed: { publicId?: string; secret?: string } = {};
  const ids: IdGenerator = {
    recordId: () => base.recordId(),
    checkpointId: () => base.checkpointId(),
    receiptId: () => base.receiptId(),
    customerId: () => base.customerId(),
    eventId: () => base.eventId(),
    keyId: () => base.keyId(),
    tenantId: () => base.tenantId(),
    webhookId: () => base.webhookId(),
    mfaCode: () => base.mfaCode(),
    deliveryId: () => base.deliveryId(),
    userId: () => base.userId(),
    requestId: () => base.requestId(),
    publicId() {
      const value = fixed.publicId;
      fixed.publicId = undefined;
      return value ?? base.publicId();
    },
    secret(prefix, length) {
      const value = prefix === undefined && length === undefined ? fixed.secret : undefined;
      if (value !== undefined) fixed.secret = undefined;
      return value ?? base.secret(prefix, length);
    },
    token: (prefix) => base.token(prefix),
    reset: () => {
      fixed = {};
      base.reset();
    },
  };
  return {
    ids,
    /** Runs `create` with the next key fixed to `apiKey`; checks the ledger used it. */
    withFixedKey(apiKey: string, create: () => IssuedApiKey): IssuedApiKey {
      const parsed = parseApiKey(apiKey);
      if (!parsed) throw new RangeError("apiKey must look like pk_{test|live}_{publicId}.{secret}");
      fixed = { publicId: parsed.publicId, secret: parsed.secret };
      try {
        const issued = create();
        if (issued.apiKey !== apiKey) throw new RangeError(`apiKey ${parsed.publicKey} is already in use`);
        return issued;
      } finally {
        fixed = {};
      }
    },
  };
}

type KeyRequest = { environment: KeyEnvironment; name?: string; apiKey?: string };

/**
 * Checks a tenant and its keys before anything is created, so a refused request leaves no
 * tenant behind: VALIDATION_ERROR (malformed key, environment ≠ key prefix, `apiKeys` mixed
 * with the one-key fields), FORBIDDEN (live key on a plan without production), CONFLICT
 * (taken tenantId or key). Returns the keys to create.
 */
function checkNewTenant(ledger: Ledger, input: CreateTenantOptions): KeyRequest[] {
  const many = input.apiKeys !== undefined;
  if (many && (input.environment ?? input.apiKey ?? input.keyName) !== undefined) {
    throw validationError([
      { path: "/apiKeys", message: "cannot be combined with environment, apiKey or keyName" },
    ]);
  }
  if (many && input.apiKeys?.length === 0) {
    throw validationError([{ path: "/apiKeys", message: "must hold at least one key" }]);
  }
  const wanted: Array<{ path: string; key: ControlTenantKeyInput }> = many
    ? (input.apiKeys ?? []).map((key, index) => ({ path: `/apiKeys/${index}`, key }))
    : [
        {
          path: "",
          key: {
            ...(input.environment !== undefined ? { environment: input.environment } : {}),
            ...(input.keyName !== undefined ? { name: input.keyName } : {}),
            ...(input.apiKey !== undefined ? { apiKey: input.apiKey } : {}),
          },
        },
      ];
  const plan = input.plan ?? "free";
  const taken = new Set<string>();
  for (const tenant of ledger.listTenants()) {
    for (const key of ledger.listApiKeys(tenant.tenantId)) taken.add(key.publicKey.slice("pk_test_".length));
  }
  const issues: FieldIssue[] = [];
  const keys: KeyRequest[] = [];
  let conflict: string | null = null;
  let forbidden = false;
  for (const { path, key } of wanted) {
    const parsed = key.apiKey === undefined ? undefined : parseApiKey(key.apiKey);
    if (parsed === null) {
      issues.push({ path: `${path}/apiKey`, message: "must look like pk_{test|live}_{publicId}.{secret}" });
      continue;
    }
    const environment = key.environment ?? parsed?.environment ?? "test";
    if (parsed && parsed.environment !== environment) {
      issues.push({
        path: `${path}/environment`,
        message: `must match the key's prefix pk_${parsed.environment}_`,
      });
      continue;
    }
    if (parsed) {
      if (taken.has(parsed.publicId)) conflict ??= `API key ${parsed.publicKey} is already in use`;
      taken.add(parsed.publicId);
    }
    if (environment === "live" && isPlan(plan) && !PLANS[plan].productionAllowed) forbidden = true;
    keys.push({
      environment,
      ...(key.name !== undefined ? { name: key.name } : {}),
      ...(key.apiKey !== undefined ? { apiKey: key.apiKey } : {}),
    });
  }
  if (!isPlan(plan))
    issues.unshift({ path: "/plan", message: `must be one of ${Object.keys(PLANS).join(", ")}` });
  if (issues.length > 0) throw validationError(issues);
  if (forbidden) {
    throw new LedgerError(
      "FORBIDDEN",
      `The ${plan} plan has no production environment; upgrade to use live keys`,
    );
  }
  if (
    input.tenantId !== undefined &&
    ledger.listTenants().some((tenant) => tenant.tenantId === input.tenantId)
  ) {
    throw new LedgerError("CONFLICT", `Tenant ${input.tenantId} already exists`);
  }
  if (conflict) throw new LedgerError("CONFLICT", conflict);
  return keys;
}

/**
 * A mock and the route table its handlers are built from: the local server dispatches on
 * the table directly instead of running every request through MSW.
 */
export function createPacSpaceMockWithRoutes(
  options: CreatePacSpaceMockOptions & {
    /** The local server's own address: webhook URLs pointing at it are refused. */
    serverAddress?: ServerAddress;
  } = {},
): {
  mock: PacSpaceMock;
  routes: readonly Route[];
} {
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
  const basePath = baseUrl === "*" ? "" : new URL(baseUrl).pathname.replace(/\/+$/, "");
  const publicUrl = (options.publicUrl ?? (baseUrl === "*" ? DEFAULT_LOCAL_URL : baseUrl)).replace(
    /\/+$/,
    "",
  );
  const seed = String(options.seed ?? options.scenario?.seed ?? "pacspace");
  const scenario = options.scenario;
  const startAt = options.now ?? scenario?.now;
  const verification = parseVerificationOption(options.verification ?? "immediate");

  const startMs = startAt === undefined ? undefined : toMs(startAt);
  const settable: Clock & { advance?(ms: number): number; set?(ms: number): number } =
    typeof options.clock === "object"
      ? options.clock
      : options.clock === "system"
        ? createSystemClock(startMs)
        : createManualClock(startMs ?? Date.now());
  // An injected clock belongs to the caller; the mock's own clocks go back to their start on reset.
  const initialOffset = settable.now() - Date.now();
  const initialTime = settable.now();
  const resetClock = () => {
    // An injected clock with a reset() (the server's durable-state clock) knows its own start.
    if (typeof options.clock === "object") return (options.clock as { reset?: () => void }).reset?.();
    settable.set?.(options.clock === "system" ? Date.now() + initialOffset : initialTime);
  };

  if (options.controlToken !== undefined && !/^[\x21-\x7e]{16,256}$/.test(options.controlToken)) {
    throw new RangeError("controlToken must be 16-256 visible ASCII characters without spaces");
  }
  const deterministic = options.deterministic ?? (options.seed !== undefined || scenario?.seed !== undefined);
  const keyable = createKeyableIds(
    options.ids ?? createIdGenerator(seed, { secrets: deterministic ? "seeded" : "random" }),
  );
  const faults = createFaultController(`${seed}:faults`);
  const defaultTenantOptions = options.defaultTenant ?? scenario?.defaultTenant ?? {};
  let defaultTenant: MockTenant | null = null;

  const createApiKeyIn = (
    ledger: Ledger,
    tenantId: string,
    input: { environment?: KeyEnvironment; name?: string; apiKey?: string } = {},
  ): IssuedApiKey => {
    const environment =
      input.environment ?? (input.apiKey ? parseApiKey(input.apiKey)?.environment : undefined) ?? "test";
    const create = () =>
      ledger.createApiKey(tenantId, {
        environment,
        ...(input.name !== undefined ? { name: input.name } : {}),
      });
    return input.apiKey === undefined ? create() : keyable.withFixedKey(input.apiKey, create);
  };

  const createTenantIn = (ledger: Ledger, input: CreateTenantOptions = {}): MockTenant => {
    const keys = checkNewTenant(ledger, input);
    const tenant = ledger.createTenant({
      ...(input.tenantId !== undefined ? { tenantId: input.tenantId } : {}),
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.plan !== undefined ? { plan: input.plan } : {}),
      ...(input.requireSignedCompare !== undefined
        ? { requireSignedCompare: input.requireSignedCompare }
        : {}),
      ...(input.includedDeltas !== undefined ? { includedDeltas: input.includedDeltas } : {}),
    });
    const apiKeys = keys.map((key): ControlCreatedKey => {
      const issued = createApiKeyIn(ledger, tenant.tenantId, key);
      return {
        keyId: issued.key.id,
        name: issued.key.name,
        environment: issued.key.environment,
        apiKey: issued.apiKey,
      };
    });
    const [first] = apiKeys as [ControlCreatedKey];
    return { tenant, tenantId: tenant.tenantId, apiKey: first.apiKey, keyId: first.keyId, apiKeys };
  };

  const ledger = createLedger({
    seed,
    clock: settable,
    ids: keyable.ids,
    verification,
    ...(options.verificationBatchSize !== undefined
      ? { verificationBatchSize: options.verificationBatchSize }
      : {}),
    ...(options.limits !== undefined ? { limits: options.limits } : {}),
    ...(options.rateLimit !== undefined ? { rateLimit: options.rateLimit } : {}),
    ...(options.defaultCadenceMs !== undefined ? { defaultCadenceMs: options.defaultCadenceMs } : {}),
    ...(options.idempotencyTtlMs !== undefined ? { idempotencyTtlMs: options.idempotencyTtlMs } : {}),
    ...(options.keyRotationOverlapMs !== undefined
      ? { keyRotationOverlapMs: options.keyRotationOverlapMs }
      : {}),
    ...(options.signatureToleranceSeconds !== undefined
      ? { signatureToleranceSeconds: options.signatureToleranceSeconds }
      : {}),
    ...options.dashboard,
    baseUrl: publicUrl,
    setup(fresh) {
      defaultTenant =
        defaultTenantOptions === false
          ? null
          : createTenantIn(fresh, {
              name: defaultTenantOptions.name ?? "Default tenant",
              plan: defaultTenantOptions.plan ?? DEFAULT_TENANT_PLAN,
              keyName: "Default sandbox key",
              ...(defaultTenantOptions.tenantId !== undefined
                ? { tenantId: defaultTenantOptions.tenantId }
                : {}),
              ...(defaultTenantOptions.requireSignedCompare !== undefined
                ? { requireSignedCompare: defaultTenantOptions.requireSignedCompare }
                : {}),
              ...(defaultTenantOptions.apiKey !== undefined ? { apiKey: defaultTenantOptions.apiKey } : {}),
            });
      if (scenario) {
        applyScenario(fresh, scenario, {
          createApiKey: (tenantId, input) => createApiKeyIn(fresh, tenantId, input),
          ...(settable.set ? { setClock: (ms: number) => void settable.set?.(ms) } : {}),
        });
      }
    },
  });

  const { allowUrls, ...webhookOptions } = options.webhooks ?? {};
  const webhooks = createWebhookEngine({
    clock: settable,
    ids: keyable.ids,
    events: ledger,
    ...webhookOptions,
    receiverUrls: receiverUrlPolicy(options.serverAddress, allowUrls),
    advanceClock: (ms) => void advanceClock(ms),
  });

  const records = new RecordStore({
    clock: settable,
    verification: () => ledger.verification,
    publish: (scope, { event, data }) =>
      void ledger.publishEvent(scope.tenantId, scope.environment, event, data),
  });

  /** Verification that came due first (its events may be delivered), then due webhook retries. */
  const runDue = (): VerificationRun => {
    const run = ledger.runDue();
    records.runDue();
    webhooks.runDue();
    return run;
  };

  const advanceClock = (ms: number): VerificationRun => {
    if (!settable.advance) throw new TypeError("the injected clock cannot be advanced (it has no advance())");
    settable.advance(ms);
    return runDue();
  };

  const setClock = (time: number | Date | string): VerificationRun => {
    if (!settable.set) throw new TypeError("the injected clock cannot be set (it has no set())");
    settable.set(toMs(time));
    return runDue();
  };

  const clock: MockClock = {
    now: () => settable.now(),
    advance(ms) {
      advanceClock(ms);
      return settable.now();
    },
    set(time) {
      setClock(time);
      return settable.now();
    },
  };

  const verifyPending = (selector: { recordIds?: string[] } = {}): VerificationRun => {
    const ids = selector.recordIds ? new Set(selector.recordIds) : null;
    records.commitPending(ids ?? undefined);
    return ledger.verifyPending(ids ? (candidate) => ids.has(candidate.recordId) : undefined);
  };

  const failDeltas = (selector: DeltaSelector, error?: DeltaError): (() => void) => {
    return ledger.markToFail(failSelectorMatcher(selector), error);
  };

  const switchContract = (input: ContractSwitch): Required<ContractSwitch> => {
    const tenantId = input.tenantId ?? defaultTenant?.tenantId;
    if (tenantId === undefined)
      throw new LedgerError("NOT_FOUND", "No tenantId given and the mock has no default tenant");
    const environment = input.environment ?? "test";
    ledger.setContractDeployed(tenantId, ENVIRONMENT_OF_KEY[environment], input.deployed);
    return { tenantId, environment, deployed: input.deployed };
  };

  const sendEvent = (body: Record<string, unknown>): LedgerEvent => {
    const requested = readRequestedEvent(
      body,
      defaultTenant?.tenantId ?? null,
      new Date(settable.now()).toISOString(),
    );
    return ledger.publishEvent(requested.tenantId, requested.environment, requested.event, requested.data);
  };

  const onInternalError =
    options.onInternalError ?? ((error: unknown) => console.error("[pacspace-mock] unexpected error", error));
  const pipeline = createPipeline({
    ledger,
    faults,
    basePath,
    sandboxOnlyHosts: new Set(options.sandboxOnlyHosts ?? []),
    onInternalError,
  });
  const dashboardPipeline = createDashboardPipeline({
    ledger,
    faults,
    basePath,
    nextRequestId: pipeline.nextRequestId,
    onInternalError,
  });

  const middlewareTenants = new MiddlewareTenants();
  const configureMiddlewareTenant = (
    input: MiddlewareTenantInput & { tenantId?: string },
  ): ConfiguredMiddlewareTenant => {
    const tenantId = input.tenantId ?? defaultTenant?.tenantId;
    if (tenantId === undefined)
      throw new LedgerError("NOT_FOUND", "No tenantId given and the mock has no default tenant");
    ledger.getTenant(tenantId);
    const configured = middlewareTenants.configure(tenantId, input);
    return {
      tenantId,
      vendorAccounts: [...configured.vendorAccounts.values()].map((account) => ({ ...account })),
    };
  };

  const reset = () => {
    middlewareTenants.reset();
    faults.reset();
    webhooks.reset();
    resetClock();
    records.reset();
    ledger.reset();
  };

  const requests = new RequestLog();
  const table: Route[] = [
    ...apiRoutes(pipeline, webhooks, records, {
      tenants: middlewareTenants,
      tenantName: (tenantId) => ledger.getTenant(tenantId).name,
      now: () => clock.now(),
    }),
    ...dashboardRoutes(dashboardPipeline),
    ...dashboardWebhookRoutes(dashboardPipeline, webhooks),
    // Every /__mock route sits behind the control API's one access rule.
    ...(options.controlApi === false
      ? []
      : guardedControlRoutes(
          [
            ...controlRoutes(
              {
                reset,
                clock,
                advanceClock,
                setClock,
                verifyPending,
                faults,
                createTenant: (input) => {
                  const { tenant, apiKey, keyId, apiKeys } = createTenantIn(ledger, input);
                  return { tenant, apiKey, keyId, apiKeys };
                },
                snapshot: () => snapshotWithRecords(ledger.snapshot(), records.digest()),
                inspect: () => ledger.inspect(),
                failDeltas,
                issueApprovalToken: (input) => ledger.issueApprovalToken(input),
                setUserMfa: (input) => ledger.setUserMfa(input),
                sendEvent,
                setContractDeployed: switchContract,
                state: options.stateTransfer ?? null,
              },
              pipeline.nextRequestId,
              onInternalError,
            ),
            ...inspectorRoutes(
              { ledger, faults, webhooks, requests, defaultTenantId: () => defaultTenant?.tenantId ?? null },
              pipeline.nextRequestId,
              onInternalError,
            ),
            ...recordControlRoutes(records, pipeline.nextRequestId, onInternalError),
            ...middlewareControlRoutes(configureMiddlewareTenant, pipeline.nextRequestId, onInternalError),
          ],
          options.controlToken ?? null,
          pipeline.nextRequestId,
        )),
    ...fallbackRoutes(
      basePath,
      [
        { prefix: "/api/v1", routes: apiOperationRoutes() },
        { prefix: "/dashboard", routes: dashboardOperationRoutes() },
        ...(options.controlApi === false
          ? []
          : [
              {
                prefix: "/__mock",
                routes: [...CONTROL_OPERATIONS, ...INSPECTOR_OPERATIONS, ...RECORD_CONTROL_OPERATIONS],
              },
            ]),
      ],
      pipeline.nextRequestId,
    ),
  ];
  const routes = loggedRoutes(table, requests, faults, () => settable.now());

  const mock: PacSpaceMock = {
    handlers: mswHandlers(baseUrl, routes),
    routes: routes.map(({ method, path }) => Object.freeze({ method, path })),
    ledger,
    clock,
    faults,
    webhooks,
    records,
    baseUrl,
    requests,
    get defaultTenant() {
      return defaultTenant;
    },
    get apiKey() {
      if (!defaultTenant)
        throw new Error("this mock was created with defaultTenant: false; use createTenant()");
      return defaultTenant.apiKey;
    },
    reset,
    tick: runDue,
    verifyPending,
    failDeltas,
    sendEvent: (input) => sendEvent({ ...input }),
    createTenant: (input) => createTenantIn(ledger, input),
    createApiKey: (tenantId, input) => createApiKeyIn(ledger, tenantId, input),
    issueApprovalToken: (email) => ledger.issueApprovalToken({ email }),
    setUserMfa: (email, options = {}) => ledger.setUserMfa({ email, ...options }),
    inspect: () => ledger.inspect(),
    snapshot: () => snapshotWithRecords(ledger.snapshot(), records.digest()),
    advanceClock,
    setContractDeployed: (tenantId, environment, deployed) =>
      ledger.setContractDeployed(tenantId, ENVIRONMENT_OF_KEY[environment], deployed),
    configureMiddlewareTenant,
  };
  registerMockStatePart(mock, { ledger, webhooks, records, middlewareTenants, faults, clock: settable });
  return { mock, routes };
}

export function createPacSpaceMock(options: CreatePacSpaceMockOptions = {}): PacSpaceMock {
  return createPacSpaceMockWithRoutes(options).mock;
}
