import { type AnchorFields, BatchAnchor, CheckpointAnchor } from "../kernel/anchor-log.js";
import type { DeltaError } from "../kernel/api-types.js";
import { emitEvent, type LedgerContext, tenantOf } from "../kernel/context.js";
import { Decimal, type Hex, merkleRoot, nextVerificationReference } from "../kernel/core.js";
import type { FailCandidate, FailRule } from "../kernel/fail-rules.js";
import { periodOf } from "../kernel/scope.js";
import type {
  AnchorEntry,
  CheckpointState,
  CustomerState,
  DeltaState,
  EnvLedger,
  Schedule,
} from "../kernel/state.js";
import { atomically, type Transaction } from "../kernel/transaction.js";
import { checkpointView } from "../kernel/views.js";
import {
  deltaFailedData,
  deltaVerifiedData,
  type VerifiedCounts,
  verifiedCountsBefore,
} from "./webhook-payloads.js";

/**
 * The verifier: QUEUED → PROCESSING → VERIFIED | FAILED.
 *
 * In-flight deltas are taken in acceptance order and cut into batches of at most
 * `verificationBatchSize`. A batch's `proofHash` is the Merkle root of its content hashes;
 * it is appended to the ledger's anchor log, whose `verificationReference` chains each
 * entry to the previous one. Pending checkpoints are anchored the same way, one entry each,
 * after the deltas. Each run over a ledger is one transaction.
 */

export interface VerificationRun {
  verified: number;
  failed: number;
  processing: number;
  checkpointsVerified: number;
}

export type InFlightFilter = (candidate: FailCandidate) => boolean;

const DEFAULT_FAILURE: DeltaError = { code: "INTERNAL_ERROR", message: "Verification of this delta failed" };

export function scheduleFor(ctx: LedgerContext, acceptedAt: number): Schedule {
  const mode = ctx.verification;
  if (mode === "immediate") return { processingAt: null, dueAt: acceptedAt };
  if (mode === "manual") return { processingAt: null, dueAt: null };
  return { processingAt: acceptedAt + Math.floor(mode.delayMs / 2), dueAt: acceptedAt + mode.delayMs };
}

/**
 * Processes everything whose time has come, in every ledger. Handlers call this on every
 * request, so it does not walk every in-flight delta: `inFlight` is in acceptance order and
 * a delta's schedule follows its acceptance time, so `processingAt` and `dueAt` never
 * decrease along it (null counts as never). Binary searches find the due prefix, the end of
 * what may need promoting, and where an earlier run's promotions end (`promotedThrough`):
 * only the deltas between the last two are looked at.
 */
export function runDue(ctx: LedgerContext): VerificationRun {
  const now = ctx.clock.now();
  return forEachBusyLedger(ctx, (ledger) => {
    const inFlight = ledger.inFlight;
    const settleEnd = firstLaterThan(inFlight, now, dueAtOf);
    const promoted = ctx.promotedThrough.get(ledger);
    let scanStart = settleEnd;
    let scanEnd = settleEnd;
    // most runs come in the millisecond of the one before: nothing new to promote then
    if (promoted === undefined || promoted < now) {
      scanEnd = Math.max(settleEnd, firstLaterThan(inFlight, now, processingAtOf));
      if (promoted !== undefined) {
        scanStart = Math.max(settleEnd, firstLaterThan(inFlight, promoted, processingAtOf));
      }
    }
    const run = hasWork(ledger, now, settleEnd, scanStart, scanEnd)
      ? processLedger(ctx, ledger, {
          now,
          settleFirst: settleEnd,
          scanStart,
          scanEnd,
          promote: (item) => item.processingAt !== null && item.processingAt <= now,
          settleDelta: () => false,
          settleCheckpoint: (checkpoint) => checkpoint.dueAt !== null && checkpoint.dueAt <= now,
        })
      : EMPTY_RUN;
    ctx.promotedThrough.set(ledger, promotionMark(ctx, ledger, now));
    return run;
  });
}

const dueAtOf = (record: DeltaState) => record.dueAt;
const processingAtOf = (record: DeltaState) => record.processingAt;

/**
 * After a run at `now`, no in-flight delta whose `processingAt` is at or before the returned
 * time is QUEUED: every such delta was promoted, and none accepted later can have one (its
 * acceptance time is at least the ledger's last, even when the clock is set back).
 */
function promotionMark(ctx: LedgerContext, ledger: EnvLedger, now: number): number {
  const earliestNext = scheduleFor(ctx, ledger.lastCreatedAt).processingAt;
  return earliestNext === null ? now : Math.min(now, earliestNext - 1);
}

/** First position whose time (`null`: never) is after `now`; the times never decrease along `list`. */
function firstLaterThan(
  list: readonly DeltaState[],
  now: number,
  timeOf: (record: DeltaState) => number | null,
): number {
  // usually the first one is not yet due: no search
  const first = list.length === 0 ? null : timeOf(list[0] as DeltaState);
  if (first === null || first > now) return 0;
  let lo = 1;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const time = timeOf(list[mid] as DeltaState);
    if (time !== null && time <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a runDue pass would change anything (so an idle pass opens no transaction). */
function hasWork(
  ledger: EnvLedger,
  now: number,
  settleEnd: number,
  scanStart: number,
  scanEnd: number,
): boolean {
  if (settleEnd > 0) return true;
  for (let i = scanStart; i < scanEnd; i++) if (ledger.inFlight[i]?.status === "QUEUED") return true;
  return ledger.pendingCheckpoints.some(
    (checkpoint) =>
      (checkpoint.dueAt !== null && checkpoint.dueAt <= now) ||
      (checkpoint.status === "QUEUED" && checkpoint.processingAt !== null && checkpoint.processingAt <= now),
  );
}

const EMPTY_RUN: VerificationRun = Object.freeze({
  verified: 0,
  failed: 0,
  processing: 0,
  checkpointsVerified: 0,
});

/** Verifies in-flight deltas now, whatever the mode (all of them, or those `filter` picks), and anchors pending checkpoints. */
export function verifyPending(ctx: LedgerContext, filter?: InFlightFilter): VerificationRun {
  const now = ctx.clock.now();
  return forEachBusyLedger(ctx, (ledger) =>
    processLedger(ctx, ledger, {
      now,
      promote: () => false,
      settleDelta: (record) => !filter || filter(candidateOf(ledger, record)),
      settleCheckpoint: () => !filter,
    }),
  );
}

/** Moves QUEUED deltas (all, or those `filter` picks) and checkpoints to PROCESSING without settling them. */
export function startProcessing(ctx: LedgerContext, filter?: InFlightFilter): VerificationRun {
  const now = ctx.clock.now();
  return forEachBusyLedger(ctx, (ledger) =>
    processLedger(ctx, ledger, {
      now,
      promote: (item) => !filter || ("recordId" in item && filter(candidateOf(ledger, item))),
      settleDelta: () => false,
      settleCheckpoint: () => false,
    }),
  );
}

function forEachBusyLedger(ctx: LedgerContext, run: (ledger: EnvLedger) => VerificationRun): VerificationRun {
  const total: VerificationRun = { verified: 0, failed: 0, processing: 0, checkpointsVerified: 0 };
  for (const tenant of ctx.tenants.values()) {
    addRun(total, tenant.ledgers.sandbox, run);
    addRun(total, tenant.ledgers.production, run);
  }
  return total;
}

/** Adds `run` over `ledger` to `total`, when the ledger has anything in flight. */
function addRun(
  total: VerificationRun,
  ledger: EnvLedger,
  run: (ledger: EnvLedger) => VerificationRun,
): void {
  if (ledger.inFlight.length === 0 && ledger.pendingCheckpoints.length === 0) return;
  const result = run(ledger);
  total.verified += result.verified;
  total.failed += result.failed;
  total.processing += result.processing;
  total.checkpointsVerified += result.checkpointsVerified;
}

export function candidateOf(ledger: EnvLedger, record: DeltaState): FailCandidate {
  return {
    tenantId: ledger.tenantId,
    environment: ledger.environment,
    recordId: record.recordId,
    customerId: record.customerId,
    delta: record.delta,
    reason: record.reason,
    referenceId: record.referenceId,
    metadata: record.metadata,
    sequenceNumber: record.sequenceNumber,
  };
}

interface Selection {
  now: number;
  /** The first in-flight deltas, this many, are settled without asking `settleDelta` (default 0). */
  settleFirst?: number;
  /** In-flight deltas after the settled ones and before this position need nothing (default: look at all). */
  scanStart?: number;
  /** In-flight deltas from this position on need nothing (default: look at all). */
  scanEnd?: number;
  promote(item: DeltaState | CheckpointState): boolean;
  settleDelta(record: DeltaState, position: number): boolean;
  settleCheckpoint(checkpoint: CheckpointState): boolean;
}

function processLedger(ctx: LedgerContext, ledger: EnvLedger, selection: Selection): VerificationRun {
  const run: VerificationRun = { verified: 0, failed: 0, processing: 0, checkpointsVerified: 0 };
  const { now } = selection;
  atomically(ctx.writeHook, (tx) => {
    const inFlight = ledger.inFlight;
    const settleFirst = selection.settleFirst ?? 0;
    const settled = inFlight.slice(0, settleFirst);
    const scanEnd = Math.min(inFlight.length, selection.scanEnd ?? inFlight.length);
    for (let position = Math.max(settleFirst, selection.scanStart ?? 0); position < scanEnd; position++) {
      const record = inFlight[position] as DeltaState;
      if (selection.settleDelta(record, position)) settled.push(record);
      else if (record.status === "QUEUED" && selection.promote(record)) {
        markProcessing(ledger, record, tx);
        run.processing++;
      }
    }
    const failures: Array<{ record: DeltaState; error: DeltaError }> = [];
    const passing: DeltaState[] = [];
    for (const record of settled) {
      const rule = ctx.failRules.find((candidateRule) => candidateRule.matches(candidateOf(ledger, record)));
      if (rule) failures.push({ record, error: rule.error });
      else passing.push(record);
    }
    for (let start = 0; start < passing.length; start += ctx.verificationBatchSize) {
      const batch = passing.slice(start, start + ctx.verificationBatchSize);
      // A batch that is exactly one submission has the submission's root: no need to hash again.
      const proofHash =
        rootOfWholeSubmission(ledger, batch) ?? merkleRoot(batch.map((record) => record.contentHash));
      const fields = nextAnchorFields(ledger, proofHash, now);
      const anchor = appendAnchor(ledger, batchAnchor(ledger, batch, fields), tx);
      markBatchVerified(ctx, ledger, batch, anchor, now, tx);
      tx.step("verification-batch");
    }
    for (const { record, error } of failures) markFailed(ctx, ledger, record, error, tx);
    run.verified = passing.length;
    run.failed = failures.length;
    if (settled.length > 0) {
      // usually the settled deltas are the first ones in flight
      const prefix = settled.every((record, i) => inFlight[i] === record);
      const done = prefix ? null : new Set(settled);
      tx.set(
        ledger,
        "inFlight",
        done ? inFlight.filter((record) => !done.has(record)) : inFlight.slice(settled.length),
      );
    }

    const anchoredCheckpoints: CheckpointState[] = [];
    for (const checkpoint of ledger.pendingCheckpoints) {
      if (selection.settleCheckpoint(checkpoint)) {
        const fields = nextAnchorFields(ledger, checkpoint.proofRoot, now);
        const anchor = appendAnchor(ledger, new CheckpointAnchor(fields, checkpoint), tx);
        tx.set(checkpoint, "anchor", anchor);
        tx.set(checkpoint, "status", "VERIFIED");
        anchoredCheckpoints.push(checkpoint);
        emitEvent(ctx, ledger, tx, "checkpoint.verified", () => checkpointView(ctx, checkpoint));
      } else if (checkpoint.status === "QUEUED" && selection.promote(checkpoint)) {
        tx.set(checkpoint, "status", "PROCESSING");
      }
    }
    if (anchoredCheckpoints.length > 0) {
      const done = new Set(anchoredCheckpoints);
      tx.set(
        ledger,
        "pendingCheckpoints",
        ledger.pendingCheckpoints.filter((checkpoint) => !done.has(checkpoint)),
      );
    }
    run.checkpointsVerified = anchoredCheckpoints.length;
  });
  return run;
}

/** The receiptId of the submission `batch` is, in order and in full; null otherwise. */
function rootOfWholeSubmission(ledger: EnvLedger, batch: readonly DeltaState[]): Hex | null {
  const first = batch[0];
  if (!first) return null;
  const acceptance = ledger.deltaStore.acceptanceOf(first.row);
  if (acceptance.count !== batch.length) return null;
  for (let i = 0; i < batch.length; i++) if (batch[i]?.row !== acceptance.start + i) return null;
  return acceptance.receiptId;
}

/** The fields of the next entry of the ledger's anchor log, chained to the one before it. */
function nextAnchorFields(ledger: EnvLedger, proofHash: Hex, now: number): AnchorFields {
  return {
    index: ledger.anchors.length,
    proofHash,
    previousProofHash: ledger.headProofHash,
    previousReference: ledger.headReference,
    verificationReference: nextVerificationReference(ledger.headReference, proofHash),
    anchoredAt: now,
  };
}

/** A batch anchor over `batch`: its rows, as a range when they are consecutive (as they usually are). */
function batchAnchor(ledger: EnvLedger, batch: readonly DeltaState[], fields: AnchorFields): BatchAnchor {
  const first = batch[0]?.row ?? 0;
  const consecutive = batch.every((record, i) => record.row === first + i);
  const rows = consecutive ? null : Int32Array.from(batch, (record) => record.row);
  return new BatchAnchor(fields, ledger.deltaStore, first, rows, batch.length);
}

function appendAnchor(ledger: EnvLedger, anchor: AnchorEntry, tx: Transaction): AnchorEntry {
  tx.push(ledger.anchors, anchor);
  tx.set(ledger, "headProofHash", anchor.proofHash);
  tx.set(ledger, "headReference", anchor.verificationReference);
  return anchor;
}

function customerOf(ledger: EnvLedger, record: DeltaState) {
  const customer = ledger.customers.get(record.customerId);
  if (!customer) throw new Error(`delta ${record.recordId} has no customer`);
  return customer;
}

function markProcessing(ledger: EnvLedger, record: DeltaState, tx: Transaction): void {
  const customer = customerOf(ledger, record);
  tx.set(record, "status", "PROCESSING");
  tx.set(customer.counts, "queued", customer.counts.queued - 1);
  tx.set(customer.counts, "processing", customer.counts.processing + 1);
}

/** Leaves the in-flight counters of the record's current status. */
function leaveInFlight(ctx: LedgerContext, ledger: EnvLedger, record: DeltaState, tx: Transaction): void {
  const customer = customerOf(ledger, record);
  const tenant = tenantOf(ctx, ledger);
  if (record.status === "QUEUED") tx.set(customer.counts, "queued", customer.counts.queued - 1);
  else tx.set(customer.counts, "processing", customer.counts.processing - 1);
  tx.set(tenant.usage, "inFlight", tenant.usage.inFlight - 1);
}

/**
 * Marks a batch VERIFIED under `anchor`: each delta gets its item index and enters its
 * customer's verified index; counters move once per batch. One undo restores it all.
 */
function markBatchVerified(
  ctx: LedgerContext,
  ledger: EnvLedger,
  batch: readonly DeltaState[],
  anchor: AnchorEntry,
  now: number,
  tx: Transaction,
): void {
  const tenant = tenantOf(ctx, ledger);
  const period = periodOf(now);
  // Each delta's event reports the period and usage counts that include it.
  const listening = ctx.events.hasListeners;
  const before = verifiedCountsBefore(tenant, ledger, period);
  let periodNet = before.net ?? Decimal.ZERO;
  const previousStatus: DeltaState["status"][] = [];
  const inserted: DeltaState[] = [];
  const countsBefore = new Map<CustomerState, { queued: number; processing: number; verified: number }>();
  tx.onUndo(() => {
    for (let i = inserted.length - 1; i >= 0; i--) {
      const record = inserted[i] as DeltaState;
      customerOf(ledger, record).verified.remove(record);
    }
    previousStatus.forEach((status, i) => {
      const record = batch[i] as DeltaState;
      record.status = status;
      record.verifiedAt = null;
      record.anchor = null;
      record.itemIndex = null;
    });
    for (const [customer, before] of countsBefore) Object.assign(customer.counts, before);
  });
  batch.forEach((record, itemIndex) => {
    const customer = customerOf(ledger, record);
    const { counts } = customer;
    if (!countsBefore.has(customer)) {
      countsBefore.set(customer, {
        queued: counts.queued,
        processing: counts.processing,
        verified: counts.verified,
      });
    }
    if (record.status === "QUEUED") counts.queued--;
    else counts.processing--;
    counts.verified++;
    previousStatus.push(record.status);
    record.status = "VERIFIED";
    record.verifiedAt = now;
    record.anchor = anchor;
    record.itemIndex = itemIndex;
    customer.verified.insert(record);
    inserted.push(record);
    if (listening) {
      periodNet = periodNet.plus(record.amount);
      const counts: VerifiedCounts = {
        period: { id: period, deltaCount: before.deltaCount + itemIndex + 1, netDelta: periodNet.toNumber() },
        consumedDeltas: before.consumed + itemIndex + 1,
      };
      emitEvent(ctx, ledger, tx, "delta.verified", () => deltaVerifiedData(record, tenant, counts));
    }
  });
  const count = batch.length;
  const batchNet = Decimal.sum(batch.map((record) => record.delta));
  tx.set(ledger.totals, "verified", ledger.totals.verified + count);
  tx.set(ledger.totals, "net", ledger.totals.net.plus(batchNet));
  tx.set(tenant.usage, "inFlight", tenant.usage.inFlight - count);
  tx.set(tenant.usage, "verifiedLifetime", tenant.usage.verifiedLifetime + count);
  tx.mapSet(tenant.usage.verifiedByPeriod, period, (tenant.usage.verifiedByPeriod.get(period) ?? 0) + count);
  const ledgerPeriod = ledger.verifiedByPeriod.get(period);
  tx.mapSet(ledger.verifiedByPeriod, period, {
    count: (ledgerPeriod?.count ?? 0) + count,
    net: (ledgerPeriod?.net ?? Decimal.ZERO).plus(batchNet),
  });
}

function markFailed(
  ctx: LedgerContext,
  ledger: EnvLedger,
  record: DeltaState,
  error: DeltaError,
  tx: Transaction,
): void {
  const customer = customerOf(ledger, record);
  leaveInFlight(ctx, ledger, record, tx);
  tx.set(record, "status", "FAILED");
  tx.set(record, "error", { ...error });
  tx.set(customer.counts, "failed", customer.counts.failed + 1);
  tx.set(ledger.totals, "failed", ledger.totals.failed + 1);
  // A failed delta no longer de-duplicates resent batch items: the resend is recorded anew.
  if (ledger.byContentHash.get(record.contentHash) === record) {
    ledger.byContentHash.delete(record.contentHash);
    tx.onUndo(() => ledger.byContentHash.set(record.contentHash, record));
  }
  const failedAt = ctx.clock.now();
  emitEvent(ctx, ledger, tx, "delta.failed", () => deltaFailedData(record, failedAt));
}

/** Registers a rule; returns the function that removes it. */
export function addFailRule(ctx: LedgerContext, rule: FailRule): () => void {
  ctx.failRules.push(rule);
  return () => {
    const index = ctx.failRules.indexOf(rule);
    if (index !== -1) ctx.failRules.splice(index, 1);
  };
}

export { DEFAULT_FAILURE };
