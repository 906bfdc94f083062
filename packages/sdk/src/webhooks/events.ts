import type { components, webhooks } from "../generated/schema.js";

/**
 * Webhook event types, all derived from the spec's top-level `webhooks:` section: one
 * member per event, discriminated by `event`. A parsed delivery also says whether this
 * SDK knows its type (`known`), so a receiver keeps working when PacSpace adds events:
 * check `known` first, then `switch (event.event)` narrows `data`.
 */

type Schemas = components["schemas"];
type BodyOf<Item> = Item extends { post: { requestBody: { content: { "application/json": infer Body } } } }
  ? Body
  : never;

/** Every event the spec declares, by name: the delivery body as sent. */
export type WebhookEventMap = { [Name in keyof webhooks]: BodyOf<webhooks[Name]> };
export type WebhookEventName = keyof WebhookEventMap;
/** The envelope every delivery shares; what `verify()` returns before the payload is checked. */
export type WebhookEnvelope = Schemas["WebhookEnvelope"];

/** A delivery of an event type this SDK knows, checked against its schema. */
export type KnownWebhookEvent = {
  [Name in WebhookEventName]: WebhookEventMap[Name] & { known: true };
}[WebhookEventName];

/** A verified delivery of an event type newer than this SDK: its envelope and raw `data`. */
export type UnknownWebhookEvent = Omit<WebhookEnvelope, "data"> & { known: false; data: unknown };

/** What `constructEvent` resolves with: narrow on `known`, then on `event`. */
export type WebhookEvent = KnownWebhookEvent | UnknownWebhookEvent;

export type DeltaVerifiedEvent = WebhookEventMap["delta.verified"];
export type DeltaFailedEvent = WebhookEventMap["delta.failed"];
export type CheckpointVerifiedEvent = WebhookEventMap["checkpoint.verified"];
export type ReceiptGeneratedEvent = WebhookEventMap["receipt.generated"];
export type CustomerCreatedEvent = WebhookEventMap["customer.created"];
export type CustomerSharedRecordViewedEvent = WebhookEventMap["customer.shared_record_viewed"];
export type CustomerExportDownloadedEvent = WebhookEventMap["customer.export_downloaded"];
export type CustomerCompareRunEvent = WebhookEventMap["customer.compare_run"];
export type CustomerStepUpFailedRepeatedlyEvent = WebhookEventMap["customer.step_up_failed_repeatedly"];
export type TenantDomainActivatedEvent = WebhookEventMap["tenant_domain.activated"];
export type TenantDomainCertRenewalFailedEvent = WebhookEventMap["tenant_domain.cert_renewal_failed"];
export type RecordCommittedEvent = WebhookEventMap["record.committed"];
export type RecordFailedEvent = WebhookEventMap["record.failed"];
/** A test delivery sent on request; an extension of this toolkit. */
export type WebhookTestEvent = WebhookEventMap["webhook.test"];
