import type { CompareResult, Divergence } from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { Decimal } from "../kernel/core.js";
import { validationError } from "../kernel/ledger-error.js";
import { ParamReader } from "../kernel/query.js";
import { readScopeInput } from "../kernel/scope.js";
import type { DeltaState, EnvLedger } from "../kernel/state.js";
import { customerIdIssue, isPlainObject } from "./delta-input.js";
import { breakdown, type Derivation, GRANULARITIES, resolveDerivation, scopeSize } from "./derive.js";
import { exactNumber, topLevelNumberTokens } from "./exact-number.js";

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

/**
 * `rawBody`, the JSON text `body` was parsed from, gives the claims' digits as sent: a
 * claim such as `1000000000.000000001`, which no double holds, is compared exactly.
 */
export function compareBalances(
  ctx: LedgerContext,
  ledger: EnvLedger,
  body: unknown,
  rawBody?: string,
): CompareResult {
  if (!isPlainObject(body)) throw validationError([{ path: "/", message: "must be a JSON object" }]);
  const reader = new ParamReader();
  reader.add(customerIdIssue(body.customerId, "/customerId"));
  const written = rawBody === undefined ? new Map<string, string>() : topLevelNumberTokens(rawBody);
  const claim = (field: string, required: boolean) =>
    claimedNumber(reader, field, body[field], written.get(field), required);
  const yourBalance = claim("yourBalance", true);
  const theirBalance = claim("theirBalance", true);
  const startingBalance = claim("startingBalance", false);
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
    neutralBalance: exactNumber(neutral),
    yourBalance: exactNumber(yourBalance),
    theirBalance: exactNumber(theirBalance),
    matchesYours,
    matchesTheirs,
    yourDifference: exactNumber(yourBalance.minus(neutral)),
    theirDifference: exactNumber(theirBalance.minus(neutral)),
    outcome:
      matchesYours && matchesTheirs
        ? "both_match"
        : matchesYours
          ? "yours_matches"
          : matchesTheirs
            ? "theirs_matches"
            : "neither_matches",
    deltasCount: scopeSize(derivation),
    scope: derivation.scope,
    divergence: {
      yours: divergence(derivation, startingBalance, yourBalance),
      theirs: divergence(derivation, startingBalance, theirBalance),
    },
  };
  if (granularity) result.breakdown = breakdown(derivation, startingBalance, granularity);
  return result;
}

/**
 * Claims arrive as JSON numbers; strings are refused so a typo cannot pass as a number.
 * `digits` is the number as written, used when it is the same number as `value`'s.
 */
function claimedNumber(
  reader: ParamReader,
  field: string,
  value: unknown,
  digits: string | undefined,
  required: boolean,
): Decimal {
  const path = `/${field}`;
  if (value === undefined || value === null) {
    if (required) reader.add({ path, message: "is required" });
    return Decimal.ZERO;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    reader.add({ path, message: "must be a finite JSON number" });
    return Decimal.ZERO;
  }
  if (digits !== undefined) {
    try {
      const written = Decimal.from(digits);
      if (written.toNumber() === value) return written;
    } catch {
      // digits beyond Decimal's exponent range: the parsed double stands
    }
  }
  return Decimal.from(value);
}

/** The last prefix (by position, empty prefix included) whose running balance equals `claim`. */
export function divergence(
  derivation: Derivation,
  startingBalance: Decimal,
  claim: Decimal,
): Divergence | null {
  const { index, late, from, to } = derivation;
  // running(k) = startingBalance + Σlate + prefix[k] − prefix[from]; find the largest k with running(k) = claim
  const lateSum = Decimal.sum(late.map((delta) => delta.amount));
  const target = claim.minus(startingBalance).minus(lateSum).plus(index.prefixSum(from));
  const k = index.lastPrefixEqualTo(target, from, to);
  if (k >= 0) {
    const last = k > from ? index.at(k - 1) : late[late.length - 1];
    return {
      lastMatchingSequenceNumber: last?.sequenceNumber ?? null,
      lastMatchingRecordId: last?.recordId ?? null,
      unmatchedDeltasCount: to - k,
      unmatchedAmount: exactNumber(index.sum(k, to)),
    };
  }
  // checkpoint mode: a prefix that ends among the late deltas (verified after the checkpoint)
  let running = startingBalance.plus(lateSum);
  for (let j = late.length - 1; j >= 0; j--) {
    running = running.minus((late[j] as DeltaState).amount);
    if (!running.equals(claim)) continue;
    const last = late[j - 1];
    return {
      lastMatchingSequenceNumber: last?.sequenceNumber ?? null,
      lastMatchingRecordId: last?.recordId ?? null,
      unmatchedDeltasCount: late.length - j + to - from,
      unmatchedAmount: exactNumber(
        Decimal.sum(late.slice(j).map((delta) => delta.amount)).plus(index.sum(from, to)),
      ),
    };
  }
  return null;
}
