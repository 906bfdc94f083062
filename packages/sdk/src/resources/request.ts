import type { Client } from "openapi-fetch";
import { APIError, throwIfError } from "../errors.js";
import type { operations, paths } from "../generated/schema.js";
import { getResponseMeta } from "../transport/response-meta.js";
import { withRequestSchemas } from "../validation/schemas.js";
import { type EnvelopeData, successData } from "./envelope.js";

/**
 * The typed calls every resource sends through: openapi-fetch's (`pac.raw`, the dashboard) or the
 * client's direct one (`direct-client.ts`), which answers them the same way.
 */
export type HttpClient = Pick<Client<paths>, "GET" | "POST" | "PUT" | "PATCH" | "DELETE">;

export type OperationId = keyof operations;

type JsonContent<R> = R extends { content: { "application/json": infer Body } } ? Body : never;
type SuccessEnvelope<Op extends OperationId> = JsonContent<
  operations[Op]["responses"][Extract<keyof operations[Op]["responses"], 200 | 201>]
>;

/**
 * The unwrapped `data` of an operation's success envelope (`{success: true, data}` or
 * `{statusCode, data}`), straight from the generated schema.
 */
export type ResponseData<Op extends OperationId> =
  SuccessEnvelope<Op> extends { data: infer Data } ? Data : never;

/** The query parameters of an operation, as the generated schema declares them. */
export type QueryParams<Op extends OperationId> = NonNullable<operations[Op]["parameters"]["query"]>;

/** The JSON request body of an operation. */
export type RequestBody<Op extends OperationId> = operations[Op] extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body
  : never;

/** Per-call options every method accepts. */
export interface RequestOptions {
  /** Aborts the call (including retries and backoff waits). */
  signal?: AbortSignal;
}

/** Per-call options of writes. */
export interface WriteOptions extends RequestOptions {
  /** Sent as `Idempotency-Key`; reused on every retry. Default: one random key per call. */
  idempotencyKey?: string;
  /** Sent as `X-Credit-Pool-Id` (routing override for tenants with several contracts). */
  creditPoolId?: string;
}

/** What `withResponse()` resolves to. */
export interface APIResponse<T> {
  data: T;
  /** The raw response (its body has been read). For calls made of several requests, the last one. */
  response: Response;
  /** The server's `X-Request-Id`. */
  requestId?: string;
  /** Attempts the transport made for this request (1 when it was not retried). */
  attempts: number;
  /** The `Idempotency-Key` every attempt carried (writes only). */
  idempotencyKey?: string;
}

/**
 * A `Promise<T>` of the unwrapped `data`, plus `withResponse()` for the response, request id and
 * attempt count. The request starts when the method is called, whether or not it is awaited.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #result: Promise<APIResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<APIResponse<T>>) {
    // The base promise is never observed: then/catch/finally go through `#result`.
    super((resolve) => resolve(undefined as T));
    this.#result = result;
  }

  // Derived promises (from `then`, `Promise.all`…) are plain promises.
  static override get [Symbol.species]() {
    return Promise;
  }

  /** The data together with the response it came from. */
  withResponse(): Promise<APIResponse<T>> {
    return this.#result;
  }

  #dataPromise(): Promise<T> {
    this.#data ??= this.#result.then((result) => result.data);
    return this.#data;
  }

  // biome-ignore lint/suspicious/noThenProperty: an APIPromise is a promise; `then` yields the unwrapped data.
  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    // One derived promise per `then` (as `await` calls it), not a data promise and then another.
    if (typeof onfulfilled !== "function") return this.#dataPromise().then(onfulfilled, onrejected);
    return this.#result.then((result) => onfulfilled(result.data), onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#dataPromise().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#dataPromise().finally(onfinally);
  }
}

/**
 * Starts `run`: validation errors thrown synchronously inside it become rejections, so every
 * method reports failures the same way. The first call waits for the lazily loaded request
 * schemas before running `run` (which validates before sending).
 */
export function startCall<R>(run: () => Promise<R>): Promise<R> {
  try {
    return withRequestSchemas(run);
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Runs `run` as one API call (see `startCall`). */
export function apiCall<T>(run: () => Promise<APIResponse<T>>): APIPromise<T> {
  return new APIPromise(startCall(run));
}

type FetchResult = { data?: unknown; error?: unknown; response: Response };

/**
 * Turns what openapi-fetch returned into the envelope's `data`, or throws the typed error
 * (`throwIfError`) for a non-2xx answer or a 202 still pending after the transport's retries.
 * `read` finds the data in a 2xx body: by default either success envelope (`successData`);
 * a resource whose answers may come in another form passes its own reader, e.g.
 * `successOrBareData` for public verification. A body `read` rejects is an
 * `UNEXPECTED_RESPONSE` error.
 */
export async function unwrap<Op extends OperationId>(
  call: Promise<FetchResult>,
  read: (body: unknown) => EnvelopeData | undefined = successData,
): Promise<APIResponse<ResponseData<Op>>> {
  const { data, error, response } = await call;
  const body = response.ok ? data : error;
  throwIfError(response, body);
  const found = read(body);
  if (found === undefined) {
    const requestId = requestIdOf(response);
    throw new APIError(
      `PacSpace answered ${response.status} without a {"success": true, "data": …} or {"statusCode": …, "data": …} envelope`,
      {
        code: "UNEXPECTED_RESPONSE",
        status: response.status,
        headers: response.headers,
        body,
        ...(requestId === undefined ? {} : { requestId }),
      },
    );
  }
  return apiResponse(response, found.data as ResponseData<Op>);
}

function requestIdOf(response: Response, meta = getResponseMeta(response)): string | undefined {
  return meta?.requestId ?? response.headers.get("x-request-id") ?? undefined;
}

/** A successful answer's `data` with what the transport knows of it: request id, attempts, idempotency key. */
export function apiResponse<T>(response: Response, data: T): APIResponse<T> {
  const meta = getResponseMeta(response);
  const requestId = requestIdOf(response, meta);
  const result: APIResponse<T> = { data, response, attempts: meta?.attempts ?? 1 };
  if (requestId !== undefined) result.requestId = requestId;
  if (meta?.idempotencyKey !== undefined) result.idempotencyKey = meta.idempotencyKey;
  return result;
}

/** `value` without its undefined properties (so they are neither validated nor sent). */
export function definedOnly<T extends object>(value: T): T {
  const defined: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item === undefined) continue;
    // An own `__proto__` key stays a key, as Object.fromEntries keeps it, not a prototype.
    if (key === "__proto__") {
      Object.defineProperty(defined, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else defined[key] = item;
  }
  return defined as T;
}

/** Header params of a write: only the ones the caller set. */
export function writeHeaders(options: WriteOptions): {
  "Idempotency-Key"?: string;
  "X-Credit-Pool-Id"?: string;
} {
  return definedOnly({ "Idempotency-Key": options.idempotencyKey, "X-Credit-Pool-Id": options.creditPoolId });
}

/** Splits per-call options from the operation's own parameters. */
export function splitOptions<P extends object>(
  options: (P & WriteOptions) | undefined,
): { params: P; request: WriteOptions } {
  const { signal, idempotencyKey, creditPoolId, ...params } = options ?? ({} as P & WriteOptions);
  return {
    params: definedOnly(params) as P,
    request: definedOnly({ signal, idempotencyKey, creditPoolId }),
  };
}
