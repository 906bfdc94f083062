import type { AccessRequestReceipt } from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { type Hex, keccak256Hex, utf8 } from "../kernel/core.js";
import { LedgerError, validationError } from "../kernel/ledger-error.js";
import { iso } from "../kernel/scope.js";
import type { ApprovalState } from "../kernel/state.js";

/**
 * Onboarding by approval: anyone may ask for access (`requestAccess`); an operator (here the
 * mock control API) approves by issuing a single-use approval token bound to an email; only
 * `register` with that token opens an account. Tokens are kept as hashes only.
 */

export interface AccessRequestInput {
  name: string;
  email: string;
  organization?: string;
  buyerMode?: string;
  useCase?: string;
}

export interface IssuedApprovalToken {
  /** Shown once: only its hash is kept. */
  approvalToken: string;
  email: string;
  expiresAt: string;
}

/** Emails compare case-insensitively and without surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function approvalTokenHash(token: string): Hex {
  return keccak256Hex(utf8(`pacspace:approval-token:v1:${token}`));
}

/**
 * Records (or refreshes) the request of an email. The answer never depends on what is
 * already known about the email, so it cannot be used to probe for accounts.
 */
export function requestAccess(ctx: LedgerContext, input: AccessRequestInput): AccessRequestReceipt {
  const email = normalizeEmail(input.email);
  ctx.accounts.accessRequests.set(email, {
    email,
    name: input.name,
    organization: input.organization ?? null,
    buyerMode: input.buyerMode ?? null,
    useCase: input.useCase ?? null,
    receivedAt: ctx.clock.now(),
  });
  return { status: "received" };
}

/** Approves an email: a fresh single-use token, valid for `approvalTtlMs`. */
export function issueApprovalToken(ctx: LedgerContext, input: { email: string }): IssuedApprovalToken {
  if (typeof input?.email !== "string" || !EMAIL.test(input.email.trim())) {
    throw validationError([{ path: "/email", message: "must be an email address" }]);
  }
  const email = normalizeEmail(input.email);
  const approvalToken = ctx.ids.token("apr_");
  const now = ctx.clock.now();
  const approval: ApprovalState = {
    tokenHash: approvalTokenHash(approvalToken),
    email,
    issuedAt: now,
    expiresAt: now + ctx.approvalTtlMs,
    usedAt: null,
  };
  ctx.accounts.approvals.set(approval.tokenHash, approval);
  return { approvalToken, email, expiresAt: iso(approval.expiresAt) };
}

/**
 * The approval a registration may use: issued for `email`, unused and unexpired. Every
 * failure gives the same 403, so the answer does not tell which check failed.
 */
export function requireApproval(ctx: LedgerContext, token: string | undefined, email: string): ApprovalState {
  const approval = token === undefined ? undefined : ctx.accounts.approvals.get(approvalTokenHash(token));
  if (
    !approval ||
    approval.usedAt !== null ||
    ctx.clock.now() >= approval.expiresAt ||
    approval.email !== normalizeEmail(email)
  ) {
    throw new LedgerError(
      "REGISTRATION_REQUIRES_APPROVAL",
      "Registration needs a valid approval token issued for this email; request access first",
    );
  }
  return approval;
}
