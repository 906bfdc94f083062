import { offsetPaginator, type PagePromise, pagedCall } from "../pagination.js";
import { assertValidRequest, assertValidScope, scopeInputOf } from "../validation/validate.js";
import {
  type APIPromise,
  apiCall,
  type HttpClient,
  type QueryParams,
  type RequestBody,
  type RequestOptions,
  type ResponseData,
  splitOptions,
  unwrap,
  type WriteOptions,
  writeHeaders,
} from "./request.js";

type CheckpointBody = RequestBody<"createCheckpoint">;
/** The scope to checkpoint (default: the current UTC month) and per-call options. */
export type CheckpointOptions = CheckpointBody & WriteOptions;
/** `createCheckpoint`'s data: one `Checkpoint` with a `customerId`, `{checkpoints}` without. */
export type CheckpointResult = ResponseData<"createCheckpoint">;
export type CheckpointList = ResponseData<"listCheckpoints">;
export type Checkpoint = CheckpointList["checkpoints"][number];
export type CheckpointBatch = Exclude<CheckpointResult, Checkpoint>;
export type ListCheckpointsOptions = QueryParams<"listCheckpoints"> & RequestOptions;

/**
 * Commits a checkpoint (signed by the transport): for one customer when `customerId` is given,
 * else for every customer active in the window. Repeating it for the same resolved scope
 * returns the existing checkpoint.
 */
export function checkpoint(client: HttpClient, options?: CheckpointOptions): APIPromise<CheckpointResult> {
  const { params: body, request } = splitOptions<CheckpointBody>(options);
  return apiCall(() => {
    assertValidRequest("createCheckpoint", { body });
    assertValidScope("createCheckpoint", scopeInputOf(body), { allowCheckpoint: false });
    return unwrap<"createCheckpoint">(
      client.POST("/api/v1/balance/checkpoint", {
        body,
        params: { header: writeHeaders(request) },
        signal: request.signal,
      }),
    );
  });
}

function fetchCheckpoints(
  client: HttpClient,
  query: QueryParams<"listCheckpoints">,
  options: RequestOptions,
) {
  return unwrap<"listCheckpoints">(
    client.GET("/api/v1/balance/checkpoints", { params: { query }, signal: options.signal }),
  );
}

/** Checkpoints, newest first, filtered by customer and scope; iterate to walk every page. */
export function listCheckpoints(
  client: HttpClient,
  options?: ListCheckpointsOptions,
): PagePromise<CheckpointList, Checkpoint> {
  const { params: query, request } = splitOptions<QueryParams<"listCheckpoints">>(options);
  return pagedCall(
    () => {
      assertValidRequest("listCheckpoints", { query });
      assertValidScope("listCheckpoints", scopeInputOf(query), { allowCheckpoint: false });
      return fetchCheckpoints(client, query, request);
    },
    offsetPaginator({
      items: (page: CheckpointList) => page.checkpoints,
      pagination: (page) => page.pagination,
      fetchPage: (offset) => fetchCheckpoints(client, { ...query, offset }, request),
    }),
  );
}
