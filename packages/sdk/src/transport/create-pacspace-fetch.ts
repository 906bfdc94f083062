import ky, { type Options as KyOptions, TimeoutError as KyTimeoutError } from "ky";
import { ConnectionError, TimeoutError } from "../errors.js";
import { raceWithAbort } from "./abortable.js";
import { abortableSleep } from "./abortable-sleep.js";
import { HEADER } from "./headers.js";
import { ensureIdempotencyKey } from "./idempotency.js";
import {
  createSignatureTimestamps,
  defaultShouldSign,
  signatureFor,
  signingSecretOf,
} from "./request-signing.js";
import { type ResponseMeta, setResponseMeta } from "./response-meta.js";
import { parseMaybeJson } from "./response-signals.js";
import {
  backoffDelayMs,
  DEFAULT_MAX_RETRIES,
  decideResponseRetry,
  MAX_SERVER_DELAY_MS,
  mayRetryStatus,
} from "./retry-policy.js";
import { assertTransportOptions, DEFAULT_TIMEOUT_MS } from "./transport-options.js";
import { USER_AGENT } from "./version.js";
import { isWriteMethod } from "./write-methods.js";

export { getResponseMeta, type ResponseMeta } from "./response-meta.js";

/** The fetch the transport sends each attempt through; `typeof fetch` fits. */
export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

export type LogContext = Record<string, unknown>;

/** Any subset of a console/pino-style logger. */
export interface PacSpaceLogger {
  debug?(message: string, context?: LogContext): void;
  info?(message: string, context?: LogContext): void;
  warn?(message: string, context?: LogContext): void;
  error?(message: string, context?: LogContext): void;
}

export interface PacSpaceFetchOptions {
  /** Sent as `X-Api-Key` unless the request already has one; its secret signs §8 calls. */
  apiKey?: string;
  /** Retries after the first attempt. Default 2 (at most 3 attempts). */
  maxRetries?: number;
  /** Per-attempt timeout in ms (until response headers arrive). Default 30 000; `Infinity` disables. */
  timeout?: number;
  /** Underlying fetch. Default: `globalThis.fetch`, looked up on every attempt (so MSW installed later still intercepts). */
  fetch?: FetchLike;
  /** Sign the calls `shouldSign` selects. Default true. */
  signRequests?: boolean;
  /** Which calls to sign. Default: POST /api/v1/balance/compare and POST /api/v1/balance/checkpoint. */
  shouldSign?: (method: string, pathname: string) => boolean;
  /** Generates an Idempotency-Key for writes that carry none. Default `crypto.randomUUID()`. */
  idempotencyKey?: () => string;
  /** Gets one debug line per attempt and one warn line per retry. Never sees keys or signatures. */
  logger?: PacSpaceLogger;
  /** Jitter source in [0, 1). Default `Math.random`. */
  random?: () => number;
  /** Backoff wait; should reject when `signal` aborts (the transport also stops waiting itself). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Clock in ms: signature timestamps and HTTP-date `Retry-After`. Default `Date.now`. */
  now?: () => number;
  /** Appended to `User-Agent` after a space, e.g. `"my-app/1.2"`. */
  userAgent?: string;
  /** Sent as `X-Chain-Id` on every request that carries none. */
  chainId?: string | number;
  /** Sent as `X-Credit-Pool-Id` on every write (POST, PUT, PATCH, DELETE) that carries none. */
  creditPoolId?: string | number;
}

// `init` keys the Request constructor ignores but fetch implementations understand (e.g.
// undici's `dispatcher`, openapi-fetch's `requestInitExt`) go straight to the underlying fetch,
// never through ky, which would read some of them as its own options.
function fetchOnlyOptions(init: RequestInit | undefined, request: Request): Record<string, unknown> {
  const extra: Record<string, unknown> = {};
  if (init === undefined || init === null) return extra;
  for (const [key, value] of Object.entries(init)) {
    if (!(key in request) && key !== "window") extra[key] = value;
  }
  return extra;
}

/** A call the SDK's own resources hand to the transport as is, without building a `Request` first. */
export interface OutgoingRequest {
  method: string;
  /** Absolute; handed to ky as it is. */
  url: string;
  /**
   * The path of `url` exactly as the URL parser reads it, when the caller knows it: the transport
   * then parses `url` only to sign the request (ky's `Request` parses it in any case).
   */
  pathname?: string;
  /** The transport's own from here on: it adds its headers to them. */
  headers: Headers;
  body: string | ArrayBuffer | undefined;
  /** The caller's signal, when it gave one. */
  signal: AbortSignal | undefined;
  /** What a `Request` handed to the fetch carried besides: credentials, mode, cache… */
  requestInit?: RequestInit;
  /** `init` keys only the underlying fetch understands (see `fetchOnlyOptions`). */
  passThrough?: Record<string, unknown>;
}

/** The transport: the fetch other code sends through, and the direct entry of the SDK's resources. */
export interface PacSpaceTransport {
  fetch: typeof fetch;
  send(request: OutgoingRequest): Promise<Response>;
}

// Waits of calls made without a signal (the `sleep` option is always given one).
const NEVER_ABORTED = new AbortController().signal;

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  return signal === undefined ? promise : raceWithAbort(promise, signal);
}

async function readBodyForDecision(response: Response, signal: AbortSignal | undefined): Promise<unknown> {
  try {
    return parseMaybeJson(await abortable(response.clone().text(), signal));
  } catch (error) {
    if (signal?.aborted) throw error;
    return undefined;
  }
}

/** Records what the transport knows of the response it returns. */
function finish(response: Response, attempts: number, idempotencyKey: string | undefined): Response {
  const meta: ResponseMeta = { attempts };
  const requestId = response.headers.get(HEADER.requestId);
  if (requestId !== null) meta.requestId = requestId;
  if (idempotencyKey !== undefined) meta.idempotencyKey = idempotencyKey;
  setResponseMeta(response, meta);
  return response;
}

function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

/**
 * Builds the fetch that openapi-fetch (or any fetch-based code) sends PacSpace requests through.
 *
 * Contract:
 * - A response from the server is always RETURNED, whatever its status, once retries are
 *   over or not applicable, so openapi-fetch can parse its `error`. Use `errorFromResponse`
 *   / `throwIfError` from `errors.ts` to turn it into a typed error.
 * - Only transport failures throw: `ConnectionError` when the last attempt failed on the
 *   network, `TimeoutError` when it timed out, and the caller's abort reason on abort.
 * - `getResponseMeta(response)` tells how many attempts were made (nothing is added on the wire).
 */
export function createPacSpaceFetch(options: PacSpaceFetchOptions = {}): typeof fetch {
  return createPacSpaceTransport(options).fetch;
}

/** `createPacSpaceFetch`'s transport with its direct entry for the SDK's resources. */
export function createPacSpaceTransport(options: PacSpaceFetchOptions = {}): PacSpaceTransport {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  assertTransportOptions(maxRetries, timeout);

  const baseFetch: FetchLike = options.fetch ?? ((request, init) => globalThis.fetch(request, init));
  const signRequests = options.signRequests ?? true;
  const shouldSign = options.shouldSign ?? defaultShouldSign;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? abortableSleep;
  const now = options.now ?? Date.now;
  const logger = options.logger ?? {};
  const userAgent = options.userAgent ? `${USER_AGENT} ${options.userAgent}` : USER_AGENT;
  const signatureTimestamps = createSignatureTimestamps();

  async function pacSpaceFetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    // openapi-fetch hands over a finished Request and no init: use it as is rather than copy it
    // (a copy would take over its body and follow its signal, which using it directly does too).
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const signal = request.signal;
    if (signal.aborted) throw signal.reason;
    // Read the body once; every attempt resends these exact bytes (and signs their text).
    const body = request.body === null ? undefined : await raceWithAbort(request.arrayBuffer(), signal);
    return send({
      method: request.method,
      url: request.url,
      headers: new Headers(request.headers),
      body,
      signal,
      requestInit: {
        credentials: request.credentials,
        mode: request.mode,
        cache: request.cache,
        redirect: request.redirect,
        referrerPolicy: request.referrerPolicy,
        integrity: request.integrity,
        keepalive: request.keepalive,
      },
      passThrough: fetchOnlyOptions(init, request),
    });
  }

  // ky's timeout option and its fetch: the same for every call without fetch-only options.
  const kyTimeout = timeout === Number.POSITIVE_INFINITY ? false : timeout;
  const kyFetch = (kyRequest: Request | URL | string, kyInit?: RequestInit) =>
    baseFetch(kyRequest as Request, kyInit);

  async function send(outgoing: OutgoingRequest): Promise<Response> {
    const { headers, body, signal, requestInit, passThrough } = outgoing;
    if (signal?.aborted) throw signal.reason;
    const method = outgoing.method.toUpperCase();
    // Without a known path the URL is parsed here, so one that does not parse fails before any attempt.
    let url = outgoing.pathname === undefined ? new URL(outgoing.url) : undefined;
    const pathname = outgoing.pathname ?? (url as URL).pathname;

    if (options.apiKey && !headers.has(HEADER.apiKey)) headers.set(HEADER.apiKey, options.apiKey);
    // Defaults only: a header the call set itself (a per-call creditPoolId) wins.
    if (options.chainId !== undefined && !headers.has(HEADER.chainId)) {
      headers.set(HEADER.chainId, String(options.chainId));
    }
    if (options.creditPoolId !== undefined && isWriteMethod(method) && !headers.has(HEADER.creditPoolId)) {
      headers.set(HEADER.creditPoolId, String(options.creditPoolId));
    }
    headers.set(HEADER.userAgent, userAgent);
    const idempotencyKey = ensureIdempotencyKey(headers, method, options.idempotencyKey);

    // Sign with the key actually sent, so a per-request X-Api-Key is honoured too.
    const sentKey = signRequests ? headers.get(HEADER.apiKey) : null;
    const signingSecret = sentKey && shouldSign(method, pathname) ? signingSecretOf(sentKey) : undefined;
    // Only signing reads the body as text.
    const bodyText =
      signingSecret === undefined || body === undefined
        ? ""
        : typeof body === "string"
          ? body
          : new TextDecoder().decode(body);

    // What the log lines carry; built only for a logger that takes them.
    const logContext = (): LogContext =>
      idempotencyKey === undefined ? { method, path: pathname } : { method, path: pathname, idempotencyKey };

    const wait = async (retryIndex: number, delayMs: number, reason: string): Promise<void> => {
      logger.warn?.(`PacSpace request retrying in ${Math.round(delayMs)} ms: ${reason}`, {
        ...logContext(),
        retry: retryIndex + 1,
        maxRetries,
        delayMs,
        reason,
      });
      await abortable(sleep(delayMs, signal ?? NEVER_ABORTED), signal);
    };

    // ky's options for every attempt (it copies the headers into each attempt's own request).
    const kyOptions: KyOptions = {
      ...requestInit,
      method,
      headers,
      body,
      timeout: kyTimeout,
      retry: 0,
      throwHttpErrors: false,
      fetch:
        passThrough === undefined || Object.keys(passThrough).length === 0
          ? kyFetch
          : (kyRequest, kyInit) => baseFetch(kyRequest as Request, { ...kyInit, ...passThrough }),
    };
    // Only the caller's own signal: ky then needs no second signal to follow it.
    if (signal !== undefined) kyOptions.signal = signal;

    for (let attempt = 0; ; attempt++) {
      // The same Headers serve every attempt: ky copies them into each attempt's own request.
      headers.set(HEADER.retryCount, String(attempt));
      if (signingSecret !== undefined) {
        // A fresh timestamp per attempt: a resent signature could be stale or count as a replay.
        url ??= new URL(outgoing.url);
        const signature = await signatureFor({
          secret: signingSecret,
          method,
          url,
          body: bodyText,
          nowMs: now(),
          timestamps: signatureTimestamps,
        });
        headers.set(HEADER.requestSignature, signature);
      }
      logger.debug?.(`PacSpace request attempt ${attempt + 1}/${maxRetries + 1}`, {
        ...logContext(),
        attempt: attempt + 1,
        signed: signingSecret !== undefined,
      });

      let response: Response;
      try {
        response = await abortable(ky(url?.href ?? outgoing.url, kyOptions), signal);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const timedOut = error instanceof KyTimeoutError;
        const what = timedOut ? `timed out after ${timeout} ms` : `failed: ${describe(error)}`;
        if (attempt >= maxRetries) {
          const message = `PacSpace request ${method} ${pathname} ${what} (${attempt + 1} attempt${attempt === 0 ? "" : "s"})`;
          throw timedOut
            ? new TimeoutError(message, { cause: error })
            : new ConnectionError(message, { cause: error });
        }
        await wait(
          attempt,
          backoffDelayMs(attempt, random),
          timedOut ? "timeout" : `network error (${describe(error)})`,
        );
        continue;
      }

      if (attempt >= maxRetries || !mayRetryStatus(response.status)) {
        return finish(response, attempt + 1, idempotencyKey);
      }
      const decision = decideResponseRetry(
        response.status,
        response.headers,
        await readBodyForDecision(response, signal),
        now(),
      );
      if (!decision.retry) return finish(response, attempt + 1, idempotencyKey);
      if (decision.serverDelayMs !== undefined && decision.serverDelayMs > MAX_SERVER_DELAY_MS) {
        logger.debug?.("PacSpace request not retried: server asked to wait longer than 60 s", {
          ...logContext(),
          status: response.status,
          serverDelayMs: decision.serverDelayMs,
        });
        return finish(response, attempt + 1, idempotencyKey);
      }
      discard(response);
      await wait(attempt, decision.serverDelayMs ?? backoffDelayMs(attempt, random), decision.reason);
    }
  }

  return { fetch: pacSpaceFetch as typeof fetch, send };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return `${error.name}: ${error.message}${cause}`;
  }
  return String(error);
}
