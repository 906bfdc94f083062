import { TimeoutError } from "../errors.js";
import { maxBatchSize } from "../generated/spec-constants.js";
import { abortableSleep } from "../transport/abortable-sleep.js";
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
  /** Billing-middleware tenants only (and required for them): the vendor account recording the delta. */
  vendorAccountId?: EmitDeltaInput["vendorAccountId"];
}

/** `emitBatch` merges the per-request results of its chunks. */
export type EmitBatchResult = BatchResult & {
  /** Each chunk's `receiptId` in order; `receiptId` itself is set only when there was one chunk. */
  receiptIds: BatchResult["receiptId"][];
};

/** How long to wait for a delta to settle, with the names the PacSpace docs and official SDKs use. */
export interface WaitOptions extends RequestOptions {
  /** Give up after this many ms (then `TimeoutError`). Default 60 000. */
  timeout?: number;
  /** Wait between status polls, in ms. Default 2 000. */
  pollInterval?: number;
}

export interface EmitAndWaitOptions extends EmitOptions, WaitOptions {
  /** @deprecated Use `timeout` (which wins when both are given). */
  timeoutMs?: number;
  /** @deprecated Use `pollInterval` (which wins when both are given). */
  pollIntervalMs?: number;
}

const DEFAULT_WAIT_TIMEOUT_MS = 60_000;
const DEFAULT_POLL_INTERVAL_MS = 2_000;

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
    vendorAccountId: options.vendorAccountId,
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

function waitTimes(timeout: number | undefined, pollInterval: number | undefined) {
  const timeoutMs = timeout ?? DEFAULT_WAIT_TIMEOUT_MS;
  const pollIntervalMs = pollInterval ?? DEFAULT_POLL_INTERVAL_MS;
  if (!(timeoutMs > 0) || !(pollIntervalMs > 0)) {
    throw new RangeError("timeout and pollInterval must be positive numbers of milliseconds");
  }
  return { timeoutMs, pollIntervalMs };
}

/**
 * Polls `deltaStatus` from `current` until the delta is `VERIFIED` or `FAILED`, or throws
 * `TimeoutError` once `deadline` passes.
 */
async function pollUntilSettled(
  client: HttpClient,
  current: APIResponse<DeltaRecord>,
  times: { timeoutMs: number; pollIntervalMs: number },
  deadline: number,
  signal: AbortSignal | undefined,
): Promise<APIResponse<DeltaRecord>> {
  const { recordId, customerId } = current.data;
  while (!TERMINAL_STATUSES.has(current.data.status)) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new TimeoutError(
        `Delta ${recordId} was still ${current.data.status} after ${times.timeoutMs} ms; follow it with deltaStatus("${recordId}")`,
        { customerId, body: current.data },
      );
    }
    await abortableSleep(Math.min(times.pollIntervalMs, remaining), signal);
    current = await sendDeltaStatus(client, recordId, { signal });
  }
  return current;
}

/**
 * Emits, then polls `deltaStatus` until the delta is `VERIFIED` or `FAILED` (both are returned;
 * check `status`). Throws `TimeoutError` when `timeout` passes first; the delta is recorded
 * anyway and can still be followed with `deltaStatus(recordId)`.
 */
export function emitAndWait(
  client: HttpClient,
  customerId: string,
  delta: number,
  reason: string,
  options: EmitAndWaitOptions = {},
): APIPromise<DeltaRecord> {
  const { timeout, pollInterval, timeoutMs, pollIntervalMs, ...emitOptions } = options;
  return apiCall(async () => {
    const times = waitTimes(timeout ?? timeoutMs, pollInterval ?? pollIntervalMs);
    const deadline = Date.now() + times.timeoutMs;
    const first = await sendEmit(client, emitBody(customerId, delta, reason, emitOptions), emitOptions);
    return pollUntilSettled(client, first, times, deadline, emitOptions.signal);
  });
}

/**
 * Polls an existing delta until it is `VERIFIED` or `FAILED` (both are returned; check
 * `status`); `TimeoutError` when `timeout` passes first.
 */
export function waitForVerified(
  client: HttpClient,
  recordId: string,
  options: WaitOptions = {},
): APIPromise<DeltaRecord> {
  const { timeout, pollInterval, signal } = options;
  return apiCall(async () => {
    const times = waitTimes(timeout, pollInterval);
    const deadline = Date.now() + times.timeoutMs;
    const first = await sendDeltaStatus(client, recordId, { signal });
    return pollUntilSettled(client, first, times, deadline, signal);
  });
}
