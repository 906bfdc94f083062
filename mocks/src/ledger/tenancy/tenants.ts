import type { Tenant } from "../kernel/api-types.js";
import { createEnvLedger, type LedgerContext } from "../kernel/context.js";
import { LedgerError, validationError } from "../kernel/ledger-error.js";
import { iso } from "../kernel/scope.js";
import type { EnvironmentRecord, Plan, TenantState } from "../kernel/state.js";
import { isPlan, PLAN_NAMES, PLANS } from "../kernel/usage-and-plans.js";

/**
 * Tenants: each has a plan, API keys and two isolated ledgers, `sandbox`
 * (reached with `pk_test_` keys) and `production` (`pk_live_`, paid plans only). A tenant
 * created here starts with its sandbox active, and its production active on a paid plan;
 * registration through the dashboard starts from the sandbox activating instead.
 */

export interface CreateTenantInput {
  /** Defaults to a generated `ten_…` id. */
  tenantId?: string;
  name?: string;
  /** Defaults to `free`. */
  plan?: Plan;
  /** Override of the plan's included deltas (e.g. an enterprise contract). */
  includedDeltas?: number | null;
  /** Require `X-PacSpace-Request-Signature` on compare. Defaults to false. */
  requireSignedCompare?: boolean;
}

/** The spec's `Tenant`. */
export type TenantInfo = Tenant;

export function tenantInfo(tenant: TenantState): TenantInfo {
  return {
    tenantId: tenant.tenantId,
    name: tenant.name,
    plan: tenant.plan,
    includedDeltas: tenant.includedDeltas,
    requireSignedCompare: tenant.requireSignedCompare,
    createdAt: iso(tenant.createdAt),
  };
}

export function createTenant(ctx: LedgerContext, input: CreateTenantInput = {}): TenantInfo {
  const plan = input.plan ?? "free";
  if (!isPlan(plan))
    throw validationError([{ path: "plan", message: `must be one of ${PLAN_NAMES.join(", ")}` }]);
  const tenantId = input.tenantId ?? ctx.ids.tenantId();
  if (ctx.tenants.has(tenantId)) throw new LedgerError("CONFLICT", `Tenant ${tenantId} already exists`);
  const now = ctx.clock.now();
  const active: EnvironmentRecord = { requestedAt: now, activatesAt: now, failed: false };
  const none: EnvironmentRecord = { requestedAt: null, activatesAt: null, failed: false };
  const tenant: TenantState = {
    tenantId,
    name: input.name ?? tenantId,
    plan,
    includedDeltas: input.includedDeltas ?? null,
    createdAt: now,
    requireSignedCompare: input.requireSignedCompare ?? false,
    keys: new Map(),
    ledgers: {
      sandbox: createEnvLedger(tenantId, "sandbox"),
      production: createEnvLedger(tenantId, "production"),
    },
    environments: {
      sandbox: { ...active },
      production: PLANS[plan].productionAllowed ? { ...active } : none,
    },
    usage: { verifiedLifetime: 0, verifiedByPeriod: new Map(), inFlight: 0 },
  };
  ctx.tenants.set(tenantId, tenant);
  return tenantInfo(tenant);
}

export function requireTenant(ctx: LedgerContext, tenantId: string): TenantState {
  const tenant = ctx.tenants.get(tenantId);
  if (!tenant) throw new LedgerError("NOT_FOUND", "Tenant not found");
  return tenant;
}

export function updateTenant(
  ctx: LedgerContext,
  tenantId: string,
  changes: { plan?: Plan; name?: string; includedDeltas?: number | null; requireSignedCompare?: boolean },
): TenantInfo {
  const tenant = requireTenant(ctx, tenantId);
  if (changes.plan !== undefined && !isPlan(changes.plan)) {
    throw validationError([{ path: "plan", message: `must be one of ${PLAN_NAMES.join(", ")}` }]);
  }
  if (changes.plan !== undefined) tenant.plan = changes.plan;
  if (changes.name !== undefined) tenant.name = changes.name;
  if (changes.includedDeltas !== undefined) tenant.includedDeltas = changes.includedDeltas;
  if (changes.requireSignedCompare !== undefined) tenant.requireSignedCompare = changes.requireSignedCompare;
  return tenantInfo(tenant);
}
