import type { WebhookEventType } from "./types.js";

/**
 * Which events an endpoint receives. An endpoint created without `events` receives every
 * type; otherwise exactly the listed ones. Test events ignore subscriptions.
 */

/** Every event type the ledger publishes, in the spec's order. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.freeze([
  "delta.verified",
  "delta.failed",
  "checkpoint.verified",
  "receipt.generated",
  "customer.created",
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
