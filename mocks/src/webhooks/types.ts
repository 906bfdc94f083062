/**
 * The webhook shapes the delivery engine returns, taken from the types generated from
 * spec/openapi.yaml (the one import site of the generated schema in this module).
 */
import type { components } from "@pacspace/sdk";

type Schemas = components["schemas"];

export type WebhookEventType = Schemas["WebhookEventType"];
export type WebhookDeliveryStatus = Schemas["WebhookDeliveryStatus"];
export type EventEnvironment = Schemas["EventEnvironment"];
/** Balance API view of a delivery (`listWebhookEvents`, `retryWebhookEvent`). */
export type WebhookEventDelivery = Schemas["WebhookEventDelivery"];
export type WebhookEventList = Schemas["WebhookEventList"];
/** Dashboard view of a delivery, with every attempt. */
export type WebhookDelivery = Schemas["WebhookDelivery"];
export type WebhookDeliveryAttempt = Schemas["WebhookDeliveryAttempt"];
export type WebhookDeliveryList = Schemas["WebhookDeliveryList"];
export type WebhookEndpoint = Schemas["WebhookEndpoint"];
export type CreatedWebhookEndpoint = Schemas["CreatedWebhookEndpoint"];
export type WebhookEndpointList = Schemas["WebhookEndpointList"];
export type DeletedWebhookEndpoint = Schemas["DeletedWebhookEndpoint"];
export type CreateWebhookEndpointRequest = Schemas["CreateWebhookEndpointRequest"];
export type UpdateWebhookEndpointRequest = Schemas["UpdateWebhookEndpointRequest"];
/** The event type of a test delivery; never subscribed to, sent on request only. */
export const TEST_EVENT_TYPE = "webhook.test" as const;
export type DeliveredEventType = WebhookEventType | typeof TEST_EVENT_TYPE;
