import type { MfaChallenge } from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { type Hex, keccak256Hex, utf8 } from "../kernel/core.js";
import { LedgerError, validationError } from "../kernel/ledger-error.js";
import type { MfaTicketState, UserState } from "../kernel/state.js";
import { normalizeEmail } from "./approvals.js";
import { type OpenedSession, openSession } from "./session-tokens.js";

/**
 * MFA logins. The mock has no authenticator app: each user with MFA on has one fixed code
 * (set, or generated like the other secrets, by the control API's `POST /__mock/users/mfa`), accepted on
 * every login until it is changed. A password-checked login of such a user gets a ticket
 * instead of a session; the ticket and the code open the session. A ticket lasts
 * `MFA_TICKET_TTL_MS` on the mock clock, works once, and is burnt after
 * `MAX_MFA_ATTEMPTS` wrong codes, so a code cannot be guessed with one ticket.
 */

export const MFA_TICKET_TTL_MS = 5 * 60 * 1000;
export const MAX_MFA_ATTEMPTS = 5;

const MFA_CODE = /^[0-9]{6}$/;

export function mfaTicketHash(ticket: string): Hex {
  return keccak256Hex(utf8(`pacspace:mfa-ticket:v1:${ticket}`));
}

export function startMfaChallenge(ctx: LedgerContext, user: UserState): MfaChallenge {
  const mfaTicket = ctx.ids.token("mft_");
  const ticket: MfaTicketState = {
    ticketHash: mfaTicketHash(mfaTicket),
    userId: user.userId,
    expiresAt: ctx.clock.now() + MFA_TICKET_TTL_MS,
    usedAt: null,
    failedAttempts: 0,
  };
  ctx.accounts.mfaTickets.set(ticket.ticketHash, ticket);
  return { requiresMfa: true, mfaTicket };
}

/** Completes an MFA login. Errors: INVALID_MFA_TICKET (unknown, used, expired, burnt), INVALID_MFA_CODE. */
export function verifyMfaLogin(
  ctx: LedgerContext,
  input: { mfaTicket: string; code: string },
): OpenedSession {
  const ticket = ctx.accounts.mfaTickets.get(mfaTicketHash(input.mfaTicket));
  const user = ticket ? ctx.accounts.users.get(ticket.userId) : undefined;
  if (
    !ticket ||
    !user ||
    ticket.usedAt !== null ||
    ticket.failedAttempts >= MAX_MFA_ATTEMPTS ||
    ctx.clock.now() >= ticket.expiresAt ||
    user.mfaCode === null
  ) {
    throw new LedgerError(
      "INVALID_MFA_TICKET",
      "The MFA ticket is unknown, used or expired; log in again to get a new one",
    );
  }
  if (input.code.trim() !== user.mfaCode) {
    ticket.failedAttempts += 1;
    throw new LedgerError("INVALID_MFA_CODE", "The MFA code is incorrect");
  }
  ticket.usedAt = ctx.clock.now();
  return openSession(ctx, user);
}

export interface MfaSetting {
  email: string;
  mfaEnabled: boolean;
  /** The code the user's logins must give, or null when MFA is off. */
  code: string | null;
}

/**
 * Mock control: turns MFA on (with `code`, else a generated 6-digit code) or off
 * for the user with `email`. Errors: VALIDATION_ERROR, NOT_FOUND (no such user).
 */
export function setUserMfa(
  ctx: LedgerContext,
  input: { email: string; enabled?: boolean; code?: string },
): MfaSetting {
  const enabled = input.enabled ?? true;
  if (input.code !== undefined && !MFA_CODE.test(input.code)) {
    throw validationError([{ path: "/code", message: "must be 6 digits" }]);
  }
  if (!enabled && input.code !== undefined) {
    throw validationError([{ path: "/code", message: "cannot be set while turning MFA off" }]);
  }
  const user = ctx.accounts.usersByEmail.get(normalizeEmail(input.email));
  if (!user) throw new LedgerError("NOT_FOUND", "No dashboard user has this email");
  user.mfaCode = enabled ? (input.code ?? ctx.ids.mfaCode()) : null;
  return { email: user.email, mfaEnabled: enabled, code: user.mfaCode };
}
