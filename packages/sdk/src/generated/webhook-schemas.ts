/**
 * This file is generated from spec/openapi.yaml by scripts/gen-spec-artifacts.ts. Do not edit.
 *
 * Per webhook event type (the spec's top-level `webhooks:`): the JSON Schema (2020-12, no `$ref`) of
 * the delivery body, rewritten for zod 4's `z.fromJSONSchema` exactly as the request schemas are, without
 * descriptions (webhook validation reports zod's own messages). Loaded lazily by the SDK.
 * A part the schemas repeat (a `$ref` of the spec, inlined at each use) is written once, as `sN`,
 * and named where it recurs: the schemas are read, never changed, so the parts can be shared.
 */

import type { JSONSchema } from "zod/v4/core";

const s6 = ["event", "data"] as const;
const s5 = { type: "string" } as const;
const s2 = { type: "string", format: "date-time" } as const;
const s12 = { type: "object", additionalProperties: true } as const;
const s1 = {
  type: "object",
  required: s6,
  properties: {
    event: s5,
    timestamp: s2,
    createdAt: s2,
    data: s12,
    id: { type: "string", pattern: "^evt_[A-Za-z0-9_-]{1,64}$" },
    tenantId: { type: "string", minLength: 1, maxLength: 128 },
    environment: { type: "string", enum: ["sandbox", "production"] },
  },
} as const;
const s3 = { type: "string", minLength: 1 } as const;
const s4 = { type: "integer", minimum: 0 } as const;
const s7 = {
  type: "object",
  required: ["from", "to"],
  properties: { from: s2, to: s2, period: { type: "string", pattern: "^\\d{4}-(0[1-9]|1[0-2])$" } },
} as const;
const s8 = { type: "string", pattern: "^0x[0-9a-f]{64}$" } as const;
const s9 = { type: "string", pattern: "^0x[0-9a-fA-F]+$" } as const;
const s10 = { type: "number" } as const;
const s11 = { type: "string", pattern: "^[A-Za-z0-9_.:-]{1,128}$" } as const;
const s13 = { type: ["integer", "null"], minimum: 1 } as const;
const s14 = { type: "string", pattern: "^chk_[A-Za-z0-9_-]{1,64}$" } as const;
const s15 = { type: "null" } as const;
const s16 = { type: "string", format: "uri" } as const;

export const webhookEventSchemas = {
  "checkpoint.verified": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "checkpoint.verified" },
          data: {
            allOf: [
              {
                type: "object",
                required: [
                  "checkpointId",
                  "customerId",
                  "scope",
                  "proofRoot",
                  "deltaCount",
                  "startingBalance",
                  "netChange",
                  "closingBalance",
                  "firstSequenceNumber",
                  "lastSequenceNumber",
                  "lastRecordId",
                  "status",
                  "createdAt",
                  "verificationReference",
                  "verifyUrl",
                  "verificationApiUrl",
                ],
                properties: {
                  checkpointId: s14,
                  customerId: s11,
                  scope: s7,
                  proofRoot: s8,
                  deltaCount: s4,
                  startingBalance: s10,
                  netChange: s10,
                  closingBalance: s10,
                  firstSequenceNumber: s13,
                  lastSequenceNumber: s13,
                  lastRecordId: { anyOf: [{ type: "string", pattern: "^rec_[A-Za-z0-9_-]{1,64}$" }, s15] },
                  status: { type: "string", enum: ["QUEUED", "PROCESSING", "VERIFIED", "FAILED"] },
                  createdAt: s2,
                  verificationReference: { anyOf: [s8, s15] },
                  verifyUrl: s16,
                  verificationApiUrl: s16,
                  mode: { type: "string", minLength: 1, maxLength: 64 },
                  fingerprints: {
                    type: "array",
                    maxItems: 1000,
                    items: { type: "string", minLength: 1, maxLength: 256 },
                  },
                },
              },
              {
                type: "object",
                required: ["status", "verificationReference"],
                properties: { status: { type: "string", const: "VERIFIED" }, verificationReference: s8 },
              },
            ],
          },
        },
      },
    ],
  },
  "customer.compare_run": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "customer.compare_run" },
          data: {
            type: "object",
            required: ["customerId", "outcome", "deltasCount"],
            properties: { customerId: s3, outcome: s5, deltasCount: s4 },
          },
        },
      },
    ],
  },
  "customer.created": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "customer.created" },
          data: {
            type: "object",
            required: [
              "customerId",
              "customerReference",
              "totalDeltas",
              "computedBalance",
              "firstActivityAt",
              "lastActivityAt",
              "latestCheckpoint",
            ],
            properties: {
              customerId: s11,
              customerReference: { type: "string", pattern: "^0x[0-9a-fA-F]{40}$" },
              totalDeltas: s4,
              computedBalance: s10,
              firstActivityAt: s2,
              lastActivityAt: s2,
              latestCheckpoint: { anyOf: [s14, s15] },
            },
          },
        },
      },
    ],
  },
  "customer.export_downloaded": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "customer.export_downloaded" },
          data: {
            type: "object",
            required: ["customerId", "format"],
            properties: { customerId: s3, format: s5 },
          },
        },
      },
    ],
  },
  "customer.shared_record_viewed": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "customer.shared_record_viewed" },
          data: {
            type: "object",
            required: ["customerId", "receiptId"],
            properties: { customerId: s3, receiptId: s3 },
          },
        },
      },
    ],
  },
  "customer.step_up_failed_repeatedly": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "customer.step_up_failed_repeatedly" },
          data: {
            type: "object",
            required: ["customerId", "failedAttempts"],
            properties: { customerId: s3, receiptId: s3, failedAttempts: { type: "integer", minimum: 1 } },
          },
        },
      },
    ],
  },
  "delta.failed": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "delta.failed" },
          data: {
            type: "object",
            required: ["recordId", "customerId", "delta", "error", "failedAt"],
            properties: { recordId: s3, customerId: s3, delta: s10, error: s5, failedAt: s2, errorCode: s5 },
          },
        },
      },
    ],
  },
  "delta.verified": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "delta.verified" },
          data: {
            type: "object",
            required: [
              "receiptId",
              "deltaIndex",
              "status",
              "verifiedAt",
              "verificationId",
              "delta",
              "proof",
              "verification",
            ],
            properties: {
              receiptId: s3,
              deltaIndex: s13,
              status: { type: "string", const: "verified" },
              verifiedAt: s2,
              verificationId: s3,
              delta: {
                type: "object",
                required: ["customerId", "amount", "reason", "referenceId", "metadata", "submittedAt"],
                properties: {
                  customerId: s3,
                  amount: s10,
                  reason: s5,
                  referenceId: { type: ["string", "null"] },
                  metadata: { anyOf: [s12, s15] },
                  submittedAt: s2,
                },
              },
              proof: {
                type: "object",
                required: ["proofHash", "contentHash", "itemHashes", "previousProofHash"],
                properties: {
                  proofHash: s9,
                  contentHash: s9,
                  itemHashes: { type: "array", minItems: 1, items: s9 },
                  previousProofHash: s9,
                  itemIndex: s4,
                },
              },
              verification: {
                type: "object",
                required: ["verified", "latencyMs", "discrepancies"],
                properties: {
                  verified: { type: "boolean" },
                  latencyMs: s4,
                  discrepancies: { type: "array", items: {} },
                },
              },
              period: {
                type: "object",
                required: ["id", "deltaCount", "netDelta"],
                properties: { id: s5, deltaCount: s4, netDelta: s10 },
              },
              usage: {
                type: "object",
                required: ["plan", "includedDeltas", "consumedDeltas", "remainingDeltas", "overageRate"],
                properties: {
                  plan: s5,
                  includedDeltas: s4,
                  consumedDeltas: s4,
                  remainingDeltas: s4,
                  overageRate: { anyOf: [s5, s10] },
                },
              },
              recordId: s3,
              customerId: s3,
              sequenceNumber: { type: "string", pattern: "^[0-9]+$" },
              verificationReference: s3,
              blockTimestamp: s2,
            },
          },
        },
      },
    ],
  },
  "receipt.generated": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "receipt.generated" },
          data: {
            type: "object",
            required: [
              "receiptId",
              "customerId",
              "generatedAt",
              "scope",
              "deltasCount",
              "startingBalance",
              "finalBalance",
              "proofRoot",
            ],
            properties: {
              receiptId: { type: "string", pattern: "^rcpt_[A-Za-z0-9_-]{1,64}$" },
              customerId: s11,
              generatedAt: s2,
              scope: s7,
              deltasCount: s4,
              startingBalance: s10,
              finalBalance: s10,
              proofRoot: s8,
            },
          },
        },
      },
    ],
  },
  "record.committed": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "record.committed" },
          data: {
            type: "object",
            properties: {
              receiptId: s5,
              status: s5,
              verifiedAt: s5,
              verificationId: s5,
              itemCount: s4,
              records: { type: "array", items: {} },
              verification: s12,
              recordType: s5,
              entityId: s5,
              recordKey: s5,
              seq: s4,
            },
          },
        },
      },
    ],
  },
  "record.failed": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "record.failed" },
          data: {
            type: "object",
            properties: { recordType: s5, entityId: s5, seq: s4, code: s5, sentence: s5 },
          },
        },
      },
    ],
  },
  "tenant_domain.activated": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "tenant_domain.activated" },
          data: { type: "object", required: ["domain"], properties: { domain: s3 } },
        },
      },
    ],
  },
  "tenant_domain.cert_renewal_failed": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "tenant_domain.cert_renewal_failed" },
          data: { type: "object", required: ["domain"], properties: { domain: s3, reason: s5 } },
        },
      },
    ],
  },
  "webhook.test": {
    allOf: [
      s1,
      {
        type: "object",
        required: s6,
        properties: {
          event: { type: "string", const: "webhook.test" },
          data: {
            type: "object",
            required: ["webhookId", "message"],
            properties: {
              webhookId: { type: "string", pattern: "^(webhook|wh)_[A-Za-z0-9_-]{1,64}$" },
              message: s5,
            },
          },
        },
      },
    ],
  },
} as const;

export type WebhookEventSchemas = typeof webhookEventSchemas;
export type WebhookEventName = keyof WebhookEventSchemas;

/** One event's body schema typed for `z.fromJSONSchema` (the `as const` literal has readonly arrays). */
export function webhookEventSchema(event: WebhookEventName): JSONSchema.JSONSchema {
  return webhookEventSchemas[event] as unknown as JSONSchema.JSONSchema;
}
