import type { DeliveryState } from "./deliveries.js";
import type { EndpointState, WebhookEndpoints } from "./endpoints.js";
import type {
  CreatedWebhookEndpoint,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEventDelivery,
  WebhookEventType,
} from "./types.js";

/** Internal state → API shapes (typed by the generated schema). Secrets leave only through `createdEndpointView`. */

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export function endpointView(
  endpoints: WebhookEndpoints,
  endpoint: EndpointState,
  now: number,
): WebhookEndpoint {
  return {
    id: endpoint.webhookId,
    url: endpoint.url,
    description: endpoint.description,
    events: [...endpoint.events],
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    createdAt: iso(endpoint.createdAt),
    updatedAt: iso(endpoint.updatedAt),
    lastTriggered: isoOrNull(endpoint.lastTriggeredAt),
    successCount: endpoint.successCount,
    failureCount: endpoint.failureCount,
    consecutiveFailures: endpoint.consecutiveFailures,
    previousSecretExpiresAt: isoOrNull(endpoints.previousSecretExpiresAt(endpoint, now)),
  };
}

export function createdEndpointView(
  endpoints: WebhookEndpoints,
  endpoint: EndpointState,
  now: number,
): CreatedWebhookEndpoint {
  return { ...endpointView(endpoints, endpoint, now), secret: endpoint.secret };
}

function summary(delivery: DeliveryState) {
  const last = delivery.attempts[delivery.attempts.length - 1];
  return {
    eventId: delivery.eventId,
    webhookId: delivery.webhookId,
    status: delivery.status,
    attempts: delivery.attempts.length,
    lastAttemptAt: last === undefined ? null : iso(last.at),
    nextAttemptAt: isoOrNull(delivery.nextAttemptAt),
    lastStatusCode: last?.statusCode ?? null,
    lastError: delivery.abandonedReason ?? last?.error ?? null,
    createdAt: iso(delivery.createdAt),
  };
}

/** The Balance API view; only ledger events (never test deliveries) reach it. */
export function eventDeliveryView(delivery: DeliveryState): WebhookEventDelivery {
  if (delivery.test) throw new TypeError("test deliveries have no Balance API view");
  return { ...summary(delivery), event: delivery.event as WebhookEventType };
}

/** The dashboard view, with every attempt. */
export function deliveryView(delivery: DeliveryState): WebhookDelivery {
  return {
    deliveryId: delivery.deliveryId,
    ...summary(delivery),
    event: delivery.event,
    environment: delivery.environment,
    attemptLog: delivery.attempts.map((attempt) => ({
      attempt: attempt.attempt,
      at: iso(attempt.at),
      statusCode: attempt.statusCode,
      durationMs: attempt.durationMs,
      error: attempt.error,
    })),
  };
}
