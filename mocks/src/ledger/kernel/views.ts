import type {
  Checkpoint,
  DeltaRecord,
  DeltaRow,
  Receipt,
  ReceiptSummary,
  Scope,
  VerifiedRecord,
  WindowSummary,
} from "./api-types.js";
import { type LedgerContext, verificationApiUrl, verifyUrl } from "./context.js";
import { Decimal } from "./core.js";
import { invoiceLinkOf } from "./invoice-link.js";
import { iso, periodOf } from "./scope.js";
import type { CheckpointState, DeltaState, EnvLedger, ReceiptState } from "./state.js";

/**
 * Internal state → API shapes (typed by the generated schema). Amounts leave the exact
 * domain here, and only here, via `toNumber()`.
 */

export function deltaRow(record: DeltaState): DeltaRow {
  return {
    recordId: record.recordId,
    customerId: record.customerId,
    delta: record.delta,
    reason: record.reason,
    referenceId: record.referenceId,
    adjusts: record.adjusts,
    status: record.status,
    sequenceNumber: record.sequenceNumber,
    contentHash: record.contentHash,
    receiptId: record.receiptId,
    createdAt: iso(record.createdAt),
    verifiedAt: record.verifiedAt === null ? null : iso(record.verifiedAt),
    verificationReference: record.anchor?.verificationReference ?? null,
    error: record.error,
  };
}

export function deltaRecord(record: DeltaState): DeltaRecord {
  // the row with `metadata` added last: the same fields in the same order as spreading it, without the copy
  const view = deltaRow(record) as DeltaRecord;
  view.metadata = record.metadata === null ? null : structuredClone(record.metadata);
  if (record.status === "VERIFIED" && record.anchor && record.itemIndex !== null) {
    view.proof = {
      proofHash: record.anchor.proofHash,
      contentHash: record.contentHash,
      itemHashes: [...record.anchor.itemHashes],
      itemIndex: record.itemIndex,
      previousProofHash: record.anchor.previousProofHash,
    };
  }
  return view;
}

/** `view` as it was answered at acceptance: `status` then, nothing of its verification since. */
export function asAccepted(view: DeltaRecord, status: DeltaRecord["status"]): DeltaRecord {
  const { proof: _proof, ...accepted } = view;
  return { ...accepted, status, verifiedAt: null, verificationReference: null, error: null };
}

export function verifiedRecord(record: DeltaState): VerifiedRecord {
  return {
    sequenceNumber: record.sequenceNumber,
    amount: record.delta,
    reason: record.reason,
    referenceId: record.referenceId,
    status: record.status,
    time: iso(record.createdAt),
    contentHash: record.contentHash,
  };
}

const MONTH_MS_GUARD = 400; // more months than any allowed scope; stops a runaway loop

/** `{from, to, period?}`; `period` only when the window is exactly one calendar month. */
export function scopeView(from: number, to: number): Scope {
  const scope: Scope = { from: iso(from), to: iso(to) };
  const start = new Date(from);
  const isMonthStart = start.getUTCDate() === 1 && from % 86_400_000 === 0;
  if (isMonthStart && Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1) === to)
    scope.period = periodOf(from);
  return scope;
}

export function checkpointView(ctx: LedgerContext, checkpoint: CheckpointState): Checkpoint {
  const first = checkpoint.records[0];
  const last = checkpoint.records[checkpoint.records.length - 1];
  return {
    checkpointId: checkpoint.checkpointId,
    customerId: checkpoint.customerId,
    scope: scopeView(checkpoint.from, checkpoint.to),
    proofRoot: checkpoint.proofRoot,
    deltaCount: checkpoint.records.length,
    startingBalance: checkpoint.startingBalance.toNumber(),
    netChange: checkpoint.netChange.toNumber(),
    closingBalance: checkpoint.closingBalance.toNumber(),
    firstSequenceNumber: first?.sequenceNumber ?? null,
    lastSequenceNumber: last?.sequenceNumber ?? null,
    lastRecordId: last?.recordId ?? null,
    status: checkpoint.status,
    createdAt: iso(checkpoint.createdAt),
    verificationReference: checkpoint.anchor?.verificationReference ?? null,
    verifyUrl: verifyUrl(ctx, checkpoint.proofRoot),
    verificationApiUrl: verificationApiUrl(ctx, checkpoint.proofRoot),
    ...(checkpoint.mode === undefined ? {} : { mode: checkpoint.mode }),
    ...(checkpoint.fingerprints === undefined ? {} : { fingerprints: [...checkpoint.fingerprints] }),
  };
}

/** Per-month totals of a receipt, one entry for every month the window touches. */
export function windowSummaries(records: readonly DeltaState[], from: number, to: number): WindowSummary[] {
  const byPeriod = new Map<string, { credits: Decimal[]; debits: Decimal[] }>();
  const start = new Date(from);
  let cursor = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
  for (let guard = 0; cursor < to && guard < MONTH_MS_GUARD; guard++) {
    byPeriod.set(periodOf(cursor), { credits: [], debits: [] });
    const month = new Date(cursor);
    cursor = Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1);
  }
  for (const record of records) {
    const bucket = byPeriod.get(periodOf(record.createdAt));
    if (!bucket) continue;
    (record.amount.isNegative() ? bucket.debits : bucket.credits).push(record.amount);
  }
  return [...byPeriod].map(([period, { credits, debits }]) => {
    const totalCredits = Decimal.sum(credits);
    const totalDebits = Decimal.sum(debits);
    return {
      period,
      totalCredits: totalCredits.toNumber(),
      totalDebits: totalDebits.toNumber(),
      netChange: totalCredits.plus(totalDebits).toNumber(),
      deltasCount: credits.length + debits.length,
    };
  });
}

/** A receipt as anyone holding its id may read it: no invoice access code. */
export function receiptView(ctx: LedgerContext, receipt: ReceiptState): Receipt {
  const links = {
    verifyUrl: verifyUrl(ctx, receipt.proofRoot),
    verificationApiUrl: verificationApiUrl(ctx, receipt.proofRoot),
  };
  return {
    ...receiptSummaryView(receipt),
    deltas: receipt.records.map(deltaRow),
    windowSummaries: windowSummaries(receipt.records, receipt.from, receipt.to),
    ...links,
    verificationExplorerUrl: links.verifyUrl,
    verification: { itemHashes: receipt.records.map((record) => record.contentHash), ...links },
  };
}

/** A receipt as its tenant reads it: with the invoice-proof fields (access code and customer link). */
export function tenantReceiptView(ctx: LedgerContext, ledger: EnvLedger, receipt: ReceiptState): Receipt {
  return { ...receiptView(ctx, receipt), ...invoiceLinkOf(ctx, ledger, receipt) };
}

export function receiptSummaryView(receipt: ReceiptState): ReceiptSummary {
  return {
    receiptId: receipt.receiptId,
    customerId: receipt.customerId,
    generatedAt: iso(receipt.generatedAt),
    scope: scopeView(receipt.from, receipt.to),
    deltasCount: receipt.records.length,
    startingBalance: receipt.startingBalance.toNumber(),
    finalBalance: receipt.finalBalance.toNumber(),
    proofRoot: receipt.proofRoot,
  };
}
