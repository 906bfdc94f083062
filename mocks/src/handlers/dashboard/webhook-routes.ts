import type { HttpHandler } from "msw";
import { createOpenApiHttp } from "openapi-msw";
import type { paths } from "../../../../packages/sdk/src/generated/schema.js";
import type { WebhookEngine } from "../../webhooks/engine.js";
import type { DashboardInput, DashboardPipeline } from "./dashboard-pipeline.js";

/**
 * The Dashboard API's webhook endpoint operations, typed from the generated `paths`. Each
 * names the delivery-engine call that answers it; sessions, CSRF, validation, faults and
 * envelopes are the dashboard pipeline's job. Endpoints belong to the caller's tenant.
 */

function tenantOf(input: DashboardInput): string {
  if (!input.session) throw new Error("dashboard operation without a session");
  return input.session.tenantId;
}

const SECRET_MESSAGE = "Store the signing secret now: it is not shown again.";

export function dashboardWebhookRoutes(
  baseUrl: string,
  pipeline: DashboardPipeline,
  webhooks: WebhookEngine,
): HttpHandler[] {
  const http = createOpenApiHttp<paths>({ baseUrl });
  const id = (input: DashboardInput) => input.params.webhookId as string;
  return [
    http.post("/dashboard/webhooks", (info) =>
      pipeline.handle(info, "createWebhookEndpoint", (input) => ({
        status: 201,
        data: webhooks.createEndpoint(tenantOf(input), input.body as object),
        message: SECRET_MESSAGE,
      })),
    ),
    http.get("/dashboard/webhooks", (info) =>
      pipeline.handle(info, "listWebhookEndpoints", (input) => ({
        status: 200,
        data: webhooks.listEndpoints(tenantOf(input), input.query),
      })),
    ),
    http.get("/dashboard/webhooks/{webhookId}", (info) =>
      pipeline.handle(info, "getWebhookEndpoint", (input) => ({
        status: 200,
        data: webhooks.getEndpoint(tenantOf(input), id(input)),
      })),
    ),
    http.patch("/dashboard/webhooks/{webhookId}", (info) =>
      pipeline.handle(info, "updateWebhookEndpoint", (input) => ({
        status: 200,
        data: webhooks.updateEndpoint(tenantOf(input), id(input), input.body as object),
      })),
    ),
    http.delete("/dashboard/webhooks/{webhookId}", (info) =>
      pipeline.handle(info, "deleteWebhookEndpoint", (input) => ({
        status: 200,
        data: webhooks.deleteEndpoint(tenantOf(input), id(input)),
      })),
    ),
    http.post("/dashboard/webhooks/{webhookId}/test", (info) =>
      pipeline.handle(info, "testWebhookEndpoint", (input) => ({
        status: 202,
        data: webhooks.sendTestEvent(tenantOf(input), id(input), input.environment),
      })),
    ),
    http.get("/dashboard/webhooks/{webhookId}/deliveries", (info) =>
      pipeline.handle(info, "listWebhookDeliveries", (input) => ({
        status: 200,
        data: webhooks.listDeliveries(tenantOf(input), id(input), input.query),
      })),
    ),
    http.post("/dashboard/webhooks/{webhookId}/deliveries/{deliveryId}/retry", (info) =>
      pipeline.handle(info, "retryWebhookDelivery", (input) => ({
        status: 200,
        data: webhooks.retryDelivery(tenantOf(input), id(input), input.params.deliveryId as string),
      })),
    ),
    http.post("/dashboard/webhooks/{webhookId}/rotate-secret", (info) =>
      pipeline.handle(info, "rotateWebhookSecret", (input) => ({
        status: 200,
        data: webhooks.rotateSecret(tenantOf(input), id(input)),
        message: SECRET_MESSAGE,
      })),
    ),
  ];
}
