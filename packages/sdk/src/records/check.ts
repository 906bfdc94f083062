import { ZERO_HASH } from "../core/hex.js";
import { recordContentHash, recordReceiptHash } from "../core/record-chain.js";
import { ValidationError } from "../errors.js";
import { type FingerprintSource, fingerprint } from "../fingerprint.js";
import { seqOfEntry } from "./entry-numbers.js";
import type { RecordPayloadRef } from "./types.js";

/** Which check failed first: numbering, the receipt chain, the lifecycle, an entry that did not commit, an expected fingerprint, the given bytes. */
export type RecordCheckFailure = "sequence" | "chain" | "lifecycle" | "schema" | "semantic" | "source";

/** One entry of the checked history. */
export interface RecordCheckRow {
  /** Counted from 1. */
  entry: number;
  /** The HTTP API's position, counted from 0. */
  seq: number;
  status: string;
  code: string | null;
  sentence: string | null;
  /** Whether every fingerprint of `expect` for this entry is among its committed payloads. */
  expected?: boolean;
  /** Whether every byte source given for this entry hashes to one of its committed payloads. */
  sourceMatched?: boolean;
}

export interface RecordCheckResult {
  ok: boolean;
  entries: RecordCheckRow[];
  failedCheck: RecordCheckFailure | null;
  reason: string | null;
  /** True when the receipts carried the hash chain and it was re-derived. */
  chainChecked: boolean;
  /** True when `source` bytes were re-hashed and compared. */
  sourceChecked: boolean;
}

export interface RecordCheckOptions {
  /** Fingerprints you hold, per entry (counted from 1): each must be among the entry's committed payloads. */
  expect?: ReadonlyArray<{ entry: number; payloads: readonly RecordPayloadRef[] }>;
  /** Payload bytes you hold, per entry: each is fingerprinted and must match a committed payload. */
  source?: ReadonlyArray<{ entry: number; payloads: readonly FingerprintSource[] }>;
}

type Json = Record<string, unknown>;

interface Row {
  seq?: unknown;
  status?: unknown;
  code?: unknown;
  sentence?: unknown;
}

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const fingerprintKey = (ref: Json) =>
  `${String(ref.alg ?? "")}:${String(ref.digest ?? "").toLowerCase()}:${String(ref.byteLength ?? "")}`;

function contentOf(receipt: Json): Json | undefined {
  if (isObject(receipt.recordContent)) return receipt.recordContent;
  const sealed = receipt.sealedRecord;
  return isObject(sealed) && isObject(sealed.content) ? sealed.content : undefined;
}

function payloadKeys(receipt: Json | undefined): Set<string> {
  const payloads = receipt ? contentOf(receipt)?.payloads : undefined;
  return new Set(Array.isArray(payloads) ? payloads.filter(isObject).map(fingerprintKey) : []);
}

/** The history's entries: `entries` when given, else rows made from `receipts` and `pendingEntries`, in seq order. */
function entriesOf(history: Json, receipts: Json[]): Row[] {
  if (Array.isArray(history.entries) && history.entries.length > 0)
    return history.entries.filter(isObject) as Row[];
  const rows: Row[] = receipts.map((receipt) => ({
    seq: receipt.seq,
    status: receipt.status ?? "committed",
  }));
  if (Array.isArray(history.pendingEntries)) rows.push(...(history.pendingEntries.filter(isObject) as Row[]));
  const order = (row: Row) => (Number.isInteger(row.seq) ? (row.seq as number) : 0);
  return rows.sort((a, b) => order(a) - order(b));
}

class Verdict {
  failedCheck: RecordCheckFailure | null = null;
  reason: string | null = null;

  fail(check: RecordCheckFailure, reason: string): void {
    if (this.failedCheck === null) {
      this.failedCheck = check;
      this.reason = reason;
    }
  }
}

/** Numbering: entries run on from the window's first seq; receipts belong to committed entries, in order. */
function checkSequence(
  rows: Row[],
  receipts: Json[],
  receiptsBySeq: Map<number, Json>,
  start: number,
  verdict: Verdict,
): void {
  for (let i = 0; i < rows.length; i++) {
    const seq = (rows[i] as Row).seq;
    if (seq !== start + i) {
      verdict.fail(
        "sequence",
        `Entry ${start + i + 1} is missing or out of order (found seq ${String(seq)}).`,
      );
      return;
    }
  }
  let previous = -1;
  for (const receipt of receipts) {
    const seq = receipt.seq;
    if (typeof seq !== "number" || !Number.isSafeInteger(seq) || seq <= previous) {
      verdict.fail("sequence", `The receipts are not in entry order (seq ${String(seq)} after ${previous}).`);
      return;
    }
    previous = seq;
    const row = rows[seq - start];
    if (row === undefined || row.status !== "committed") {
      verdict.fail("sequence", `Entry ${seq + 1} has a receipt but is not committed.`);
      return;
    }
  }
  for (const row of rows) {
    if (row.status === "committed" && !receiptsBySeq.has(row.seq as number) && receipts.length > 0) {
      verdict.fail("sequence", `Entry ${(row.seq as number) + 1} is committed but its receipt is missing.`);
      return;
    }
  }
}

/** The receipt chain, re-derived: each receipt's content hash, its link to the previous receipt, its own hash. */
function checkChain(history: Json, receipts: Json[], start: number, verdict: Verdict): void {
  let previous: unknown = start === 0 ? ZERO_HASH : receipts[0]?.previousReceiptHash;
  for (const receipt of receipts) {
    const entry = (receipt.seq as number) + 1;
    const recordKey = receipt.recordKey ?? history.recordKey;
    const { lifecycle, contentHash, previousReceiptHash, receiptHash, committedAt } = receipt;
    if (
      typeof recordKey !== "string" ||
      typeof lifecycle !== "string" ||
      typeof committedAt !== "string" ||
      typeof contentHash !== "string" ||
      typeof receiptHash !== "string"
    ) {
      verdict.fail("chain", `The receipt of entry ${entry} lacks its chain fields.`);
      return;
    }
    if (history.recordKey !== undefined && recordKey !== history.recordKey) {
      verdict.fail("chain", `The receipt of entry ${entry} belongs to another record.`);
      return;
    }
    if (recordContentHash(lifecycle, contentOf(receipt) ?? null) !== contentHash) {
      verdict.fail("chain", `The content of entry ${entry} does not match its committed contentHash.`);
      return;
    }
    if (previousReceiptHash !== previous) {
      verdict.fail("chain", `The receipt of entry ${entry} does not follow the receipt before it.`);
      return;
    }
    const derived = recordReceiptHash({
      recordKey,
      seq: receipt.seq as number,
      lifecycle,
      contentHash,
      previousReceiptHash: previous as string,
      committedAt,
    });
    if (derived !== receiptHash) {
      verdict.fail("chain", `The receipt of entry ${entry} does not match its receiptHash.`);
      return;
    }
    previous = receiptHash;
  }
}

/** The lifecycle over the committed entries: opened by recorded, amended names an earlier entry, nothing after closed. */
function checkLifecycle(history: Json, receipts: Json[], start: number, verdict: Verdict): void {
  let last: string | null = start === 0 ? null : "unknown";
  const committed = new Set<number>();
  for (const receipt of receipts) {
    const entry = (receipt.seq as number) + 1;
    const lifecycle = receipt.lifecycle;
    if (typeof lifecycle !== "string") return;
    const content = contentOf(receipt) ?? {};
    let breach: string | null = null;
    if (last === "closed") breach = `Entry ${entry} follows a closed entry.`;
    else if (last === null && lifecycle !== "recorded")
      breach = `Entry ${entry} opens the record with ${lifecycle}, not recorded.`;
    else if (last !== null && lifecycle === "recorded")
      breach = `Entry ${entry} is recorded again after the record opened.`;
    else if (lifecycle === "amended" && !isObject(content.amends))
      breach = `Entry ${entry} is amended but names nothing in amends.`;
    else if (lifecycle !== "amended" && content.amends !== undefined)
      breach = `Entry ${entry} names amends but is ${lifecycle}.`;
    else {
      const named = [content.amends, ...(Array.isArray(content.references) ? content.references : [])];
      for (const ref of named) {
        if (!isObject(ref) || ref.recordKey !== (receipt.recordKey ?? history.recordKey)) continue;
        const seq = ref.seq as number;
        if (seq >= start && !committed.has(seq)) {
          breach = `Entry ${entry} names entry ${seq + 1}, which had not committed before it.`;
          break;
        }
      }
    }
    if (breach) {
      verdict.fail("lifecycle", breach);
      return;
    }
    committed.add(receipt.seq as number);
    last = lifecycle;
  }
}

/**
 * Checks a record history offline: its numbering, the receipt hash chain (when the receipts
 * carry it), the lifecycle, that every entry committed, that the fingerprints you `expect`
 * were committed, and that the payload bytes you give as `source` hash to committed
 * fingerprints. It never throws for a bad history (the verdict says what failed); it throws
 * `ValidationError` only for bad arguments (an entry below 1, a history that is not an object,
 * a source that is not bytes).
 */
export async function checkRecordHistory(
  history: unknown,
  options: RecordCheckOptions = {},
): Promise<RecordCheckResult> {
  if (!isObject(history)) {
    throw new ValidationError("records.check needs a history bundle (an object)", {
      details: [{ path: "history", message: "must be an object" }],
    });
  }
  const expectBySeq = new Map<number, readonly RecordPayloadRef[]>();
  for (const [i, row] of (options.expect ?? []).entries())
    expectBySeq.set(seqOfEntry(row.entry, `expect[${i}].entry`), row.payloads);
  const sourceBySeq = new Map<number, readonly FingerprintSource[]>();
  for (const [i, row] of (options.source ?? []).entries())
    sourceBySeq.set(seqOfEntry(row.entry, `source[${i}].entry`), row.payloads);

  const receipts = (Array.isArray(history.receipts) ? history.receipts : []).filter(isObject);
  const receiptsBySeq = new Map<number, Json>();
  for (const receipt of receipts)
    if (typeof receipt.seq === "number") receiptsBySeq.set(receipt.seq, receipt);
  const rows = entriesOf(history, receipts);
  const first = rows[0]?.seq;
  const start = typeof history.fromSeq === "number" ? history.fromSeq : typeof first === "number" ? first : 0;

  const verdict = new Verdict();
  checkSequence(rows, receipts, receiptsBySeq, start, verdict);
  const chainChecked = receipts.some((receipt) => receipt.receiptHash !== undefined);
  if (verdict.failedCheck === null && chainChecked) checkChain(history, receipts, start, verdict);
  if (verdict.failedCheck === null) checkLifecycle(history, receipts, start, verdict);

  const failed = rows.find((row) => row.status === "failed");
  if (failed)
    verdict.fail(
      "schema",
      typeof failed.sentence === "string" ? failed.sentence : "A queued write did not commit.",
    );
  else if (!rows.some((row) => row.status === "committed")) verdict.fail("schema", "No committed entries.");

  const results: RecordCheckRow[] = [];
  const sourceChecks: Promise<void>[] = [];
  for (const row of rows) {
    const seq = row.seq as number;
    const result: RecordCheckRow = {
      entry: seq + 1,
      seq,
      status: typeof row.status === "string" ? row.status : "queued",
      code: typeof row.code === "string" ? row.code : null,
      sentence: typeof row.sentence === "string" ? row.sentence : null,
    };
    const wanted = expectBySeq.get(seq);
    const sources = sourceBySeq.get(seq);
    if (wanted !== undefined || sources !== undefined) {
      const committed = payloadKeys(receiptsBySeq.get(seq));
      if (wanted !== undefined) {
        result.expected = wanted.every((ref) => committed.has(fingerprintKey(ref as unknown as Json)));
        if (!result.expected)
          verdict.fail("semantic", "A fingerprint you hold is not among the committed payloads.");
      }
      if (sources !== undefined) {
        sourceChecks.push(
          Promise.all(sources.map((source) => fingerprint(source))).then((prints) => {
            result.sourceMatched = prints.every((print) =>
              committed.has(fingerprintKey(print as unknown as Json)),
            );
          }),
        );
      }
    }
    results.push(result);
  }
  await Promise.all(sourceChecks);
  for (const seq of sourceBySeq.keys()) {
    if (!rows.some((row) => row.seq === seq))
      verdict.fail("source", `Bytes were given for entry ${seq + 1}, which the history does not hold.`);
  }
  const unmatched = results.find((row) => row.sourceMatched === false);
  if (unmatched)
    verdict.fail(
      "source",
      `The bytes given for entry ${unmatched.entry} do not match its committed payloads.`,
    );

  return {
    ok: verdict.failedCheck === null,
    entries: results,
    failedCheck: verdict.failedCheck,
    reason: verdict.reason,
    chainChecked,
    sourceChecked: sourceBySeq.size > 0,
  };
}
