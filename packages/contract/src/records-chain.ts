import { checkRecordHistory, fingerprint } from "@pacspace/sdk";
import { canonicalJson, utf8 } from "@pacspace/sdk/core";
import { chainSteps, sleep } from "./chain-steps.js";
import type { WireResponse } from "./http.js";
import type { CheckResult } from "./results.js";
import type { Resources } from "./semantic-rules.js";
import type { Session } from "./session.js";

/**
 * The records chain: append entries to a record of the run's own (one `recorded`, then
 * `amended` ones restating it), wait until the last one has committed, read the first
 * entry's receipt, read the whole history page by page (following `x-next-from-seq`) and
 * check it with the SDK's `records.check`, against the fingerprints and the payload bytes
 * the run sent. Every response is checked against the spec on the way. The record's id and
 * the entries' `referenceId`s carry the run tag, so a rerun against the same server writes
 * a new record; it touches no credential.
 */

export interface RecordsChainOptions {
  runTag: string;
  /**
   * Entries to append (at least 1). More than the server's history page holds makes the
   * chain follow `x-next-from-seq` across pages.
   */
  entries: number;
  /** How long to wait for the last entry to commit. */
  verifyTimeoutMs: number;
  pollIntervalMs: number;
}

export interface RecordsChainOutcome {
  /** `recordType`, `record` and `seq` of a committed entry, for the per-operation checks. */
  resources: Resources;
  results: CheckResult[];
}

type Json = Record<string, unknown>;

/** The record type the official SDKs use when none is given. */
const RECORD_TYPE = "machine-action-record";
const HISTORY_SCHEMA = "record-history-bundle/v1";

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The answer's `data` (enveloped answers), or the bare body (the history bundle). */
function bodyOf(response: WireResponse | undefined): Json | undefined {
  const body = response?.json;
  if (!isObject(body)) return undefined;
  return isObject(body.data) ? body.data : body;
}

export async function runRecordsChain(
  session: Session,
  options: RecordsChainOptions,
): Promise<RecordsChainOutcome> {
  const results: CheckResult[] = [];
  const resources: Resources = {};
  const record = `contract-${options.runTag}-record`;
  const path = { recordType: RECORD_TYPE, record };

  const { skip, exchange, expect } = chainSteps(session, results);

  for (const operationId of ["emitRecordTransition", "getRecordReceipt", "getRecordHistory"]) {
    if (!session.byId.has(operationId)) {
      skip(operationId, "the records chain", "the spec has no such operation; the records chain cannot run");
      return { resources, results };
    }
  }

  // 1. Append the entries, in order: entry 1 opens the record, the others amend it.
  const count = Math.max(1, Math.floor(options.entries));
  const occurredAt = new Date().toISOString();
  const sources: Uint8Array[] = [];
  const contents: Json[] = [];
  let recordKey: string | undefined;
  let emitFailure: CheckResult | undefined;
  let lastEmit: CheckResult | undefined;
  for (let seq = 0; seq < count; seq++) {
    const bytes = utf8(`pacspace contract kit, run ${options.runTag}, entry ${seq + 1}`);
    const content: Json = {
      title: seq === 0 ? "Contract kit check" : `Contract kit check, restated (${seq + 1})`,
      occurredAt,
      actorId: "pacspace-contract",
      payloads: [await fingerprint(bytes)],
      ...(seq === 0 ? {} : { amends: { recordKey, seq: 0 } }),
    };
    const exchanged = await exchange(
      "emitRecordTransition",
      seq === 0 ? "append the recorded entry" : "append the amended entries",
      {
        path,
        body: {
          lifecycle: seq === 0 ? "recorded" : "amended",
          referenceId: `contract-${options.runTag}-${seq + 1}`,
          content,
        },
      },
    );
    const accepted = exchanged?.result.outcome === "passed" ? bodyOf(exchanged.response) : undefined;
    if (!accepted || typeof accepted.recordKey !== "string") {
      emitFailure = exchanged?.result;
      if (emitFailure && emitFailure.outcome === "passed") {
        emitFailure = { ...emitFailure, outcome: "failed", messages: ["the answer names no recordKey"] };
      }
      break;
    }
    if (seq === 0) {
      results.push(exchanged?.result as CheckResult);
      recordKey = accepted.recordKey;
      expect("emitRecordTransition", "the accepted entry is queued, first in a new record", [
        accepted.entityId !== record && `entityId ${String(accepted.entityId)} ≠ ${record}`,
        accepted.seq !== undefined && accepted.seq !== 0 && `seq ${String(accepted.seq)}, expected 0`,
        accepted.idempotent === true && "the first entry of a new record is answered as a replay",
      ]);
    } else {
      lastEmit = exchanged?.result;
      if (accepted.recordKey !== recordKey) {
        emitFailure = {
          ...(exchanged?.result as CheckResult),
          outcome: "failed",
          messages: [`entry ${seq + 1} answers recordKey ${accepted.recordKey}, entry 1 ${recordKey}`],
        };
        break;
      }
    }
    sources.push(bytes);
    contents.push(content);
  }
  // The amended entries are reported as one check: the first failure, or the last success.
  if (emitFailure) results.push(emitFailure);
  else if (lastEmit) results.push(lastEmit);
  if (emitFailure || recordKey === undefined) return { resources, results };

  // 2. Wait until the last entry has a receipt (404 while it is queued).
  const lastSeq = count - 1;
  const deadline = Date.now() + options.verifyTimeoutMs;
  let polls = 0;
  for (;;) {
    polls++;
    const polled = (await exchange(
      "getRecordReceipt",
      "wait until the last entry commits",
      { path: { ...path, seq: lastSeq } },
      { outcome: "any" },
    )) as { result: CheckResult; response?: WireResponse };
    const committed = polled.response?.status === 200;
    if (polled.result.outcome === "failed" || committed || Date.now() > deadline) {
      if (polled.result.outcome === "passed" && !committed) {
        polled.result.outcome = "failed";
        polled.result.messages.push(`entry ${lastSeq + 1} has no receipt after ${polls} polls`);
      }
      results.push(polled.result);
      if (!committed) return { resources, results };
      break;
    }
    await sleep(options.pollIntervalMs);
  }
  resources.recordType = RECORD_TYPE;
  resources.record = record;
  resources.seq = "0";

  // 3. The first entry's receipt holds what was sent.
  const read = await exchange("getRecordReceipt", "read the first entry's receipt", {
    path: { ...path, seq: 0 },
  });
  if (read) results.push(read.result);
  const receipt = read?.result.outcome === "passed" ? bodyOf(read.response)?.receipt : undefined;
  if (isObject(receipt)) {
    expect("getRecordReceipt", "the receipt is the committed first entry", [
      receipt.seq !== 0 && `seq ${String(receipt.seq)}, expected 0`,
      receipt.status !== "committed" && `status ${String(receipt.status)}, expected committed`,
      receipt.lifecycle !== undefined &&
        receipt.lifecycle !== "recorded" &&
        `lifecycle ${String(receipt.lifecycle)}, expected recorded`,
      receipt.recordKey !== undefined &&
        receipt.recordKey !== recordKey &&
        `recordKey ${String(receipt.recordKey)} ≠ ${recordKey}`,
      !sameJson(receipt.recordContent, contents[0]) && "recordContent differs from the content sent",
    ]);
  }

  // 4. The whole history, page by page; each page starts where the last one said.
  const pages: Json[] = [];
  const pagingProblems: string[] = [];
  let fromSeq: number | undefined;
  for (;;) {
    const page = await exchange(
      "getRecordHistory",
      pages.length === 0 ? "read the history" : "read the next history page",
      { path, query: fromSeq === undefined ? {} : { fromSeq } },
    );
    if (page?.result.outcome !== "passed") {
      if (page) results.push(page.result);
      return { resources, results };
    }
    if (pages.length <= 1) results.push(page.result);
    const bundle = bodyOf(page.response) as Json;
    const start = fromSeq ?? 0;
    const entries = Array.isArray(bundle.entries) ? (bundle.entries as Json[]) : [];
    const next = page.response?.headers["x-next-from-seq"];
    if (bundle.schema !== HISTORY_SCHEMA)
      pagingProblems.push(`page at ${start}: schema ${String(bundle.schema)}`);
    if (bundle.fromSeq !== undefined && bundle.fromSeq !== start)
      pagingProblems.push(`page at ${start}: fromSeq ${String(bundle.fromSeq)}`);
    if (entries.some((entry, i) => entry.seq !== start + i))
      pagingProblems.push(`page at ${start}: entries do not run on from ${start}`);
    pages.push(bundle);
    if (next === undefined) break;
    if (Number(next) !== start + entries.length || entries.length === 0) {
      pagingProblems.push(`page at ${start} holds ${entries.length} entries but names ${next} as the next`);
      break;
    }
    if (pages.length > count) {
      pagingProblems.push(`more pages than entries (${count})`);
      break;
    }
    fromSeq = Number(next);
  }
  if (pages.length > 1) {
    expect("getRecordHistory", "the pages join up at x-next-from-seq", pagingProblems);
  } else if (pagingProblems.length > 0) {
    expect("getRecordHistory", "the history page is well formed", pagingProblems);
  }

  // 5. The joined history passes the SDK's records.check, with the fingerprints and bytes sent.
  const first = pages[0] as Json;
  const joined = {
    ...first,
    entries: pages.flatMap((page) => (Array.isArray(page.entries) ? page.entries : [])),
    receipts: pages.flatMap((page) => (Array.isArray(page.receipts) ? page.receipts : [])),
  };
  const verdict = await checkRecordHistory(joined, {
    expect: contents.map((content, i) => ({
      entry: i + 1,
      payloads: content.payloads as { alg: "sha-256"; digest: string; byteLength: string }[],
    })),
    source: sources.map((bytes, i) => ({ entry: i + 1, payloads: [bytes] })),
  });
  expect("getRecordHistory", "records.check accepts the history", [
    joined.entries.length !== count &&
      `the history holds ${joined.entries.length} entries, ${count} were appended`,
    !verdict.ok && `records.check: ${verdict.failedCheck} — ${verdict.reason}`,
    verdict.entries.some((row) => row.status !== "committed") && "an appended entry did not commit",
  ]);
  return { resources, results };
}

function sameJson(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a) === canonicalJson(b);
  } catch {
    return false;
  }
}
