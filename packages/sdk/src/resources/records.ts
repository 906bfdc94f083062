import { checkRecordHistory } from "../lazy-functions.js";
import { loadOnce } from "../load-once.js";
import type { PagePromise } from "../pagination.js";
import type { RecordCheckOptions, RecordCheckResult } from "../records/check.js";
import type { EntryRefInput } from "../records/entry-numbers.js";
import type {
  RecordHistoryBundle,
  RecordHistoryEntry,
  RecordHistoryPage,
  RecordLifecycle,
  RecordPayloadRef,
  RecordReceiptResult,
  RecordTransitionAccepted,
} from "../records/types.js";
import { deferredCall, deferredPage } from "./deferred.js";
import type { RecordsCalls } from "./records-calls.js";
import type { APIPromise, HttpClient, RequestOptions } from "./request.js";

/** The record type the official SDKs use when none is given. */
export const DEFAULT_RECORD_TYPE = "machine-action-record";

/** One entry to append to a record (`records.emit`). */
export interface RecordEmitInput {
  /** Your id of the record. */
  record: string;
  /** Default `machine-action-record`. */
  recordType?: string;
  /** Default `recorded`. */
  lifecycle?: RecordLifecycle;
  title: string;
  /** ISO 8601 date-time. */
  occurredAt: string;
  actorId: string;
  /** Fingerprints of the payload bytes you keep (see `fingerprint()`). */
  payloads: readonly RecordPayloadRef[];
  kind?: string;
  instructedBy?: string;
  description?: string;
  note?: string;
  /** Entries this one refers to, by `{recordKey, entry}` (from 1) or `{recordKey, seq}` (from 0). */
  references?: readonly EntryRefInput[];
  /** The entry an `amended` entry restates. */
  amends?: EntryRefInput;
  /** Idempotency key of the entry within its record, sent as `referenceId`. */
  referenceId?: string;
  /** The official Python SDK's name for `referenceId`. */
  idempotencyKey?: string;
}

export interface RecordReadOptions extends RequestOptions {
  /** Default `machine-action-record`. */
  recordType?: string;
}

export interface RecordHistoryOptions extends RecordReadOptions {
  /** First entry of the window, counted from 1 (default the first). */
  fromEntry?: number;
  /** Last entry of the window, inclusive, counted from 1 (default the last). */
  toEntry?: number;
}

/**
 * The Records API: an append-only, hash-chained log of machine actions per record
 * (`pacspace_sdk/records.py` of the official SDK). Entries are counted from 1 here, as in the
 * official SDK 0.4; the HTTP API's `seq` is `entry − 1`.
 */
export class RecordsResource {
  readonly #calls: () => Promise<RecordsCalls>;

  constructor(client: HttpClient) {
    this.#calls = loadOnce(async () => new (await import("./records-calls.js")).RecordsCalls(client));
  }

  /** Appends an entry; it is accepted `QUEUED` and commits asynchronously (`record.committed` / `record.failed`). */
  emit(input: RecordEmitInput, options?: RequestOptions): APIPromise<RecordTransitionAccepted> {
    return deferredCall(this.#calls, (calls) => calls.emit(input, options));
  }

  /** The receipt of a committed entry (counted from 1). Errors: `NotFoundError` while it has not committed. */
  receipt(record: string, entry: number, options: RecordReadOptions = {}): APIPromise<RecordReceiptResult> {
    return deferredCall(this.#calls, (calls) => calls.receipt(record, entry, options));
  }

  /**
   * A record's history: `await` gives the first page (with `nextFromSeq` when there is more),
   * `for await (const entry of pac.records.history(id))` walks every entry of the window,
   * `.pages()` every page, following `x-next-from-seq`. `historyBundle()` joins them.
   */
  history(
    record: string,
    options: RecordHistoryOptions = {},
  ): PagePromise<RecordHistoryPage, RecordHistoryEntry> {
    return deferredPage(this.#calls, (calls) => calls.history(record, options));
  }

  /** Every page of the window joined into one bundle (entries and receipts in order), ready for `check`. */
  async historyBundle(record: string, options: RecordHistoryOptions = {}): Promise<RecordHistoryBundle> {
    let bundle: RecordHistoryBundle | undefined;
    for await (const page of this.history(record, options).pages()) {
      const { nextFromSeq: _next, ...rest } = page;
      if (bundle === undefined)
        bundle = { ...rest, entries: [...rest.entries], receipts: [...rest.receipts] };
      else {
        bundle.entries.push(...rest.entries);
        bundle.receipts.push(...rest.receipts);
      }
    }
    return bundle as RecordHistoryBundle;
  }

  /** Checks a history offline (no request): see `checkRecordHistory`. */
  check(
    history: RecordHistoryBundle | Record<string, unknown>,
    options?: RecordCheckOptions,
  ): Promise<RecordCheckResult> {
    return checkRecordHistory(history, options);
  }
}
