import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import {
  type WebhookEventName,
  webhookEventSchemas,
} from "../../../packages/sdk/src/generated/webhook-schemas.js";
import type { FieldIssue } from "../ledger/ledger-error.js";

/**
 * Checks a webhook delivery body against its event's schema from the spec (the generated
 * JSON Schemas of the top-level `webhooks:`), so an event a test asks the mock to send is
 * one the spec describes. Compiled once per event, on first use.
 */

let ajvInstance: Ajv2020 | undefined;
const compiled = new Map<WebhookEventName, ValidateFunction>();

function validatorOf(event: WebhookEventName): ValidateFunction {
  let validate = compiled.get(event);
  if (validate === undefined) {
    if (ajvInstance === undefined) {
      ajvInstance = new Ajv2020({ strict: false, allErrors: true });
      addFormats(ajvInstance);
    }
    validate = ajvInstance.compile(webhookEventSchemas[event]);
    compiled.set(event, validate);
  }
  return validate;
}

/** The spec's issues with a delivery body of `event`, as JSON Pointers; empty when it conforms. */
export function webhookBodyIssues(event: WebhookEventName, body: unknown): FieldIssue[] {
  const validate = validatorOf(event);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => ({
    path: error.instancePath || "/",
    message: error.message ?? "is invalid",
  }));
}
