import type { WebhookEngine } from "../../webhooks/engine.js";
import type { Route } from "../route.js";
import type { DashboardInput, DashboardPipeline } from "./dashboard-pipeline.js";

/**
 * The Dashboard API's webhook endpoint operations, as the spec declares them. Each
 * names the delivery-engine call that answers it; sessions, CSRF, validation, faults and
 * envelopes are the dashboard pipeline's job. Endpoints belong to the caller's tenant.
 */

function tenantOf(input: DashboardInput): string {
  if (!input.session) throw new Error("dashboard operation without a session");
  return input.session.tenantId;
}

const SECRET_MESSAGE = "Store the signing secret now: it is not shown again.";

export function dashboardWebhookRoutes(pipeline: DashboardPipeline, webhooks: WebhookEngine): Route[] {
  const id = (input: DashboardInput) => input.params.webhookId as string;
  return [
    pipeline.handle("createWebhookEndpoint", (input) => ({
      status: 201,
      data: webhooks.createEndpoint(tenantOf(input), input.body as object),
      message: SECRET_MESSAGE,
    })),
    pipeline.handle("listWebhookEndpoints", (input) => ({
      status: 200,
      data: webhooks.listEndpoints(tenantOf(input), input.query),
    })),
    pipeline.handle("getWebhookEndpoint", (input) => ({
      status: 200,
      data: webhooks.getEndpoint(tenantOf(input), id(input)),
    })),
    pipeline.handle("updateWebhookEndpoint", (input) => ({
      status: 200,
      data: webhooks.updateEndpoint(tenantOf(input), id(input), input.body as object),
    })),
    pipeline.handle("deleteWebhookEndpoint", (input) => ({
      status: 200,
      data: webhooks.deleteEndpoint(tenantOf(input), id(input)),
    })),
    pipeline.handle("testWebhookEndpoint", (input) => ({
      status: 202,
      data: webhooks.sendTestEvent(tenantOf(input), id(input), input.environment),
    })),
    pipeline.handle("listWebhookDeliveries", (input) => ({
      status: 200,
      data: webhooks.listDeliveries(tenantOf(input), id(input), input.query),
    })),
    pipeline.handle("retryWebhookDelivery", (input) => ({
      status: 200,
      data: webhooks.retryDelivery(tenantOf(input), id(input), input.params.deliveryId as string),
    })),
    pipeline.handle("rotateWebhookSecret", (input) => ({
      status: 200,
      data: webhooks.rotateSecret(tenantOf(input), id(input)),
      message: SECRET_MESSAGE,
    })),
  ];
}
