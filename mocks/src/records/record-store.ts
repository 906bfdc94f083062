import {
  canonicalJson,
  keccak256Hex,
  recordContentHash,
  recordReceiptHash,
  utf8,
  ZERO_HASH,
} from "@pacspace/sdk/core";
import type { Clock } from "../clock.js";
import type { VerificationMode } from "../ledger/kernel/context.js";
import { LedgerError, validationError } from "../ledger/kernel/ledger-error.js";
import { lifecycleBreach, type RecordRuleBreach } from "./record-rules.js";
import type {
  RecordCommittedData,
  RecordEntry,
  RecordEntryRef,
  RecordFailedData,
  RecordHistoryBundle,
  RecordHistoryEntry,
  RecordLog,
  RecordReceipt,
  RecordReceiptResult,
  RecordScope,
  RecordTransitionAccepted,
  RecordTransitionRequest,
} from "./record-types.js";

/** Most entries one history page holds; `x-next-from-seq` names the next page. */
export const HISTORY_PAGE_SIZE = 100;

export const HISTORY_SCHEMA = "record-history-bundle/v1";

export type RecordEvent =
  | { event: "record.committed"; data: RecordCommittedData }
  | { event: "record.failed"; data: RecordFailedData };

export interface RecordStoreDeps {
  clock: Clock;
  /** The verification mode of the ledger: records commit the way deltas verify. */
  verification: () => VerificationMode;
  /** Publishes a webhook event of a scope (after the entry's state has changed). */
  publish(scope: RecordScope, event: RecordEvent): void;
}

/** Which entries an injected failure strikes at commit, and with what. */
export interface RecordFailSelector {
  recordType?: string;
  record?: string;
  referenceIds?: string[];
  code?: string;
  sentence?: string;
}

/** One history page and the `fromSeq` of the next, null on the last. */
export interface RecordHistoryPage {
  bundle: RecordHistoryBundle;
  nextFromSeq: number | null;
}

const INJECTED_FAILURE: RecordRuleBreach = {
  code: "RECORD_COMMIT_FAILED",
  sentence: "The entry could not be committed.",
};

/** The record's key: the same type and id give the same key in every environment. */
export function recordKeyOf(recordType: string, record: string): string {
  return keccak256Hex(utf8(`pacspace:record-key:v1:${canonicalJson([recordType, record])}`));
}

/**
 * Every record of every tenant environment: per record an ordered list of entries whose
 * receipts form a hash chain. Entries are accepted as `queued` and settle (commit or fail) in
 * `seq` order, on the ledger's verification schedule: at once (`immediate`), `delayMs` after
 * acceptance, or when `commitPending()` runs (`manual`). The lifecycle rules are checked as
 * an entry commits (record-rules.ts).
 */
export class RecordStore {
  readonly #deps: RecordStoreDeps;
  readonly #scopes = new Map<string, Map<string, RecordLog>>();
  /** Records with entries still queued, in the order they first got one. */
  readonly #busy = new Set<RecordLog>();
  #failRules: RecordFailSelector[] = [];

  constructor(deps: RecordStoreDeps) {
    this.#deps = deps;
  }

  /** POST …/transitions. Errors: IDEMPOTENCY_KEY_REUSED. */
  emit(
    scope: RecordScope,
    recordType: string,
    record: string,
    body: RecordTransitionRequest,
  ): RecordTransitionAccepted {
    this.runDue();
    const lifecycle = body.lifecycle ?? "recorded";
    const requestIdentity = canonicalJson({ lifecycle, content: body.content });
    const referenceId = body.referenceId ?? null;
    const log = this.#logOf(scope, recordType, record, true) as RecordLog;
    if (referenceId !== null) {
      const earlier = log.byReferenceId.get(referenceId);
      if (earlier) {
        if (earlier.requestIdentity !== requestIdentity) {
          throw new LedgerError(
            "IDEMPOTENCY_KEY_REUSED",
            `referenceId ${referenceId} was used for another entry of this record`,
            {
              details: [
                { path: "/referenceId", message: "names an entry with another lifecycle or content" },
              ],
            },
          );
        }
        return { ...accepted(log, earlier), idempotent: true };
      }
    }
    const now = this.#deps.clock.now();
    const mode = this.#deps.verification();
    const seq = log.entries.length;
    const entry: RecordEntry = {
      seq,
      receiptId: `anc_${log.recordKey.slice(2, 18)}_${seq}`,
      referenceId,
      lifecycle,
      content: body.content,
      requestIdentity,
      status: "queued",
      dueAt: mode === "manual" ? null : mode === "immediate" ? now : now + mode.delayMs,
    };
    log.entries.push(entry);
    if (referenceId !== null) log.byReferenceId.set(referenceId, entry);
    this.#busy.add(log);
    const answer = accepted(log, entry);
    if (mode === "immediate") this.runDue();
    return answer;
  }

  /** GET …/receipts/{seq}. Errors: NOT_FOUND. */
  receipt(scope: RecordScope, recordType: string, record: string, seq: number): RecordReceiptResult {
    this.runDue();
    const log = this.#requireLog(scope, recordType, record);
    const entry = log.entries[seq];
    if (!entry) throw new LedgerError("NOT_FOUND", `Record ${record} has no entry ${seq}`);
    if (!entry.receipt) {
      throw new LedgerError(
        "NOT_FOUND",
        `Entry ${seq} of record ${record} has not committed (it is ${entry.status})`,
      );
    }
    return { receipt: entry.receipt };
  }

  /** GET …/history. Errors: NOT_FOUND, VALIDATION_ERROR (toSeq before fromSeq). */
  history(
    scope: RecordScope,
    recordType: string,
    record: string,
    window: { fromSeq?: number; toSeq?: number },
  ): RecordHistoryPage {
    this.runDue();
    const log = this.#requireLog(scope, recordType, record);
    const fromSeq = window.fromSeq ?? 0;
    if (window.toSeq !== undefined && window.toSeq < fromSeq) {
      throw validationError([{ path: "toSeq", message: "must not be before fromSeq" }]);
    }
    const last = Math.min(window.toSeq ?? Number.MAX_SAFE_INTEGER, log.entries.length - 1);
    const pageEnd = Math.min(last, fromSeq + HISTORY_PAGE_SIZE - 1);
    const page = log.entries.slice(fromSeq, pageEnd + 1);
    const receipts: RecordReceipt[] = [];
    for (const entry of page) if (entry.receipt) receipts.push(entry.receipt);
    return {
      bundle: {
        schema: HISTORY_SCHEMA,
        recordType: log.recordType,
        entityId: log.entityId,
        recordKey: log.recordKey,
        fromSeq,
        receipts,
        entries: page.map(historyRow),
      },
      nextFromSeq: pageEnd < last ? pageEnd + 1 : null,
    };
  }

  /** Settles every queued entry whose time has come, each record in `seq` order. */
  runDue(): void {
    if (this.#busy.size === 0) return;
    const now = this.#deps.clock.now();
    this.#settle((entry) => entry.dueAt !== null && entry.dueAt <= now);
  }

  /**
   * Settles queued entries whatever their schedule (manual mode): all of them, or, given
   * receipt ids, each named entry together with the entries queued before it in its record.
   */
  commitPending(receiptIds?: ReadonlySet<string>): void {
    if (!receiptIds) {
      this.#settle(() => true);
      return;
    }
    for (const log of [...this.#busy]) {
      let through = -1;
      for (let i = log.settledUpTo; i < log.entries.length; i++) {
        if (receiptIds.has((log.entries[i] as RecordEntry).receiptId)) through = i;
      }
      if (through >= 0) this.#settleLog(log, (entry) => entry.seq <= through);
    }
  }

  /** Entries matching the selector fail when they settle, until the returned undo runs or a reset. */
  failWhen(selector: RecordFailSelector): () => void {
    this.#failRules.push(selector);
    return () => {
      this.#failRules = this.#failRules.filter((rule) => rule !== selector);
    };
  }

  /** The records as plain data, for a state snapshot (`loadState` takes them back). */
  saveState(): {
    scopes: Map<string, Map<string, RecordLog>>;
    busy: RecordLog[];
    failRules: RecordFailSelector[];
  } {
    return { scopes: this.#scopes, busy: [...this.#busy], failRules: this.#failRules };
  }

  loadState(state: ReturnType<RecordStore["saveState"]>): void {
    this.reset();
    for (const [key, logs] of state.scopes) this.#scopes.set(key, logs);
    for (const log of state.busy) this.#busy.add(log);
    this.#failRules = [...state.failRules];
  }

  reset(): void {
    this.#scopes.clear();
    this.#busy.clear();
    this.#failRules = [];
  }

  /** A digest of every record's entries and states, or null while there are none. */
  digest(): string | null {
    if (this.#scopes.size === 0) return null;
    const state = [...this.#scopes.entries()].map(([scope, logs]) => [
      scope,
      [...logs.values()].map((log) => [
        log.recordKey,
        log.entries.map((entry) => [entry.requestIdentity, entry.status, entry.receipt?.receiptHash ?? null]),
      ]),
    ]);
    return keccak256Hex(utf8(canonicalJson(state)));
  }

  #settle(isDue: (entry: RecordEntry) => boolean): void {
    for (const log of [...this.#busy]) this.#settleLog(log, isDue);
  }

  /** Settles the log's queued entries in order while `isDue` holds. */
  #settleLog(log: RecordLog, isDue: (entry: RecordEntry) => boolean): void {
    while (log.settledUpTo < log.entries.length) {
      const entry = log.entries[log.settledUpTo] as RecordEntry;
      if (!isDue(entry)) return;
      const breach =
        this.#injectedFailure(log, entry) ??
        lifecycleBreach(log, entry, (ref) => this.#isCommitted(log.scope, ref));
      if (breach) this.#fail(log, entry, breach);
      else this.#commit(log, entry);
      log.settledUpTo += 1;
    }
    this.#busy.delete(log);
  }

  #commit(log: RecordLog, entry: RecordEntry): void {
    const committedAt = new Date(this.#deps.clock.now()).toISOString();
    const contentHash = recordContentHash(entry.lifecycle, entry.content);
    const link = {
      recordKey: log.recordKey,
      seq: entry.seq,
      lifecycle: entry.lifecycle,
      contentHash,
      previousReceiptHash: log.headReceiptHash,
      committedAt,
    };
    const receiptHash = recordReceiptHash(link);
    const receipt: RecordReceipt = {
      seq: entry.seq,
      status: "committed",
      receiptId: entry.receiptId,
      recordType: log.recordType,
      entityId: log.entityId,
      recordKey: log.recordKey,
      lifecycle: entry.lifecycle,
      referenceId: entry.referenceId,
      recordContent: entry.content,
      contentHash,
      previousReceiptHash: link.previousReceiptHash,
      receiptHash,
      committedAt,
    };
    entry.status = "committed";
    entry.receipt = receipt;
    log.headReceiptHash = receiptHash;
    log.lastCommitted = entry.lifecycle;
    this.#deps.publish(log.scope, {
      event: "record.committed",
      data: {
        receiptId: entry.receiptId,
        status: "committed",
        verifiedAt: committedAt,
        verificationId: receiptHash,
        itemCount: 1,
        records: [receipt],
        verification: { verified: true },
        recordType: log.recordType,
        entityId: log.entityId,
        recordKey: log.recordKey,
        seq: entry.seq,
      },
    });
  }

  #fail(log: RecordLog, entry: RecordEntry, breach: RecordRuleBreach): void {
    entry.status = "failed";
    entry.code = breach.code;
    entry.sentence = breach.sentence;
    this.#deps.publish(log.scope, {
      event: "record.failed",
      data: { recordType: log.recordType, entityId: log.entityId, seq: entry.seq, ...breach },
    });
  }

  #injectedFailure(log: RecordLog, entry: RecordEntry): RecordRuleBreach | null {
    const rule = this.#failRules.find(
      (candidate) =>
        (candidate.recordType === undefined || candidate.recordType === log.recordType) &&
        (candidate.record === undefined || candidate.record === log.entityId) &&
        (candidate.referenceIds === undefined ||
          (entry.referenceId !== null && candidate.referenceIds.includes(entry.referenceId))),
    );
    if (!rule) return null;
    return { code: rule.code ?? INJECTED_FAILURE.code, sentence: rule.sentence ?? INJECTED_FAILURE.sentence };
  }

  #isCommitted(scope: RecordScope, ref: RecordEntryRef): boolean {
    return this.#logsOf(scope)?.get(ref.recordKey)?.entries[ref.seq]?.status === "committed";
  }

  #logsOf(scope: RecordScope): Map<string, RecordLog> | undefined {
    return this.#scopes.get(`${scope.tenantId}/${scope.environment}`);
  }

  #logOf(scope: RecordScope, recordType: string, record: string, create: boolean): RecordLog | undefined {
    const scopeKey = `${scope.tenantId}/${scope.environment}`;
    let logs = this.#scopes.get(scopeKey);
    const recordKey = recordKeyOf(recordType, record);
    const found = logs?.get(recordKey);
    if (found || !create) return found;
    if (!logs) {
      logs = new Map();
      this.#scopes.set(scopeKey, logs);
    }
    const log: RecordLog = {
      scope: { tenantId: scope.tenantId, environment: scope.environment },
      recordType,
      entityId: record,
      recordKey,
      entries: [],
      byReferenceId: new Map(),
      settledUpTo: 0,
      headReceiptHash: ZERO_HASH,
      lastCommitted: null,
    };
    logs.set(recordKey, log);
    return log;
  }

  #requireLog(scope: RecordScope, recordType: string, record: string): RecordLog {
    const log = this.#logOf(scope, recordType, record, false);
    if (!log) throw new LedgerError("NOT_FOUND", `No record ${record} of type ${recordType}`);
    return log;
  }
}

function accepted(log: RecordLog, entry: RecordEntry): RecordTransitionAccepted {
  return {
    receiptId: entry.receiptId,
    recordType: log.recordType,
    entityId: log.entityId,
    recordKey: log.recordKey,
    seq: entry.seq,
    status: entry.status === "queued" ? "QUEUED" : entry.status === "committed" ? "COMMITTED" : "FAILED",
    referenceId: entry.referenceId,
  };
}

function historyRow(entry: RecordEntry): RecordHistoryEntry {
  const row: RecordHistoryEntry = {
    seq: entry.seq,
    status: entry.status,
    receiptId: entry.receiptId,
    lifecycle: entry.lifecycle,
  };
  if (entry.code !== undefined) row.code = entry.code;
  if (entry.sentence !== undefined) row.sentence = entry.sentence;
  return row;
}
