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
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
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
          data: {
            type: "object",
            additionalProperties: true,
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
  "customer.created": {
    allOf: [
      {
        type: "object",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
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
          data: {
            type: "object",
            additionalProperties: true,
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
  "delta.failed": {
    allOf: [
      {
        type: "object",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
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
          data: {
            type: "object",
            additionalProperties: true,
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
            allOf: [
              {
                type: "object",
                required: [
                  "recordId",
                  "customerId",
                  "delta",
                  "reason",
                  "referenceId",
                  "adjusts",
                  "status",
                  "sequenceNumber",
                  "contentHash",
                  "receiptId",
                  "createdAt",
                ],
                properties: {
                  recordId: {
                    type: "string",
                    pattern: "^rec_[A-Za-z0-9_-]{1,64}$",
                  },
                  customerId: {
                    type: "string",
                    pattern: "^[A-Za-z0-9_.:-]{1,128}$",
                  },
                  delta: {
                    anyOf: [
                      {
                        type: "number",
                        exclusiveMaximum: 0,
                        minimum: -1000000000,
                      },
                      {
                        type: "number",
                        exclusiveMinimum: 0,
                        maximum: 1000000000,
                      },
                    ],
                  },
                  reason: {
                    type: "string",
                    minLength: 1,
                    maxLength: 500,
                  },
                  referenceId: {
                    anyOf: [
                      {
                        type: "string",
                        minLength: 1,
                        maxLength: 256,
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                  adjusts: {
                    anyOf: [
                      {
                        oneOf: [
                          {
                            type: "object",
                            additionalProperties: false,
                            required: ["referenceId"],
                            properties: {
                              referenceId: {
                                type: "string",
                                minLength: 1,
                                maxLength: 256,
                              },
                            },
                          },
                          {
                            type: "object",
                            additionalProperties: false,
                            required: ["recordId"],
                            properties: {
                              recordId: {
                                type: "string",
                                minLength: 1,
                                maxLength: 256,
                                pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
                              },
                            },
                          },
                        ],
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
                  sequenceNumber: {
                    type: "integer",
                    minimum: 1,
                  },
                  contentHash: {
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  receiptId: {
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  createdAt: {
                    type: "string",
                    format: "date-time",
                  },
                  verifiedAt: {
                    anyOf: [
                      {
                        type: "string",
                        format: "date-time",
                      },
                      {
                        type: "null",
                      },
                    ],
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
                  error: {
                    anyOf: [
                      {
                        type: "object",
                        required: ["code", "message"],
                        properties: {
                          code: {
                            type: "string",
                            enum: [
                              "VALIDATION_ERROR",
                              "INVALID_SCOPE_COMBINATION",
                              "SCOPE_TOO_WIDE",
                              "INVALID_API_KEY",
                              "API_KEY_DISABLED",
                              "UNAUTHENTICATED",
                              "INVALID_REQUEST_SIGNATURE",
                              "REQUEST_SIGNATURE_EXPIRED",
                              "REQUEST_REPLAYED",
                              "SIGNATURE_REQUIRED",
                              "PLAN_LIMIT_REACHED",
                              "INSUFFICIENT_CREDITS",
                              "CSRF_REQUIRED",
                              "FORBIDDEN",
                              "REGISTRATION_REQUIRES_APPROVAL",
                              "API_KEY_ENVIRONMENT_HOST_MISMATCH",
                              "NOT_FOUND",
                              "CUSTOMER_NOT_FOUND",
                              "IDEMPOTENCY_KEY_REUSED",
                              "CONFLICT",
                              "CONTRACT_NOT_DEPLOYED",
                              "RATE_LIMITED",
                              "CADENCE_LIMIT",
                              "INTERNAL_ERROR",
                              "SERVICE_UNAVAILABLE",
                              "IDEMPOTENCY_PENDING",
                            ],
                          },
                          message: {
                            type: "string",
                          },
                        },
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                },
              },
              {
                type: "object",
                required: ["status", "error"],
                properties: {
                  status: {
                    type: "string",
                    const: "FAILED",
                  },
                  error: {
                    type: "object",
                    required: ["code", "message"],
                    properties: {
                      code: {
                        type: "string",
                        enum: [
                          "VALIDATION_ERROR",
                          "INVALID_SCOPE_COMBINATION",
                          "SCOPE_TOO_WIDE",
                          "INVALID_API_KEY",
                          "API_KEY_DISABLED",
                          "UNAUTHENTICATED",
                          "INVALID_REQUEST_SIGNATURE",
                          "REQUEST_SIGNATURE_EXPIRED",
                          "REQUEST_REPLAYED",
                          "SIGNATURE_REQUIRED",
                          "PLAN_LIMIT_REACHED",
                          "INSUFFICIENT_CREDITS",
                          "CSRF_REQUIRED",
                          "FORBIDDEN",
                          "REGISTRATION_REQUIRES_APPROVAL",
                          "API_KEY_ENVIRONMENT_HOST_MISMATCH",
                          "NOT_FOUND",
                          "CUSTOMER_NOT_FOUND",
                          "IDEMPOTENCY_KEY_REUSED",
                          "CONFLICT",
                          "CONTRACT_NOT_DEPLOYED",
                          "RATE_LIMITED",
                          "CADENCE_LIMIT",
                          "INTERNAL_ERROR",
                          "SERVICE_UNAVAILABLE",
                          "IDEMPOTENCY_PENDING",
                        ],
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
        },
      },
    ],
  },
  "delta.verified": {
    allOf: [
      {
        type: "object",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
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
          data: {
            type: "object",
            additionalProperties: true,
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
              "recordId",
              "receiptId",
              "customerId",
              "delta",
              "reason",
              "referenceId",
              "sequenceNumber",
              "status",
              "verifiedAt",
              "verificationReference",
              "proof",
            ],
            properties: {
              recordId: {
                type: "string",
                pattern: "^rec_[A-Za-z0-9_-]{1,64}$",
              },
              receiptId: {
                type: "string",
                pattern: "^0x[0-9a-f]{64}$",
              },
              customerId: {
                type: "string",
                pattern: "^[A-Za-z0-9_.:-]{1,128}$",
              },
              delta: {
                anyOf: [
                  {
                    type: "number",
                    exclusiveMaximum: 0,
                    minimum: -1000000000,
                  },
                  {
                    type: "number",
                    exclusiveMinimum: 0,
                    maximum: 1000000000,
                  },
                ],
              },
              reason: {
                type: "string",
                minLength: 1,
                maxLength: 500,
              },
              referenceId: {
                anyOf: [
                  {
                    type: "string",
                    minLength: 1,
                    maxLength: 256,
                  },
                  {
                    type: "null",
                  },
                ],
              },
              sequenceNumber: {
                type: "integer",
                minimum: 1,
              },
              status: {
                type: "string",
                const: "VERIFIED",
              },
              verifiedAt: {
                type: "string",
                format: "date-time",
              },
              verificationReference: {
                type: "string",
                pattern: "^0x[0-9a-f]{64}$",
              },
              proof: {
                type: "object",
                required: ["proofHash", "contentHash", "itemHashes", "itemIndex", "previousProofHash"],
                properties: {
                  proofHash: {
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  contentHash: {
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  itemHashes: {
                    type: "array",
                    minItems: 1,
                    items: {
                      type: "string",
                      pattern: "^0x[0-9a-f]{64}$",
                    },
                  },
                  itemIndex: {
                    type: "integer",
                    minimum: 0,
                  },
                  previousProofHash: {
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                },
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
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
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
          data: {
            type: "object",
            additionalProperties: true,
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
  "webhook.test": {
    allOf: [
      {
        type: "object",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
          },
          timestamp: {
            type: "string",
            format: "date-time",
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
          data: {
            type: "object",
            additionalProperties: true,
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
                pattern: "^wh_[A-Za-z0-9_-]{1,64}$",
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
