/**
 * `@pacspace/sdk/webhooks`: verify and parse PacSpace webhook deliveries without a client or
 * API key, in Node, browsers and edge runtimes (WebCrypto only).
 *
 * ```ts
 * import { constructWebhookEvent } from "@pacspace/sdk/webhooks";
 * const event = await constructWebhookEvent(rawBody, request.headers, { secret: process.env.PACSPACE_WEBHOOK_SECRET! });
 * if (event.known && event.event === "delta.verified") book(event.data.delta.customerId, event.data.delta.amount);
 * ```
 */

export { WebhookVerificationError, type WebhookVerificationReason } from "../errors.js";
export { WEBHOOK_EVENT_NAMES } from "./event-schemas.js";
export type {
  CheckpointVerifiedEvent,
  CustomerCompareRunEvent,
  CustomerCreatedEvent,
  CustomerExportDownloadedEvent,
  CustomerSharedRecordViewedEvent,
  CustomerStepUpFailedRepeatedlyEvent,
  DeltaFailedEvent,
  DeltaVerifiedEvent,
  KnownWebhookEvent,
  ReceiptGeneratedEvent,
  RecordCommittedEvent,
  RecordFailedEvent,
  TenantDomainActivatedEvent,
  TenantDomainCertRenewalFailedEvent,
  UnknownWebhookEvent,
  WebhookEnvelope,
  WebhookEvent,
  WebhookEventMap,
  WebhookEventName,
  WebhookTestEvent,
} from "./events.js";
export {
  EVENT_HEADER,
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  type WebhookHeaders,
} from "./headers.js";
export type { RawWebhookBody } from "./raw-body.js";
export { generateTestWebhookHeaders, type TestWebhookHeadersInput } from "./test-headers.js";
export { constructWebhookEvent, isValidWebhook, verifyWebhook, type WebhookVerifyOptions } from "./verify.js";
export { type WebhookOptions, Webhooks } from "./webhooks.js";
