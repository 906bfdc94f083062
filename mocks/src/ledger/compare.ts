import type { CompareResult, Divergence } from "./api-types.js";
import type { LedgerContext } from "./context.js";
import { Decimal } from "./core.js";
import { customerIdIssue, isPlainObject } from "./delta-input.js";
import { breakdown, type Derivation, GRANULARITIES, resolveDerivation } from "./derive.js";
import { validationError } from "./ledger-error.js";
import { ParamReader } from "./query.js";
import { readScopeInput } from "./scope.js";
import type { EnvLedger } from "./state.js";

/**
 * Compare: the neutral balance is derived exactly as derive does; each claim
 * is compared with exact decimal equality; differences are `claim − neutral`.
 *
 * Divergence: over the running balances of the verified deltas in scope — including the
 * empty prefix, whose running balance is `startingBalance` — the LAST prefix equal to the
 * claim. The empty prefix reports `lastMatchingSequenceNumber: null` (the claim matches
 * the starting point and none of the deltas). No matching prefix → `null`. The scan walks
 * back from the end of the scope and stops at the first match, so a claim that is only a
 * few deltas behind is found after a few steps.
 */

export function compareBalances(ctx: LedgerContext, ledger: EnvLedger, body: unknown): CompareResult {
  if (!isPlainObject(body)) throw validationError([{ path: "/", message: "must be a JSON object" }]);
  const reader = new ParamReader();
  reader.add(customerIdIssue(body.customerId, "/customerId"));
  const yourBalance = exactNumber(reader, "/yourBalance", body.yourBalance, true);
  const theirBalance = exactNumber(reader, "/theirBalance", body.theirBalance, true);
  const startingBalance = exactNumber(reader, "/startingBalance", body.startingBalance, false);
  const granularity = reader.oneOf("/granularity", body.granularity as string | undefined, GRANULARITIES);
  const scopeInput = readScopeInput(body, reader);
  // readScopeInput names body fields without the leading "/": align them with JSON Pointers.
  for (const issue of reader.issues) if (!issue.path.startsWith("/")) issue.path = `/${issue.path}`;
  reader.throwIfAny();

  const customerId = body.customerId as string;
  const derivation = resolveDerivation(ctx, ledger, customerId, scopeInput, "body");
  const neutral = startingBalance.plus(derivation.sum);
  const matchesYours = yourBalance.equals(neutral);
  const matchesTheirs = theirBalance.equals(neutral);
  const result: CompareResult = {
    customerId,
    neutralBalance: neutral.toNumber(),
    yourBalance: yourBalance.toNumber(),
    theirBalance: theirBalance.toNumber(),
    matchesYours,
    matchesTheirs,
    yourDifference: yourBalance.minus(neutral).toNumber(),
    theirDifference: theirBalance.minus(neutral).toNumber(),
    outcome:
      matchesYours && matchesTheirs
        ? "both_match"
        : matchesYours
          ? "yours_matches"
          : matchesTheirs
            ? "theirs_matches"
            : "neither_matches",
    deltasCount: derivation.to - derivation.from,
    scope: derivation.scope,
    divergence: {
      yours: divergence(derivation, startingBalance, yourBalance),
      theirs: divergence(derivation, startingBalance, theirBalance),
    },
  };
  if (granularity) result.breakdown = breakdown(derivation, startingBalance, granularity);
  return result;
}

/** Claims arrive as JSON numbers; strings are refused so a typo cannot pass as a number. */
function exactNumber(reader: ParamReader, path: string, value: unknown, required: boolean): Decimal {
  if (value === undefined || value === null) {
    if (required) reader.add({ path, message: "is required" });
    return Decimal.ZERO;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    reader.add({ path, message: "must be a finite JSON number" });
    return Decimal.ZERO;
  }
  return Decimal.from(value);
}

/** The last prefix (by position, empty prefix included) whose running balance equals `claim`. */
export function divergence(
  derivation: Derivation,
  startingBalance: Decimal,
  claim: Decimal,
): Divergence | null {
  const { index, from, to } = derivation;
  // running(k) = startingBalance + prefix[k] − prefix[from]; find the largest k with running(k) = claim
  const target = claim.minus(startingBalance).plus(index.prefixSum(from));
  const k = index.lastPrefixEqualTo(target, from, to);
  if (k < 0) return null;
  const last = k > from ? index.at(k - 1) : undefined;
  return {
    lastMatchingSequenceNumber: last?.sequenceNumber ?? null,
    lastMatchingRecordId: last?.recordId ?? null,
    unmatchedDeltasCount: to - k,
    unmatchedAmount: index.sum(k, to).toNumber(),
  };
}
