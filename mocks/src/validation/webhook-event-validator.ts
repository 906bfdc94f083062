import type { ValidateFunction } from "ajv/dist/2020.js";
import {
  type WebhookEventName,
  webhookEventSchemas,
} from "../../../packages/sdk/src/generated/webhook-schemas.js";
import type { FieldIssue } from "../ledger/kernel/ledger-error.js";
import { ajv, toIssues } from "./request-validator.js";

/**
 * Checks a webhook delivery body against its event's schema from the spec (the generated
 * JSON Schemas of the top-level `webhooks:`), so an event a test asks the mock to send is
 * one the spec describes. Compiled once per event, on first use, by the request validator's
 * ajv, and reported the way request problems are.
 */

const compiled = new Map<WebhookEventName, ValidateFunction>();

function validatorOf(event: WebhookEventName): ValidateFunction {
  let validate = compiled.get(event);
  if (validate === undefined) {
    validate = ajv().compile(webhookEventSchemas[event]);
    compiled.set(event, validate);
  }
  return validate;
}

/** The spec's issues with a delivery body of `event`, as JSON Pointers; empty when it conforms. */
export function webhookBodyIssues(event: WebhookEventName, body: unknown): FieldIssue[] {
  const validate = validatorOf(event);
  return validate(body) ? [] : toIssues(validate.errors, "pointer");
}
