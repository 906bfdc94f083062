import type { StatePart } from "../state-parts.js";
import type { DeltaError } from "./kernel/api-types.js";
import type { LedgerContext } from "./kernel/context.js";
import { type FailSelector, failSelectorMatcher, selectorOf } from "./kernel/fail-rules.js";
import type { SavedIdempotency } from "./kernel/idempotency.js";

/**
 * The ledger's state as a snapshot saves it: every tenant (keys, both ledgers with their
 * deltas, checkpoints, receipts, anchors, usage), the indexes over them, idempotency
 * records, rate-limit buckets, seen request signatures, dashboard accounts and the fail
 * rules set through the mock. Configuration (limits, verification mode, TTLs) and wiring
 * (clock, ids, event listeners) are the loading ledger's own.
 */
export interface SavedLedger {
  tenants: LedgerContext["tenants"];
  keysByPublicId: LedgerContext["keysByPublicId"];
  roots: LedgerContext["roots"];
  receiptsById: LedgerContext["receiptsById"];
  failRules: Array<{ selector: FailSelector; error: DeltaError }>;
  idempotency: SavedIdempotency;
  rateLimiter: LedgerContext["rateLimiter"];
  signatures: LedgerContext["signatures"];
  accounts: LedgerContext["accounts"];
}

export function ledgerStatePart(ctx: LedgerContext): StatePart<SavedLedger> {
  return {
    save: () => ({
      tenants: ctx.tenants,
      keysByPublicId: ctx.keysByPublicId,
      roots: ctx.roots,
      receiptsById: ctx.receiptsById,
      failRules: ctx.failRules.map((rule) => {
        const selector = selectorOf(rule.matches);
        if (!selector) throw new Error("a fail rule set with a custom predicate cannot be saved");
        return { selector, error: rule.error };
      }),
      idempotency: ctx.idempotency.saveState(),
      rateLimiter: ctx.rateLimiter,
      signatures: ctx.signatures,
      accounts: ctx.accounts,
    }),
    load(saved) {
      replaceMap(ctx.tenants, saved.tenants);
      replaceMap(ctx.keysByPublicId, saved.keysByPublicId);
      replaceMap(ctx.roots, saved.roots);
      replaceMap(ctx.receiptsById, saved.receiptsById);
      ctx.failRules.length = 0;
      for (const rule of saved.failRules) {
        ctx.failRules.push({ matches: failSelectorMatcher(rule.selector), error: rule.error });
      }
      // the stores keep their identity (others hold them); their fields come from the snapshot
      ctx.idempotency.loadState(saved.idempotency);
      Object.assign(ctx.rateLimiter, saved.rateLimiter);
      Object.assign(ctx.signatures, saved.signatures);
      ctx.accounts = saved.accounts;
    },
  };
}

function replaceMap<K, V>(live: Map<K, V>, saved: Map<K, V>): void {
  live.clear();
  for (const [key, value] of saved) live.set(key, value);
}
