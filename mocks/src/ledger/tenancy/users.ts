import type { DashboardUser, Registration } from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { LedgerError } from "../kernel/ledger-error.js";
import { iso } from "../kernel/scope.js";
import type { Environment, UserState } from "../kernel/state.js";
import { normalizeEmail, requireApproval } from "./approvals.js";
import { startActivation } from "./environments.js";
import { hashPassword } from "./passwords.js";
import { createTenant, requireTenant, tenantInfo } from "./tenants.js";

/**
 * Dashboard users. Registration needs an approval token (approvals.ts) and creates the
 * owner and a new tenant on the Free plan whose sandbox starts activating. Nothing is
 * written until every check has passed, so a refused registration leaves no trace.
 */

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  organization?: string;
  buyerMode?: string;
  approvalToken?: string;
}

export function userView(user: UserState): DashboardUser {
  return {
    id: user.userId,
    email: user.email,
    name: user.name,
    organization: user.organization,
    role: user.role,
    tenantId: user.tenantId,
    preferredEnvironment: user.preferredEnvironment,
    createdAt: iso(user.createdAt),
  };
}

export function requireUser(ctx: LedgerContext, userId: string): UserState {
  const user = ctx.accounts.users.get(userId);
  if (!user) throw new LedgerError("UNAUTHENTICATED", "Log in to use the dashboard API");
  return user;
}

export function register(ctx: LedgerContext, input: RegisterInput): Registration {
  const email = normalizeEmail(input.email);
  const approval = requireApproval(ctx, input.approvalToken, email);
  if (ctx.accounts.usersByEmail.has(email)) {
    throw new LedgerError("CONFLICT", "An account with this email already exists; log in instead");
  }
  const userId = ctx.ids.userId();
  const salt = ctx.ids.token("salt_");
  const passwordHash = hashPassword(input.password, salt, ctx.passwordHashing);

  const tenantInfoCreated = createTenant(ctx, { name: input.organization ?? input.name, plan: "free" });
  const tenant = requireTenant(ctx, tenantInfoCreated.tenantId);
  // A new account's sandbox starts activating at once (RULES: dashboard environments).
  tenant.environments.sandbox = { requestedAt: null, activatesAt: null, failed: false };
  startActivation(ctx, tenant, "sandbox");

  const now = ctx.clock.now();
  const user: UserState = {
    userId,
    email,
    name: input.name,
    organization: input.organization ?? null,
    role: "owner",
    tenantId: tenant.tenantId,
    passwordHash,
    preferredEnvironment: "sandbox",
    createdAt: now,
    mfaCode: null,
  };
  ctx.accounts.users.set(userId, user);
  ctx.accounts.usersByEmail.set(email, user);
  approval.usedAt = now;
  return { user: userView(user), tenant: tenantInfo(tenant) };
}

export function updatePreferences(
  ctx: LedgerContext,
  userId: string,
  changes: { preferredEnvironment: Environment },
): DashboardUser {
  const user = requireUser(ctx, userId);
  user.preferredEnvironment = changes.preferredEnvironment;
  return userView(user);
}
