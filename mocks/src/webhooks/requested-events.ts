import { type FieldIssue, validationError } from "../ledger/kernel/ledger-error.js";
import type { Environment } from "../ledger/kernel/state.js";
import { webhookBodyIssues } from "../validation/webhook-event-validator.js";
import { isWebhookEventType } from "./subscriptions.js";
import type { WebhookEventType } from "./types.js";

/**
 * Events a test asks the mock to send (`POST /__mock/events`), for the part of the catalogue
 * no mock state produces: tenant domains, repeated step-up failures, records. `data` may be
 * left out for those; any event may be sent with explicit `data`, which must match the
 * event's schema in the spec.
 */

export interface RequestedEvent {
  event: WebhookEventType;
  tenantId: string;
  environment: Environment;
  data: Record<string, unknown>;
}

/** A schema-valid payload for each event the mock has no state for. */
const DEFAULT_DATA: Partial<Record<WebhookEventType, Record<string, unknown>>> = {
  "customer.step_up_failed_repeatedly": { customerId: "cust_example", failedAttempts: 5 },
  "tenant_domain.activated": { domain: "verify.example.com" },
  "tenant_domain.cert_renewal_failed": {
    domain: "verify.example.com",
    reason: "The certificate could not be renewed: the domain no longer points at PacSpace",
  },
  "record.committed": { status: "verified", itemCount: 1, records: [] },
  "record.failed": { recordType: "record", entityId: "entity_example", seq: 0, code: "RECORD_INVALID" },
};

/**
 * Reads `{event, data?, tenantId?, environment?}`. Errors: VALIDATION_ERROR, naming each
 * bad field (an unknown event, a missing tenant, `data` the event's schema refuses).
 */
export function readRequestedEvent(
  body: Record<string, unknown>,
  defaultTenantId: string | null,
  timestamp: string,
): RequestedEvent {
  const issues: FieldIssue[] = [];
  const { event, data, tenantId = defaultTenantId, environment = "sandbox" } = body;
  if (!isWebhookEventType(event)) {
    issues.push({ path: "/event", message: "must be an event type of the webhook catalogue" });
  }
  if (typeof tenantId !== "string" || tenantId === "") {
    issues.push({ path: "/tenantId", message: "is required: this mock has no default tenant" });
  }
  if (environment !== "sandbox" && environment !== "production") {
    issues.push({ path: "/environment", message: "must be sandbox or production" });
  }
  if (data !== undefined && (typeof data !== "object" || data === null || Array.isArray(data))) {
    issues.push({ path: "/data", message: "must be an object" });
  }
  if (issues.length > 0) throw validationError(issues);
  const type = event as WebhookEventType;
  const payload = (data as Record<string, unknown> | undefined) ?? DEFAULT_DATA[type];
  if (payload === undefined) {
    throw validationError([
      {
        path: "/data",
        message: `is required for ${type}: the mock sends it from its own state, or with the data you give`,
      },
    ]);
  }
  const schemaIssues = webhookBodyIssues(type, { event: type, timestamp, data: payload });
  if (schemaIssues.length > 0) throw validationError(schemaIssues);
  return {
    event: type,
    tenantId: tenantId as string,
    environment: environment as Environment,
    data: payload,
  };
}
