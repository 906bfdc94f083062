import type { BillingPlan, BillingUsage } from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { keccak256Hex, utf8 } from "../kernel/core.js";
import { validationError } from "../kernel/ledger-error.js";
import { iso, periodOf } from "../kernel/scope.js";
import type { Plan } from "../kernel/state.js";
import { billingUsage, includedDeltasOf, PLANS } from "../kernel/usage-and-plans.js";
import { deactivateEnvironment } from "./environments.js";
import { requireTenant, updateTenant } from "./tenants.js";

/**
 * The dashboard's billing view: the plan's terms, usage per calendar month
 * computed from verified deltas (usage-and-plans.ts), and plan changes. The mock has no
 * payment provider: a change applies at once, nothing is ever scheduled to cancel, and a
 * paid plan's `stripeSubscriptionId` is a stable stand-in derived from the tenant.
 */

/** A `sub_…` id per tenant (the same on every run); null on `free`, which no subscription backs. */
function subscriptionIdOf(tenantId: string, plan: Plan): string | null {
  if (plan === "free") return null;
  return `sub_${keccak256Hex(utf8(`pacspace:subscription:${tenantId}`)).slice(2, 26)}`;
}

/** The first instant of the calendar month after `ms` (UTC). */
function periodEnd(ms: number): number {
  const date = new Date(ms);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

export function billingPlan(ctx: LedgerContext, tenantId: string): BillingPlan {
  const tenant = requireTenant(ctx, tenantId);
  const terms = PLANS[tenant.plan];
  const end = iso(periodEnd(ctx.clock.now()));
  return {
    tier: tenant.plan,
    monthlyAllotment: includedDeltasOf(tenant),
    planPriceUsd: terms.planPriceUsd,
    overagePriceUsd: terms.overagePriceUsd,
    stripeSubscriptionId: subscriptionIdOf(tenantId, tenant.plan),
    cancelAtPeriodEnd: false,
    stripeCurrentPeriodEnd: end,
    currentPeriodEnd: end,
  };
}

/** Usage of `period` (default: the current month). VALIDATION_ERROR for a month in the future. */
export function billingUsageOf(ctx: LedgerContext, tenantId: string, period?: string): BillingUsage {
  const tenant = requireTenant(ctx, tenantId);
  const current = periodOf(ctx.clock.now());
  if (period !== undefined && period > current) {
    throw validationError([{ path: "period", message: "must not be in the future" }]);
  }
  return billingUsage(tenant, period ?? current);
}

/** Switches tier now. Moving to a plan without production takes production back to `none`. */
export function changePlan(ctx: LedgerContext, tenantId: string, tier: Plan): BillingPlan {
  const tenant = requireTenant(ctx, tenantId);
  updateTenant(ctx, tenantId, { plan: tier });
  if (!PLANS[tier].productionAllowed) deactivateEnvironment(tenant, "production");
  return billingPlan(ctx, tenantId);
}
