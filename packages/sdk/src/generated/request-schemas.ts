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
 * A part the schemas repeat (a `$ref` of the spec, inlined at each use) is written once, as `sN`,
 * and named where it recurs: the schemas are read, never changed, so the parts can be shared.
 */

import type { JSONSchema } from "zod/v4/core";

const s1 = {
  type: "string",
  minLength: 1,
  maxLength: 256,
  pattern: "^[A-Za-z0-9._~:-]*[A-Za-z0-9_~:-][A-Za-z0-9._~:-]*$",
} as const;
const s6 = { type: "string", pattern: "^[A-Za-z0-9_.:-]{1,128}$" } as const;
const s2 = {
  type: "object",
  properties: { customerId: s6 },
  required: ["customerId"],
  additionalProperties: false,
} as const;
const s38 = { type: "string", minLength: 1, maxLength: 500 } as const;
const s5 = { type: "string", minLength: 1, maxLength: 256 } as const;
const s3 = {
  type: "object",
  additionalProperties: false,
  required: ["customerId", "delta", "reason"],
  properties: {
    customerId: s6,
    delta: {
      description:
        "The signed change: positive credits (increases) the balance, negative debits\n(charges) it. Finite, non-zero, between -1,000,000,000 and 1,000,000,000, and read\nas an exact decimal.\n",
      anyOf: [
        { type: "number", exclusiveMaximum: 0, minimum: -1000000000 },
        { type: "number", exclusiveMinimum: 0, maximum: 1000000000 },
      ],
    },
    reason: s38,
    referenceId: s5,
    metadata: { type: "object", additionalProperties: true },
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
              properties: { referenceId: s5 },
            },
            {
              type: "object",
              additionalProperties: false,
              required: ["recordId"],
              properties: { recordId: s1 },
            },
          ],
        },
        { type: "string", deprecated: true, minLength: 1, maxLength: 256 },
      ],
    },
    vendorAccountId: s6,
  },
} as const;
const s41 = { type: "string", format: "date-time" } as const;
const s4 = [{ type: "string", format: "date" }, s41] as const;
const s7 = { type: "string", pattern: "^\\d{4}-(0[1-9]|1[0-2])$" } as const;
const s8 = {
  type: "object",
  properties: { webhookId: s1 },
  required: ["webhookId"],
  additionalProperties: false,
} as const;
const s9 = {
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
} as const;
const s10 = { type: "integer", minimum: 1, maximum: 100 } as const;
const s17 = { type: "string", enum: ["current_month", "custom"] } as const;
const s21 = { description: "Inclusive start of a custom scope; requires `endDate`.", anyOf: s4 } as const;
const s22 = { description: "Exclusive end of a custom scope; requires `startDate`.", anyOf: s4 } as const;
const s11 = {
  type: "object",
  properties: { period: s7, timePreset: s17, startDate: s21, endDate: s22 },
  required: [],
  additionalProperties: false,
} as const;
const s12 = {
  description: "An ISO 8601 date (`2026-04-01`, read as midnight UTC) or date-time.",
  anyOf: s4,
} as const;
const s13 = {
  type: "object",
  properties: { keyId: s1 },
  required: ["keyId"],
  additionalProperties: false,
} as const;
const s14 = { type: "integer", minimum: 0, maximum: 9007199254740991 } as const;
const s15 = { type: "string", minLength: 1, maxLength: 128 } as const;
const s16 = { type: "string", minLength: 1, maxLength: 64 } as const;
const s18 = {
  type: "object",
  properties: { receiptId: s1 },
  required: ["receiptId"],
  additionalProperties: false,
} as const;
const s34 = { type: "integer", minimum: 0 } as const;
const s19 = {
  type: "object",
  properties: {
    status: { type: "string", enum: ["pending", "delivered", "failed"] },
    limit: s10,
    offset: s34,
  },
  required: [],
  additionalProperties: false,
} as const;
const s20 = { type: "integer", minimum: 1 } as const;
const s23 = {
  type: "object",
  additionalProperties: false,
  required: ["recordKey", "seq"],
  properties: { recordKey: { type: "string", pattern: "^0x[0-9a-f]{64}$" }, seq: s14 },
} as const;
const s24 = { type: "string", minLength: 1, maxLength: 200 } as const;
const s25 = {
  type: "object",
  properties: { recordType: s15, record: s5 },
  required: ["recordType", "record"],
  additionalProperties: false,
} as const;
const s26 = {
  type: "object",
  properties: { deltaPage: s20, deltaLimit: s10, period: s7 },
  required: [],
  additionalProperties: false,
} as const;
const s27 = {
  type: "object",
  properties: { page: s20, limit: s10, search: s15 },
  required: [],
  additionalProperties: false,
} as const;
const s28 = {
  type: "object",
  properties: { page: s20, limit: s10 },
  required: [],
  additionalProperties: false,
} as const;
const s29 = { type: "string", format: "email", maxLength: 254 } as const;
const s30 = {
  type: "object",
  properties: { period: s7 },
  required: [],
  additionalProperties: false,
} as const;
const s31 = { type: "string", enum: ["proofRoot", "recordId", "itemsRoot", "anchorId"] } as const;
const s32 = { type: "string", format: "uri", pattern: "^https?://", maxLength: 2048 } as const;
const s33 = { type: "string", enum: ["sandbox", "production"], default: "sandbox" } as const;
const s35 = { type: "string", pattern: "^[A-Z][A-Z0-9_]{0,63}$" } as const;
const s36 = { type: "string", enum: ["day", "week", "month"] } as const;
const s37 = { type: "string", minLength: 1, maxLength: 100 } as const;
const s39 = { type: "number" } as const;
const s40 = { type: "integer", minimum: 1, maximum: 1000 } as const;
const s42 = { type: "string", maxLength: 4000 } as const;
const s43 = { type: "string", maxLength: 500 } as const;
const s44 = { type: "boolean" } as const;

export const requestSchemas = {
  changeBillingPlan: {
    method: "patch",
    path: "/dashboard/billing/plan",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["tier"],
      properties: {
        tier: { type: "string", enum: ["free", "pilot", "starter", "growth", "scale", "enterprise"] },
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
        customerId: s6,
        yourBalance: s39,
        theirBalance: s39,
        startingBalance: s39,
        startingCheckpoint: s5,
        startingCheckpointType: s31,
        period: s7,
        timePreset: s17,
        startDate: s12,
        endDate: s12,
        granularity: s36,
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
      properties: { fromCheckpointId: s1, toCheckpointId: s1 },
    },
    pathParams: s2,
    query: null,
  },
  createApiKey: {
    method: "post",
    path: "/dashboard/api-keys",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: { name: s37, environment: { type: "string", enum: ["test", "live"] } },
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
        customerId: s6,
        period: s7,
        timePreset: s17,
        startDate: s12,
        endDate: s12,
        mode: s16,
        fingerprints: { type: "array", maxItems: 1000, items: s5 },
        vendorAccountId: s6,
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
        displayName: s5,
        customerId: s6,
        sharingStateHint: s16,
        eventCadence: s16,
        unitLabel: s16,
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
      properties: { url: s32, description: s43, events: s9 },
    },
    pathParams: null,
    query: null,
  },
  deleteWebhookEndpoint: {
    method: "delete",
    path: "/dashboard/webhooks/{webhookId}",
    body: null,
    pathParams: s8,
    query: null,
  },
  deriveBalance: {
    method: "get",
    path: "/api/v1/balance/derive/{customerId}",
    body: null,
    pathParams: s2,
    query: {
      type: "object",
      properties: {
        startingBalance: s39,
        startingCheckpoint: s5,
        startingCheckpointType: s31,
        period: s7,
        timePreset: s17,
        startDate: s21,
        endDate: s22,
        granularity: s36,
        limit: s40,
        offset: s34,
      },
      required: [],
      additionalProperties: false,
    },
  },
  emitDelta: { method: "post", path: "/api/v1/balance/delta", body: s3, pathParams: null, query: null },
  emitDeltaBatch: {
    method: "post",
    path: "/api/v1/balance/delta/batch",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["deltas"],
      properties: { deltas: { type: "array", minItems: 1, maxItems: 100, items: s3 } },
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
        lifecycle: { type: "string", enum: ["recorded", "amended", "closed"] },
        content: {
          type: "object",
          additionalProperties: false,
          required: ["title", "occurredAt", "actorId", "payloads"],
          properties: {
            title: s38,
            occurredAt: s41,
            actorId: s5,
            payloads: {
              type: "array",
              maxItems: 100,
              items: {
                type: "object",
                additionalProperties: false,
                required: ["alg", "digest", "byteLength"],
                properties: {
                  alg: { type: "string", enum: ["sha-256"] },
                  digest: { type: "string", pattern: "^[0-9a-f]{64}$" },
                  byteLength: { type: "string", pattern: "^(0|[1-9][0-9]{0,15})$" },
                },
              },
            },
            kind: s15,
            instructedBy: s5,
            description: s42,
            note: s42,
            references: { type: "array", maxItems: 100, items: s23 },
            amends: s23,
          },
        },
        referenceId: s5,
      },
    },
    pathParams: s25,
    query: null,
  },
  exportDashboardCustomer: {
    method: "get",
    path: "/dashboard/customers/{customerId}/export",
    body: null,
    pathParams: s2,
    query: null,
  },
  exportMiddlewareRecord: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/export",
    body: null,
    pathParams: s2,
    query: {
      type: "object",
      properties: { format: { type: "string", enum: ["json", "csv", "pdf", "bundle"] } },
      required: [],
      additionalProperties: false,
    },
  },
  getApiKey: { method: "get", path: "/dashboard/api-keys/{keyId}", body: null, pathParams: s13, query: null },
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
    query: s30,
  },
  getCurrentUser: { method: "get", path: "/dashboard/auth/me", body: null, pathParams: null, query: null },
  getCustomer: {
    method: "get",
    path: "/api/v1/balance/customers/{customerId}",
    body: null,
    pathParams: s2,
    query: s26,
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
    pathParams: s2,
    query: s26,
  },
  getDeltaStatus: {
    method: "get",
    path: "/api/v1/balance/delta/{recordId}",
    body: null,
    pathParams: {
      type: "object",
      properties: { recordId: s1 },
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
    pathParams: s2,
    query: s11,
  },
  getLimits: { method: "get", path: "/api/v1/balance/limits", body: null, pathParams: null, query: null },
  getMiddlewareAccessLink: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/access-link",
    body: null,
    pathParams: s2,
    query: null,
  },
  getMiddlewareClosePackage: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/close-package",
    body: null,
    pathParams: s2,
    query: {
      type: "object",
      properties: { period: s7, checkpointId: s1 },
      required: [],
      additionalProperties: false,
    },
  },
  getMiddlewareLiveRecord: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/live",
    body: null,
    pathParams: s2,
    query: null,
  },
  getMiddlewarePeriod: {
    method: "get",
    path: "/api/v1/middleware/customers/{customerId}/periods/{checkpointId}",
    body: null,
    pathParams: {
      type: "object",
      properties: { customerId: s6, checkpointId: s1 },
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
    query: s30,
  },
  getMiddlewareVendorRecord: {
    method: "get",
    path: "/api/v1/middleware/vendors/{vendorId}/customers/{externalCustomerId}/record",
    body: null,
    pathParams: {
      type: "object",
      properties: { vendorId: s6, externalCustomerId: s6 },
      required: ["vendorId", "externalCustomerId"],
      additionalProperties: false,
    },
    query: null,
  },
  getPublicReceipt: {
    method: "get",
    path: "/api/v1/receipt/{receiptId}",
    body: null,
    pathParams: s18,
    query: null,
  },
  getPublicReceiptPdf: {
    method: "get",
    path: "/api/v1/receipt/{receiptId}.pdf",
    body: null,
    pathParams: s18,
    query: null,
  },
  getReceipt: {
    method: "get",
    path: "/api/v1/balance/receipt/{customerId}",
    body: null,
    pathParams: s2,
    query: s11,
  },
  getReceiptDocument: {
    method: "get",
    path: "/api/v1/balance/receipts/{receiptId}",
    body: null,
    pathParams: s18,
    query: {
      type: "object",
      properties: {
        locale: { type: "string", pattern: "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$" },
        timezone: s16,
        unit: { type: "string", minLength: 1, maxLength: 32 },
        customerDisplayName: s44,
      },
      required: [],
      additionalProperties: false,
    },
  },
  getRecordHistory: {
    method: "get",
    path: "/api/v1/records/{recordType}/{record}/history",
    body: null,
    pathParams: s25,
    query: {
      type: "object",
      properties: { fromSeq: s14, toSeq: s14 },
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
      properties: { recordType: s15, record: s5, seq: s14 },
      required: ["recordType", "record", "seq"],
      additionalProperties: false,
    },
    query: null,
  },
  getSequenceGaps: {
    method: "get",
    path: "/api/v1/balance/gaps/{customerId}",
    body: null,
    pathParams: s2,
    query: {
      type: "object",
      properties: { fromSequence: s20, toSequence: s20, limit: s40 },
      required: [],
      additionalProperties: false,
    },
  },
  getUsage: { method: "get", path: "/api/v1/balance/usage", body: null, pathParams: null, query: null },
  getWebhookEndpoint: {
    method: "get",
    path: "/dashboard/webhooks/{webhookId}",
    body: null,
    pathParams: s8,
    query: null,
  },
  listApiKeys: { method: "get", path: "/dashboard/api-keys", body: null, pathParams: null, query: s28 },
  listCheckpoints: {
    method: "get",
    path: "/api/v1/balance/checkpoints",
    body: null,
    pathParams: null,
    query: {
      type: "object",
      properties: {
        customerId: s6,
        period: s7,
        timePreset: s17,
        startDate: s21,
        endDate: s22,
        limit: s10,
        offset: s34,
      },
      required: [],
      additionalProperties: false,
    },
  },
  listCustomerReceipts: {
    method: "get",
    path: "/api/v1/balance/customers/{customerId}/receipts",
    body: null,
    pathParams: s2,
    query: { type: "object", properties: { limit: s10 }, required: [], additionalProperties: false },
  },
  listCustomers: {
    method: "get",
    path: "/api/v1/balance/customers",
    body: null,
    pathParams: null,
    query: s27,
  },
  listDashboardCustomers: {
    method: "get",
    path: "/dashboard/customers",
    body: null,
    pathParams: null,
    query: s27,
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
    pathParams: s2,
    query: null,
  },
  listWebhookDeliveries: {
    method: "get",
    path: "/dashboard/webhooks/{webhookId}/deliveries",
    body: null,
    pathParams: s8,
    query: s19,
  },
  listWebhookEndpoints: {
    method: "get",
    path: "/dashboard/webhooks",
    body: null,
    pathParams: null,
    query: s28,
  },
  listWebhookEvents: {
    method: "get",
    path: "/api/v1/balance/webhooks",
    body: null,
    pathParams: null,
    query: s19,
  },
  login: {
    method: "post",
    path: "/dashboard/auth/login",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["email", "password"],
      properties: { email: s29, password: s5 },
    },
    pathParams: null,
    query: null,
  },
  logout: { method: "post", path: "/dashboard/auth/logout", body: null, pathParams: null, query: null },
  provisionEnvironment: {
    method: "post",
    path: "/dashboard/environments/provision",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["environment"],
      properties: { environment: s33 },
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
        name: s24,
        email: s29,
        password: { type: "string", minLength: 8, maxLength: 256 },
        organization: s24,
        buyerMode: s35,
        approvalToken: s5,
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
        name: s24,
        email: s29,
        organization: s24,
        buyerMode: s35,
        useCase: { type: "string", minLength: 1, maxLength: 2000 },
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
      properties: { webhookId: s1, deliveryId: s1 },
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
      properties: { eventId: s1 },
      required: ["eventId"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: { webhookId: { type: "string", pattern: "^(webhook|wh)_[A-Za-z0-9_-]{1,64}$" } },
      required: [],
      additionalProperties: false,
    },
  },
  revokeApiKey: {
    method: "delete",
    path: "/dashboard/api-keys/{keyId}",
    body: null,
    pathParams: s13,
    query: null,
  },
  rotateApiKey: {
    method: "post",
    path: "/dashboard/api-keys/{keyId}/rotate",
    body: null,
    pathParams: s13,
    query: null,
  },
  rotateWebhookSecret: {
    method: "post",
    path: "/dashboard/webhooks/{webhookId}/rotate-secret",
    body: null,
    pathParams: s8,
    query: null,
  },
  testWebhookEndpoint: {
    method: "post",
    path: "/dashboard/webhooks/{webhookId}/test",
    body: null,
    pathParams: s8,
    query: null,
  },
  updateApiKey: {
    method: "patch",
    path: "/dashboard/api-keys/{keyId}",
    body: { type: "object", additionalProperties: false, properties: { name: s37, active: s44 } },
    pathParams: s13,
    query: null,
  },
  updatePreferences: {
    method: "patch",
    path: "/dashboard/auth/preferences",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["preferredEnvironment"],
      properties: { preferredEnvironment: s33 },
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
        url: s32,
        description: { description: "A new note, or null to remove it.", anyOf: [s43, { type: "null" }] },
        enabled: s44,
        events: s9,
      },
    },
    pathParams: s8,
    query: null,
  },
  verifyMfaLogin: {
    method: "post",
    path: "/dashboard/auth/login/mfa-verify",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["mfaTicket", "code"],
      properties: { mfaTicket: { type: "string", minLength: 1, maxLength: 512 }, code: s16 },
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
      properties: { proofRoot: s1 },
      required: ["proofRoot"],
      additionalProperties: false,
    },
    query: {
      type: "object",
      properties: { source: { type: "string", enum: ["db", "chain", "both"] } },
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
