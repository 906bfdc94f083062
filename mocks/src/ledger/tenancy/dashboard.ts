import type {
  ApiKey,
  ApiKeyList,
  BillingPlan,
  BillingUsage,
  CreatedApiKey,
  DashboardCustomer,
  DashboardCustomerDetail,
  DashboardCustomerList,
  EnvironmentList,
  EnvironmentState,
  EnvironmentStatusMap,
} from "../kernel/api-types.js";
import { type LedgerContext, publishEvent } from "../kernel/context.js";
import { ParamReader, type QueryValue } from "../kernel/query.js";
import { ENVIRONMENT_OF_KEY, type Environment, type KeyEnvironment, type Plan } from "../kernel/state.js";
import { exportDownloadedData } from "../verification/webhook-payloads.js";
import {
  apiKeyInfo,
  assertEnvironmentAllowed,
  createApiKey,
  listApiKeys,
  requireKey,
  revokeApiKey,
  rotateApiKey,
  updateApiKey,
} from "./api-keys.js";
import { billingPlan, billingUsageOf, changePlan } from "./billing.js";
import {
  createDashboardCustomer,
  exportCustomerCsv,
  getDashboardCustomer,
  listDashboardCustomers,
} from "./dashboard-customers.js";
import {
  assertEnvironmentActive,
  environmentStatusMap,
  listEnvironments,
  provisionEnvironment,
} from "./environments.js";
import { requireTenant } from "./tenants.js";

/**
 * What a logged-in dashboard user may do, always within their own tenant: every lookup goes
 * through that tenant's maps, so another tenant's key or customer is indistinguishable from
 * one that does not exist (same code, same message).
 */
export interface TenantDashboard {
  readonly tenantId: string;
  /** Full key shown once. Errors: VALIDATION_ERROR, FORBIDDEN (live on Free), CONFLICT (environment not active). */
  createApiKey(input: { name: string; environment?: KeyEnvironment }): CreatedApiKey;
  /** Newest first, secrets never included. */
  listApiKeys(query?: { page?: QueryValue; limit?: QueryValue }): ApiKeyList;
  /** Errors: NOT_FOUND. */
  getApiKey(keyId: string): ApiKey;
  /** Errors: NOT_FOUND, CONFLICT (revoked). */
  updateApiKey(keyId: string, changes: { name?: string; active?: boolean }): ApiKey;
  /** New secret shown once; the old one works for the overlap window. Errors: NOT_FOUND, CONFLICT. */
  rotateApiKey(keyId: string): CreatedApiKey;
  /** Errors: NOT_FOUND. */
  revokeApiKey(keyId: string): ApiKey;
  listEnvironments(): EnvironmentList;
  environmentStatus(): EnvironmentStatusMap;
  /** Errors: FORBIDDEN (production on Free). */
  provisionEnvironment(environment: Environment): EnvironmentState;
  billingPlan(): BillingPlan;
  /** Errors: VALIDATION_ERROR (future period). */
  billingUsage(period?: string): BillingUsage;
  changePlan(tier: Plan): BillingPlan;
  listCustomers(
    environment: Environment,
    query?: { page?: QueryValue; limit?: QueryValue; search?: QueryValue },
  ): DashboardCustomerList;
  /** Errors: VALIDATION_ERROR, CONFLICT (duplicate customerId). */
  createCustomer(
    environment: Environment,
    body: {
      displayName: string;
      customerId?: string;
      sharingStateHint?: string;
      eventCadence?: string;
      unitLabel?: string;
    },
  ): DashboardCustomer;
  /** Errors: CUSTOMER_NOT_FOUND. */
  getCustomer(
    environment: Environment,
    customerId: string,
    query?: { deltaPage?: QueryValue; deltaLimit?: QueryValue; period?: QueryValue },
  ): DashboardCustomerDetail;
  /** CSV text. Errors: CUSTOMER_NOT_FOUND. */
  exportCustomerCsv(environment: Environment, customerId: string): string;
}

function createdKey(issued: { apiKey: string; key: ApiKey }): CreatedApiKey {
  const secretKey = issued.apiKey.slice(issued.apiKey.indexOf(".") + 1);
  return { ...issued.key, secretKey, fullKey: issued.apiKey };
}

export function tenantDashboard(ctx: LedgerContext, tenantId: string): TenantDashboard {
  const tenant = requireTenant(ctx, tenantId);
  return {
    tenantId,
    createApiKey(input) {
      const environment = input.environment ?? "test";
      // Anything but test/live is left to createApiKey's VALIDATION_ERROR.
      if (environment === "test" || environment === "live") {
        assertEnvironmentAllowed(tenant, environment);
        assertEnvironmentActive(ctx, tenant, ENVIRONMENT_OF_KEY[environment]);
      }
      return createdKey(createApiKey(ctx, tenantId, { name: input.name, environment }));
    },
    listApiKeys(query = {}) {
      const reader = new ParamReader();
      const page = reader.integer("page", query.page, { min: 1, fallback: 1 });
      const limit = reader.integer("limit", query.limit, { min: 1, max: 100, fallback: 20 });
      reader.throwIfAny();
      // Creation order is insertion order; newest first.
      const all = listApiKeys(ctx, tenantId).reverse();
      const start = (page - 1) * limit;
      return {
        items: all.slice(start, start + limit),
        total: all.length,
        page,
        limit,
        totalPages: Math.ceil(all.length / limit),
      };
    },
    getApiKey: (keyId) => apiKeyInfo(ctx, requireKey(ctx, tenantId, keyId)),
    updateApiKey: (keyId, changes) => updateApiKey(ctx, tenantId, keyId, changes),
    rotateApiKey: (keyId) => createdKey(rotateApiKey(ctx, tenantId, keyId)),
    revokeApiKey: (keyId) => revokeApiKey(ctx, tenantId, keyId),
    listEnvironments: () => listEnvironments(ctx, tenantId),
    environmentStatus: () => environmentStatusMap(ctx, tenantId),
    provisionEnvironment: (environment) => provisionEnvironment(ctx, tenantId, environment),
    billingPlan: () => billingPlan(ctx, tenantId),
    billingUsage: (period) => billingUsageOf(ctx, tenantId, period),
    changePlan: (tier) => changePlan(ctx, tenantId, tier),
    listCustomers: (environment, query = {}) => listDashboardCustomers(tenant.ledgers[environment], query),
    createCustomer: (environment, body) => createDashboardCustomer(ctx, tenant.ledgers[environment], body),
    getCustomer: (environment, customerId, query = {}) =>
      getDashboardCustomer(tenant.ledgers[environment], customerId, query, ctx.clock.now()),
    exportCustomerCsv(environment, customerId) {
      const ledger = tenant.ledgers[environment];
      const csv = exportCustomerCsv(ledger, customerId);
      publishEvent(ctx, ledger, "customer.export_downloaded", () => exportDownloadedData(customerId));
      return csv;
    },
  };
}
