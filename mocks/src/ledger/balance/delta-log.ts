import type { Adjusts, BatchResult, BatchResultItem, DeltaRecord } from "../kernel/api-types.js";
import { acceptanceTime, type LedgerContext, tenantOf } from "../kernel/context.js";
import { merkleRoot } from "../kernel/core.js";
import { type FieldIssue, LedgerError, validationError } from "../kernel/ledger-error.js";
import type { CustomerState, DeltaState, EnvLedger } from "../kernel/state.js";
import { atomically } from "../kernel/transaction.js";
import { assertWithinPlan } from "../kernel/usage-and-plans.js";
import { deltaRecord } from "../kernel/views.js";
import { scheduleFor } from "../verification/verification.js";
import { ensureCustomer } from "./customers.js";
import {
  type AcceptedDeltaInput,
  checkDeltaInput,
  deltaIssue,
  isPlainObject,
  isValidCustomerId,
} from "./delta-input.js";

/**
 * The append-only log. Deltas are never updated or deleted; each customer's
 * deltas get contiguous sequence numbers from 1 at acceptance. A write validates
 * everything first (fields, `adjusts`, cadence, plan cap) and only then mutates, inside
 * one transaction.
 */

/** A validated delta whose `adjusts` was found in the log (always in the object form). */
type LoggableDelta = Omit<AcceptedDeltaInput, "adjusts"> & { adjusts: Adjusts | null };

/** 1 delta → 201 `DeltaRecord` (status QUEUED). */
export function emitDelta(ctx: LedgerContext, ledger: EnvLedger, body: unknown): DeltaRecord {
  const check = checkDeltaInput(body, ctx.limits);
  if (!check.ok) throw validationError(check.issues);
  const resolved = resolveAdjusts(ledger, check.value, "");
  if ("issue" in resolved) throw validationError([resolved.issue]);
  const item = resolved.item;
  const now = acceptanceTime(ctx, ledger);
  const wait = cadenceWaitSeconds(ctx, ledger.customers.get(item.customerId), now);
  if (wait !== null) throw cadenceError(item.customerId, wait);
  assertWithinPlan(tenantOf(ctx, ledger), 1);
  const [record] = accept(ctx, ledger, [item], now);
  return deltaRecord(record as DeltaState);
}

/**
 * Up to `maxBatchSize` deltas → 201 `BatchResult`. Items are validated one by one: a bad
 * item is FAILED in `results` while the others are queued. Only a malformed envelope
 * (400) or the plan cap (402, nothing written) fails the whole request. An item whose
 * content (including its referenceId) matches a delta already recorded is not recorded
 * again: it is reported QUEUED with the existing recordId and `idempotent: true`.
 */
export function emitDeltaBatch(ctx: LedgerContext, ledger: EnvLedger, body: unknown): BatchResult {
  if (!isPlainObject(body)) throw validationError([{ path: "/", message: "must be a JSON object" }]);
  const { deltas } = body;
  if (!Array.isArray(deltas)) throw validationError([{ path: "/deltas", message: "must be an array" }]);
  if (deltas.length === 0 || deltas.length > ctx.limits.maxBatchSize) {
    throw validationError([{ path: "/deltas", message: `must hold 1–${ctx.limits.maxBatchSize} items` }]);
  }
  const now = acceptanceTime(ctx, ledger);
  const results: BatchResultItem[] = [];
  const toAccept: Array<{ result: BatchResultItem; item: LoggableDelta }> = [];
  const sameAsEarlierItem: Array<{ result: BatchResultItem; earlier: BatchResultItem }> = [];
  const acceptedByHash = new Map<string, BatchResultItem>();
  const customersInBatch = new Set<string>();

  for (const [index, raw] of deltas.entries()) {
    const outcome = classifyItem(raw, index);
    results.push(outcome);
  }

  function classifyItem(raw: unknown, index: number): BatchResultItem {
    const echo = itemEcho(raw, ctx.limits.maxDeltaAbs);
    const fail = (code: "VALIDATION_ERROR" | "CADENCE_LIMIT", message: string): BatchResultItem => ({
      index,
      ...echo,
      status: "FAILED",
      error: code,
      errorMessage: message,
    });
    const check = checkDeltaInput(raw, ctx.limits, `/deltas/${index}`);
    if (!check.ok) return fail("VALIDATION_ERROR", describe(check.issues));
    const resolved = resolveAdjusts(ledger, check.value, `/deltas/${index}`);
    if ("issue" in resolved) return fail("VALIDATION_ERROR", describe([resolved.issue]));
    const item = resolved.item;
    if (item.referenceId !== null) {
      const recorded = ledger.byContentHash.get(item.contentHash);
      if (recorded) {
        return { index, ...echo, status: "QUEUED", recordId: recorded.recordId, idempotent: true };
      }
      const earlier = acceptedByHash.get(item.contentHash);
      if (earlier) {
        const result: BatchResultItem = { index, ...echo, status: "QUEUED", idempotent: true };
        sameAsEarlierItem.push({ result, earlier });
        return result;
      }
    }
    const customer = ledger.customers.get(item.customerId);
    const interval = cadenceIntervalOf(ctx, customer);
    // A second item for one customer in the same batch is as early as can be.
    const wait =
      customersInBatch.has(item.customerId) && interval
        ? Math.ceil(interval / 1000)
        : cadenceWaitSeconds(ctx, customer, now);
    if (wait !== null) return fail("CADENCE_LIMIT", cadenceError(item.customerId, wait).message);
    customersInBatch.add(item.customerId);
    const result: BatchResultItem = { index, ...echo, status: "QUEUED" };
    if (item.referenceId !== null) acceptedByHash.set(item.contentHash, result);
    toAccept.push({ result, item });
    return result;
  }

  assertWithinPlan(tenantOf(ctx, ledger), toAccept.length);
  const records =
    toAccept.length > 0
      ? accept(
          ctx,
          ledger,
          toAccept.map((entry) => entry.item),
          now,
        )
      : [];
  toAccept.forEach((entry, i) => {
    entry.result.recordId = (records[i] as DeltaState).recordId;
  });
  for (const { result, earlier } of sameAsEarlierItem)
    if (earlier.recordId) result.recordId = earlier.recordId;
  const totalFailed = results.filter((result) => result.status === "FAILED").length;
  return {
    totalQueued: results.length - totalFailed,
    totalFailed,
    receiptId: records[0]?.receiptId ?? null,
    results,
  };
}

/**
 * The answer `emitDeltaBatch` gave for a write whose every item was recorded anew, rebuilt
 * from the log: the deltas of the write that accepted `recordId`, each as answered (QUEUED,
 * whatever verification did since). Null when no delta has that id.
 */
export function acceptedBatch(ledger: EnvLedger, recordId: string): BatchResult | null {
  const store = ledger.deltaStore;
  const row = store.rowOf(recordId);
  if (row < 0) return null;
  const { start, count, receiptId } = store.acceptanceOf(row);
  const results: BatchResultItem[] = [];
  for (let index = 0; index < count; index++) {
    results.push({
      index,
      customerId: store.customerId(start + index),
      delta: store.delta(start + index),
      status: "QUEUED",
      recordId: store.recordId(start + index),
    });
  }
  return { totalQueued: count, totalFailed: 0, receiptId, results };
}

/** Any id the path admits is looked up: one that names no delta is 404, never 400. */
export function getDeltaStatus(ledger: EnvLedger, recordId: unknown): DeltaRecord {
  const record = typeof recordId === "string" ? ledger.records.get(recordId) : undefined;
  if (!record) throw new LedgerError("NOT_FOUND", "Delta record not found");
  return deltaRecord(record);
}

function describe(issues: FieldIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
}

/**
 * The batch result echoes an item's `customerId` and `delta` when they are well formed, as
 * the service does (the official SDKs read them), so a caller can match results to items.
 */
function itemEcho(raw: unknown, maxDeltaAbs: number): Pick<BatchResultItem, "customerId" | "delta"> {
  if (!isPlainObject(raw)) return {};
  const { customerId, delta } = raw;
  const echo: Pick<BatchResultItem, "customerId" | "delta"> = {};
  if (isValidCustomerId(customerId)) echo.customerId = customerId;
  if (deltaIssue(delta, "/delta", maxDeltaAbs) === null) echo.delta = delta as number;
  return echo;
}

/**
 * `adjusts` must name an earlier delta of the same customer: `{recordId}` by its record id,
 * `{referenceId}` by its reference id, the deprecated bare string by either (record id
 * first). It is stored in the object form it resolved to.
 */
function resolveAdjusts(
  ledger: EnvLedger,
  input: AcceptedDeltaInput,
  pointer: string,
): { item: LoggableDelta } | { issue: FieldIssue } {
  const ref = input.adjusts;
  if (ref === null) return { item: loggable(input, null) };
  const record = ref.by === "referenceId" ? undefined : ledger.records.get(ref.value);
  if (record && record.customerId === input.customerId) {
    return { item: loggable(input, { recordId: ref.value }) };
  }
  const byReference =
    ref.by !== "recordId" && ledger.customers.get(input.customerId)?.byReferenceId.has(ref.value);
  if (byReference) return { item: loggable(input, { referenceId: ref.value }) };
  const path = ref.by === "either" ? `${pointer}/adjusts` : `${pointer}/adjusts/${ref.by}`;
  return { issue: { path, message: "names no earlier delta of this customer" } };
}

/**
 * `input` with `adjusts` resolved, field by field: a `{...rest, adjusts}` clone would
 * outlive young-generation collections in Node 20's V8 (see `checkDeltaInput`).
 */
function loggable(input: AcceptedDeltaInput, adjusts: Adjusts | null): LoggableDelta {
  return {
    customerId: input.customerId,
    delta: input.delta,
    reason: input.reason,
    referenceId: input.referenceId,
    metadata: input.metadata,
    contentHash: input.contentHash,
    adjusts,
  };
}

function cadenceIntervalOf(ctx: LedgerContext, customer: CustomerState | undefined): number | null {
  const interval = customer?.cadenceMs ?? ctx.defaultCadenceMs;
  return interval && interval > 0 ? interval : null;
}

/** Seconds until the customer may emit again, or null when it may emit now. */
function cadenceWaitSeconds(
  ctx: LedgerContext,
  customer: CustomerState | undefined,
  now: number,
): number | null {
  const interval = cadenceIntervalOf(ctx, customer);
  if (interval === null || !customer || customer.lastEmitAt === null) return null;
  const waitMs = customer.lastEmitAt + interval - now;
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : null;
}

function cadenceError(customerId: string, retryAfterSeconds: number): LedgerError {
  return new LedgerError(
    "CADENCE_LIMIT",
    `Customer ${customerId} may submit again in ${retryAfterSeconds} seconds`,
    { retryAfterSeconds, customerId },
  );
}

/** Appends validated items as one submission. All checks have passed before this runs. */
function accept(ctx: LedgerContext, ledger: EnvLedger, items: LoggableDelta[], now: number): DeltaState[] {
  const tenant = tenantOf(ctx, ledger);
  const receiptId = merkleRoot(items.map((item) => item.contentHash));
  const schedule = scheduleFor(ctx, now);
  return atomically(ctx.writeHook, (tx) => {
    const store = ledger.deltaStore;
    const records: DeltaState[] = [];
    // One undo for the whole write (instead of one per change of every item): it restores
    // the lengths and counters captured before each was first touched.
    const firstRow = store.size;
    const inFlight = ledger.inFlight;
    const inFlightLength = inFlight.length;
    const customersBefore = new Map<
      CustomerState,
      { deltas: number; queued: number; lastActivityAt: number; lastEmitAt: number | null }
    >();
    tx.onUndo(() => {
      inFlight.length = inFlightLength;
      for (const [customer, before] of customersBefore) {
        customer.deltas.length = before.deltas;
        customer.counts.queued = before.queued;
        customer.lastActivityAt = before.lastActivityAt;
        customer.lastEmitAt = before.lastEmitAt;
      }
      store.truncate(firstRow);
    });
    store.beginAcceptance(receiptId, schedule);
    for (const item of items) {
      const customer = ensureCustomer(ctx, ledger, item.customerId, now, tx);
      if (!customersBefore.has(customer)) {
        customersBefore.set(customer, {
          deltas: customer.deltas.length,
          queued: customer.counts.queued,
          lastActivityAt: customer.lastActivityAt,
          lastEmitAt: customer.lastEmitAt,
        });
      }
      let recordId = ctx.ids.recordId();
      while (ledger.records.has(recordId)) recordId = ctx.ids.recordId();
      const record = store.append({
        recordId,
        customerId: customer.customerId,
        delta: item.delta,
        reason: item.reason,
        referenceId: item.referenceId,
        metadata: item.metadata,
        adjusts: item.adjusts,
        sequenceNumber: customer.deltas.length + 1,
        contentHash: item.contentHash,
        createdAt: now,
      });
      records.push(record);
      customer.deltas.push(record);
      inFlight.push(record);
      if (item.referenceId !== null) {
        if (!customer.byReferenceId.has(item.referenceId))
          tx.mapSet(customer.byReferenceId, item.referenceId, record);
        if (!ledger.byContentHash.has(item.contentHash))
          tx.mapSet(ledger.byContentHash, item.contentHash, record);
      }
      customer.counts.queued++;
      customer.lastActivityAt = now;
      customer.lastEmitAt = now;
      tx.step("accept-item");
    }
    store.endAcceptance();
    tx.set(ledger.totals, "deltas", ledger.totals.deltas + records.length);
    tx.set(tenant.usage, "inFlight", tenant.usage.inFlight + records.length);
    tx.set(ledger, "lastCreatedAt", now);
    // The first write with this root is its submission: the store indexes it (undone with
    // the rows), and public verification finds it there.
    tx.step("accept-submission");
    return records;
  });
}
