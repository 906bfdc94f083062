import type { Account, MfaChallenge } from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { LedgerError } from "../kernel/ledger-error.js";
import { iso } from "../kernel/scope.js";
import type { PasswordHash, SessionState } from "../kernel/state.js";
import { normalizeEmail } from "./approvals.js";
import { startMfaChallenge } from "./mfa.js";
import { hashPassword, verifyPassword } from "./passwords.js";
import { type OpenedSession, openSession, sessionTokenHash } from "./session-tokens.js";
import { requireTenant, tenantInfo } from "./tenants.js";
import { requireUser, userView } from "./users.js";

/**
 * Dashboard sessions. Login checks the password against its scrypt hash and opens a session
 * of `sessionTtlMs` (12 h) on the mock clock; the same opaque token serves as the cookie and
 * as the Bearer token, and only its hash is kept. Logout ends it; an ended, expired or
 * unknown token gives one and the same 401 `UNAUTHENTICATED`.
 */

/** Who a valid session belongs to. */
export interface ResolvedSession {
  userId: string;
  tenantId: string;
  expiresAt: number;
}

const UNAUTHENTICATED = "Log in to use the dashboard API: the session is missing, expired or ended";

/** A hash of nothing anyone knows, so an unknown email costs as much as a wrong password. */
function decoyHash(ctx: LedgerContext): PasswordHash {
  ctx.accounts.decoyPasswordHash ??= hashPassword(
    "pacspace-decoy-password",
    "pacspace-decoy-salt",
    ctx.passwordHashing,
  );
  return ctx.accounts.decoyPasswordHash;
}

/**
 * Checks the password. A user with MFA enabled gets an MFA challenge instead of a session
 * (mfa.ts completes it); everyone else gets the session.
 */
export function login(
  ctx: LedgerContext,
  input: { email: string; password: string },
): OpenedSession | MfaChallenge {
  const user = ctx.accounts.usersByEmail.get(normalizeEmail(input.email));
  // Always run the KDF: the answer and its timing do not tell whether the email exists.
  const matches = verifyPassword(input.password, user?.passwordHash ?? decoyHash(ctx));
  if (!user || !matches) throw new LedgerError("UNAUTHENTICATED", "The email or password is incorrect");
  if (user.mfaCode !== null) return startMfaChallenge(ctx, user);
  return openSession(ctx, user);
}

function liveSession(ctx: LedgerContext, token: string | null | undefined): SessionState {
  const session = token ? ctx.accounts.sessions.get(sessionTokenHash(token)) : undefined;
  if (!session || session.endedAt !== null || ctx.clock.now() >= session.expiresAt) {
    throw new LedgerError("UNAUTHENTICATED", UNAUTHENTICATED);
  }
  return session;
}

export function resolveSession(ctx: LedgerContext, token: string | null | undefined): ResolvedSession {
  const session = liveSession(ctx, token);
  return { userId: session.userId, tenantId: session.tenantId, expiresAt: session.expiresAt };
}

export function logout(ctx: LedgerContext, token: string | null | undefined): void {
  liveSession(ctx, token).endedAt = ctx.clock.now();
}

export function account(ctx: LedgerContext, session: ResolvedSession): Account {
  return {
    user: userView(requireUser(ctx, session.userId)),
    tenant: tenantInfo(requireTenant(ctx, session.tenantId)),
    sessionExpiresAt: iso(session.expiresAt),
  };
}
