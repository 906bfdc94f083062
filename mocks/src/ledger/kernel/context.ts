import type { Clock } from "../../clock.js";
import type { IdGenerator } from "../../ids.js";
import { Decimal, type Hex, keccak256Hex, utf8, ZERO_HASH } from "./core.js";
import { DeltaStore, DeltasById, SubmissionsByRoot } from "./delta-store.js";
import type { EventBus, LedgerEvent } from "./events.js";
import type { FailRule } from "./fail-rules.js";
import type { IdempotencyStore } from "./idempotency.js";
import type { LedgerLimits } from "./limits.js";
import type { RateLimiter } from "./rate-limits.js";
import type { SignatureReplayStore } from "./signature-replay-store.js";
import type {
  AccountsState,
  AnchorEntry,
  ApiKeyState,
  CheckpointState,
  CustomerState,
  DeltaState,
  Environment,
  EnvLedger,
  ReceiptState,
  Submission,
  TenantState,
} from "./state.js";
import type { Transaction, WriteStepHook } from "./transaction.js";

/**
 * `immediate`: verified right after the accepting response; `{ delayMs }`: due that long
 * after acceptance (PROCESSING from half-way); `manual`: only when `verifyPending()` runs.
 */
export type VerificationMode = "immediate" | "manual" | { delayMs: number };

/** A published root, findable by anyone who holds it (the root is the capability). */
export type RootEntry =
  | { kind: "checkpoint"; ledger: EnvLedger; checkpoint: CheckpointState }
  | { kind: "receipt"; ledger: EnvLedger; receipt: ReceiptState }
  | { kind: "submission"; ledger: EnvLedger; submission: Submission };

/** Everything one ledger instance owns. Nothing lives at module level. */
export interface LedgerContext {
  clock: Clock;
  ids: IdGenerator;
  limits: LedgerLimits;
  verification: VerificationMode;
  verificationBatchSize: number;
  baseUrl: string;
  keyRotationOverlapMs: number;
  /** Dashboard sessions last this long (default 12 h). */
  sessionTtlMs: number;
  /** Approval tokens expire after this long (default 7 days). */
  approvalTtlMs: number;
  /** How long provisioning an environment takes on the clock (default 0: at once). */
  environmentActivationMs: number;
  /** scrypt cost of password hashes. */
  passwordHashing: { N: number; r: number; p: number };
  defaultCadenceMs: number | null;
  writeHook: WriteStepHook | undefined;
  tenants: Map<string, TenantState>;
  keysByPublicId: Map<string, ApiKeyState>;
  roots: Map<Hex, RootEntry[]>;
  receiptsById: Map<string, { ledger: EnvLedger; receipt: ReceiptState }>;
  failRules: FailRule[];
  /**
   * Per ledger, a time through which every in-flight delta due to turn PROCESSING has
   * (see `runDue`): what the verifier need not look at again. Derived, so not saved.
   */
  promotedThrough: WeakMap<EnvLedger, number>;
  events: EventBus;
  idempotency: IdempotencyStore;
  rateLimiter: RateLimiter;
  signatures: SignatureReplayStore;
  accounts: AccountsState;
}

export function createAccountsState(): AccountsState {
  return {
    users: new Map(),
    usersByEmail: new Map(),
    sessions: new Map(),
    mfaTickets: new Map(),
    approvals: new Map(),
    accessRequests: new Map(),
  };
}

export function createEnvLedger(tenantId: string, environment: Environment): EnvLedger {
  const anchors: AnchorEntry[] = [];
  const customers = new Map<string, CustomerState>();
  const deltaStore = new DeltaStore(anchors);
  const records = new DeltasById(deltaStore, customers);
  return {
    tenantId,
    environment,
    customers,
    deltaStore,
    records,
    inFlight: [],
    pendingCheckpoints: [],
    contractDeployed: true,
    anchors,
    headProofHash: ZERO_HASH,
    headReference: ZERO_HASH,
    submissions: new SubmissionsByRoot(deltaStore, records),
    byContentHash: new Map(),
    checkpoints: [],
    checkpointsByScope: new Map(),
    receipts: [],
    receiptsByKey: new Map(),
    lastCreatedAt: Number.NEGATIVE_INFINITY,
    totals: { deltas: 0, verified: 0, failed: 0, net: Decimal.ZERO },
    verifiedByPeriod: new Map(),
  };
}

export function tenantOf(ctx: LedgerContext, ledger: EnvLedger): TenantState {
  const tenant = ctx.tenants.get(ledger.tenantId);
  if (!tenant) throw new Error(`ledger of unknown tenant ${ledger.tenantId}`);
  return tenant;
}

/** Registers a public root; the undo is recorded on the transaction. */
export function registerRoot(ctx: LedgerContext, root: Hex, entry: RootEntry, tx: Transaction): void {
  if (root === ZERO_HASH) return; // an empty root proves nothing and would collide everywhere
  const list = ctx.roots.get(root);
  if (list) {
    tx.push(list, entry);
  } else {
    tx.mapSet(ctx.roots, root, [entry]);
  }
}

/** Queues an event for publication when the transaction commits (skipped when nobody listens). */
export function emitEvent(
  ctx: LedgerContext,
  ledger: EnvLedger,
  tx: Transaction,
  event: LedgerEvent["event"],
  buildData: () => object,
): void {
  if (!ctx.events.hasListeners) return;
  const timestamp = ctx.clock.now();
  tx.onCommit(() => ctx.events.publish(ledgerEvent(ctx, ledger, event, timestamp, buildData())));
}

/**
 * Publishes an event at once, for what changes no ledger state (a comparison run, an export
 * downloaded, a shared record viewed) and so has no write to wait for.
 */
export function publishEvent(
  ctx: LedgerContext,
  ledger: EnvLedger,
  event: LedgerEvent["event"],
  buildData: () => object,
): void {
  if (!ctx.events.hasListeners) return;
  publishNow(ctx, ledger, event, buildData());
}

/** Publishes an event now, listened to or not, and returns it (events asked for by tests). */
export function publishNow(
  ctx: LedgerContext,
  ledger: EnvLedger,
  event: LedgerEvent["event"],
  data: object,
): LedgerEvent {
  const published = ledgerEvent(ctx, ledger, event, ctx.clock.now(), data);
  ctx.events.publish(published);
  return published;
}

function ledgerEvent(
  ctx: LedgerContext,
  ledger: EnvLedger,
  event: LedgerEvent["event"],
  timestamp: number,
  data: object,
): LedgerEvent {
  return {
    id: ctx.ids.eventId(),
    event,
    timestamp: new Date(timestamp).toISOString(),
    tenantId: ledger.tenantId,
    environment: ledger.environment,
    data: data as Record<string, unknown>,
  };
}

export function verifyUrl(ctx: LedgerContext, root: Hex): string {
  return `${ctx.baseUrl}/verify/${root}`;
}

export function verificationApiUrl(ctx: LedgerContext, root: Hex): string {
  return `${ctx.baseUrl}/api/v1/verify/${root}`;
}

/** Deterministic, address-like reference of a customer (same id, same reference). */
export function customerReferenceOf(ledger: EnvLedger, customerId: string): string {
  const hash = keccak256Hex(
    utf8(`pacspace:customer:v1:${ledger.tenantId}:${ledger.environment}:${customerId}`),
  );
  return `0x${hash.slice(-40)}`;
}

/** Acceptance time: the clock, but never earlier than the ledger's previous acceptance. */
export function acceptanceTime(ctx: LedgerContext, ledger: EnvLedger): number {
  return Math.max(ctx.clock.now(), ledger.lastCreatedAt);
}

export type { DeltaState };
