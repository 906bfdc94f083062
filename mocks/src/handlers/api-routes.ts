import type { BatchResult, DeltaRecord } from "../ledger/kernel/api-types.js";
import { asAccepted } from "../ledger/kernel/views.js";
import { middlewareRoutes } from "../middleware/middleware-routes.js";
import type { MiddlewareViewContext } from "../middleware/middleware-views.js";
import { VendorAccountRules } from "../middleware/vendor-account-rules.js";
import type { RecordStore } from "../records/record-store.js";
import type { WebhookEngine } from "../webhooks/engine.js";
import type { Pipeline } from "./pipeline.js";
import { renderReceiptPdf } from "./receipt-pdf.js";
import type { Route } from "./route.js";

/**
 * One route per operation of the Balance API and the public verification endpoints (method
 * and path as the spec declares the operation): each names the ledger method that answers
 * it and the success status. Everything else (auth, validation, idempotency, faults, envelopes) is
 * the pipeline's job. `/customers/summary` is declared before `/customers/{customerId}`
 * so the literal path wins, and `/receipt/{receiptId}.pdf` before `/receipt/{receiptId}`,
 * whose parameter would otherwise take `rcpt_….pdf` whole.
 */
export function apiRoutes(
  pipeline: Pipeline,
  webhooks: WebhookEngine,
  records: RecordStore,
  middleware: MiddlewareViewContext,
): Route[] {
  const vendorAccounts = new VendorAccountRules(middleware.tenants);
  return [
    pipeline.authed("emitDelta", (session, { body }) => {
      const record = vendorAccounts.emitDelta(session, body);
      return { status: 201, data: record, replay: acceptedDeltaReplay(session.getDeltaStatus, record) };
    }),
    pipeline.authed("emitDeltaBatch", (session, { body }) => {
      const result = vendorAccounts.emitDeltaBatch(session, body);
      return { status: 201, data: result, replay: acceptedBatchReplay(session.acceptedBatch, result) };
    }),
    pipeline.authed("getDeltaStatus", (session, { params }) => ({
      status: 200,
      data: session.getDeltaStatus(params.recordId as string),
    })),
    pipeline.authed("deriveBalance", (session, { params, query }) => ({
      status: 200,
      data: session.deriveBalance(params.customerId as string, query),
    })),
    pipeline.authed("getLimits", (session) => ({ status: 200, data: session.getLimits() })),
    pipeline.authed("compareBalances", (session, { body, rawBody }) => ({
      status: 200,
      data: session.compareBalances(body, rawBody),
    })),
    pipeline.authed("createCheckpoint", (session, { body }) => {
      const outcome = vendorAccounts.createCheckpoint(session, body);
      return { status: outcome.status, data: outcome.data };
    }),
    pipeline.authed("listCheckpoints", (session, { query }) => ({
      status: 200,
      data: session.listCheckpoints(query),
    })),
    pipeline.authed("getReceipt", (session, { params, query }) => ({
      status: 200,
      data: session.getReceipt(params.customerId as string, query),
    })),
    pipeline.authed("getInvoiceProof", (session, { params, query }) => ({
      status: 200,
      data: session.getReceipt(params.customerId as string, query),
    })),
    pipeline.authed("getReceiptDocument", (session, { params, query }) => ({
      status: 200,
      data: session.getReceiptDocument(params.receiptId as string, query),
    })),
    pipeline.authed("getCustomersSummary", (session) => ({
      status: 200,
      data: session.getCustomersSummary(),
    })),
    pipeline.authed("listCustomerReceipts", (session, { params, query }) => ({
      status: 200,
      data: session.listCustomerReceipts(params.customerId as string, query),
    })),
    pipeline.authed("listCustomers", (session, { query }) => ({
      status: 200,
      data: session.listCustomers(query),
    })),
    pipeline.authed("getCustomer", (session, { params, query }) => ({
      status: 200,
      data: session.getCustomer(params.customerId as string, query),
    })),
    pipeline.authed("getSequenceGaps", (session, { params, query }) => ({
      status: 200,
      data: session.getSequenceGaps(params.customerId as string, query),
    })),
    pipeline.authed("getUsage", (session) => ({ status: 200, data: session.getUsage() })),
    pipeline.authed("listWebhookEvents", (session, { query }) => ({
      status: 200,
      data: webhooks.listEvents(session.tenantId, session.environment, query),
    })),
    pipeline.authed("retryWebhookEvent", (session, { params, query }) => ({
      status: 200,
      data: webhooks.retryEvent(
        session.tenantId,
        session.environment,
        params.eventId as string,
        query.webhookId,
      ),
    })),
    pipeline.authed("emitRecordTransition", (session, { params, body }) => ({
      status: 201,
      data: records.emit(session, params.recordType as string, params.record as string, body as never),
    })),
    pipeline.authed("getRecordReceipt", (session, { params }) => ({
      status: 200,
      data: records.receipt(
        session,
        params.recordType as string,
        params.record as string,
        Number(params.seq),
      ),
    })),
    pipeline.authedDocument("getRecordHistory", (session, { params, query }) => {
      const { bundle, nextFromSeq } = records.history(
        session,
        params.recordType as string,
        params.record as string,
        {
          ...(query.fromSeq !== undefined ? { fromSeq: Number(query.fromSeq) } : {}),
          ...(query.toSeq !== undefined ? { toSeq: Number(query.toSeq) } : {}),
        },
      );
      const headers: Record<string, string> = {};
      if (nextFromSeq !== null) headers["x-next-from-seq"] = String(nextFromSeq);
      return {
        body: new TextEncoder().encode(JSON.stringify(bundle)),
        contentType: "application/json",
        headers,
      };
    }),
    pipeline.open("verifyProof", ({ params, query }, ledger) => ({
      status: 200,
      data: ledger.verifyProof(params.proofRoot as string, query),
    })),
    pipeline.openDocument("getPublicReceiptPdf", async ({ params }, ledger) => {
      const receipt = ledger.getPublicReceipt(params.receiptId as string);
      return {
        body: await renderReceiptPdf(receipt),
        contentType: "application/pdf",
        headers: { "Content-Disposition": `inline; filename="${receipt.receiptId}.pdf"` },
      };
    }),
    pipeline.open("getPublicReceipt", ({ params }, ledger) => ({
      status: 200,
      data: ledger.getPublicReceipt(params.receiptId as string),
    })),
    ...middlewareRoutes(pipeline, middleware),
  ];
}

/** The emit rebuilders of each ledger's `getDeltaStatus`, one per answered status. */
const emitRebuilders = new WeakMap<
  (recordId: string) => DeltaRecord,
  Map<DeltaRecord["status"], (recordId: string) => DeltaRecord>
>();

/**
 * An emit's answer rebuilt from the ledger for an Idempotency-Key replay: the delta as it is
 * now, with the fields verification changed since put back as they were answered. Undefined
 * (the answer is stored) in the rare case the first answer already carried verification.
 */
function acceptedDeltaReplay(
  getDeltaStatus: (recordId: string) => DeltaRecord,
  answered: DeltaRecord,
): { rebuild: (recordId: string) => DeltaRecord; ref: string } | undefined {
  if (answered.verifiedAt !== null || answered.verificationReference !== null || answered.error !== null) {
    return undefined;
  }
  if (answered.proof !== undefined) return undefined;
  const { recordId, status } = answered;
  let byStatus = emitRebuilders.get(getDeltaStatus);
  if (!byStatus) {
    byStatus = new Map();
    emitRebuilders.set(getDeltaStatus, byStatus);
  }
  let rebuild = byStatus.get(status);
  if (!rebuild) {
    rebuild = (ref) => asAccepted(getDeltaStatus(ref), status);
    byStatus.set(status, rebuild);
  }
  return { rebuild, ref: recordId };
}

/** The batch rebuilders: each ledger's `acceptedBatch`, made total (one per ledger). */
const batchRebuilders = new WeakMap<
  (recordId: string) => BatchResult | null,
  (recordId: string) => BatchResult
>();

/**
 * A batch's answer rebuilt from the ledger for an Idempotency-Key replay, when the write
 * recorded every item anew, in order (the usual case): the first recordId finds the write,
 * whose deltas are answered as they were. Undefined (the answer is stored) when an item
 * failed or named a delta recorded before.
 */
function acceptedBatchReplay(
  acceptedBatch: (recordId: string) => BatchResult | null,
  answered: BatchResult,
): { rebuild: (recordId: string) => BatchResult; ref: string } | undefined {
  const { results } = answered;
  const first = results[0]?.recordId;
  if (first === undefined || answered.totalFailed !== 0 || answered.totalQueued !== results.length) {
    return undefined;
  }
  for (let index = 0; index < results.length; index++) {
    const item = results[index] as BatchResult["results"][number];
    const recordedAnew =
      item.index === index &&
      item.status === "QUEUED" &&
      item.recordId !== undefined &&
      item.customerId !== undefined &&
      item.delta !== undefined &&
      Object.keys(item).length === REBUILT_ITEM_KEYS;
    if (!recordedAnew) return undefined;
  }
  let rebuild = batchRebuilders.get(acceptedBatch);
  if (!rebuild) {
    rebuild = (ref) => {
      const batch = acceptedBatch(ref);
      if (batch === null) throw new Error(`no delta ${ref} to rebuild a batch answer from`);
      return batch;
    };
    batchRebuilders.set(acceptedBatch, rebuild);
  }
  return { rebuild, ref: first };
}

/** index, customerId, delta, status, recordId: an item recorded anew, and nothing else. */
const REBUILT_ITEM_KEYS = 5;
