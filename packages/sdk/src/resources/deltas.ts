import { TimeoutError } from "../errors.js";
import { maxBatchSize } from "../generated/spec-constants.js";
import { abortableSleep } from "../transport/abortable.js";
import { assertValidRequest, requestIssues, validationError } from "../validation/validate.js";
import {
  type APIPromise,
  type APIResponse,
  apiCall,
  definedOnly,
  type HttpClient,
  type RequestBody,
  type RequestOptions,
  type ResponseData,
  unwrap,
  type WriteOptions,
  writeHeaders,
} from "./request.js";

export type EmitDeltaInput = RequestBody<"emitDelta">;
export type DeltaRecord = ResponseData<"emitDelta">;
type BatchResult = ResponseData<"emitDeltaBatch">;

/** Optional fields of a delta, plus per-call options. */
export interface EmitOptions extends WriteOptions {
  referenceId?: EmitDeltaInput["referenceId"];
  metadata?: EmitDeltaInput["metadata"];
  adjusts?: EmitDeltaInput["adjusts"];
}

/** `emitBatch` merges the per-request results of its chunks. */
export type EmitBatchResult = BatchResult & {
  /** Each chunk's `receiptId` in order; `receiptId` itself is set only when there was one chunk. */
  receiptIds: BatchResult["receiptId"][];
};

export interface EmitAndWaitOptions extends EmitOptions {
  /** Give up after this many ms (then `TimeoutError`). Default 60 000. */
  timeoutMs?: number;
  /** Wait between status polls, in ms. Default 2 000. */
  pollIntervalMs?: number;
}

const TERMINAL_STATUSES: ReadonlySet<string> = new Set(["VERIFIED", "FAILED"]);

/** The spec's largest batch (`deltas.maxItems`): chunks are cut to this size. */
export const MAX_BATCH_SIZE: number = maxBatchSize;

function emitBody(customerId: string, delta: number, reason: string, options: EmitOptions): EmitDeltaInput {
  return definedOnly({
    customerId,
    delta,
    reason,
    referenceId: options.referenceId,
    metadata: options.metadata,
    adjusts: options.adjusts,
  });
}

function sendEmit(client: HttpClient, body: EmitDeltaInput, options: WriteOptions) {
  assertValidRequest("emitDelta", { body });
  return unwrap<"emitDelta">(
    client.POST("/api/v1/balance/delta", {
      body,
      params: { header: writeHeaders(options) },
      signal: options.signal,
    }),
  );
}

export function emit(
  client: HttpClient,
  customerId: string,
  delta: number,
  reason: string,
  options: EmitOptions = {},
): APIPromise<DeltaRecord> {
  return apiCall(() => sendEmit(client, emitBody(customerId, delta, reason, options), options));
}

export function deltaStatus(
  client: HttpClient,
  recordId: string,
  options: RequestOptions = {},
): APIPromise<DeltaRecord> {
  return apiCall(() => sendDeltaStatus(client, recordId, options));
}

function sendDeltaStatus(client: HttpClient, recordId: string, options: RequestOptions) {
  const path = { recordId };
  assertValidRequest("getDeltaStatus", { pathParams: path });
  return unwrap<"getDeltaStatus">(
    client.GET("/api/v1/balance/delta/{recordId}", { params: { path }, signal: options.signal }),
  );
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Records any number of deltas, `MAX_BATCH_SIZE` per request, one request after the other (so
 * sequence numbers follow the array). Every chunk is validated before the first is sent. With
 * `idempotencyKey` K, a single chunk is sent with K and chunk i of several with `K:i`, so calling
 * again with the same deltas and key after a failure replays the chunks already recorded.
 */
export function emitBatch(
  client: HttpClient,
  deltas: readonly EmitDeltaInput[],
  options: WriteOptions = {},
): APIPromise<EmitBatchResult> {
  return apiCall(async () => {
    const chunks = chunk(deltas, MAX_BATCH_SIZE);
    const details = chunks.flatMap((items, chunkIndex) =>
      requestIssues("emitDeltaBatch", { body: { deltas: items } }).map((detail) => ({
        ...detail,
        // Index paths by the caller's array, not by the chunk.
        path: detail.path.replace(
          /^deltas\.(\d+)/,
          (_, index) => `deltas.${chunkIndex * MAX_BATCH_SIZE + Number(index)}`,
        ),
      })),
    );
    if (details.length > 0) throw validationError("emitDeltaBatch", details);

    const merged: EmitBatchResult = {
      totalQueued: 0,
      totalFailed: 0,
      receiptId: null,
      results: [],
      receiptIds: [],
    };
    let last: APIResponse<BatchResult> | undefined;
    for (const [chunkIndex, items] of chunks.entries()) {
      const idempotencyKey =
        options.idempotencyKey === undefined || chunks.length === 1
          ? options.idempotencyKey
          : `${options.idempotencyKey}:${chunkIndex}`;
      last = await unwrap<"emitDeltaBatch">(
        client.POST("/api/v1/balance/delta/batch", {
          body: { deltas: items },
          params: { header: writeHeaders({ ...options, idempotencyKey }) },
          signal: options.signal,
        }),
      );
      const offset = chunkIndex * MAX_BATCH_SIZE;
      merged.totalQueued += last.data.totalQueued;
      merged.totalFailed += last.data.totalFailed;
      merged.receiptIds.push(last.data.receiptId);
      for (const result of last.data.results)
        merged.results.push({ ...result, index: result.index + offset });
    }
    if (merged.receiptIds.length === 1) merged.receiptId = merged.receiptIds[0] ?? null;
    // `chunk` always yields at least one chunk, and validation rejects an empty one.
    const { response, requestId, attempts, idempotencyKey } = last as APIResponse<BatchResult>;
    return definedOnly({ data: merged, response, requestId, attempts, idempotencyKey });
  });
}

/**
 * Emits, then polls `deltaStatus` until the delta is `VERIFIED` or `FAILED` (both are returned;
 * check `status`). Throws `TimeoutError` when `timeoutMs` passes first; the delta is recorded
 * anyway and can still be followed with `deltaStatus(recordId)`.
 */
export function emitAndWait(
  client: HttpClient,
  customerId: string,
  delta: number,
  reason: string,
  options: EmitAndWaitOptions = {},
): APIPromise<DeltaRecord> {
  const { timeoutMs = 60_000, pollIntervalMs = 2_000, ...emitOptions } = options;
  return apiCall(async () => {
    if (!(timeoutMs > 0) || !(pollIntervalMs > 0)) {
      throw new RangeError("timeoutMs and pollIntervalMs must be positive numbers of milliseconds");
    }
    const deadline = Date.now() + timeoutMs;
    let current = await sendEmit(client, emitBody(customerId, delta, reason, emitOptions), emitOptions);
    const { recordId } = current.data;
    while (!TERMINAL_STATUSES.has(current.data.status)) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new TimeoutError(
          `Delta ${recordId} was still ${current.data.status} after ${timeoutMs} ms; follow it with deltaStatus("${recordId}")`,
          { customerId, body: current.data },
        );
      }
      await abortableSleep(Math.min(pollIntervalMs, remaining), emitOptions.signal);
      current = await sendDeltaStatus(client, recordId, { signal: emitOptions.signal });
    }
    return current;
  });
}
