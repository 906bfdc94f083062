import type { VerifyProofResult, VerifySource } from "../kernel/api-types.js";
import { type LedgerContext, type RootEntry, verificationApiUrl, verifyUrl } from "../kernel/context.js";
import { Decimal, type Hex, isHash32 } from "../kernel/core.js";
import { LedgerError } from "../kernel/ledger-error.js";
import { ParamReader, type QueryValue } from "../kernel/query.js";
import { iso } from "../kernel/scope.js";
import type { AnchorEntry, DeltaState } from "../kernel/state.js";
import { verifiedRecord } from "../kernel/views.js";

/**
 * Public verification (no key): a checkpoint, receipt or submission root, looked up across
 * every tenant — holding the 256-bit root is the permission. The answer never carries
 * customer ids or metadata. When one root is known under several kinds (a one-delta
 * submission, receipt and checkpoint share the delta's content hash), checkpoints win over
 * receipts over submissions, and the first registered wins within a kind.
 *
 * `source` (`db` | `chain` | `both`) is validated and answered from the same store: the
 * mock's database and anchor log are one. A root is matched case-insensitively; a value that
 * is no root at all (a `rcpt_…` receipt id, a short hash) is simply not found.
 */

const SOURCES: readonly VerifySource[] = ["db", "chain", "both"];
const KIND_ORDER: RootEntry["kind"][] = ["checkpoint", "receipt"];

export function verifyProof(
  ctx: LedgerContext,
  proofRoot: unknown,
  query: { source?: QueryValue },
): VerifyProofResult {
  const reader = new ParamReader();
  reader.oneOf("source", query.source, SOURCES);
  reader.throwIfAny();
  // Hex in either case names the same root; anything else (a receipt id, say) names none: 404.
  const normalised = typeof proofRoot === "string" ? proofRoot.toLowerCase() : undefined;
  const entries = isHash32(normalised) ? (ctx.roots.get(normalised) ?? []) : [];
  const entry =
    KIND_ORDER.map((kind) => entries.find((candidate) => candidate.kind === kind)).find(Boolean) ??
    (isHash32(normalised) ? submissionEntry(ctx, normalised) : undefined);
  if (!entry) throw new LedgerError("NOT_FOUND", "No checkpoint, receipt or submission has this root");
  const root = normalised as Hex;

  let records: DeltaState[];
  let startingBalance: Decimal;
  let recordedAt: number;
  let anchor: AnchorEntry | null;
  let verified: boolean;
  if (entry.kind === "checkpoint") {
    const { checkpoint } = entry;
    records = checkpoint.records;
    startingBalance = checkpoint.startingBalance;
    recordedAt = checkpoint.createdAt;
    anchor = checkpoint.anchor;
    verified = checkpoint.status === "VERIFIED";
  } else if (entry.kind === "receipt") {
    const { receipt } = entry;
    records = receipt.records;
    startingBalance = receipt.startingBalance;
    recordedAt = receipt.generatedAt;
    anchor = latestAnchor(records);
    verified = true;
  } else {
    const { submission } = entry;
    records = submission.records;
    // A submission may span customers: it has no opening balance of its own.
    startingBalance = Decimal.ZERO;
    recordedAt = submission.createdAt;
    verified = records.every((record) => record.status === "VERIFIED");
    anchor = verified ? latestAnchor(records) : null;
  }
  const netChange = Decimal.sum(records.map((record) => record.amount));
  const first = records[0];
  const last = records[records.length - 1];
  return {
    verified,
    proofRoot: root,
    kind: entry.kind,
    recordedAt: iso(recordedAt),
    summary: {
      recordCount: records.length,
      netChange: netChange.toNumber(),
      startingBalance: startingBalance.toNumber(),
      endingBalance: startingBalance.plus(netChange).toNumber(),
      firstRecordAt: first ? iso(first.createdAt) : null,
      lastRecordAt: last ? iso(last.createdAt) : null,
    },
    records: records.map(verifiedRecord),
    verification: {
      verificationReference: anchor?.verificationReference ?? null,
      anchoredAt: anchor ? iso(anchor.anchoredAt) : null,
      verifyUrl: verifyUrl(ctx, root),
      verificationApiUrl: verificationApiUrl(ctx, root),
      verificationExplorerUrl: verifyUrl(ctx, root),
    },
  };
}

/** The most recent anchor among the records' verification batches (it covers them all). */
function latestAnchor(records: readonly DeltaState[]): AnchorEntry | null {
  let latest: AnchorEntry | null = null;
  for (const record of records)
    if (record.anchor && (!latest || record.anchor.index > latest.index)) latest = record.anchor;
  return latest;
}

/**
 * The submission with this root: submissions are not registered as roots (that would cost an
 * entry per write); each ledger's delta store indexes its own. The first accepted wins.
 */
function submissionEntry(ctx: LedgerContext, root: Hex): RootEntry | undefined {
  let found: RootEntry | undefined;
  for (const tenant of ctx.tenants.values()) {
    for (const ledger of Object.values(tenant.ledgers)) {
      const submission = ledger.submissions.get(root);
      if (submission && (found?.kind !== "submission" || submission.createdAt < found.submission.createdAt)) {
        found = { kind: "submission", ledger, submission };
      }
    }
  }
  return found;
}
