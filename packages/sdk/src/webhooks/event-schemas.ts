import { type ZodType, z } from "zod";
import { WebhookVerificationError } from "../errors.js";
import {
  type WebhookEventName,
  webhookEventSchema,
  webhookEventSchemas,
} from "../generated/webhook-schemas.js";
import type { WebhookEvent } from "./events.js";

/**
 * Runtime checks of delivery bodies, built with zod from the JSON Schemas the generator
 * takes out of the spec's `webhooks:` section (compiled on first use, then cached): the
 * spec stays the only description of event shapes.
 */

const validators = new Map<WebhookEventName, ZodType>();

function isEventName(value: unknown): value is WebhookEventName {
  return typeof value === "string" && Object.hasOwn(webhookEventSchemas, value);
}

function validatorOf(event: WebhookEventName): ZodType {
  let validator = validators.get(event);
  if (validator === undefined) {
    validator = z.fromJSONSchema(webhookEventSchema(event) as Parameters<typeof z.fromJSONSchema>[0]);
    validators.set(event, validator);
  }
  return validator;
}

/** The event names this SDK version knows. */
export const WEBHOOK_EVENT_NAMES = Object.freeze(
  Object.keys(webhookEventSchemas),
) as readonly WebhookEventName[];

/** Checks a parsed body against its event's schema; returns it typed (unchanged). */
export function parseWebhookEvent(body: unknown): WebhookEvent {
  const name = (body as { event?: unknown } | null)?.event;
  if (!isEventName(name)) {
    throw new WebhookVerificationError(
      `Unknown webhook event type ${JSON.stringify(name)}; this SDK knows ${WEBHOOK_EVENT_NAMES.join(", ")}. ` +
        "Use verify() to accept events newer than the SDK.",
      { reason: "unknown_event_type" },
    );
  }
  const result = validatorOf(name).safeParse(body);
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join("."),
      message: issue.message,
    }));
    const first = details[0];
    throw new WebhookVerificationError(
      `The ${name} payload does not match the spec${first ? `: ${first.path || "(root)"} ${first.message}` : ""}`,
      { reason: "invalid_payload", details },
    );
  }
  // The parsed JSON itself, not zod's copy: numbers and unknown fields stay exactly as sent.
  return body as WebhookEvent;
}
