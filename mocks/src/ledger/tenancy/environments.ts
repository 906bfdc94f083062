import type {
  EnvironmentList,
  EnvironmentState,
  EnvironmentStatus,
  EnvironmentStatusMap,
} from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { LedgerError } from "../kernel/ledger-error.js";
import { iso } from "../kernel/scope.js";
import {
  type Environment,
  type EnvironmentRecord,
  KEY_OF_ENVIRONMENT,
  type TenantState,
} from "../kernel/state.js";
import { PLANS } from "../kernel/usage-and-plans.js";
import { requireTenant } from "./tenants.js";

/**
 * A tenant's two environments (sandbox, production) as the dashboard provisions them.
 * Provisioning takes `environmentActivationMs` on the mock clock (`activating`, then
 * `active`); it is idempotent, and production needs a paid plan. Keys of an environment can
 * only be created once it is active.
 */

const ENVIRONMENTS: readonly Environment[] = ["sandbox", "production"];

export function environmentStatus(ctx: LedgerContext, record: EnvironmentRecord): EnvironmentStatus {
  if (record.failed) return "failed";
  if (record.activatesAt === null) return "none";
  return ctx.clock.now() >= record.activatesAt ? "active" : "activating";
}

function stateOf(ctx: LedgerContext, tenant: TenantState, environment: Environment): EnvironmentState {
  const record = tenant.environments[environment];
  return {
    environment,
    keyEnvironment: KEY_OF_ENVIRONMENT[environment],
    status: environmentStatus(ctx, record),
    requestedAt: record.requestedAt === null ? null : iso(record.requestedAt),
    activatedAt: record.activatesAt === null ? null : iso(record.activatesAt),
  };
}

export function listEnvironments(ctx: LedgerContext, tenantId: string): EnvironmentList {
  const tenant = requireTenant(ctx, tenantId);
  return { environments: ENVIRONMENTS.map((environment) => stateOf(ctx, tenant, environment)) };
}

export function environmentStatusMap(ctx: LedgerContext, tenantId: string): EnvironmentStatusMap {
  const tenant = requireTenant(ctx, tenantId);
  return {
    sandbox: { status: environmentStatus(ctx, tenant.environments.sandbox) },
    production: { status: environmentStatus(ctx, tenant.environments.production) },
  };
}

/** Starts activation unless the environment is active or activating. FORBIDDEN: production on Free. */
export function provisionEnvironment(
  ctx: LedgerContext,
  tenantId: string,
  environment: Environment,
): EnvironmentState {
  const tenant = requireTenant(ctx, tenantId);
  if (environment === "production" && !PLANS[tenant.plan].productionAllowed) {
    throw new LedgerError(
      "FORBIDDEN",
      `The ${tenant.plan} plan has no production environment; upgrade first`,
    );
  }
  startActivation(ctx, tenant, environment);
  return stateOf(ctx, tenant, environment);
}

/** Begins activating `environment` (no-op when active or activating). */
export function startActivation(ctx: LedgerContext, tenant: TenantState, environment: Environment): void {
  const record = tenant.environments[environment];
  const status = environmentStatus(ctx, record);
  if (status === "active" || status === "activating") return;
  const now = ctx.clock.now();
  tenant.environments[environment] = {
    requestedAt: now,
    activatesAt: now + ctx.environmentActivationMs,
    failed: false,
  };
}

/** Mock control: makes an activation that is still in progress fail (provisioning retries it). */
export function failActivation(
  ctx: LedgerContext,
  tenantId: string,
  environment: Environment,
): EnvironmentState {
  const tenant = requireTenant(ctx, tenantId);
  if (environmentStatus(ctx, tenant.environments[environment]) !== "activating") {
    throw new LedgerError("CONFLICT", `The ${environment} environment is not activating`);
  }
  tenant.environments[environment] = { ...tenant.environments[environment], activatesAt: null, failed: true };
  return stateOf(ctx, tenant, environment);
}

/** Takes an environment back to `none` (production when a tenant moves to the Free plan). */
export function deactivateEnvironment(tenant: TenantState, environment: Environment): void {
  tenant.environments[environment] = { requestedAt: null, activatesAt: null, failed: false };
}

/** 409 CONFLICT unless `environment` is active (keys of an environment need it running). */
export function assertEnvironmentActive(
  ctx: LedgerContext,
  tenant: TenantState,
  environment: Environment,
): void {
  const status = environmentStatus(ctx, tenant.environments[environment]);
  if (status !== "active") {
    throw new LedgerError(
      "CONFLICT",
      `The ${environment} environment is ${status === "none" ? "not provisioned" : status}; provision it and wait until it is active`,
    );
  }
}
