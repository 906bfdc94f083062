/**
 * The webhook half of validation that is loaded on demand (dynamic `import()` from
 * `event-schemas.ts`): the spec's generated event schemas and zod's JSON Schema converter, in a
 * chunk of their own, out of the entries that import the webhook helpers.
 */
import { fromJSONSchema, type ZodType } from "zod";
import { type WebhookEventName, webhookEventSchema } from "../generated/webhook-schemas.js";

/** Builds the zod validator of one event's delivery body from its JSON Schema. */
export function compileEventValidator(event: WebhookEventName): ZodType {
  return fromJSONSchema(webhookEventSchema(event));
}
