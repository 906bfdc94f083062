import type { HttpHandler } from "msw";
import { createOpenApiHttp } from "openapi-msw";
import type { paths } from "../../../packages/sdk/src/generated/schema.js";
import type { WebhookEngine } from "../webhooks/engine.js";
import type { Pipeline } from "./pipeline.js";

/**
 * One handler per operation of the Balance API and the public verification endpoints,
 * typed from the generated `paths`: each names the ledger method that answers it and the
 * success status. Everything else (auth, validation, idempotency, faults, envelopes) is
 * the pipeline's job. `/customers/summary` is declared before `/customers/{customerId}`
 * so the literal path wins.
 */
export function apiRoutes(baseUrl: string, pipeline: Pipeline, webhooks: WebhookEngine): HttpHandler[] {
  const http = createOpenApiHttp<paths>({ baseUrl });
  return [
    http.post("/api/v1/balance/delta", (info) =>
      pipeline.authed(info, "emitDelta", (session, { body }) => ({
        status: 201,
        data: session.emitDelta(body),
      })),
    ),
    http.post("/api/v1/balance/delta/batch", (info) =>
      pipeline.authed(info, "emitDeltaBatch", (session, { body }) => ({
        status: 201,
        data: session.emitDeltaBatch(body),
      })),
    ),
    http.get("/api/v1/balance/delta/{recordId}", (info) =>
      pipeline.authed(info, "getDeltaStatus", (session, { params }) => ({
        status: 200,
        data: session.getDeltaStatus(params.recordId as string),
      })),
    ),
    http.get("/api/v1/balance/derive/{customerId}", (info) =>
      pipeline.authed(info, "deriveBalance", (session, { params, query }) => ({
        status: 200,
        data: session.deriveBalance(params.customerId as string, query),
      })),
    ),
    http.get("/api/v1/balance/limits", (info) =>
      pipeline.authed(info, "getLimits", (session) => ({ status: 200, data: session.getLimits() })),
    ),
    http.post("/api/v1/balance/compare", (info) =>
      pipeline.authed(info, "compareBalances", (session, { body }) => ({
        status: 200,
        data: session.compareBalances(body),
      })),
    ),
    http.post("/api/v1/balance/checkpoint", (info) =>
      pipeline.authed(info, "createCheckpoint", (session, { body }) => {
        const outcome = session.createCheckpoint(body);
        return { status: outcome.status, data: outcome.data };
      }),
    ),
    http.get("/api/v1/balance/checkpoints", (info) =>
      pipeline.authed(info, "listCheckpoints", (session, { query }) => ({
        status: 200,
        data: session.listCheckpoints(query),
      })),
    ),
    http.get("/api/v1/balance/receipt/{customerId}", (info) =>
      pipeline.authed(info, "getReceipt", (session, { params, query }) => ({
        status: 200,
        data: session.getReceipt(params.customerId as string, query),
      })),
    ),
    http.get("/api/v1/balance/receipts/{receiptId}", (info) =>
      pipeline.authed(info, "getReceiptDocument", (session, { params, query }) => ({
        status: 200,
        data: session.getReceiptDocument(params.receiptId as string, query),
      })),
    ),
    http.get("/api/v1/balance/customers/summary", (info) =>
      pipeline.authed(info, "getCustomersSummary", (session) => ({
        status: 200,
        data: session.getCustomersSummary(),
      })),
    ),
    http.get("/api/v1/balance/customers/{customerId}/receipts", (info) =>
      pipeline.authed(info, "listCustomerReceipts", (session, { params, query }) => ({
        status: 200,
        data: session.listCustomerReceipts(params.customerId as string, query),
      })),
    ),
    http.get("/api/v1/balance/customers", (info) =>
      pipeline.authed(info, "listCustomers", (session, { query }) => ({
        status: 200,
        data: session.listCustomers(query),
      })),
    ),
    http.get("/api/v1/balance/customers/{customerId}", (info) =>
      pipeline.authed(info, "getCustomer", (session, { params, query }) => ({
        status: 200,
        data: session.getCustomer(params.customerId as string, query),
      })),
    ),
    http.get("/api/v1/balance/gaps/{customerId}", (info) =>
      pipeline.authed(info, "getSequenceGaps", (session, { params, query }) => ({
        status: 200,
        data: session.getSequenceGaps(params.customerId as string, query),
      })),
    ),
    http.get("/api/v1/balance/usage", (info) =>
      pipeline.authed(info, "getUsage", (session) => ({ status: 200, data: session.getUsage() })),
    ),
    http.get("/api/v1/balance/webhooks", (info) =>
      pipeline.authed(info, "listWebhookEvents", (session, { query }) => ({
        status: 200,
        data: webhooks.listEvents(session.tenantId, session.environment, query),
      })),
    ),
    http.post("/api/v1/balance/webhooks/{eventId}/retry", (info) =>
      pipeline.authed(info, "retryWebhookEvent", (session, { params, query }) => ({
        status: 200,
        data: webhooks.retryEvent(
          session.tenantId,
          session.environment,
          params.eventId as string,
          query.webhookId,
        ),
      })),
    ),
    http.get("/api/v1/verify/{proofRoot}", (info) =>
      pipeline.open(info, "verifyProof", ({ params, query }, ledger) => ({
        status: 200,
        data: ledger.verifyProof(params.proofRoot as string, query),
      })),
    ),
    http.get("/api/v1/receipt/{receiptId}", (info) =>
      pipeline.open(info, "getPublicReceipt", ({ params }, ledger) => ({
        status: 200,
        data: ledger.getPublicReceipt(params.receiptId as string),
      })),
    ),
  ];
}
