/**
 * This file is generated from spec/openapi.yaml by scripts/gen-spec-artifacts.ts. Do not edit.
 */

/** Every webhook event type of the spec's top-level `webhooks:` (the keys of `webhookEventSchemas`), sorted. */
export const webhookEventNames = [
  "checkpoint.verified",
  "customer.compare_run",
  "customer.created",
  "customer.export_downloaded",
  "customer.shared_record_viewed",
  "customer.step_up_failed_repeatedly",
  "delta.failed",
  "delta.verified",
  "receipt.generated",
  "record.committed",
  "record.failed",
  "tenant_domain.activated",
  "tenant_domain.cert_renewal_failed",
  "webhook.test",
] as const;
