/**
 * This file is generated from spec/openapi.yaml by scripts/gen-spec-artifacts.ts. Do not edit.
 *
 * Per operationId: the HTTP method and path template, and JSON Schemas (2020-12, no `$ref`) of the
 * request body, the path parameters and the query parameters; `null` when the operation has none.
 * Every schema is accepted by zod 4's `z.fromJSONSchema`; the only rewrite from the spec is the
 * non-zero amount rule, expressed as `anyOf` of the negative and positive ranges (zod has no `not`).
 * Query parameters are described with their decoded types (numbers, booleans), as a caller passes them.
 * Only what validation reads is kept: descriptions of unions (quoted in validation messages), defaults of
 * required properties; other descriptions, defaults, titles and examples are dropped.
 * The SDK loads this file lazily (dynamic `import()`), so it is not part of the main chunk.
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
      additionalProperties: false,
      required: ["customerId", "yourBalance", "theirBalance"],
      properties: {
        customerId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        yourBalance: {
          type: "number",
        },
        theirBalance: {
          type: "number",
        },
        startingBalance: {
          type: "number",
        },
        startingCheckpoint: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
        startingCheckpointType: {
          type: "string",
          enum: ["proofRoot", "recordId", "itemsRoot", "anchorId"],
        },
        period: {
          type: "string",
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
  compareMiddlewarePeriods: {
    method: "post",
    path: "/api/v1/middleware/customers/{customerId}/compare",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["fromCheckpointId", "toCheckpointId"],
      properties: {
        fromCheckpointId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
        },
        toCheckpointId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
        },
      },
    },
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
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
          type: "string",
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
      additionalProperties: false,
      properties: {
        customerId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        period: {
          type: "string",
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
        vendorAccountId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
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
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        sharingStateHint: {
          type: "string",
          minLength: 1,
          maxLength: 64,
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
          pattern: "^https?://",
          maxLength: 2048,
        },
        description: {
          type: "string",
          maxLength: 500,
        },
        events: {
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
              "customer.shared_record_viewed",
              "customer.export_downloaded",
              "customer.compare_run",
              "customer.step_up_failed_repeatedly",
              "tenant_domain.activated",
              "tenant_domain.cert_renewal_failed",
              "record.committed",
              "record.failed",
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
        },
        startingCheckpoint: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
        startingCheckpointType: {
          type: "string",
          enum: ["proofRoot", "recordId", "itemsRoot", "anchorId"],
        },
        period: {
          type: "string",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        timePreset: {
          type: "string",
          enum: ["current_month", "custom"],
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
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 1000,
        },
        offset: {
          type: "integer",
          minimum: 0,
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
      additionalProperties: false,
      required: ["customerId", "delta", "reason"],
      properties: {
        customerId: {
          type: "string",
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
          minLength: 1,
          maxLength: 500,
        },
        referenceId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
        metadata: {
          type: "object",
          additionalProperties: true,
        },
        adjusts: {
          description:
            "The earlier delta of the same customer that this one corrects: `{referenceId}` or\n`{recordId}`, exactly one. (The bare string of earlier versions is deprecated.)\n",
          anyOf: [
            {
              description:
                "The earlier delta of the same customer that this one corrects, named by exactly one\nof `referenceId` or `recordId`. Not part of the content hash.\n",
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
              type: "string",
              deprecated: true,
              minLength: 1,
              maxLength: 256,
            },
          ],
        },
        vendorAccountId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
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
      additionalProperties: false,
      required: ["deltas"],
      properties: {
        deltas: {
          type: "array",
          minItems: 1,
          maxItems: 100,
          items: {
            type: "object",
            additionalProperties: false,
            required: ["customerId", "delta", "reason"],
            properties: {
              customerId: {
                type: "string",
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
                minLength: 1,
                maxLength: 500,
              },
              referenceId: {
                type: "string",
                minLength: 1,
                maxLength: 256,
              },
              metadata: {
                type: "object",
                additionalProperties: true,
              },
              adjusts: {
                description:
                  "The earlier delta of the same customer that this one corrects: `{referenceId}` or\n`{recordId}`, exactly one. (The bare string of earlier versions is deprecated.)\n",
                anyOf: [
                  {
                    description:
                      "The earlier delta of the same customer that this one corrects, named by exactly one\nof `referenceId` or `recordId`. Not part of the content hash.\n",
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
                    type: "string",
                    deprecated: true,
                    minLength: 1,
                    maxLength: 256,
                  },
                ],
              },
              vendorAccountId: {
                type: "string",
                pattern: "^[A-Za-z0-9_.:-]{1,128}$",
              },
            },
          },
        },
      },
    },
    pathParams: null,
    query: null,
  },
  emitRecordTransition: {
    method: "post",
    path: "/api/v1/records/{recordType}/{record}/transitions",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["content"],
      properties: {
        lifecycle: {
          type: "string",
          enum: ["recorded", "amended", "closed"],
        },
        content: {
          type: "object",
          additionalProperties: false,
          required: ["title", "occurredAt", "actorId", "payloads"],
          properties: {
            title: {
              type: "string",
              minLength: 1,
              maxLength: 500,
            },
            occurredAt: {
              type: "string",
              format: "date-time",
            },
            actorId: {
              type: "string",
              minLength: 1,
              maxLength: 256,
            },
            payloads: {
              type: "array",
              maxItems: 100,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["alg", "digest", "byteLength"],
                properties: {
                  alg: {
                    type: "string",
                    enum: ["sha-256"],
                  },
                  digest: {
                    type: "string",
                    pattern: "^[0-9a-f]{64}$",
                  },
                  byteLength: {
                    type: "string",
                    pattern: "^(0|[1-9][0-9]{0,15})$",
                  },
                },
              },
            },
            kind: {
              type: "string",
              minLength: 1,
              maxLength: 128,
            },
            instructedBy: {
              type: "string",
              minLength: 1,
              maxLength: 256,
            },
            description: {
              type: "string",
              maxLength: 4000,
            },
            note: {
              type: "string",
              maxLength: 4000,
            },
            references: {
              type: "array",
              maxItems: 100,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["recordKey", "seq"],
                properties: {
                  recordKey: {
                    type: "string",
                    pattern: "^0x[0-9a-f]{64}$",
                  },
                  seq: {
                    type: "integer",
                    minimum: 0,
                    maximum: 9007199254740991,
                  },
                },
              },
            },
            amends: {
              type: "object",
              additionalProperties: false,
              required: ["recordKey", "seq"],
              properties: {
                recordKey: {
                  type: "string",
                  pattern: "^0x[0-9a-f]{64}$",
                },
                seq: {
                  type: "integer",
                  minimum: 0,
                  maximum: 9007199254740991,
                },
              },
            },
          },
        },
        referenceId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
      },
    },
    pathParams: {
      type: "object",
      properties: {
        recordType: {
          type: "string",
          minLength: 1,
          maxLength: 128,
        },
        record: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
      },
      required: ["recordType", "record"],
      additionalProperties: false,
    },
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
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: null,
  },
  exportMiddlewareRecord: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/export",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        format: {
          type: "string",
          enum: ["json", "csv", "pdf", "bundle"],
        },
      },
      required: [],
      additionalProperties: false,
    },
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
        },
        deltaLimit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
        },
        period: {
          type: "string",
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
        },
        deltaLimit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
        },
        period: {
          type: "string",
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
  getInvoiceProof: {
    method: "get",
    path: "/api/v1/balance/invoice-proof/{customerId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
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
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        timePreset: {
          type: "string",
          enum: ["current_month", "custom"],
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
  getLimits: {
    method: "get",
    path: "/api/v1/balance/limits",
    body: null,
    pathParams: null,
    query: null,
  },
  getMiddlewareAccessLink: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/access-link",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: null,
  },
  getMiddlewareClosePackage: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/close-package",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
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
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        checkpointId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getMiddlewareLiveRecord: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/live",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
    query: null,
  },
  getMiddlewarePeriod: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/periods/{checkpointId}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        checkpointId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
        },
      },
      required: ["customerId", "checkpointId"],
      additionalProperties: false,
    },
    query: null,
  },
  getMiddlewareReadiness: {
    method: "get",
    path: "/api/v1/middleware/readiness",
    body: null,
    pathParams: null,
    query: {
      type: "object",
      properties: {
        period: {
          type: "string",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getMiddlewareVendorRecord: {
    method: "get",
    path: "/api/v1/middleware/vendors/{vendorId}/customers/{externalCustomerId}/record",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        vendorId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        externalCustomerId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["vendorId", "externalCustomerId"],
      additionalProperties: false,
    },
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
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
        },
      },
      required: ["receiptId"],
      additionalProperties: false,
    },
    query: null,
  },
  getPublicReceiptPdf: {
    method: "get",
    path: "/api/v1/receipt/{receiptId}.pdf",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        receiptId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        timePreset: {
          type: "string",
          enum: ["current_month", "custom"],
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
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
        },
        timezone: {
          type: "string",
          minLength: 1,
          maxLength: 64,
        },
        unit: {
          type: "string",
          minLength: 1,
          maxLength: 32,
        },
        customerDisplayName: {
          type: "boolean",
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getRecordHistory: {
    method: "get",
    path: "/api/v1/records/{recordType}/{record}/history",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        recordType: {
          type: "string",
          minLength: 1,
          maxLength: 128,
        },
        record: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
      },
      required: ["recordType", "record"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: {
        fromSeq: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
        },
        toSeq: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
        },
      },
      required: [],
      additionalProperties: false,
    },
  },
  getRecordReceipt: {
    method: "get",
    path: "/api/v1/records/{recordType}/{record}/receipts/{seq}",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        recordType: {
          type: "string",
          minLength: 1,
          maxLength: 128,
        },
        record: {
          type: "string",
          minLength: 1,
          maxLength: 256,
        },
        seq: {
          type: "integer",
          minimum: 0,
          maximum: 9007199254740991,
        },
      },
      required: ["recordType", "record", "seq"],
      additionalProperties: false,
    },
    query: null,
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
        },
        toSequence: {
          type: "integer",
          minimum: 1,
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 1000,
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
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
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
        period: {
          type: "string",
          pattern: "^\\d{4}-(0[1-9]|1[0-2])$",
        },
        timePreset: {
          type: "string",
          enum: ["current_month", "custom"],
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
        },
        offset: {
          type: "integer",
          minimum: 0,
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
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
        },
        search: {
          type: "string",
          minLength: 1,
          maxLength: 128,
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
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
        },
        search: {
          type: "string",
          minLength: 1,
          maxLength: 128,
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
  listMiddlewarePeriods: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/periods",
    body: null,
    pathParams: {
      type: "object",
      properties: {
        customerId: {
          type: "string",
          pattern: "^[A-Za-z0-9_.:-]{1,128}$",
        },
      },
      required: ["customerId"],
      additionalProperties: false,
    },
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          enum: ["pending", "delivered", "failed"],
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
        },
        offset: {
          type: "integer",
          minimum: 0,
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
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
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
          enum: ["pending", "delivered", "failed"],
        },
        limit: {
          type: "integer",
          minimum: 1,
          maximum: 100,
        },
        offset: {
          type: "integer",
          minimum: 0,
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
        },
        deliveryId: {
          type: "string",
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          pattern: "^(webhook|wh)_[A-Za-z0-9_-]{1,64}$",
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          pattern: "^https?://",
          maxLength: 2048,
        },
        description: {
          description: "A new note, or null to remove it.",
          anyOf: [
            {
              type: "string",
              maxLength: 500,
            },
            {
              type: "null",
            },
          ],
        },
        enabled: {
          type: "boolean",
        },
        events: {
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
              "customer.shared_record_viewed",
              "customer.export_downloaded",
              "customer.compare_run",
              "customer.step_up_failed_repeatedly",
              "tenant_domain.activated",
              "tenant_domain.cert_renewal_failed",
              "record.committed",
              "record.failed",
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
        },
      },
      required: ["webhookId"],
      additionalProperties: false,
    },
    query: null,
  },
  verifyMfaLogin: {
    method: "post",
    path: "/dashboard/auth/login/mfa-verify",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["mfaTicket", "code"],
      properties: {
        mfaTicket: {
          type: "string",
          minLength: 1,
          maxLength: 512,
        },
        code: {
          type: "string",
          minLength: 1,
          maxLength: 64,
        },
      },
    },
    pathParams: null,
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
          minLength: 1,
          maxLength: 256,
          pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
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
          enum: ["db", "chain", "both"],
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
