import type { SignableOperation } from "../ledger/tenancy/request-signatures.js";
import type { ApiOperationId } from "../validation/request-validator.js";

/**
 * How the common pipeline treats each operation, as the spec declares it: which need an
 * API key (all but the public verification endpoints), which honour `Idempotency-Key`
 * (those with the IdempotencyKey parameter) and which may be signed (those with the
 * RequestSignature scheme). A test checks this table against the spec.
 */
export interface OperationPolicy {
  auth: boolean;
  idempotent: boolean;
  signable: SignableOperation | null;
}

const read: OperationPolicy = { auth: true, idempotent: false, signable: null };
const write: OperationPolicy = { auth: true, idempotent: true, signable: null };
const open: OperationPolicy = { auth: false, idempotent: false, signable: null };

export const OPERATION_POLICIES: Readonly<Record<ApiOperationId, OperationPolicy>> = Object.freeze({
  emitDelta: write,
  emitDeltaBatch: write,
  getDeltaStatus: read,
  deriveBalance: read,
  getLimits: read,
  compareBalances: { auth: true, idempotent: false, signable: "compare" },
  createCheckpoint: { auth: true, idempotent: true, signable: "checkpoint" },
  listCheckpoints: read,
  getReceipt: read,
  getInvoiceProof: read,
  getReceiptDocument: read,
  listCustomerReceipts: read,
  listCustomers: read,
  getCustomersSummary: read,
  getCustomer: read,
  getSequenceGaps: read,
  getUsage: read,
  listWebhookEvents: read,
  retryWebhookEvent: read,
  // Idempotent by the body's `referenceId`, not by the Idempotency-Key header.
  emitRecordTransition: { auth: true, idempotent: false, signable: null },
  getRecordReceipt: read,
  getRecordHistory: read,
  verifyProof: open,
  getPublicReceipt: open,
  getPublicReceiptPdf: open,
  getMiddlewareReadiness: read,
  getMiddlewareLiveRecord: read,
  listMiddlewarePeriods: read,
  getMiddlewarePeriod: read,
  getMiddlewareClosePackage: read,
  getMiddlewareAccessLink: read,
  compareMiddlewarePeriods: read,
  exportMiddlewareRecord: read,
  getMiddlewareVendorRecord: read,
});
