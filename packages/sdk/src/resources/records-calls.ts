/** The calls of `pac.records` (`RecordsResource`), loaded on its first call. */
import { type PagePromise, pagedCall } from "../pagination.js";
import { seqOfEntry, wireRef } from "../records/entry-numbers.js";
import type {
  RecordContent,
  RecordHistoryBundle,
  RecordHistoryEntry,
  RecordHistoryPage,
  RecordReceiptResult,
  RecordTransitionAccepted,
  RecordTransitionRequest,
} from "../records/types.js";
import { assertValidRequest } from "../validation/validate.js";
import type { EnvelopeData } from "./envelope.js";
import { successData } from "./envelope.js";
import {
  DEFAULT_RECORD_TYPE,
  type RecordEmitInput,
  type RecordHistoryOptions,
  type RecordReadOptions,
} from "./records.js";
import {
  type APIPromise,
  type APIResponse,
  apiCall,
  type HttpClient,
  type RequestOptions,
  unwrap,
} from "./request.js";

const HISTORY_SCHEMA = "record-history-bundle/v1";

/** The bare `record-history-bundle/v1` body, or the same inside a success envelope. */
function historyData(body: unknown): EnvelopeData | undefined {
  if (typeof body === "object" && body !== null && (body as { schema?: unknown }).schema === HISTORY_SCHEMA) {
    return { data: body };
  }
  return successData(body);
}

function nextFromSeqOf(response: Response): number | undefined {
  const header = response.headers.get("x-next-from-seq");
  if (header === null || !/^\d{1,16}$/.test(header)) return undefined;
  return Number(header);
}

/** What `RecordsResource`'s requests do: validate, send, unwrap. */
export class RecordsCalls {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  /** Appends an entry; it is accepted `QUEUED` and commits asynchronously (`record.committed` / `record.failed`). */
  emit(input: RecordEmitInput, options?: RequestOptions): APIPromise<RecordTransitionAccepted> {
    return apiCall(() => {
      const recordType = input.recordType ?? DEFAULT_RECORD_TYPE;
      const content: RecordContent = {
        title: input.title,
        occurredAt: input.occurredAt,
        actorId: input.actorId,
        payloads: [...input.payloads],
      };
      if (input.kind !== undefined) content.kind = input.kind;
      if (input.instructedBy !== undefined) content.instructedBy = input.instructedBy;
      if (input.description !== undefined) content.description = input.description;
      if (input.note !== undefined) content.note = input.note;
      if (input.references !== undefined) {
        content.references = input.references.map((ref, i) => wireRef(ref, `references[${i}]`));
      }
      if (input.amends !== undefined) content.amends = wireRef(input.amends, "amends");
      const body: RecordTransitionRequest = { lifecycle: input.lifecycle ?? "recorded", content };
      const referenceId = input.referenceId ?? input.idempotencyKey;
      if (referenceId !== undefined) body.referenceId = referenceId;
      const path = { recordType, record: input.record };
      assertValidRequest("emitRecordTransition", { pathParams: path, body });
      return unwrap<"emitRecordTransition">(
        this.#client.POST("/api/v1/records/{recordType}/{record}/transitions", {
          params: { path },
          body,
          signal: options?.signal,
        }),
      );
    });
  }

  /** The receipt of a committed entry (counted from 1). Errors: `NotFoundError` while it has not committed. */
  receipt(record: string, entry: number, options: RecordReadOptions = {}): APIPromise<RecordReceiptResult> {
    return apiCall(() => {
      const path = {
        recordType: options.recordType ?? DEFAULT_RECORD_TYPE,
        record,
        seq: seqOfEntry(entry, "entry"),
      };
      assertValidRequest("getRecordReceipt", { pathParams: path });
      return unwrap<"getRecordReceipt">(
        this.#client.GET("/api/v1/records/{recordType}/{record}/receipts/{seq}", {
          params: { path },
          signal: options.signal,
        }),
      );
    });
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
    const recordType = options.recordType ?? DEFAULT_RECORD_TYPE;
    let toSeq: number | undefined;
    const fetchPage = (fromSeq: number | undefined): Promise<APIResponse<RecordHistoryPage>> => {
      const query = {
        ...(fromSeq !== undefined ? { fromSeq } : {}),
        ...(toSeq !== undefined ? { toSeq } : {}),
      };
      const path = { recordType, record };
      assertValidRequest("getRecordHistory", { pathParams: path, query });
      return unwrap<"getRecordHistory">(
        this.#client.GET("/api/v1/records/{recordType}/{record}/history", {
          params: { path, query },
          signal: options.signal,
        }),
        historyData,
      ).then((answer) => {
        const page = answer.data as unknown as RecordHistoryBundle;
        const nextFromSeq = nextFromSeqOf(answer.response);
        return { ...answer, data: nextFromSeq === undefined ? page : { ...page, nextFromSeq } };
      });
    };
    return pagedCall(
      () => {
        if (options.toEntry !== undefined) toSeq = seqOfEntry(options.toEntry, "toEntry");
        return fetchPage(
          options.fromEntry === undefined ? undefined : seqOfEntry(options.fromEntry, "fromEntry"),
        );
      },
      {
        items: (page) => page.entries,
        next: (page) => (page.nextFromSeq === undefined ? undefined : () => fetchPage(page.nextFromSeq)),
      },
    );
  }
}
