/**
 * This file is generated from spec/openapi.yaml by scripts/gen-spec-artifacts.ts. Do not edit.
 *
 * Per webhook event type (the spec's top-level `webhooks:`): the JSON Schema (2020-12, no `$ref`) of
 * the delivery body, rewritten for zod 4's `z.fromJSONSchema` exactly as the request schemas are.
 */

import type { JSONSchema } from "zod/v4/core";

export const webhookEventSchemas = {
  "checkpoint.verified": {
    allOf: [
      {
        type: "object",
        description:
          "The body of every webhook delivery. `data` depends on `event`. Fields may be added\nover time, so ignore those you do not know.\n",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            description: "The event id, also sent as `X-Event-ID`; the same on every attempt.",
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
            description: "The event type, also sent as `X-Webhook-Event`.",
          },
          timestamp: {
            description: "When the state change happened (not when this attempt was sent).",
            type: "string",
            format: "date-time",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
            description: "The tenant whose ledger changed.",
          },
          environment: {
            type: "string",
            description:
              "The ledger an event happened in, `sandbox` (`pk_test_` keys) or `production` (`pk_live_` keys).",
            enum: ["sandbox", "production"],
          },
          data: {
            type: "object",
            additionalProperties: true,
            description: "The event's payload; its shape depends on `event`.",
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
            description: "A checkpoint whose root has been anchored.",
            allOf: [
              {
                type: "object",
                description:
                  "A committed root over one customer's verified deltas in a scope.\n`startingBalance` is the balance of all verified deltas accepted before `scope.from`;\n`closingBalance = startingBalance + netChange`. Continue a derivation from here with\n`startingCheckpoint = proofRoot` and `startingBalance = closingBalance`.\n",
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
                    description: "Identifier of a checkpoint.",
                    pattern: "^chk_[A-Za-z0-9_-]{1,64}$",
                  },
                  customerId: {
                    type: "string",
                    description:
                      "Your identifier for the customer, 1 to 128 characters among letters, digits, `_`, `.`, `:` and `-`.",
                    pattern: "^[A-Za-z0-9_.:-]{1,128}$",
                  },
                  scope: {
                    type: "object",
                    description: "A resolved time window `[from, to)` over delta acceptance times.",
                    required: ["from", "to"],
                    properties: {
                      from: {
                        type: "string",
                        format: "date-time",
                        description: "ISO 8601 instant in UTC with milliseconds.",
                      },
                      to: {
                        type: "string",
                        format: "date-time",
                        description: "ISO 8601 instant in UTC with milliseconds.",
                      },
                      period: {
                        description: "Set when the window is exactly one calendar month.",
                        type: "string",
                        pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
                      },
                    },
                  },
                  proofRoot: {
                    description:
                      "Merkle root over the content hashes of the covered deltas in sequence order (zero hash when there are none).",
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  deltaCount: {
                    type: "integer",
                    minimum: 0,
                    description: "Number of leaves under `proofRoot`; verifiers must check it.",
                  },
                  startingBalance: {
                    type: "number",
                    description:
                      "A decimal amount carried as a JSON number. The service computes with exact decimals, never binary floats.",
                  },
                  netChange: {
                    type: "number",
                    description:
                      "A decimal amount carried as a JSON number. The service computes with exact decimals, never binary floats.",
                  },
                  closingBalance: {
                    type: "number",
                    description:
                      "A decimal amount carried as a JSON number. The service computes with exact decimals, never binary floats.",
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
                        description: "Identifier of a recorded delta.",
                        pattern: "^rec_[A-Za-z0-9_-]{1,64}$",
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                  status: {
                    type: "string",
                    description:
                      "Lifecycle of a delta or checkpoint: `QUEUED` (accepted), `PROCESSING` (in a\nverification batch), then `VERIFIED` or `FAILED`. Only verified deltas count.\n",
                    enum: ["QUEUED", "PROCESSING", "VERIFIED", "FAILED"],
                  },
                  createdAt: {
                    type: "string",
                    format: "date-time",
                    description: "ISO 8601 instant in UTC with milliseconds.",
                  },
                  verificationReference: {
                    description: "Anchor reference once the checkpoint is verified; null before.",
                    anyOf: [
                      {
                        type: "string",
                        description:
                          "A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.",
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
                    description: "Page where a person can check the root.",
                  },
                  verificationApiUrl: {
                    type: "string",
                    format: "uri",
                    description: "`verifyProof` URL for machines.",
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
                    description:
                      "A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.",
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
        description:
          "The body of every webhook delivery. `data` depends on `event`. Fields may be added\nover time, so ignore those you do not know.\n",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            description: "The event id, also sent as `X-Event-ID`; the same on every attempt.",
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
            description: "The event type, also sent as `X-Webhook-Event`.",
          },
          timestamp: {
            description: "When the state change happened (not when this attempt was sent).",
            type: "string",
            format: "date-time",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
            description: "The tenant whose ledger changed.",
          },
          environment: {
            type: "string",
            description:
              "The ledger an event happened in, `sandbox` (`pk_test_` keys) or `production` (`pk_live_` keys).",
            enum: ["sandbox", "production"],
          },
          data: {
            type: "object",
            additionalProperties: true,
            description: "The event's payload; its shape depends on `event`.",
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
                description:
                  "Your identifier for the customer, 1 to 128 characters among letters, digits, `_`, `.`, `:` and `-`.",
                pattern: "^[A-Za-z0-9_.:-]{1,128}$",
              },
              customerReference: {
                type: "string",
                description:
                  "Stable reference derived deterministically from the `customerId` (same id, same reference).",
                pattern: "^0x[0-9a-fA-F]{40}$",
              },
              totalDeltas: {
                type: "integer",
                minimum: 0,
                description: "Deltas accepted for the customer, whatever their status.",
              },
              computedBalance: {
                description: "All-time balance over verified deltas.",
                type: "number",
              },
              firstActivityAt: {
                type: "string",
                format: "date-time",
                description: "ISO 8601 instant in UTC with milliseconds.",
              },
              lastActivityAt: {
                type: "string",
                format: "date-time",
                description: "ISO 8601 instant in UTC with milliseconds.",
              },
              latestCheckpoint: {
                description: "`checkpointId` of the newest checkpoint, or null.",
                anyOf: [
                  {
                    type: "string",
                    description: "Identifier of a checkpoint.",
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
        description:
          "The body of every webhook delivery. `data` depends on `event`. Fields may be added\nover time, so ignore those you do not know.\n",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            description: "The event id, also sent as `X-Event-ID`; the same on every attempt.",
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
            description: "The event type, also sent as `X-Webhook-Event`.",
          },
          timestamp: {
            description: "When the state change happened (not when this attempt was sent).",
            type: "string",
            format: "date-time",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
            description: "The tenant whose ledger changed.",
          },
          environment: {
            type: "string",
            description:
              "The ledger an event happened in, `sandbox` (`pk_test_` keys) or `production` (`pk_live_` keys).",
            enum: ["sandbox", "production"],
          },
          data: {
            type: "object",
            additionalProperties: true,
            description: "The event's payload; its shape depends on `event`.",
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
            description: "A delta that failed verification; it does not count anywhere. `error` says why.",
            allOf: [
              {
                type: "object",
                description: "A delta as listed in derivations and receipts (no `metadata`, no `proof`).",
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
                    description: "Identifier of a recorded delta.",
                    pattern: "^rec_[A-Za-z0-9_-]{1,64}$",
                  },
                  customerId: {
                    type: "string",
                    description:
                      "Your identifier for the customer, 1 to 128 characters among letters, digits, `_`, `.`, `:` and `-`.",
                    pattern: "^[A-Za-z0-9_.:-]{1,128}$",
                  },
                  delta: {
                    description:
                      "The signed change: positive credits (increases) the balance, negative debits\n(charges) it. Finite, non-zero, between -1,000,000,000 and 1,000,000,000, and read\nas an exact decimal.\n",
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
                    description: "Human-readable audit reason, 1 to 500 characters.",
                    minLength: 1,
                    maxLength: 500,
                  },
                  referenceId: {
                    description: "The `referenceId` sent, or null.",
                    anyOf: [
                      {
                        type: "string",
                        description:
                          "Your correlation id for the delta (an invoice line, a usage window…); also a good `Idempotency-Key`.",
                        minLength: 1,
                        maxLength: 256,
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                  adjusts: {
                    description: "The corrected delta named in `adjusts`, or null.",
                    anyOf: [
                      {
                        type: "string",
                        description:
                          "The `recordId` or `referenceId` of an earlier delta that this one corrects.",
                        minLength: 1,
                        maxLength: 256,
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                  status: {
                    type: "string",
                    description:
                      "Lifecycle of a delta or checkpoint: `QUEUED` (accepted), `PROCESSING` (in a\nverification batch), then `VERIFIED` or `FAILED`. Only verified deltas count.\n",
                    enum: ["QUEUED", "PROCESSING", "VERIFIED", "FAILED"],
                  },
                  sequenceNumber: {
                    type: "integer",
                    minimum: 1,
                    description: "Position in the customer's log, contiguous from 1, assigned at acceptance.",
                  },
                  contentHash: {
                    type: "string",
                    description:
                      "A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  receiptId: {
                    description:
                      "Root over the content hashes of the submission that carried this delta (for a single emit, its own `contentHash`). Verifiable with `verifyProof`.",
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  createdAt: {
                    description: "When the delta was accepted. Decides scope membership.",
                    type: "string",
                    format: "date-time",
                  },
                  verifiedAt: {
                    description: "When verification completed; null until then.",
                    anyOf: [
                      {
                        type: "string",
                        format: "date-time",
                        description: "ISO 8601 instant in UTC with milliseconds.",
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                  verificationReference: {
                    description: "Anchor reference of the verification batch; null until verified.",
                    anyOf: [
                      {
                        type: "string",
                        description:
                          "A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.",
                        pattern: "^0x[0-9a-f]{64}$",
                      },
                      {
                        type: "null",
                      },
                    ],
                  },
                  error: {
                    description: "Why verification failed (status `FAILED`); otherwise null.",
                    anyOf: [
                      {
                        type: "object",
                        description: "Why an item or a delta failed.",
                        required: ["code", "message"],
                        properties: {
                          code: {
                            type: "string",
                            description:
                              "Stable machine-readable error code.\n- 400: `VALIDATION_ERROR`, `INVALID_SCOPE_COMBINATION`, `SCOPE_TOO_WIDE`\n- 401: `INVALID_API_KEY`, `API_KEY_DISABLED`, `UNAUTHENTICATED`,\n  `INVALID_REQUEST_SIGNATURE`, `REQUEST_SIGNATURE_EXPIRED`, `REQUEST_REPLAYED`,\n  `SIGNATURE_REQUIRED`\n- 402: `PLAN_LIMIT_REACHED`\n- 403: `CSRF_REQUIRED`, `FORBIDDEN`, `REGISTRATION_REQUIRES_APPROVAL`\n- 404: `NOT_FOUND`, `CUSTOMER_NOT_FOUND`\n- 409: `IDEMPOTENCY_KEY_REUSED`, `CONFLICT`\n- 429: `RATE_LIMITED` (retry after `Retry-After`), `CADENCE_LIMIT` (do not retry\n  automatically)\n- 500: `INTERNAL_ERROR`; 503: `SERVICE_UNAVAILABLE`\n- 202 (not an error): `IDEMPOTENCY_PENDING`\n",
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
                              "CSRF_REQUIRED",
                              "FORBIDDEN",
                              "REGISTRATION_REQUIRES_APPROVAL",
                              "NOT_FOUND",
                              "CUSTOMER_NOT_FOUND",
                              "IDEMPOTENCY_KEY_REUSED",
                              "CONFLICT",
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
                    description: "Why an item or a delta failed.",
                    required: ["code", "message"],
                    properties: {
                      code: {
                        type: "string",
                        description:
                          "Stable machine-readable error code.\n- 400: `VALIDATION_ERROR`, `INVALID_SCOPE_COMBINATION`, `SCOPE_TOO_WIDE`\n- 401: `INVALID_API_KEY`, `API_KEY_DISABLED`, `UNAUTHENTICATED`,\n  `INVALID_REQUEST_SIGNATURE`, `REQUEST_SIGNATURE_EXPIRED`, `REQUEST_REPLAYED`,\n  `SIGNATURE_REQUIRED`\n- 402: `PLAN_LIMIT_REACHED`\n- 403: `CSRF_REQUIRED`, `FORBIDDEN`, `REGISTRATION_REQUIRES_APPROVAL`\n- 404: `NOT_FOUND`, `CUSTOMER_NOT_FOUND`\n- 409: `IDEMPOTENCY_KEY_REUSED`, `CONFLICT`\n- 429: `RATE_LIMITED` (retry after `Retry-After`), `CADENCE_LIMIT` (do not retry\n  automatically)\n- 500: `INTERNAL_ERROR`; 503: `SERVICE_UNAVAILABLE`\n- 202 (not an error): `IDEMPOTENCY_PENDING`\n",
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
                          "CSRF_REQUIRED",
                          "FORBIDDEN",
                          "REGISTRATION_REQUIRES_APPROVAL",
                          "NOT_FOUND",
                          "CUSTOMER_NOT_FOUND",
                          "IDEMPOTENCY_KEY_REUSED",
                          "CONFLICT",
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
        description:
          "The body of every webhook delivery. `data` depends on `event`. Fields may be added\nover time, so ignore those you do not know.\n",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            description: "The event id, also sent as `X-Event-ID`; the same on every attempt.",
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
            description: "The event type, also sent as `X-Webhook-Event`.",
          },
          timestamp: {
            description: "When the state change happened (not when this attempt was sent).",
            type: "string",
            format: "date-time",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
            description: "The tenant whose ledger changed.",
          },
          environment: {
            type: "string",
            description:
              "The ledger an event happened in, `sandbox` (`pk_test_` keys) or `production` (`pk_live_` keys).",
            enum: ["sandbox", "production"],
          },
          data: {
            type: "object",
            additionalProperties: true,
            description: "The event's payload; its shape depends on `event`.",
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
            description:
              "A delta that passed verification, with its inclusion proof. Private `metadata` is\nnot sent; read it with `getDeltaStatus` if you need it.\n",
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
                description: "Identifier of a recorded delta.",
                pattern: "^rec_[A-Za-z0-9_-]{1,64}$",
              },
              receiptId: {
                description: "Root over the content hashes of the submission that carried the delta.",
                type: "string",
                pattern: "^0x[0-9a-f]{64}$",
              },
              customerId: {
                type: "string",
                description:
                  "Your identifier for the customer, 1 to 128 characters among letters, digits, `_`, `.`, `:` and `-`.",
                pattern: "^[A-Za-z0-9_.:-]{1,128}$",
              },
              delta: {
                description:
                  "The signed change: positive credits (increases) the balance, negative debits\n(charges) it. Finite, non-zero, between -1,000,000,000 and 1,000,000,000, and read\nas an exact decimal.\n",
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
                description: "Human-readable audit reason, 1 to 500 characters.",
                minLength: 1,
                maxLength: 500,
              },
              referenceId: {
                description: "The `referenceId` sent, or null.",
                anyOf: [
                  {
                    type: "string",
                    description:
                      "Your correlation id for the delta (an invoice line, a usage window…); also a good `Idempotency-Key`.",
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
                description: "ISO 8601 instant in UTC with milliseconds.",
              },
              verificationReference: {
                description: "Anchor reference of the verification batch.",
                type: "string",
                pattern: "^0x[0-9a-f]{64}$",
              },
              proof: {
                type: "object",
                description:
                  "Inclusion proof of a verified delta. `contentHash` is leaf `itemIndex` of the\nverification batch whose leaves, in order, are `itemHashes`; their Merkle root is\n`proofHash`. `previousProofHash` is the previous batch's root in the same ledger\n(zero hash for the first), which chains batches together.\n",
                required: ["proofHash", "contentHash", "itemHashes", "itemIndex", "previousProofHash"],
                properties: {
                  proofHash: {
                    type: "string",
                    description:
                      "A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  contentHash: {
                    type: "string",
                    description:
                      "A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  itemHashes: {
                    type: "array",
                    minItems: 1,
                    items: {
                      type: "string",
                      description:
                        "A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.",
                      pattern: "^0x[0-9a-f]{64}$",
                    },
                  },
                  itemIndex: {
                    type: "integer",
                    minimum: 0,
                  },
                  previousProofHash: {
                    type: "string",
                    description:
                      "A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.",
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
        description:
          "The body of every webhook delivery. `data` depends on `event`. Fields may be added\nover time, so ignore those you do not know.\n",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            description: "The event id, also sent as `X-Event-ID`; the same on every attempt.",
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
            description: "The event type, also sent as `X-Webhook-Event`.",
          },
          timestamp: {
            description: "When the state change happened (not when this attempt was sent).",
            type: "string",
            format: "date-time",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
            description: "The tenant whose ledger changed.",
          },
          environment: {
            type: "string",
            description:
              "The ledger an event happened in, `sandbox` (`pk_test_` keys) or `production` (`pk_live_` keys).",
            enum: ["sandbox", "production"],
          },
          data: {
            type: "object",
            additionalProperties: true,
            description: "The event's payload; its shape depends on `event`.",
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
                description: "Identifier of a receipt document.",
                pattern: "^rcpt_[A-Za-z0-9_-]{1,64}$",
              },
              customerId: {
                type: "string",
                description:
                  "Your identifier for the customer, 1 to 128 characters among letters, digits, `_`, `.`, `:` and `-`.",
                pattern: "^[A-Za-z0-9_.:-]{1,128}$",
              },
              generatedAt: {
                type: "string",
                format: "date-time",
                description: "ISO 8601 instant in UTC with milliseconds.",
              },
              scope: {
                type: "object",
                description: "A resolved time window `[from, to)` over delta acceptance times.",
                required: ["from", "to"],
                properties: {
                  from: {
                    type: "string",
                    format: "date-time",
                    description: "ISO 8601 instant in UTC with milliseconds.",
                  },
                  to: {
                    type: "string",
                    format: "date-time",
                    description: "ISO 8601 instant in UTC with milliseconds.",
                  },
                  period: {
                    description: "Set when the window is exactly one calendar month.",
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
                description:
                  "A decimal amount carried as a JSON number. The service computes with exact decimals, never binary floats.",
              },
              finalBalance: {
                type: "number",
                description:
                  "A decimal amount carried as a JSON number. The service computes with exact decimals, never binary floats.",
              },
              proofRoot: {
                type: "string",
                description:
                  "A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.",
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
        description:
          "The body of every webhook delivery. `data` depends on `event`. Fields may be added\nover time, so ignore those you do not know.\n",
        required: ["id", "event", "timestamp", "tenantId", "environment", "data"],
        properties: {
          id: {
            description: "The event id, also sent as `X-Event-ID`; the same on every attempt.",
            type: "string",
            pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
          },
          event: {
            type: "string",
            description: "The event type, also sent as `X-Webhook-Event`.",
          },
          timestamp: {
            description: "When the state change happened (not when this attempt was sent).",
            type: "string",
            format: "date-time",
          },
          tenantId: {
            type: "string",
            minLength: 1,
            maxLength: 128,
            description: "The tenant whose ledger changed.",
          },
          environment: {
            type: "string",
            description:
              "The ledger an event happened in, `sandbox` (`pk_test_` keys) or `production` (`pk_live_` keys).",
            enum: ["sandbox", "production"],
          },
          data: {
            type: "object",
            additionalProperties: true,
            description: "The event's payload; its shape depends on `event`.",
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
            description:
              "Payload of a test event sent on request from the dashboard; it carries no ledger change.",
            required: ["webhookId", "message"],
            properties: {
              webhookId: {
                type: "string",
                description: "Identifier of a webhook endpoint.",
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
