import type { components } from "@pacspace/sdk";
import { iso } from "../kernel/scope.js";
import type { DeltaState, EnvLedger, TenantState } from "../kernel/state.js";
import { consumedDeltas, includedDeltasOf, PLANS } from "../kernel/usage-and-plans.js";

/**
 * The `data` of ledger events, built from ledger state and typed by the schemas generated
 * from spec/openapi.yaml: `delta.verified` as the PacSpace payload reference shows it plus
 * the fields the official Python SDK reads, `delta.failed` as the Python SDK types it, and
 * the minimal payloads of the customer events the docs list without one.
 */

type Schemas = components["schemas"];
export type DeltaVerifiedData = Schemas["DeltaVerifiedData"];
export type DeltaFailedData = Schemas["DeltaFailedData"];

/**
 * The ledger's period and the tenant's usage as they stood right after one delta of a
 * verification batch counted (the batch's totals are written after its deltas).
 */
export interface VerifiedCounts {
  period: { id: string; deltaCount: number; netDelta: number };
  consumedDeltas: number;
}

/** Counts before a batch, so each of its deltas can report the counts that include it. */
export function verifiedCountsBefore(tenant: TenantState, ledger: EnvLedger, period: string) {
  const ledgerPeriod = ledger.verifiedByPeriod.get(period);
  return {
    period,
    deltaCount: ledgerPeriod?.count ?? 0,
    net: ledgerPeriod?.net,
    consumed: consumedDeltas(tenant, period),
  };
}

export function deltaVerifiedData(
  record: DeltaState,
  tenant: TenantState,
  counts: VerifiedCounts,
): DeltaVerifiedData {
  const anchor = record.anchor;
  if (anchor === null || record.verifiedAt === null || record.itemIndex === null) {
    throw new Error(`delta ${record.recordId} is not verified`);
  }
  const included = includedDeltasOf(tenant);
  const verifiedAt = iso(record.verifiedAt);
  return {
    receiptId: record.receiptId,
    deltaIndex: record.row + 1,
    status: "verified",
    verifiedAt,
    verificationId: anchor.verificationReference,
    delta: {
      customerId: record.customerId,
      amount: record.delta,
      reason: record.reason,
      referenceId: record.referenceId,
      metadata: record.metadata === null ? null : structuredClone(record.metadata),
      submittedAt: iso(record.createdAt),
    },
    proof: {
      proofHash: anchor.proofHash,
      contentHash: record.contentHash,
      itemHashes: [...anchor.itemHashes],
      previousProofHash: anchor.previousProofHash,
      itemIndex: record.itemIndex,
    },
    verification: {
      verified: true,
      latencyMs: Math.max(0, record.verifiedAt - record.createdAt),
      discrepancies: [],
    },
    period: counts.period,
    usage: {
      plan: tenant.plan,
      includedDeltas: included,
      consumedDeltas: counts.consumedDeltas,
      remainingDeltas: Math.max(0, included - counts.consumedDeltas),
      overageRate: `$${PLANS[tenant.plan].overagePriceUsd.toFixed(3)}/delta`,
    },
    recordId: record.recordId,
    customerId: record.customerId,
    sequenceNumber: String(record.sequenceNumber),
    verificationReference: anchor.verificationReference,
    blockTimestamp: iso(anchor.anchoredAt),
  };
}

export function deltaFailedData(record: DeltaState, failedAt: number): DeltaFailedData {
  const error = record.error;
  return {
    recordId: record.recordId,
    customerId: record.customerId,
    delta: record.delta,
    error: error?.message ?? "Verification failed",
    ...(error ? { errorCode: error.code } : {}),
    failedAt: iso(failedAt),
  };
}

export function compareRunData(result: Schemas["CompareResult"]): Schemas["CustomerCompareRunData"] {
  return { customerId: result.customerId, outcome: result.outcome, deltasCount: result.deltasCount };
}

export function exportDownloadedData(customerId: string): Schemas["CustomerExportDownloadedData"] {
  return { customerId, format: "csv" };
}

export function sharedRecordViewedData(receipt: {
  customerId: string;
  receiptId: string;
}): Schemas["CustomerSharedRecordViewedData"] {
  return { customerId: receipt.customerId, receiptId: receipt.receiptId };
}
