import { type Clock, systemClock } from "../clock.js";
import { createIdGenerator, type IdGenerator } from "../ids.js";
import { registerStatePart } from "../state-parts.js";
import { type CheckpointOutcome, createCheckpoint, listCheckpoints } from "./balance/checkpoints.js";
import { compareBalances } from "./balance/compare.js";
import {
  createCustomer,
  getCustomer,
  getCustomersSummary,
  listCustomers,
  setCustomerCadence,
} from "./balance/customers.js";
import { acceptedBatch, emitDelta, emitDeltaBatch, getDeltaStatus } from "./balance/delta-log.js";
import { type DeriveQuery, deriveBalance } from "./balance/derive.js";
import { getSequenceGaps } from "./balance/gaps.js";
import { verifyProof } from "./balance/public-verify.js";
import {
  getPublicReceipt,
  getReceipt,
  getReceiptDocument,
  listCustomerReceipts,
  type ReceiptPresentation,
} from "./balance/receipts.js";
import type {
  AccessRequestReceipt,
  Account,
  BatchResult,
  CheckpointList,
  CompareResult,
  CustomerDetail,
  CustomerList,
  CustomerSummary,
  CustomersSummary,
  DashboardUser,
  DeltaError,
  DeltaRecord,
  DeriveResult,
  EnvironmentState,
  Limits,
  MfaChallenge,
  Receipt,
  ReceiptDocument,
  ReceiptSummaryList,
  Registration,
  SequenceGaps,
  Usage,
  VerifyProofResult,
} from "./kernel/api-types.js";
import {
  createAccountsState,
  type LedgerContext,
  publishEvent,
  publishNow,
  type VerificationMode,
} from "./kernel/context.js";
import type { Hex } from "./kernel/core.js";
import { EventBus, type LedgerEvent, type LedgerEventListener } from "./kernel/events.js";
import { type FailCandidate, failSelectorMatcher } from "./kernel/fail-rules.js";
import {
  DEFAULT_IDEMPOTENCY_TTL_MS,
  type IdempotencyClaim,
  IdempotencyStore,
  type IdempotentRequest,
} from "./kernel/idempotency.js";
import { type LedgerLimits, resolveLimits } from "./kernel/limits.js";
import type { QueryValue } from "./kernel/query.js";
import { RateLimiter, type RateLimitOptions } from "./kernel/rate-limits.js";
import {
  DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
  SignatureReplayStore,
} from "./kernel/signature-replay-store.js";
import type { Environment, EnvLedger, Plan, TenantState } from "./kernel/state.js";
import type { WriteStepHook } from "./kernel/transaction.js";
import { billingUsage, getUsage, PLANS, type PlanTerms } from "./kernel/usage-and-plans.js";
import { ledgerStatePart } from "./ledger-state-part.js";
import { inspectLedger, type LedgerInspection, snapshotDigest } from "./snapshot.js";
import {
  type ApiKeyInfo,
  type AuthContext,
  apiKeyInfo,
  authenticate,
  createApiKey,
  type IssuedApiKey,
  listApiKeys,
  requireKey,
  revokeApiKey,
  rotateApiKey,
  updateApiKey,
} from "./tenancy/api-keys.js";
import {
  type AccessRequestInput,
  type IssuedApprovalToken,
  issueApprovalToken,
  requestAccess,
} from "./tenancy/approvals.js";
import { assertContractDeployed, setContractDeployed } from "./tenancy/contracts.js";
import { type TenantDashboard, tenantDashboard } from "./tenancy/dashboard.js";
import { failActivation } from "./tenancy/environments.js";
import { type MfaSetting, setUserMfa, verifyMfaLogin } from "./tenancy/mfa.js";
import { DEFAULT_PASSWORD_COST, type ScryptCost } from "./tenancy/passwords.js";
import { checkRequestSignature, type SignableOperation } from "./tenancy/request-signatures.js";
import type { OpenedSession } from "./tenancy/session-tokens.js";
import { account, login, logout, type ResolvedSession, resolveSession } from "./tenancy/sessions.js";
import {
  type CreateTenantInput,
  createTenant,
  requireTenant,
  type TenantInfo,
  tenantInfo,
  updateTenant,
} from "./tenancy/tenants.js";
import { type RegisterInput, register, updatePreferences } from "./tenancy/users.js";
import {
  addFailRule,
  DEFAULT_FAILURE,
  type InFlightFilter,
  runDue,
  startProcessing,
  type VerificationRun,
  verifyPending,
} from "./verification/verification.js";
import { compareRunData, sharedRecordViewedData } from "./verification/webhook-payloads.js";

/**
 * The ledger facade: every rule of the mock backend, no HTTP. Handlers parse a request,
 * call one method here, and map a thrown `LedgerError` to its status with
 * `LEDGER_ERROR_STATUS`. The rules themselves live in one module per concept, in a folder
 * per domain, layered so imports only run downwards: `kernel/` (the state types, the
 * per-ledger context, transactions, errors, scopes, limits, plans and the API views of
 * state), then `verification/` (the verifier and its webhook payloads), `balance/` (deltas,
 * derive, compare, checkpoints, receipts, gaps, public verification), `tenancy/` (tenants,
 * keys, signatures, users, sessions, MFA, approvals, environments, billing, the dashboard),
 * and this facade on top. Records and the middleware API sit beside it in `../records/` and
 * `../middleware/`. test/ledger-layout.test.ts fails on an import circle or an upward import.
 */

export interface LedgerOptions {
  /**
   * Seed of the id generator (default "pacspace"): same seed, same ids. Secrets are random
   * per ledger unless a seed is given.
   */
  seed?: string | number;
  /** Defaults to the system clock; pass `createManualClock()` for reproducible runs. */
  clock?: Clock;
  /** Defaults to `createIdGenerator(seed)` (seeded secrets only with a `seed`). */
  ids?: IdGenerator;
  /** Default `immediate`. */
  verification?: VerificationMode;
  /** Most deltas per verification batch (default 100). */
  verificationBatchSize?: number;
  limits?: Partial<LedgerLimits>;
  /** Per-key token bucket; off when absent or null. */
  rateLimit?: RateLimitOptions | null;
  /** Minimum ms between emits for every customer; off when absent/null (per-customer overrides win). */
  defaultCadenceMs?: number | null;
  /** Default 24 h. */
  idempotencyTtlMs?: number;
  /** How long a rotated key's old secret keeps working (default 24 h). */
  keyRotationOverlapMs?: number;
  /** How long a dashboard session lasts (default 12 h). */
  sessionTtlMs?: number;
  /** How long an approval token can be used (default 7 days). */
  approvalTtlMs?: number;
  /** How long provisioning an environment takes on the clock (default 0: active at once). */
  environmentActivationMs?: number;
  /** scrypt cost of password hashes (default N = 2^12, r = 8, p = 1). */
  passwordCost?: ScryptCost;
  /** Request-signature timestamp tolerance (default 300 s). */
  signatureToleranceSeconds?: number;
  /** Origin used in verifyUrl / verificationApiUrl / permalinks (default http://127.0.0.1:4010). */
  baseUrl?: string;
  /** Test hook called at named points inside writes; throw from it to simulate a crash mid-write. */
  writeHook?: WriteStepHook;
  /** Runs at creation and after every `reset()`, e.g. to create fixture tenants and keys. */
  setup?: (ledger: Ledger) => void;
  /** A throwing event listener is reported here (default: console.error) and never undoes a write. */
  onListenerError?: (error: unknown, event: LedgerEvent) => void;
}

/** Result of `runIdempotent`: a fresh or replayed response, or "still in flight". */
export type IdempotentOutcome<T> =
  | { kind: "fresh"; status: number; body: T; replayed: false }
  | { kind: "replay"; status: number; body: unknown; replayed: true }
  | { kind: "pending" };

/** Everything a Balance API request can do in one (tenant, environment) ledger. */
export interface BalanceApi {
  readonly tenantId: string;
  readonly environment: Environment;
  /** POST /delta → 201. Errors: VALIDATION_ERROR, PLAN_LIMIT_REACHED, CADENCE_LIMIT. */
  emitDelta(body: unknown): DeltaRecord;
  /** POST /delta/batch → 201. Errors: VALIDATION_ERROR (envelope), PLAN_LIMIT_REACHED. */
  emitDeltaBatch(body: unknown): BatchResult;
  /** GET /delta/{recordId}. Errors: VALIDATION_ERROR, NOT_FOUND. */
  getDeltaStatus(recordId: string): DeltaRecord;
  /** The answer of the batch write that recorded `recordId` with every item, rebuilt from the log (null: no such delta). */
  acceptedBatch(recordId: string): BatchResult | null;
  /** GET /derive/{customerId}. Errors: VALIDATION_ERROR, INVALID_SCOPE_COMBINATION, SCOPE_TOO_WIDE, NOT_FOUND (checkpoint). */
  deriveBalance(customerId: string, query?: DeriveQuery): DeriveResult;
  /** GET /limits. */
  getLimits(): Limits;
  /** POST /compare (check the signature first with `checkRequestSignature`). Errors as derive. */
  compareBalances(body: unknown, rawBody?: string): CompareResult;
  /** POST /checkpoint → `status` 201 (created) or 200 (existing). Errors: VALIDATION_ERROR, scope errors, CUSTOMER_NOT_FOUND. */
  createCheckpoint(body: unknown): CheckpointOutcome;
  /** GET /checkpoints. */
  listCheckpoints(query?: Record<string, QueryValue>): CheckpointList;
  /** GET /receipt/{customerId}. Errors: scope errors, CUSTOMER_NOT_FOUND. */
  getReceipt(customerId: string, query?: Record<string, QueryValue>): Receipt;
  /** GET /receipts/{receiptId}. Errors: VALIDATION_ERROR, NOT_FOUND. */
  getReceiptDocument(receiptId: string, query?: ReceiptPresentation): ReceiptDocument;
  /** GET /customers/{customerId}/receipts. Errors: CUSTOMER_NOT_FOUND. */
  listCustomerReceipts(customerId: string, query?: { limit?: QueryValue }): ReceiptSummaryList;
  /** GET /customers. */
  listCustomers(query?: { page?: QueryValue; limit?: QueryValue; search?: QueryValue }): CustomerList;
  /** GET /customers/summary. */
  getCustomersSummary(): CustomersSummary;
  /** GET /customers/{customerId}. Errors: CUSTOMER_NOT_FOUND. */
  getCustomer(
    customerId: string,
    query?: { deltaPage?: QueryValue; deltaLimit?: QueryValue; period?: QueryValue },
  ): CustomerDetail;
  /** GET /gaps/{customerId}. Errors: VALIDATION_ERROR, CUSTOMER_NOT_FOUND. */
  getSequenceGaps(
    customerId: string,
    query?: { fromSequence?: QueryValue; toSequence?: QueryValue; limit?: QueryValue },
  ): SequenceGaps;
  /** GET /usage. */
  getUsage(): Usage;
  /** Dashboard POST /customers: `{customerId?, displayName?, unitLabel?, eventCadence?, minEmitIntervalMs?}`. Errors: CONFLICT. */
  createCustomer(body: unknown): CustomerSummary;
  /** Minimum interval between emits for one customer (null: back to the ledger default). */
  setCustomerCadence(customerId: string, minEmitIntervalMs: number | null): void;
}

/** A Balance API request authenticated by its key. */
export interface BalanceSession extends BalanceApi {
  readonly auth: AuthContext;
  /**
   * Checks `X-PacSpace-Request-Signature` when present (and demands it on compare when the
   * tenant requires it). Errors: INVALID_REQUEST_SIGNATURE, REQUEST_SIGNATURE_EXPIRED,
   * REQUEST_REPLAYED, SIGNATURE_REQUIRED. Await it before claiming the idempotency key.
   */
  checkRequestSignature(request: {
    method: string;
    pathWithQuery: string;
    body: string;
    header: string | null | undefined;
    operation: SignableOperation;
  }): Promise<{ signed: boolean }>;
  /**
   * Claims an Idempotency-Key synchronously (call it before any await). `new` → run the
   * write, then `complete({status, body})`, or `abandon()` if it failed. Errors:
   * VALIDATION_ERROR (malformed key), IDEMPOTENCY_KEY_REUSED.
   */
  claimIdempotencyKey(key: string, request: IdempotentRequest): IdempotencyClaim;
  /**
   * `claimIdempotencyKey` + run + complete in one call. Without a key it just runs. Errors
   * thrown by `operation` abandon the claim (nothing stored) and propagate.
   */
  runIdempotent<T>(
    key: string | null | undefined,
    request: IdempotentRequest,
    operation: () => { status: number; body: T },
  ): IdempotentOutcome<T>;
}

export interface Ledger {
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly limits: LedgerLimits;
  readonly verification: VerificationMode;

  // --- tenants and keys (dashboard / control API)
  createTenant(input?: CreateTenantInput): TenantInfo;
  getTenant(tenantId: string): TenantInfo;
  listTenants(): TenantInfo[];
  updateTenant(
    tenantId: string,
    changes: { plan?: Plan; name?: string; includedDeltas?: number | null; requireSignedCompare?: boolean },
  ): TenantInfo;
  planTerms(plan: Plan): PlanTerms;
  billingUsage(tenantId: string, period?: string): ReturnType<typeof billingUsage>;
  /** Errors: NOT_FOUND (tenant), VALIDATION_ERROR, FORBIDDEN (live key on Free). */
  createApiKey(tenantId: string, input: { name?: string; environment: "test" | "live" }): IssuedApiKey;
  listApiKeys(tenantId: string): ApiKeyInfo[];
  getApiKey(tenantId: string, keyId: string): ApiKeyInfo;
  /** `{active: false}` disables, `{active: true}` re-enables. Errors: NOT_FOUND, CONFLICT (revoked). */
  updateApiKey(tenantId: string, keyId: string, changes: { name?: string; active?: boolean }): ApiKeyInfo;
  rotateApiKey(tenantId: string, keyId: string): IssuedApiKey;
  revokeApiKey(tenantId: string, keyId: string): ApiKeyInfo;

  // --- dashboard accounts and sessions
  /** Records a request for access; the same answer for every email. */
  requestAccess(input: AccessRequestInput): AccessRequestReceipt;
  /** Approves an email (mock control): a single-use registration token. Errors: VALIDATION_ERROR. */
  issueApprovalToken(input: { email: string }): IssuedApprovalToken;
  /** Errors: REGISTRATION_REQUIRES_APPROVAL (nothing created), CONFLICT (email taken). */
  register(input: RegisterInput): Registration;
  /** A session, or an MFA challenge for a user with MFA on. Errors: UNAUTHENTICATED (same for an unknown email and a wrong password). */
  login(input: { email: string; password: string }): OpenedSession | MfaChallenge;
  /** Completes an MFA login. Errors: INVALID_MFA_TICKET, INVALID_MFA_CODE. */
  verifyMfaLogin(input: { mfaTicket: string; code: string }): OpenedSession;
  /** Mock control: MFA on (fixed or seeded 6-digit code) or off for a user. Errors: VALIDATION_ERROR, NOT_FOUND. */
  setUserMfa(input: { email: string; enabled?: boolean; code?: string }): MfaSetting;
  /** Errors: UNAUTHENTICATED (missing, unknown, expired or ended). */
  resolveSession(token: string | null | undefined): ResolvedSession;
  /** Ends the session. Errors: UNAUTHENTICATED. */
  logout(token: string | null | undefined): void;
  getAccount(session: ResolvedSession): Account;
  updatePreferences(userId: string, changes: { preferredEnvironment: Environment }): DashboardUser;
  /** The dashboard operations of one tenant (keys, environments, billing, customers). */
  dashboard(tenantId: string): TenantDashboard;
  /** Mock control: an environment still activating fails. Errors: CONFLICT. */
  failEnvironmentActivation(tenantId: string, environment: Environment): EnvironmentState;
  /** Takes an environment's anchoring contract down (writes then get 412) or back up. */
  setContractDeployed(tenantId: string, environment: Environment, deployed: boolean): void;

  // --- Balance API
  /** Resolves the key. Errors: INVALID_API_KEY, API_KEY_DISABLED, FORBIDDEN. */
  authenticate(apiKey: string | null | undefined): AuthContext;
  /**
   * One call per Balance API request: authenticates, takes a rate-limit token
   * (RATE_LIMITED) and settles verification work that has come due.
   */
  session(apiKey: string | null | undefined): BalanceSession;
  /** The same operations without a key (dashboard, tests, benchmarks). */
  forEnvironment(tenantId: string, environment: Environment): BalanceApi;

  // --- public verification (no key)
  /** GET /api/v1/verify/{proofRoot}. Errors: VALIDATION_ERROR, NOT_FOUND. */
  verifyProof(proofRoot: string, query?: { source?: QueryValue }): VerifyProofResult;
  /** GET /api/v1/receipt/{receiptId}. Errors: NOT_FOUND. */
  getPublicReceipt(receiptId: string): Receipt;

  // --- verification control (mock only)
  /** Settles what is due on the clock (delay mode); handlers/servers call it freely. */
  runDue(): VerificationRun;
  /** Verifies in-flight deltas now (all, or those `filter` picks) and anchors pending checkpoints. */
  verifyPending(filter?: InFlightFilter): VerificationRun;
  /** Moves QUEUED deltas (and checkpoints when no filter) to PROCESSING. */
  startProcessing(filter?: InFlightFilter): VerificationRun;
  /** Makes matching deltas FAIL when verified. Returns the function that lifts the rule. */
  markToFail(target: string | ((candidate: FailCandidate) => boolean), error?: DeltaError): () => void;
  /** Replaces the rate-limit configuration (null = off). */
  setRateLimit(options: RateLimitOptions | null): void;
  /**
   * Publishes a catalogue event of a tenant's ledger with the given `data`, for events no
   * mock state produces (tenant domains, step-up failures, records). Errors: NOT_FOUND.
   */
  publishEvent(
    tenantId: string,
    environment: Environment,
    event: LedgerEvent["event"],
    data: object,
  ): LedgerEvent;

  // --- events, inspection, reset
  onEvent(listener: LedgerEventListener): () => void;
  inspect(): LedgerInspection;
  /** keccak256 of the canonical JSON of all ledger state: equal digests, equal state. */
  snapshot(): Hex;
  /** Back to the seeded initial state (listeners stay subscribed; `setup` runs again). */
  reset(): void;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createLedger(options: LedgerOptions = {}): Ledger {
  const clock = options.clock ?? systemClock;
  // a seed given is a request for reproducible runs, secrets included
  const ids =
    options.ids ??
    createIdGenerator(options.seed ?? "pacspace", {
      secrets: options.seed === undefined ? "random" : "seeded",
    });
  const verification = options.verification ?? "immediate";
  if (typeof verification === "object" && !(verification.delayMs >= 0)) {
    throw new RangeError("verification.delayMs must be ≥ 0");
  }
  const verificationBatchSize = options.verificationBatchSize ?? 100;
  if (!Number.isInteger(verificationBatchSize) || verificationBatchSize < 1) {
    throw new RangeError("verificationBatchSize must be a positive integer");
  }
  const ctx: LedgerContext = {
    clock,
    ids,
    limits: resolveLimits(options.limits),
    verification,
    verificationBatchSize,
    baseUrl: (options.baseUrl ?? "http://127.0.0.1:4010").replace(/\/+$/, ""),
    keyRotationOverlapMs: options.keyRotationOverlapMs ?? DAY_MS,
    sessionTtlMs: options.sessionTtlMs ?? 12 * 60 * 60 * 1000,
    approvalTtlMs: options.approvalTtlMs ?? 7 * DAY_MS,
    environmentActivationMs: options.environmentActivationMs ?? 0,
    passwordHashing: { ...(options.passwordCost ?? DEFAULT_PASSWORD_COST) },
    defaultCadenceMs: options.defaultCadenceMs ?? null,
    writeHook: options.writeHook,
    tenants: new Map(),
    keysByPublicId: new Map(),
    roots: new Map(),
    receiptsById: new Map(),
    failRules: [],
    promotedThrough: new WeakMap(),
    events: new EventBus(
      options.onListenerError ??
        ((error, event) => console.error(`[pacspace-mock] ${event.event} listener threw`, error)),
    ),
    idempotency: new IdempotencyStore(clock, options.idempotencyTtlMs ?? DEFAULT_IDEMPOTENCY_TTL_MS),
    rateLimiter: new RateLimiter(clock, options.rateLimit ?? null),
    signatures: new SignatureReplayStore(
      clock,
      options.signatureToleranceSeconds ?? DEFAULT_SIGNATURE_TOLERANCE_SECONDS,
    ),
    accounts: createAccountsState(),
  };

  /** In immediate mode a write's deltas are verified right after its response was built. */
  const settleImmediately = () => {
    if (ctx.verification === "immediate") runDue(ctx);
  };

  // One BalanceApi per ledger, made once: every request opens a session on it, and twenty
  // fresh closures per request were a measurable share of the server's time.
  const balanceApis = new WeakMap<EnvLedger, BalanceApi>();
  const balanceApi = (tenantId: string, environment: Environment): BalanceApi => {
    const ledger = requireTenant(ctx, tenantId).ledgers[environment];
    const made = balanceApis.get(ledger);
    if (made) return made;
    const api: BalanceApi = {
      tenantId,
      environment,
      emitDelta(body) {
        assertContractDeployed(ledger);
        const record = emitDelta(ctx, ledger, body);
        settleImmediately();
        return record;
      },
      emitDeltaBatch(body) {
        assertContractDeployed(ledger);
        const result = emitDeltaBatch(ctx, ledger, body);
        settleImmediately();
        return result;
      },
      getDeltaStatus: (recordId) => getDeltaStatus(ledger, recordId),
      acceptedBatch: (recordId) => acceptedBatch(ledger, recordId),
      deriveBalance: (customerId, query = {}) => deriveBalance(ctx, ledger, customerId, query),
      getLimits: () => ({ ...ctx.limits }),
      compareBalances(body, rawBody) {
        const result = compareBalances(ctx, ledger, body, rawBody);
        publishEvent(ctx, ledger, "customer.compare_run", () => compareRunData(result));
        return result;
      },
      createCheckpoint(body) {
        assertContractDeployed(ledger);
        const outcome = createCheckpoint(ctx, ledger, body);
        settleImmediately();
        return outcome;
      },
      listCheckpoints: (query = {}) => listCheckpoints(ctx, ledger, query),
      getReceipt: (customerId, query = {}) => getReceipt(ctx, ledger, customerId, query),
      getReceiptDocument: (receiptId, query = {}) => getReceiptDocument(ctx, ledger, receiptId, query),
      listCustomerReceipts: (customerId, query = {}) => listCustomerReceipts(ledger, customerId, query),
      listCustomers: (query = {}) => listCustomers(ledger, query),
      getCustomersSummary: () => getCustomersSummary(ledger),
      getCustomer: (customerId, query = {}) => getCustomer(ledger, customerId, query, ctx.clock.now()),
      getSequenceGaps: (customerId, query = {}) => getSequenceGaps(ledger, customerId, query),
      getUsage: () => getUsage(ctx, ledger),
      createCustomer: (body) => createCustomer(ctx, ledger, body),
      setCustomerCadence: (customerId, ms) => setCustomerCadence(ledger, customerId, ms),
    };
    balanceApis.set(ledger, api);
    return api;
  };

  /** Caches the sessions `session()` hands out, by environment ledger and API key. */
  const sessions = new WeakMap<EnvLedger, Map<string, { session: BalanceSession; tenant: TenantState }>>();
  const buildSession = (auth: AuthContext, tenant: TenantState, apiKey: string): BalanceSession => {
    const scope = { tenantId: auth.tenantId, environment: auth.environment };
    const claimIdempotencyKey = (key: string, request: IdempotentRequest) =>
      ctx.idempotency.begin(scope, key, request);
    return {
      ...balanceApi(auth.tenantId, auth.environment),
      auth,
      checkRequestSignature: (request) =>
        checkRequestSignature(ctx.signatures, clock, tenant, auth, {
          ...request,
          apiKey,
        }),
      claimIdempotencyKey,
      runIdempotent<T>(
        key: string | null | undefined,
        request: IdempotentRequest,
        operation: () => { status: number; body: T },
      ): IdempotentOutcome<T> {
        if (key === undefined || key === null) return { kind: "fresh", replayed: false, ...operation() };
        const claim = claimIdempotencyKey(key, request);
        if (claim.kind === "pending") return claim;
        if (claim.kind === "replay")
          return { kind: "replay", status: claim.status, body: claim.body, replayed: true };
        let response: { status: number; body: T };
        try {
          response = operation();
        } catch (error) {
          claim.abandon();
          throw error;
        }
        claim.complete(response);
        return { kind: "fresh", replayed: false, ...response };
      },
    };
  };

  const ledgerApi: Ledger = {
    clock,
    ids,
    limits: ctx.limits,
    verification,

    createTenant: (input) => createTenant(ctx, input),
    getTenant: (tenantId) => tenantInfo(requireTenant(ctx, tenantId)),
    listTenants: () => [...ctx.tenants.values()].map(tenantInfo),
    updateTenant: (tenantId, changes) => updateTenant(ctx, tenantId, changes),
    planTerms: (plan) => ({ ...PLANS[plan] }),
    billingUsage: (tenantId, period) =>
      billingUsage(requireTenant(ctx, tenantId), period ?? new Date(clock.now()).toISOString().slice(0, 7)),
    createApiKey: (tenantId, input) => createApiKey(ctx, tenantId, input),
    listApiKeys: (tenantId) => listApiKeys(ctx, tenantId),
    getApiKey: (tenantId, keyId) => apiKeyInfo(ctx, requireKey(ctx, tenantId, keyId)),
    updateApiKey: (tenantId, keyId, changes) => updateApiKey(ctx, tenantId, keyId, changes),
    rotateApiKey: (tenantId, keyId) => rotateApiKey(ctx, tenantId, keyId),
    revokeApiKey: (tenantId, keyId) => revokeApiKey(ctx, tenantId, keyId),

    requestAccess: (input) => requestAccess(ctx, input),
    issueApprovalToken: (input) => issueApprovalToken(ctx, input),
    register: (input) => register(ctx, input),
    login: (input) => login(ctx, input),
    verifyMfaLogin: (input) => verifyMfaLogin(ctx, input),
    setUserMfa: (input) => setUserMfa(ctx, input),
    resolveSession: (token) => resolveSession(ctx, token),
    logout: (token) => logout(ctx, token),
    getAccount: (session) => account(ctx, session),
    updatePreferences: (userId, changes) => updatePreferences(ctx, userId, changes),
    dashboard: (tenantId) => tenantDashboard(ctx, tenantId),
    failEnvironmentActivation: (tenantId, environment) => failActivation(ctx, tenantId, environment),
    setContractDeployed: (tenantId, environment, deployed) =>
      setContractDeployed(ctx, tenantId, environment, deployed),

    authenticate: (apiKey) => authenticate(ctx, apiKey),
    session(apiKey) {
      const auth = authenticate(ctx, apiKey);
      ctx.rateLimiter.take(auth.keyId);
      runDue(ctx);
      const tenant = requireTenant(ctx, auth.tenantId);
      // A session is built once per key and environment ledger and reused: the checks above
      // run on every call, and everything below depends only on what they found.
      const ledger = tenant.ledgers[auth.environment];
      let ledgerSessions = sessions.get(ledger);
      if (ledgerSessions === undefined) {
        ledgerSessions = new Map();
        sessions.set(ledger, ledgerSessions);
      }
      const made = ledgerSessions.get(apiKey as string);
      if (made !== undefined && made.tenant === tenant && made.session.auth.keyId === auth.keyId) {
        return made.session;
      }
      const session = buildSession(auth, tenant, apiKey as string);
      ledgerSessions.set(apiKey as string, { session, tenant });
      return session;
    },
    forEnvironment: (tenantId, environment) => balanceApi(tenantId, environment),

    verifyProof(proofRoot, query = {}) {
      runDue(ctx);
      return verifyProof(ctx, proofRoot, query);
    },
    getPublicReceipt(receiptId) {
      const receipt = getPublicReceipt(ctx, receiptId);
      const found = ctx.receiptsById.get(receiptId);
      if (found) {
        publishEvent(ctx, found.ledger, "customer.shared_record_viewed", () =>
          sharedRecordViewedData(found.receipt),
        );
      }
      return receipt;
    },

    runDue: () => runDue(ctx),
    verifyPending: (filter) => verifyPending(ctx, filter),
    startProcessing: (filter) => startProcessing(ctx, filter),
    markToFail(target, error = DEFAULT_FAILURE) {
      const matches = typeof target === "string" ? failSelectorMatcher({ recordIds: [target] }) : target;
      return addFailRule(ctx, { matches, error: { ...error } });
    },
    setRateLimit: (rateLimit) => ctx.rateLimiter.configure(rateLimit),
    publishEvent: (tenantId, environment, event, data) =>
      publishNow(ctx, requireTenant(ctx, tenantId).ledgers[environment], event, structuredClone(data)),

    onEvent: (listener) => ctx.events.on(listener),
    inspect: () => inspectLedger(ctx),
    snapshot: () => snapshotDigest(ctx),
    reset() {
      ctx.tenants.clear();
      ctx.keysByPublicId.clear();
      ctx.roots.clear();
      ctx.receiptsById.clear();
      ctx.failRules.length = 0;
      ctx.idempotency.reset();
      ctx.rateLimiter.configure(options.rateLimit ?? null);
      ctx.signatures.reset();
      ctx.accounts = createAccountsState();
      ids.reset();
      options.setup?.(ledgerApi);
    },
  };
  options.setup?.(ledgerApi);
  registerStatePart(ledgerApi, ledgerStatePart(ctx));
  return ledgerApi;
}
