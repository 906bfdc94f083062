import type { components, webhooks } from "../generated/schema.js";

/**
 * Webhook event types, all derived from the spec's top-level `webhooks:` section: one
 * member per event, discriminated by `event`, so `switch (event.event)` narrows `data`.
 */

type Schemas = components["schemas"];
type BodyOf<Item> = Item extends { post: { requestBody: { content: { "application/json": infer Body } } } }
  ? Body
  : never;

/** Every event the spec declares, by name. */
export type WebhookEventMap = { [Name in keyof webhooks]: BodyOf<webhooks[Name]> };
export type WebhookEventName = keyof WebhookEventMap;
/** A verified, schema-checked delivery body. */
export type WebhookEvent = WebhookEventMap[WebhookEventName];
/** The envelope every delivery shares; what `verify()` returns before the payload is checked. */
export type WebhookEnvelope = Schemas["WebhookEnvelope"];

export type DeltaVerifiedEvent = WebhookEventMap["delta.verified"];
export type DeltaFailedEvent = WebhookEventMap["delta.failed"];
export type CheckpointVerifiedEvent = WebhookEventMap["checkpoint.verified"];
export type ReceiptGeneratedEvent = WebhookEventMap["receipt.generated"];
export type CustomerCreatedEvent = WebhookEventMap["customer.created"];
export type WebhookTestEvent = WebhookEventMap["webhook.test"];
