/**
 * This file is generated from spec/openapi.yaml by scripts/gen-spec-artifacts.ts. Do not edit.
 *
 * Per webhook event type (the spec's top-level `webhooks:`): the JSON Schema (2020-12, no `$ref`) of
 * the delivery body, rewritten for zod 4's `z.fromJSONSchema` exactly as the request schemas are, without
 * descriptions (webhook validation reports zod's own messages). Loaded lazily by the SDK.
 */

import type { JSONSchema } from "zod/v4/core";

export const webhookEventSchemas = {
  "checkpoint.verified": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "checkpoint.verified",
          },
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
                  checkpointId: {
                    type: "string",
                    pattern: "^chk_[A-Za-z0-9_-]{1,64}$",
                  },
                  customerId: {
                    type: "string",
                    pattern: "^[A-Za-z0-9_.:-]{1,128}$",
                  },
                  scope: {
                    type: "object",
                    required: ["from", "to"],
                    properties: {
                      from: {
                        type: "string",
                        format: "date-time",
                      },
                      to: {
                        type: "string",
                        format: "date-time",
                      },
                      period: {
                        type: "string",
                        pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
                      },
                    },
                  },
                  proofRoot: {
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  deltaCount: {
                    type: "integer",
                    minimum: 0,
                  },
                  startingBalance: {
                    type: "number",
                  },
                  netChange: {
                    type: "number",
                  },
                  closingBalance: {
                    type: "number",
                  },
                  firstSequenceNumber: {
                    type: ["integer", "null"],
                    minimum: 1,
                  },
                  lastSequenceNumber: {
                    type: ["integer", "null"],
                    minimum: 1,
                  },
                  lastRecordId: {
                    anyOf: [
                      {
                        type: "string",
                        pattern: "^rec_[A-Za-z0-9_-]{1,64}$",
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                  status: {
                    type: "string",
                    enum: ["QUEUED", "PROCESSING", "VERIFIED", "FAILED"],
                  },
                  createdAt: {
                    type: "string",
                    format: "date-time",
                  },
                  verificationReference: {
                    anyOf: [
                      {
                        type: "string",
                        pattern: "^0x[0-9a-f]{64}$",
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                  verifyUrl: {
                    type: "string",
                    format: "uri",
                  },
                  verificationApiUrl: {
                    type: "string",
                    format: "uri",
                  },
                  mode: {
                    type: "string",
                    minLength: 1,
                    maxLength: 64,
                  },
                  fingerprints: {
                    type: "array",
                    maxItems: 1000,
                    items: {
                      type: "string",
                      minLength: 1,
                      maxLength: 256,
                    },
                  },
                },
              },
              {
                type: "object",
                required: ["status", "verificationReference"],
                properties: {
                  status: {
                    type: "string",
                    const: "VERIFIED",
                  },
                  verificationReference: {
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                },
              },
            ],
          },
        },
      },
    ],
  },
  "customer.compare_run": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "customer.compare_run",
          },
          data: {
            type: "object",
            required: ["customerId", "outcome", "deltasCount"],
            properties: {
              customerId: {
                type: "string",
                minLength: 1,
              },
              outcome: {
                type: "string",
              },
              deltasCount: {
                type: "integer",
                minimum: 0,
              },
            },
          },
        },
      },
    ],
  },
  "customer.created": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "customer.created",
          },
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
              customerId: {
                type: "string",
                pattern: "^[A-Za-z0-9_.:-]{1,128}$",
              },
              customerReference: {
                type: "string",
                pattern: "^0x[0-9a-fA-F]{40}$",
              },
              totalDeltas: {
                type: "integer",
                minimum: 0,
              },
              computedBalance: {
                type: "number",
              },
              firstActivityAt: {
                type: "string",
                format: "date-time",
              },
              lastActivityAt: {
                type: "string",
                format: "date-time",
              },
              latestCheckpoint: {
                anyOf: [
                  {
                    type: "string",
                    pattern: "^chk_[A-Za-z0-9_-]{1,64}$",
                  },
                  {
                    type: "null",
                  },
                ],
              },
            },
          },
        },
      },
    ],
  },
  "customer.export_downloaded": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "customer.export_downloaded",
          },
          data: {
            type: "object",
            required: ["customerId", "format"],
            properties: {
              customerId: {
                type: "string",
                minLength: 1,
              },
              format: {
                type: "string",
              },
            },
          },
        },
      },
    ],
  },
  "customer.shared_record_viewed": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "customer.shared_record_viewed",
          },
          data: {
            type: "object",
            required: ["customerId", "receiptId"],
            properties: {
              customerId: {
                type: "string",
                minLength: 1,
              },
              receiptId: {
                type: "string",
                minLength: 1,
              },
            },
          },
        },
      },
    ],
  },
  "customer.step_up_failed_repeatedly": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "customer.step_up_failed_repeatedly",
          },
          data: {
            type: "object",
            required: ["customerId", "failedAttempts"],
            properties: {
              customerId: {
                type: "string",
                minLength: 1,
              },
              receiptId: {
                type: "string",
                minLength: 1,
              },
              failedAttempts: {
                type: "integer",
                minimum: 1,
              },
            },
          },
        },
      },
    ],
  },
  "delta.failed": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "delta.failed",
          },
          data: {
            type: "object",
            required: ["recordId", "customerId", "delta", "error", "failedAt"],
            properties: {
              recordId: {
                type: "string",
                minLength: 1,
              },
              customerId: {
                type: "string",
                minLength: 1,
              },
              delta: {
                type: "number",
              },
              error: {
                type: "string",
              },
              failedAt: {
                type: "string",
                format: "date-time",
              },
              errorCode: {
                type: "string",
              },
            },
          },
        },
      },
    ],
  },
  "delta.verified": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "delta.verified",
          },
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
              receiptId: {
                type: "string",
                minLength: 1,
              },
              deltaIndex: {
                type: ["integer", "null"],
                minimum: 1,
              },
              status: {
                type: "string",
                const: "verified",
              },
              verifiedAt: {
                type: "string",
                format: "date-time",
              },
              verificationId: {
                type: "string",
                minLength: 1,
              },
              delta: {
                type: "object",
                required: ["customerId", "amount", "reason", "referenceId", "metadata", "submittedAt"],
                properties: {
                  customerId: {
                    type: "string",
                    minLength: 1,
                  },
                  amount: {
                    type: "number",
                  },
                  reason: {
                    type: "string",
                  },
                  referenceId: {
                    type: ["string", "null"],
                  },
                  metadata: {
                    anyOf: [
                      {
                        type: "object",
                        additionalProperties: true,
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                  submittedAt: {
                    type: "string",
                    format: "date-time",
                  },
                },
              },
              proof: {
                type: "object",
                required: ["proofHash", "contentHash", "itemHashes", "previousProofHash"],
                properties: {
                  proofHash: {
                    type: "string",
                    pattern: "^0x[0-9a-fA-F]+$",
                  },
                  contentHash: {
                    type: "string",
                    pattern: "^0x[0-9a-fA-F]+$",
                  },
                  itemHashes: {
                    type: "array",
                    minItems: 1,
                    items: {
                      type: "string",
                      pattern: "^0x[0-9a-fA-F]+$",
                    },
                  },
                  previousProofHash: {
                    type: "string",
                    pattern: "^0x[0-9a-fA-F]+$",
                  },
                  itemIndex: {
                    type: "integer",
                    minimum: 0,
                  },
                },
              },
              verification: {
                type: "object",
                required: ["verified", "latencyMs", "discrepancies"],
                properties: {
                  verified: {
                    type: "boolean",
                  },
                  latencyMs: {
                    type: "integer",
                    minimum: 0,
                  },
                  discrepancies: {
                    type: "array",
                    items: {},
                  },
                },
              },
              period: {
                type: "object",
                required: ["id", "deltaCount", "netDelta"],
                properties: {
                  id: {
                    type: "string",
                  },
                  deltaCount: {
                    type: "integer",
                    minimum: 0,
                  },
                  netDelta: {
                    type: "number",
                  },
                },
              },
              usage: {
                type: "object",
                required: ["plan", "includedDeltas", "consumedDeltas", "remainingDeltas", "overageRate"],
                properties: {
                  plan: {
                    type: "string",
                  },
                  includedDeltas: {
                    type: "integer",
                    minimum: 0,
                  },
                  consumedDeltas: {
                    type: "integer",
                    minimum: 0,
                  },
                  remainingDeltas: {
                    type: "integer",
                    minimum: 0,
                  },
                  overageRate: {
                    anyOf: [
                      {
                        type: "string",
                      },
                      {
                        type: "number",
                      },
                    ],
                  },
                },
              },
              recordId: {
                type: "string",
                minLength: 1,
              },
              customerId: {
                type: "string",
                minLength: 1,
              },
              sequenceNumber: {
                type: "string",
                pattern: "^[0-9]+$",
              },
              verificationReference: {
                type: "string",
                minLength: 1,
              },
              blockTimestamp: {
                type: "string",
                format: "date-time",
              },
            },
          },
        },
      },
    ],
  },
  "receipt.generated": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "receipt.generated",
          },
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
              receiptId: {
                type: "string",
                pattern: "^rcpt_[A-Za-z0-9_-]{1,64}$",
              },
              customerId: {
                type: "string",
                pattern: "^[A-Za-z0-9_.:-]{1,128}$",
              },
              generatedAt: {
                type: "string",
                format: "date-time",
              },
              scope: {
                type: "object",
                required: ["from", "to"],
                properties: {
                  from: {
                    type: "string",
                    format: "date-time",
                  },
                  to: {
                    type: "string",
                    format: "date-time",
                  },
                  period: {
                    type: "string",
                    pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
                  },
                },
              },
              deltasCount: {
                type: "integer",
                minimum: 0,
              },
              startingBalance: {
                type: "number",
              },
              finalBalance: {
                type: "number",
              },
              proofRoot: {
                type: "string",
                pattern: "^0x[0-9a-f]{64}$",
              },
            },
          },
        },
      },
    ],
  },
  "record.committed": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "record.committed",
          },
          data: {
            type: "object",
            properties: {
              receiptId: {
                type: "string",
              },
              status: {
                type: "string",
              },
              verifiedAt: {
                type: "string",
              },
              verificationId: {
                type: "string",
              },
              itemCount: {
                type: "integer",
                minimum: 0,
              },
              records: {
                type: "array",
                items: {},
              },
              verification: {
                type: "object",
                additionalProperties: true,
              },
              recordType: {
                type: "string",
              },
              entityId: {
                type: "string",
              },
              recordKey: {
                type: "string",
              },
              seq: {
                type: "integer",
                minimum: 0,
              },
            },
          },
        },
      },
    ],
  },
  "record.failed": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "record.failed",
          },
          data: {
            type: "object",
            properties: {
              recordType: {
                type: "string",
              },
              entityId: {
                type: "string",
              },
              seq: {
                type: "integer",
                minimum: 0,
              },
              code: {
                type: "string",
              },
              sentence: {
                type: "string",
              },
            },
          },
        },
      },
    ],
  },
  "tenant_domain.activated": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "tenant_domain.activated",
          },
          data: {
            type: "object",
            required: ["domain"],
            properties: {
              domain: {
                type: "string",
                minLength: 1,
              },
            },
          },
        },
      },
    ],
  },
  "tenant_domain.cert_renewal_failed": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "tenant_domain.cert_renewal_failed",
          },
          data: {
            type: "object",
            required: ["domain"],
            properties: {
              domain: {
                type: "string",
                minLength: 1,
              },
              reason: {
                type: "string",
              },
            },
          },
        },
      },
    ],
  },
  "webhook.test": {
    allOf: [
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
          },
          createdAt: {
            type: "string",
            format: "date-time",
          },
          data: {
            type: "object",
            additionalProperties: true,
          },
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
          },
          environment: {
            type: "string",
            enum: ["sandbox", "production"],
          },
        },
      },
      {
        type: "object",
        required: ["event", "data"],
        properties: {
          event: {
            type: "string",
            const: "webhook.test",
          },
          data: {
            type: "object",
            required: ["webhookId", "message"],
            properties: {
              webhookId: {
                type: "string",
                pattern: "^(webhook|wh)_[A-Za-z0-9_-]{1,64}$",
              },
              message: {
                type: "string",
              },
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
