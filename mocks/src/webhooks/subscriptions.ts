import type { WebhookEventType } from "./types.js";

/**
 * Which events an endpoint receives. An endpoint created without `events` receives the
 * whole catalogue, as the PacSpace service subscribes every endpoint; the `events` filter
 * (this toolkit's extension) narrows it to exactly the listed ones. Test events ignore
 * subscriptions.
 */

/** The event catalogue, in the spec's order. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.freeze([
  "delta.verified",
  "delta.failed",
  "checkpoint.verified",
  "receipt.generated",
  "customer.created",
  "customer.shared_record_viewed",
  "customer.export_downloaded",
  "customer.compare_run",
  "customer.step_up_failed_repeatedly",
  "tenant_domain.activated",
  "tenant_domain.cert_renewal_failed",
  "record.committed",
  "record.failed",
] satisfies WebhookEventType[]);

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === "string" && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** The stored subscription for a create/update request: every type when omitted, deduplicated otherwise. */
export function subscriptionOf(events: readonly WebhookEventType[] | undefined): WebhookEventType[] {
  if (events === undefined) return [...WEBHOOK_EVENT_TYPES];
  return WEBHOOK_EVENT_TYPES.filter((type) => events.includes(type));
}

export function isSubscribed(subscription: readonly WebhookEventType[], event: string): boolean {
  return (subscription as readonly string[]).includes(event);
}
