import type { Usage } from "./api-types.js";
import { type LedgerContext, tenantOf } from "./context.js";
import { LedgerError } from "./ledger-error.js";
import { periodOf } from "./scope.js";
import type { EnvLedger, Plan, TenantState } from "./state.js";

/**
 * Plans and billing counts. A delta counts when it is
 * verified. Free: 100 lifetime verified deltas, a hard cap, sandbox only. Paid plans have a
 * monthly allotment, never block, and bill the excess as overage.
 */
export interface PlanTerms {
  tier: Plan;
  /** Deltas included: lifetime on Free, per calendar month otherwise. */
  includedDeltas: number;
  lifetimeCap: boolean;
  productionAllowed: boolean;
  planPriceUsd: number;
  overagePriceUsd: number;
}

export const PLANS: Readonly<Record<Plan, PlanTerms>> = Object.freeze({
  free: {
    tier: "free",
    includedDeltas: 100,
    lifetimeCap: true,
    productionAllowed: false,
    planPriceUsd: 0,
    overagePriceUsd: 0,
  },
  pilot: {
    tier: "pilot",
    includedDeltas: 10_000,
    lifetimeCap: false,
    productionAllowed: true,
    planPriceUsd: 1_000,
    overagePriceUsd: 0.02,
  },
  starter: {
    tier: "starter",
    includedDeltas: 100_000,
    lifetimeCap: false,
    productionAllowed: true,
    planPriceUsd: 3_000,
    overagePriceUsd: 0.012,
  },
  growth: {
    tier: "growth",
    includedDeltas: 500_000,
    lifetimeCap: false,
    productionAllowed: true,
    planPriceUsd: 8_000,
    overagePriceUsd: 0.01,
  },
  scale: {
    tier: "scale",
    includedDeltas: 2_000_000,
    lifetimeCap: false,
    productionAllowed: true,
    planPriceUsd: 15_000,
    overagePriceUsd: 0.008,
  },
  // "Custom" contract: the mock assumes these terms unless the tenant overrides includedDeltas.
  enterprise: {
    tier: "enterprise",
    includedDeltas: 10_000_000,
    lifetimeCap: false,
    productionAllowed: true,
    planPriceUsd: 0,
    overagePriceUsd: 0,
  },
});

export const PLAN_NAMES = Object.keys(PLANS) as Plan[];

export function isPlan(value: unknown): value is Plan {
  return typeof value === "string" && Object.hasOwn(PLANS, value);
}

export function includedDeltasOf(tenant: TenantState): number {
  return tenant.includedDeltas ?? PLANS[tenant.plan].includedDeltas;
}

/** Verified deltas counted against the plan in `period` (lifetime on Free). */
export function consumedDeltas(tenant: TenantState, period: string): number {
  return PLANS[tenant.plan].lifetimeCap
    ? tenant.usage.verifiedLifetime
    : (tenant.usage.verifiedByPeriod.get(period) ?? 0);
}

/**
 * Throws 402 `PLAN_LIMIT_REACHED` when accepting `count` more deltas could take a capped
 * plan past its allotment. In-flight deltas count too, so the cap can never be overshot.
 */
export function assertWithinPlan(tenant: TenantState, count: number): void {
  const terms = PLANS[tenant.plan];
  if (!terms.lifetimeCap || count === 0) return;
  const included = includedDeltasOf(tenant);
  const committed = tenant.usage.verifiedLifetime + tenant.usage.inFlight;
  if (committed + count > included) {
    const left = Math.max(0, included - committed);
    throw new LedgerError(
      "PLAN_LIMIT_REACHED",
      `The ${terms.tier} plan includes ${included} verified deltas in total; ${left} left, ${count} requested. Upgrade to keep writing.`,
    );
  }
}

export function getUsage(ctx: LedgerContext, ledger: EnvLedger): Usage {
  const tenant = tenantOf(ctx, ledger);
  const period = periodOf(ctx.clock.now());
  const included = includedDeltasOf(tenant);
  const consumed = consumedDeltas(tenant, period);
  const terms = PLANS[tenant.plan];
  const remaining = Math.max(0, included - consumed);
  return {
    period,
    plan: tenant.plan,
    includedDeltas: included,
    consumedDeltas: consumed,
    remainingDeltas: remaining,
    // The same figure under the name the official SDKs read.
    remaining,
    allowed: !terms.lifetimeCap || tenant.usage.verifiedLifetime + tenant.usage.inFlight < included,
  };
}

/** Tenant-level billing figures for a period (for the dashboard's billing endpoints). */
export function billingUsage(
  tenant: TenantState,
  period: string,
): {
  period: string;
  consumedDeltas: number;
  includedDeltas: number;
  remainingDeltas: number;
  overageCount: number;
  overageChargesUsd: number;
} {
  const terms = PLANS[tenant.plan];
  const included = includedDeltasOf(tenant);
  const consumed = consumedDeltas(tenant, period);
  const overageCount = terms.lifetimeCap ? 0 : Math.max(0, consumed - included);
  return {
    period,
    consumedDeltas: consumed,
    includedDeltas: included,
    remainingDeltas: Math.max(0, included - consumed),
    overageCount,
    // cents are exact for these prices: round away binary noise
    overageChargesUsd: Math.round(overageCount * terms.overagePriceUsd * 1000) / 1000,
  };
}
