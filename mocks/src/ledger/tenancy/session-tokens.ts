import type { LoginResult } from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { type Hex, keccak256Hex, utf8 } from "../kernel/core.js";
import { iso } from "../kernel/scope.js";
import type { SessionState, UserState } from "../kernel/state.js";
import { userView } from "./users.js";

/** Opening a dashboard session: shared by password login and MFA completion. */

/** A session as login opens it: the mock always answers the (extension) `token` and `expiresAt`. */
export type OpenedSession = LoginResult & { token: string; expiresAt: string };

export function sessionTokenHash(token: string): Hex {
  return keccak256Hex(utf8(`pacspace:session:v1:${token}`));
}

/** A new session of `sessionTtlMs` for a user whose credentials were checked. */
export function openSession(ctx: LedgerContext, user: UserState): OpenedSession {
  const token = ctx.ids.token("pss_");
  const now = ctx.clock.now();
  const session: SessionState = {
    tokenHash: sessionTokenHash(token),
    userId: user.userId,
    tenantId: user.tenantId,
    createdAt: now,
    expiresAt: now + ctx.sessionTtlMs,
    endedAt: null,
  };
  ctx.accounts.sessions.set(session.tokenHash, session);
  return { user: userView(user), token, expiresAt: iso(session.expiresAt) };
}
