import type { ZodType } from "zod";
import { WebhookVerificationError } from "../errors.js";
import { webhookEventNames } from "../generated/webhook-event-names.js";
import type { KnownWebhookEvent, WebhookEnvelope, WebhookEvent, WebhookEventName } from "./events.js";

/**
 * Runtime checks of delivery bodies, built with zod from the JSON Schemas the generator
 * takes out of the spec's `webhooks:` section (compiled on first use, then cached): the
 * spec stays the only description of event shapes. The schemas and zod are loaded with a
 * dynamic `import()` on the first check, so bundlers keep them out of the main chunk.
 */

let compiler: Promise<typeof import("./event-validators.js")> | undefined;
const validators = new Map<WebhookEventName, ZodType>();

function loadEventValidators(): Promise<typeof import("./event-validators.js")> {
  compiler ??= import("./event-validators.js").catch((error: unknown) => {
    compiler = undefined; // a failed load is tried again on the next delivery
    throw error;
  });
  return compiler;
}

async function validatorOf(event: WebhookEventName): Promise<ZodType> {
  let validator = validators.get(event);
  if (validator === undefined) {
    validator = (await loadEventValidators()).compileEventValidator(event);
    validators.set(event, validator);
  }
  return validator;
}

/** The event names this SDK version knows. */
export const WEBHOOK_EVENT_NAMES: readonly WebhookEventName[] = Object.freeze([...webhookEventNames]);

function isEventName(value: unknown): value is WebhookEventName {
  return typeof value === "string" && WEBHOOK_EVENT_NAMES.includes(value as WebhookEventName);
}

/**
 * Checks a verified envelope against its event's schema. A known event resolves typed,
 * with `known: true`; an event type this SDK does not know resolves with `known: false`
 * and its raw `data`, so receivers keep working when PacSpace adds events. A known event
 * whose payload breaks its schema is refused. `createdAt` (the official Python SDK's
 * name) fills in `timestamp` when the body has no `timestamp`.
 */
export async function parseWebhookEvent(envelope: WebhookEnvelope): Promise<WebhookEvent> {
  const withTimestamp = withTimestampAlias(envelope);
  const name = envelope.event;
  if (!isEventName(name)) return { ...withTimestamp, known: false };
  const result = (await validatorOf(name)).safeParse(envelope);
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
  return { ...withTimestamp, known: true } as KnownWebhookEvent;
}

function withTimestampAlias(envelope: WebhookEnvelope): WebhookEnvelope {
  if (envelope.timestamp !== undefined || typeof envelope.createdAt !== "string") return envelope;
  return { ...envelope, timestamp: envelope.createdAt };
}
