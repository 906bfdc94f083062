/**
 * This file is generated from spec/openapi.yaml by scripts/gen-spec-artifacts.ts. Do not edit.
 *
 * Per operationId: the HTTP method and path template, and JSON Schemas (2020-12, no `$ref`) of the
 * request body, the path parameters and the query parameters; `null` when the operation has none.
 * Every schema is accepted by zod 4's `z.fromJSONSchema`; the only rewrite from the spec is the
 * non-zero amount rule, expressed as `anyOf` of the negative and positive ranges (zod has no `not`).
 * Query parameters are described with their decoded types (numbers, booleans), as a caller passes them.
 */

import type { JSONSchema } from "zod/v4/core";

export const requestSchemas = {
  changeBillingPlan: {
    method: "patch",
    path: "/dashboard/billing/plan",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["tier"],
      properties: {
        tier: {
          type: "string",
          enum: ["free", "pilot", "starter", "growth", "scale", "enterprise"],
        },
      },
    },
    pathParams: null,
    query: null,
  },
  compareBalances: {
    method: "post",
    path: "/api/v1/balance/compare",
    body: {
      type: "object",
      description:
        "Two claimed balances for one customer and scope. Scope and checkpoint rules are those of `deriveBalance`.",
      additionalProperties: false,
      required: ["customerId", "yourBalance", "theirBalance"],
      properties: {
        customerId: {
          type: "string",
          description:
            "Your identifier for the customer, 1 to 128 characters among letters, digits, `_`, `.`, `:` and `-`.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        yourBalance: {
          type: "number",
          description:
            "A decimal amount carried as a JSON number. The service computes with exact decimals, never binary floats.",
        },
        theirBalance: {
          type: "number",
          description:
            "A decimal amount carried as a JSON number. The service computes with exact decimals, never binary floats.",
        },
        startingBalance: {
          type: "number",
          description: "Balance agreed by both sides before the scope (or after the checkpoint).",
          default: 0,
        },
        startingCheckpoint: {
          type: "string",
          description: "A checkpoint `proofRoot` (`0x…`) or a `recordId` (`rec_…`).",
          minLength: 1,
          maxLength: 256,
        },
        startingCheckpointType: {
          type: "string",
          description:
            "`proofRoot` (a checkpoint's root) or `recordId` (the last delta covered). The legacy\nnames `itemsRoot` and `anchorId` are accepted as aliases of `proofRoot` and\n`recordId`. When omitted, the type is inferred from the value's prefix.\n",
          enum: ["proofRoot", "recordId", "itemsRoot", "anchorId"],
        },
        period: {
          type: "string",
          description: "A calendar month `YYYY-MM` (UTC). It must be a real month and not in the future.",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        timePreset: {
          type: "string",
          enum: ["current_month", "custom"],
        },
        startDate: {
          description: "An ISO 8601 date (`2026-04-01`, read as midnight UTC) or date-time.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
        endDate: {
          description: "An ISO 8601 date (`2026-04-01`, read as midnight UTC) or date-time.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
        granularity: {
          type: "string",
          enum: ["day", "week", "month"],
        },
      },
    },
    pathParams: null,
    query: null,
  },
  createApiKey: {
    method: "post",
    path: "/dashboard/api-keys",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          maxLength: 100,
        },
        environment: {
          default: "test",
          type: "string",
          description: "`test` keys reach the sandbox ledger, `live` keys the production ledger.",
          enum: ["test", "live"],
        },
      },
    },
    pathParams: null,
    query: null,
  },
  createCheckpoint: {
    method: "post",
    path: "/api/v1/balance/checkpoint",
    body: {
      type: "object",
      description:
        "What to checkpoint. Omit `customerId` to checkpoint every customer active in the\nwindow; omit every scope field for the current UTC month.\n",
      additionalProperties: false,
      properties: {
        customerId: {
          type: "string",
          description:
            "Your identifier for the customer, 1 to 128 characters among letters, digits, `_`, `.`, `:` and `-`.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        period: {
          type: "string",
          description: "A calendar month `YYYY-MM` (UTC). It must be a real month and not in the future.",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        timePreset: {
          type: "string",
          enum: ["current_month", "custom"],
        },
        startDate: {
          description: "An ISO 8601 date (`2026-04-01`, read as midnight UTC) or date-time.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
        endDate: {
          description: "An ISO 8601 date (`2026-04-01`, read as midnight UTC) or date-time.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
      },
    },
    pathParams: null,
    query: null,
  },
  createDashboardCustomer: {
    method: "post",
    path: "/dashboard/customers",
    body: {
      type: "object",
      description: "Without `customerId`, PacSpace generates one (`cust_…`).",
      additionalProperties: false,
      required: ["displayName"],
      properties: {
        displayName: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
        customerId: {
          type: "string",
          description:
            "Your identifier for the customer, 1 to 128 characters among letters, digits, `_`, `.`, `:` and `-`.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        eventCadence: {
          type: "string",
          minLength: 1,
          maxLength: 64,
        },
        unitLabel: {
          type: "string",
          minLength: 1,
          maxLength: 64,
        },
      },
    },
    pathParams: null,
    query: null,
  },
  createWebhookEndpoint: {
    method: "post",
    path: "/dashboard/webhooks",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["url"],
      properties: {
        url: {
          type: "string",
          format: "uri",
          description:
            "Where events are POSTed. Use HTTPS in production; the local mock also accepts `http://`.",
          pattern: "^https?://",
          maxLength: 2048,
        },
        description: {
          type: "string",
          description: "A note for people, e.g. what the endpoint feeds.",
          maxLength: 500,
        },
        events: {
          description: "The event types to receive; every type when omitted.",
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            type: "string",
            enum: [
              "delta.verified",
              "delta.failed",
              "checkpoint.verified",
              "receipt.generated",
              "customer.created",
            ],
          },
        },
      },
    },
    pathParams: null,
    query: null,
  },
  deleteWebhookEndpoint: {
    method: "delete",
    path: "/dashboard/webhooks/{webhookId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        webhookId: {
          type: "string",
          description: "The webhook endpoint's id (`wh_…`).",
          pattern: "^wh_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["webhookId"],
      additionalProperties: false,
    },
    query: null,
  },
  deriveBalance: {
    method: "get",
    path: "/api/v1/balance/derive/{customerId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          description: "The customer's id in your system.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        startingBalance: {
          type: "number",
          default: 0,
          description: "Balance before the first delta in scope (or after the checkpoint). Exact decimal.",
        },
        startingCheckpoint: {
          type: "string",
          description:
            "Checkpoint to continue from (checkpoint mode): a checkpoint's `proofRoot`, or the\n`recordId` of the last delta it covers. Excludes every scope field.\n",
          minLength: 1,
          maxLength: 256,
        },
        startingCheckpointType: {
          type: "string",
          description: "How to read `startingCheckpoint`.",
          enum: ["proofRoot", "recordId", "itemsRoot", "anchorId"],
        },
        period: {
          type: "string",
          description: "A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`.",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        timePreset: {
          type: "string",
          enum: ["current_month", "custom"],
          description: "A named scope. `custom` requires `startDate` and `endDate`.",
        },
        startDate: {
          description: "Inclusive start of a custom scope; requires `endDate`.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
        endDate: {
          description: "Exclusive end of a custom scope; requires `startDate`.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
        granularity: {
          type: "string",
          enum: ["day", "week", "month"],
          description: "Adds a `breakdown` with one bucket per UTC day, ISO week or calendar month.",
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 1000,
          default: 100,
          description: "Maximum number of `deltas` rows returned.",
        },
        offset: {
          type: "integer",
          minimum: 0,
          default: 0,
          description: "Number of items to skip.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  emitDelta: {
    method: "post",
    path: "/api/v1/balance/delta",
    body: {
      type: "object",
      description: "One delta to record. Unknown fields are rejected.",
      additionalProperties: false,
      required: ["customerId", "delta", "reason"],
      properties: {
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
          type: "string",
          description:
            "Your correlation id for the delta (an invoice line, a usage window…); also a good `Idempotency-Key`.",
          minLength: 1,
          maxLength: 256,
        },
        metadata: {
          type: "object",
          description:
            "Private key/value data stored with the delta, at most 16 KiB once serialised as\nJSON. It is part of the content hash but never returned by public endpoints.\n",
          additionalProperties: true,
        },
        adjusts: {
          type: "string",
          description: "The `recordId` or `referenceId` of an earlier delta that this one corrects.",
          minLength: 1,
          maxLength: 256,
        },
      },
    },
    pathParams: null,
    query: null,
  },
  emitDeltaBatch: {
    method: "post",
    path: "/api/v1/balance/delta/batch",
    body: {
      type: "object",
      description:
        "Between 1 and 100 deltas. Each item is validated on its own; an invalid item is\nreported in the results instead of failing the whole batch.\n",
      additionalProperties: false,
      required: ["deltas"],
      properties: {
        deltas: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          items: {
            type: "object",
            description: "One delta to record. Unknown fields are rejected.",
            additionalProperties: false,
            required: ["customerId", "delta", "reason"],
            properties: {
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
                type: "string",
                description:
                  "Your correlation id for the delta (an invoice line, a usage window…); also a good `Idempotency-Key`.",
                minLength: 1,
                maxLength: 256,
              },
              metadata: {
                type: "object",
                description:
                  "Private key/value data stored with the delta, at most 16 KiB once serialised as\nJSON. It is part of the content hash but never returned by public endpoints.\n",
                additionalProperties: true,
              },
              adjusts: {
                type: "string",
                description: "The `recordId` or `referenceId` of an earlier delta that this one corrects.",
                minLength: 1,
                maxLength: 256,
              },
            },
          },
        },
      },
    },
    pathParams: null,
    query: null,
  },
  exportDashboardCustomer: {
    method: "get",
    path: "/dashboard/customers/{customerId}/export",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          description: "The customer's id in your system.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: null,
  },
  getApiKey: {
    method: "get",
    path: "/dashboard/api-keys/{keyId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        keyId: {
          type: "string",
          description: "The API key's id (`key_…`).",
          pattern: "^key_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["keyId"],
      additionalProperties: false,
    },
    query: null,
  },
  getBillingPlan: {
    method: "get",
    path: "/dashboard/billing/plan",
    body: null,
    pathParams: null,
    query: null,
  },
  getBillingUsage: {
    method: "get",
    path: "/dashboard/billing/usage",
    body: null,
    pathParams: null,
    query: {
      type: "object",
      properties: {
        period: {
          type: "string",
          description: "A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`.",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getCurrentUser: {
    method: "get",
    path: "/dashboard/auth/me",
    body: null,
    pathParams: null,
    query: null,
  },
  getCustomer: {
    method: "get",
    path: "/api/v1/balance/customers/{customerId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          description: "The customer's id in your system.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        deltaPage: {
          type: "integer",
          minimum: 1,
          default: 1,
          description: "1-based page of `recentActivity`.",
        },
        deltaLimit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 20,
          description: "Page size of `recentActivity`.",
        },
        period: {
          type: "string",
          description: "A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`.",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getCustomersSummary: {
    method: "get",
    path: "/api/v1/balance/customers/summary",
    body: null,
    pathParams: null,
    query: null,
  },
  getDashboardCustomer: {
    method: "get",
    path: "/dashboard/customers/{customerId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          description: "The customer's id in your system.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        deltaPage: {
          type: "integer",
          minimum: 1,
          default: 1,
          description: "1-based page of `recentActivity`.",
        },
        deltaLimit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 20,
          description: "Page size of `recentActivity`.",
        },
        period: {
          type: "string",
          description: "A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`.",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getDeltaStatus: {
    method: "get",
    path: "/api/v1/balance/delta/{recordId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        recordId: {
          type: "string",
          description: "The `recordId` returned when the delta was accepted.",
          pattern: "^rec_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["recordId"],
      additionalProperties: false,
    },
    query: null,
  },
  getEnvironmentStatus: {
    method: "get",
    path: "/dashboard/environments/environment-status",
    body: null,
    pathParams: null,
    query: null,
  },
  getLimits: {
    method: "get",
    path: "/api/v1/balance/limits",
    body: null,
    pathParams: null,
    query: null,
  },
  getPublicReceipt: {
    method: "get",
    path: "/api/v1/receipt/{receiptId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        receiptId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          description: "The receipt id.",
        },
      },
      required: ["receiptId"],
      additionalProperties: false,
    },
    query: null,
  },
  getReceipt: {
    method: "get",
    path: "/api/v1/balance/receipt/{customerId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          description: "The customer's id in your system.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        period: {
          type: "string",
          description: "A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`.",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        timePreset: {
          type: "string",
          enum: ["current_month", "custom"],
          description: "A named scope. `custom` requires `startDate` and `endDate`.",
        },
        startDate: {
          description: "Inclusive start of a custom scope; requires `endDate`.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
        endDate: {
          description: "Exclusive end of a custom scope; requires `startDate`.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getReceiptDocument: {
    method: "get",
    path: "/api/v1/balance/receipts/{receiptId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        receiptId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          description: "The receipt id.",
        },
      },
      required: ["receiptId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        locale: {
          type: "string",
          pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
          description: "BCP 47 language tag for rendered pages, e.g. `en-US`.",
        },
        timezone: {
          type: "string",
          minLength: 1,
          maxLength: 64,
          description: "IANA time zone for rendered dates, e.g. `UTC` or `America/Los_Angeles`.",
        },
        unit: {
          type: "string",
          minLength: 1,
          maxLength: 32,
          description: "Label for amounts on rendered pages, e.g. `credits`.",
        },
        customerDisplayName: {
          type: "boolean",
          default: false,
          description: "Whether rendered pages may show the customer's display name.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getSequenceGaps: {
    method: "get",
    path: "/api/v1/balance/gaps/{customerId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          description: "The customer's id in your system.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        fromSequence: {
          type: "integer",
          minimum: 1,
          default: 1,
          description: "First sequence number to scan.",
        },
        toSequence: {
          type: "integer",
          minimum: 1,
          description: "Last sequence number to scan; defaults to the latest assigned one.",
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 1000,
          default: 100,
          description: "Maximum number of gap ranges returned.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getUsage: {
    method: "get",
    path: "/api/v1/balance/usage",
    body: null,
    pathParams: null,
    query: null,
  },
  getWebhookEndpoint: {
    method: "get",
    path: "/dashboard/webhooks/{webhookId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        webhookId: {
          type: "string",
          description: "The webhook endpoint's id (`wh_…`).",
          pattern: "^wh_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["webhookId"],
      additionalProperties: false,
    },
    query: null,
  },
  listApiKeys: {
    method: "get",
    path: "/dashboard/api-keys",
    body: null,
    pathParams: null,
    query: {
      type: "object",
      properties: {
        page: {
          type: "integer",
          minimum: 1,
          default: 1,
          description: "1-based page number.",
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 20,
          description: "Page size.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  listCheckpoints: {
    method: "get",
    path: "/api/v1/balance/checkpoints",
    body: null,
    pathParams: null,
    query: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          description: "Only checkpoints of this customer.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        period: {
          type: "string",
          description: "A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`.",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        timePreset: {
          type: "string",
          enum: ["current_month", "custom"],
          description: "A named scope. `custom` requires `startDate` and `endDate`.",
        },
        startDate: {
          description: "Inclusive start of a custom scope; requires `endDate`.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
        endDate: {
          description: "Exclusive end of a custom scope; requires `startDate`.",
          anyOf: [
            {
              type: "string",
              format: "date",
            },
            {
              type: "string",
              format: "date-time",
            },
          ],
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 25,
          description: "Maximum number of items returned.",
        },
        offset: {
          type: "integer",
          minimum: 0,
          default: 0,
          description: "Number of items to skip.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  listCustomerReceipts: {
    method: "get",
    path: "/api/v1/balance/customers/{customerId}/receipts",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          description: "The customer's id in your system.",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 25,
          description: "Maximum number of items returned.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  listCustomers: {
    method: "get",
    path: "/api/v1/balance/customers",
    body: null,
    pathParams: null,
    query: {
      type: "object",
      properties: {
        page: {
          type: "integer",
          minimum: 1,
          default: 1,
          description: "1-based page number.",
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 25,
          description: "Page size.",
        },
        search: {
          type: "string",
          minLength: 1,
          maxLength: 128,
          description: "Case-insensitive substring filter on `customerId`.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  listDashboardCustomers: {
    method: "get",
    path: "/dashboard/customers",
    body: null,
    pathParams: null,
    query: {
      type: "object",
      properties: {
        page: {
          type: "integer",
          minimum: 1,
          default: 1,
          description: "1-based page number.",
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 25,
          description: "Page size.",
        },
        search: {
          type: "string",
          minLength: 1,
          maxLength: 128,
          description: "Case-insensitive substring filter on `customerId`.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  listEnvironments: {
    method: "get",
    path: "/dashboard/environments",
    body: null,
    pathParams: null,
    query: null,
  },
  listWebhookDeliveries: {
    method: "get",
    path: "/dashboard/webhooks/{webhookId}/deliveries",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        webhookId: {
          type: "string",
          description: "The webhook endpoint's id (`wh_…`).",
          pattern: "^wh_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["webhookId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        status: {
          type: "string",
          description: "Only deliveries in this state.",
          enum: ["pending", "delivered", "failed"],
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 25,
          description: "Maximum number of items returned.",
        },
        offset: {
          type: "integer",
          minimum: 0,
          default: 0,
          description: "Number of items to skip.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  listWebhookEndpoints: {
    method: "get",
    path: "/dashboard/webhooks",
    body: null,
    pathParams: null,
    query: {
      type: "object",
      properties: {
        page: {
          type: "integer",
          minimum: 1,
          default: 1,
          description: "Page number, from 1.",
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 25,
          description: "Maximum number of items returned.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  listWebhookEvents: {
    method: "get",
    path: "/api/v1/balance/webhooks",
    body: null,
    pathParams: null,
    query: {
      type: "object",
      properties: {
        status: {
          type: "string",
          description: "Only deliveries in this state.",
          enum: ["pending", "delivered", "failed"],
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 25,
          description: "Maximum number of items returned.",
        },
        offset: {
          type: "integer",
          minimum: 0,
          default: 0,
          description: "Number of items to skip.",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  login: {
    method: "post",
    path: "/dashboard/auth/login",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["email", "password"],
      properties: {
        email: {
          type: "string",
          format: "email",
          maxLength: 254,
        },
        password: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
      },
    },
    pathParams: null,
    query: null,
  },
  logout: {
    method: "post",
    path: "/dashboard/auth/logout",
    body: null,
    pathParams: null,
    query: null,
  },
  provisionEnvironment: {
    method: "post",
    path: "/dashboard/environments/provision",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["environment"],
      properties: {
        environment: {
          type: "string",
          description:
            "A tenant's ledger, `sandbox` (reached with `pk_test_` keys) or `production` (`pk_live_` keys).",
          enum: ["sandbox", "production"],
          default: "sandbox",
        },
      },
    },
    pathParams: null,
    query: null,
  },
  register: {
    method: "post",
    path: "/dashboard/auth/register",
    body: {
      type: "object",
      description:
        "A new account and its tenant. `approvalToken` is the single-use token sent when an\naccess request is approved, issued for this email; without a valid one the answer is\n403 `REGISTRATION_REQUIRES_APPROVAL` and nothing is created.\n",
      additionalProperties: false,
      required: ["name", "email", "password"],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          maxLength: 200,
        },
        email: {
          type: "string",
          format: "email",
          maxLength: 254,
        },
        password: {
          type: "string",
          description: "At least 8 characters. Stored only as a slow salted hash (scrypt).",
          minLength: 8,
          maxLength: 256,
        },
        organization: {
          type: "string",
          minLength: 1,
          maxLength: 200,
        },
        buyerMode: {
          type: "string",
          description: "How the tenant uses PacSpace, e.g. `DIRECT_INFERENCE_VENDOR`.",
          pattern: "^[A-Z][A-Z0-9_]{0,63}$",
        },
        approvalToken: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
      },
    },
    pathParams: null,
    query: null,
  },
  requestAccess: {
    method: "post",
    path: "/dashboard/auth/request-access",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["name", "email"],
      properties: {
        name: {
          type: "string",
          minLength: 1,
          maxLength: 200,
        },
        email: {
          type: "string",
          format: "email",
          maxLength: 254,
        },
        organization: {
          type: "string",
          minLength: 1,
          maxLength: 200,
        },
        buyerMode: {
          type: "string",
          description: "How the tenant uses PacSpace, e.g. `DIRECT_INFERENCE_VENDOR`.",
          pattern: "^[A-Z][A-Z0-9_]{0,63}$",
        },
        useCase: {
          type: "string",
          minLength: 1,
          maxLength: 2000,
        },
      },
    },
    pathParams: null,
    query: null,
  },
  retryWebhookDelivery: {
    method: "post",
    path: "/dashboard/webhooks/{webhookId}/deliveries/{deliveryId}/retry",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        webhookId: {
          type: "string",
          description: "The webhook endpoint's id (`wh_…`).",
          pattern: "^wh_[A-Za-z0-9_-]{1,64}$",
        },
        deliveryId: {
          type: "string",
          description: "The delivery's id (`dlv_…`).",
          pattern: "^dlv_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["webhookId", "deliveryId"],
      additionalProperties: false,
    },
    query: null,
  },
  retryWebhookEvent: {
    method: "post",
    path: "/api/v1/balance/webhooks/{eventId}/retry",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        eventId: {
          type: "string",
          description: "The event id (`X-Event-ID` of the delivery).",
          pattern: "^evt_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["eventId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        webhookId: {
          type: "string",
          description: "Re-queue only the delivery to this endpoint.",
          pattern: "^wh_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  revokeApiKey: {
    method: "delete",
    path: "/dashboard/api-keys/{keyId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        keyId: {
          type: "string",
          description: "The API key's id (`key_…`).",
          pattern: "^key_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["keyId"],
      additionalProperties: false,
    },
    query: null,
  },
  rotateApiKey: {
    method: "post",
    path: "/dashboard/api-keys/{keyId}/rotate",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        keyId: {
          type: "string",
          description: "The API key's id (`key_…`).",
          pattern: "^key_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["keyId"],
      additionalProperties: false,
    },
    query: null,
  },
  rotateWebhookSecret: {
    method: "post",
    path: "/dashboard/webhooks/{webhookId}/rotate-secret",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        webhookId: {
          type: "string",
          description: "The webhook endpoint's id (`wh_…`).",
          pattern: "^wh_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["webhookId"],
      additionalProperties: false,
    },
    query: null,
  },
  testWebhookEndpoint: {
    method: "post",
    path: "/dashboard/webhooks/{webhookId}/test",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        webhookId: {
          type: "string",
          description: "The webhook endpoint's id (`wh_…`).",
          pattern: "^wh_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["webhookId"],
      additionalProperties: false,
    },
    query: null,
  },
  updateApiKey: {
    method: "patch",
    path: "/dashboard/api-keys/{keyId}",
    body: {
      type: "object",
      description:
        "`active: false` disables the key (401 `API_KEY_DISABLED` from the next call on), `active: true` enables it again.",
      additionalProperties: false,
      properties: {
        name: {
          type: "string",
          minLength: 1,
          maxLength: 100,
        },
        active: {
          type: "boolean",
        },
      },
    },
    pathParams: {
      type: "object",
      properties: {
        keyId: {
          type: "string",
          description: "The API key's id (`key_…`).",
          pattern: "^key_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["keyId"],
      additionalProperties: false,
    },
    query: null,
  },
  updatePreferences: {
    method: "patch",
    path: "/dashboard/auth/preferences",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["preferredEnvironment"],
      properties: {
        preferredEnvironment: {
          type: "string",
          description:
            "A tenant's ledger, `sandbox` (reached with `pk_test_` keys) or `production` (`pk_live_` keys).",
          enum: ["sandbox", "production"],
          default: "sandbox",
        },
      },
    },
    pathParams: null,
    query: null,
  },
  updateWebhookEndpoint: {
    method: "patch",
    path: "/dashboard/webhooks/{webhookId}",
    body: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        url: {
          type: "string",
          format: "uri",
          description:
            "Where events are POSTed. Use HTTPS in production; the local mock also accepts `http://`.",
          pattern: "^https?://",
          maxLength: 2048,
        },
        description: {
          description: "A new note, or null to remove it.",
          anyOf: [
            {
              type: "string",
              description: "A note for people, e.g. what the endpoint feeds.",
              maxLength: 500,
            },
            {
              type: "null",
            },
          ],
        },
        enabled: {
          type: "boolean",
          description:
            "`false` stops deliveries to the endpoint; `true` resumes them, including retries that came due meanwhile, and clears `disabledReason`.",
        },
        events: {
          type: "array",
          description: "The event types the endpoint receives.",
          minItems: 1,
          uniqueItems: true,
          items: {
            type: "string",
            enum: [
              "delta.verified",
              "delta.failed",
              "checkpoint.verified",
              "receipt.generated",
              "customer.created",
            ],
          },
        },
      },
    },
    pathParams: {
      type: "object",
      properties: {
        webhookId: {
          type: "string",
          description: "The webhook endpoint's id (`wh_…`).",
          pattern: "^wh_[A-Za-z0-9_-]{1,64}$",
        },
      },
      required: ["webhookId"],
      additionalProperties: false,
    },
    query: null,
  },
  verifyProof: {
    method: "get",
    path: "/api/v1/verify/{proofRoot}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        proofRoot: {
          type: "string",
          description: "The root to verify.",
          pattern: "^0x[0-9a-f]{64}$",
        },
      },
      required: ["proofRoot"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        source: {
          type: "string",
          description: "Where to read the proof from.",
          enum: ["db", "chain", "both"],
          default: "db",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
} as const;

export type RequestSchemas = typeof requestSchemas;
export type OperationId = keyof RequestSchemas;
export type RequestPart = "body" | "pathParams" | "query";

/**
 * One request part's schema typed for `z.fromJSONSchema` (the `as const` literal has readonly arrays,
 * which zod's `JSONSchema` type does not accept), or `null` when the operation has no such part.
 */
export function requestSchema(operationId: OperationId, part: RequestPart): JSONSchema.JSONSchema | null {
  return requestSchemas[operationId][part] as unknown as JSONSchema.JSONSchema | null;
}
