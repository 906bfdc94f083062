import { createServer, type IncomingHttpHeaders, IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import {
  type CreatePacSpaceMockOptions,
  createPacSpaceMockWithRoutes,
  type PacSpaceMock,
} from "../create-pacspace-mock.js";
import { CONTROL_TOKEN_HEADER, setRequestPeer } from "../handlers/control-access.js";
import { answerHeader, type MockRequest, type MockResponse, toFetchRequest } from "../handlers/exchange.js";
import type { Route } from "../handlers/route.js";
import { createRouteDispatcher, type RouteMatch } from "../handlers/route-dispatcher.js";
import { randomString } from "../random.js";
import { isLoopbackHost } from "../webhooks/receiver-url-policy.js";
import { createInspectorHttp, type InspectorHttp } from "./inspector-http.js";
import { hostIssue, parseTarget } from "./request-target.js";
import {
  type CompactionStep,
  type DurableState,
  type JournalEntry,
  openDurableState,
} from "./state/durable-state.js";

/**
 * The mock on a real port: a small node:http adapter reads each body once into a buffer
 * (refusing one larger than `maxBodyBytes` as soon as its declared length or the bytes
 * received exceed it), picks the route from the request path alone (never from `Host`),
 * and calls the route's plain-data answer (the same pipeline and ledger tests use
 * in-process, without MSW's per-request machinery or a fetch `Request`/`Response`); routes
 * that answer only from a fetch `Request` get one. The answer is written in one go with
 * its Content-Length. An injected network-error fault destroys the socket, so the client
 * sees a dropped connection. API responses allow any origin, so a browser app on another
 * port can call it; the `/__mock` control API answers no CORS at all (see control-access.ts),
 * and needs a control token when the server listens beyond loopback.
 */

export interface StartMockServerOptions extends Omit<CreatePacSpaceMockOptions, "baseUrl" | "publicUrl"> {
  /** Default 0: a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** How often due verification is settled without waiting for a request, in ms (default 50). */
  tickMs?: number;
  /**
   * Default `"system"`: a server answers other processes in real time, so delayed
   * verification completes on its own (it can still be pushed forward with `advance()`).
   */
  clock?: CreatePacSpaceMockOptions["clock"];
  /** The largest request body accepted, in bytes (default 1 MiB); a larger one gets 413. */
  maxBodyBytes?: number;
  /** Time for a whole request (headers and body) to arrive, in ms (default 60 000); then 408. */
  requestTimeoutMs?: number;
  /** Time for the request headers to arrive, in ms (default 30 000, at most `requestTimeoutMs`). */
  headersTimeoutMs?: number;
  /**
   * How long an idle keep-alive connection stays open, in ms (default 65 000). Longer than
   * clients keep idle sockets (undici 4 s, most pools ≤ 60 s), so the client closes first: a
   * server that closes first races a request sent on the socket as it closes, which fails
   * with no response and, for a POST, is not retried.
   */
  keepAliveTimeoutMs?: number;
  /**
   * A directory that keeps the state across restarts and crashes (created when missing):
   * accepted writes are journaled there before they are answered and replayed at start.
   * The clock is then always real time plus the offset the control API moved it by.
   */
  state?: string;
  /** Where warnings about the state directory go (default: stderr). */
  onStateWarning?: (message: string) => void;
  /**
   * Compaction of the state directory: a snapshot of the whole state after `every` journal
   * records (default 10 000) or `bytes` of journal (default 64 MiB), and at a graceful
   * close unless `onClose` is false. `onStep` sees each step of each compaction.
   */
  stateCompaction?: {
    every?: number;
    bytes?: number;
    onClose?: boolean;
    onStep?: (step: CompactionStep) => void;
  };
}

export interface MockServer {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  port: number;
  /**
   * The token `/__mock` calls carry in `X-PacSpace-Mock-Token`: the `controlToken` option,
   * else a random one when the host is not a loopback address, else null (none needed).
   */
  controlToken: string | null;
  pacspace: PacSpaceMock;
  /** Stops listening, drops open connections and the timer. */
  close(): Promise<void>;
  /**
   * Stops accepting connections, lets the requests in flight finish (at most `graceMs`,
   * default 10 000; then their connections are dropped), then closes.
   */
  shutdown(graceMs?: number): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
const DEFAULT_HEADERS_TIMEOUT_MS = 30_000;
const DEFAULT_KEEP_ALIVE_TIMEOUT_MS = 65_000;
const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** Answers produced before any route (bad target, oversized body, timeout) carry this id. */
const UNROUTED_REQUEST_ID = "req_unrouted";

const CORS_HEADERS: Record<string, string> = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "access-control-allow-headers":
    "Content-Type, X-Api-Key, Idempotency-Key, X-Credit-Pool-Id, X-PacSpace-Request-Signature, X-PacSpace-Retry-Count, X-Chain-Id, Authorization, X-Pacspace-CSRF, X-Environment",
  "access-control-expose-headers":
    "X-Request-Id, Retry-After, Idempotent-Replayed, X-Credit-Pool-Id, Content-Disposition, x-next-from-seq",
};

/**
 * With an `Origin`, the origin is echoed and credentials are allowed, so a browser app on
 * another port can use the dashboard session cookie (`credentials: "include"`). The
 * control API gets no CORS headers: a page on another origin must not drive it.
 */
function corsHeaders(path: string, origin: string | undefined): Record<string, string> {
  if (CONTROL_PATH.test(path)) return {};
  if (origin === undefined) return CORS_HEADERS;
  return Object.assign({}, CORS_HEADERS, {
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    vary: "Origin",
  });
}

/** Any path the control API's routes can match (they match under any prefix, in any case). */
const CONTROL_PATH = /\/__mock(\/|$)/i;

/** A request while its body arrives: the chunks so far, and where its answer goes. */
class PendingRequest extends IncomingMessage {
  chunks: Buffer[] = [];
  received = 0;
  outgoing: ServerResponse | null = null;
}

/** The error envelope of an answer given before any route: status, message, offending field. */
function unroutedError(status: number, message: string, path: string, detail: string): MockResponse {
  return {
    status,
    headers: { "X-Request-Id": UNROUTED_REQUEST_ID, "Content-Type": "application/json" },
    body: JSON.stringify({
      success: false,
      error: {
        code: status === 404 ? "NOT_FOUND" : "VALIDATION_ERROR",
        message,
        ...(detail === "" ? {} : { details: [{ path, message: detail }] }),
        requestId: UNROUTED_REQUEST_ID,
      },
    }),
  };
}

const NOT_FOUND: MockResponse = unroutedError(404, "No such endpoint", "", "");

/** Writes `response` with the CORS headers, in one piece with its length. */
function writeAnswer(outgoing: ServerResponse, response: MockResponse, method: string, close: boolean): void {
  // Object.assign, not `{...a, ...b}`: in Node 20's V8 the second spread copies about 30
  // times slower, and the clone outlives young-generation collections (see `checkDeltaInput`)
  const merged: Record<string, string> = Object.assign(
    {},
    response.headers,
    corsHeaders(outgoing.req.url ?? "/", outgoing.req.headers.origin),
  );
  const body = response.body;
  if (body !== null) {
    merged["content-length"] = String(typeof body === "string" ? Buffer.byteLength(body) : body.length);
  }
  if (close) merged.connection = "close";
  outgoing.writeHead(response.status, merged);
  outgoing.end(method === "HEAD" || body === null ? undefined : body);
}

/** Writes a fetch `Response` (from a route that answers only with one) as `writeAnswer` does. */
async function writeFetchResponse(
  outgoing: ServerResponse,
  response: Response,
  method: string,
  close: boolean,
): Promise<void> {
  const body = response.body === null ? null : new Uint8Array(await response.arrayBuffer());
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const answer: MockResponse = { status: response.status, headers, body };
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) outgoing.setHeader("set-cookie", cookies);
  writeAnswer(outgoing, answer, method, close);
}

export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  const {
    port = 0,
    host = "127.0.0.1",
    tickMs = 50,
    clock = "system",
    maxBodyBytes = DEFAULT_MAX_BODY_BYTES,
    requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
    headersTimeoutMs = Math.min(DEFAULT_HEADERS_TIMEOUT_MS, requestTimeoutMs),
    keepAliveTimeoutMs = DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
    state,
    onStateWarning = (message) => process.stderr.write(`pacspace-mock: ${message}\n`),
    stateCompaction = {},
    ...mockOptions
  } = options;
  const durable: DurableState | null =
    state === undefined
      ? null
      : openDurableState(state, {
          seed: String(mockOptions.seed ?? mockOptions.scenario?.seed ?? "pacspace"),
          startAt: mockOptions.now ?? mockOptions.scenario?.now,
          warn: onStateWarning,
          compactEvery: stateCompaction.every,
          compactBytes: stateCompaction.bytes,
          compactOnClose: stateCompaction.onClose,
          onCompactionStep: stateCompaction.onStep,
        });
  let dispatch: ((method: string, path: string) => RouteMatch | null) | null = null;
  let inspector: InspectorHttp | null = null;
  const controlToken = mockOptions.controlToken ?? (isLoopbackHost(host) ? null : randomString(32));
  let closing = false;
  /** The host a request without `Host` (HTTP/1.0) was sent to; set once listening. */
  let defaultHost = "";
  const tooLarge = unroutedError(
    413,
    `The request body is larger than ${maxBodyBytes} bytes`,
    "body",
    `must be at most ${maxBodyBytes} bytes`,
  );

  /** Answers `response` and ends the connection (what is left of the body is not read). */
  const refuse = (incoming: PendingRequest, response: MockResponse) => {
    incoming.removeListener("data", onData);
    incoming.removeListener("end", onEnd);
    const outgoing = incoming.outgoing as ServerResponse;
    if (!outgoing.headersSent) writeAnswer(outgoing, response, incoming.method ?? "GET", true);
  };

  function onData(this: PendingRequest, chunk: Buffer) {
    this.received += chunk.length;
    if (this.received > maxBodyBytes) {
      refuse(this, tooLarge);
      return;
    }
    this.chunks.push(chunk);
  }

  function onEnd(this: PendingRequest) {
    void answer(this);
  }

  async function answer(incoming: PendingRequest): Promise<void> {
    try {
      await respond(incoming);
    } catch (error) {
      failed(incoming, error);
    }
  }

  /** A 500 in the error envelope for an answer that threw (the pipeline catches its own errors). */
  function failed(incoming: PendingRequest, error: unknown) {
    const outgoing = incoming.outgoing as ServerResponse;
    if (outgoing.headersSent) {
      outgoing.destroy();
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeAnswer(
      outgoing,
      {
        status: 500,
        headers: { "X-Request-Id": UNROUTED_REQUEST_ID, "Content-Type": "application/json" },
        body: JSON.stringify({
          success: false,
          error: {
            code: "INTERNAL_ERROR",
            message: `pacspace-mock: ${message}`,
            requestId: UNROUTED_REQUEST_ID,
          },
        }),
      },
      incoming.method ?? "GET",
      true,
    );
  }

  /** The request's answer, from its route; the body has fully arrived. */
  async function respond(incoming: PendingRequest): Promise<void> {
    const outgoing = incoming.outgoing as ServerResponse;
    const method = (incoming.method ?? "GET").toUpperCase();
    const { chunks } = incoming;
    const body =
      chunks.length === 0 ? null : chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
    incoming.chunks = [];
    if (method === "OPTIONS") {
      writeAnswer(outgoing, { status: 204, headers: {}, body: null }, method, closing);
      return;
    }
    if (!dispatch) {
      writeAnswer(
        outgoing,
        { status: 503, headers: { "Retry-After": "1" }, body: "starting" },
        method,
        closing,
      );
      return;
    }
    const peer = incoming.socket.remoteAddress ?? "";
    const target = incoming.url ?? "/";
    const run = () => routeAnswer(method, target, incoming.headers, body, peer);
    const { response, close } = await (durable
      ? durable.handle({ method, target, headers: incoming.rawHeaders, body }, run, (answered) =>
          outcomeOf(answered.response),
        )
      : run());
    if (response === null) {
      incoming.socket.destroy();
      return;
    }
    if (response instanceof Response) await writeFetchResponse(outgoing, response, method, close || closing);
    else writeAnswer(outgoing, response, method, close || closing);
  }

  /**
   * The answer to a request whose body has arrived: a 400/404 before any route, else its
   * route's (null: drop the connection). `close`: the connection must end after it.
   */
  async function routeAnswer(
    method: string,
    url: string,
    headers: IncomingHttpHeaders,
    body: Buffer | null,
    peer: string | undefined,
  ): Promise<{ response: MockResponse | Response | null; close: boolean }> {
    const target = parseTarget(url);
    if (typeof target === "string") {
      return { response: unroutedError(400, "The request path is malformed", "path", target), close: true };
    }
    const hostHeader = headers.host;
    const hostProblem = hostHeader === undefined ? null : hostIssue(hostHeader);
    if (hostProblem !== null) {
      return {
        response: unroutedError(400, "The Host header is malformed", "Host", hostProblem),
        close: true,
      };
    }
    const match = (dispatch as NonNullable<typeof dispatch>)(method, target.path);
    if (!match) return { response: NOT_FOUND, close: false };
    const request: MockRequest = {
      method,
      path: target.path,
      search: target.search,
      host: hostHeader?.toLowerCase() ?? defaultHost,
      headers,
      body,
      ...(peer === undefined ? {} : { peer }),
    };
    return { response: await answerFrom(match.route, request, match.params), close: false };
  }

  /** Runs a journaled request again at start, as the server that accepted it did. */
  function replayEntry(entry: JournalEntry) {
    const headers = headersOf(entry.headers);
    if (controlToken !== null) headers[CONTROL_TOKEN_HEADER.toLowerCase()] = controlToken;
    return routeAnswer(entry.method.toUpperCase(), entry.target, headers, entry.body, undefined);
  }

  const server = createServer(
    {
      IncomingMessage: PendingRequest,
      requestTimeout: requestTimeoutMs,
      headersTimeout: headersTimeoutMs,
      keepAliveTimeout: keepAliveTimeoutMs,
      // how often node looks for requests past their timeout
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(headersTimeoutMs / 2))),
    },
    (incoming, outgoing) => {
      if (inspector?.handle(incoming, outgoing)) return;
      const pending = incoming as PendingRequest;
      pending.outgoing = outgoing;
      const declared = incoming.headers["content-length"];
      if (declared !== undefined && Number(declared) > maxBodyBytes) {
        refuse(pending, tooLarge);
        return;
      }
      pending.on("data", onData);
      pending.on("end", onEnd);
    },
  );
  server.on("clientError", answerClientError);
  server.listen(port, host);

  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once("error", reject);
    server.once("listening", () => resolve(server.address() as AddressInfo));
  });
  defaultHost = `${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  const url = `http://${defaultHost}`;
  const create = () =>
    createPacSpaceMockWithRoutes({
      ...mockOptions,
      ...(controlToken === null ? {} : { controlToken }),
      clock: durable?.clock ?? clock,
      ...(durable ? { ids: durable.ids, stateTransfer: durable.transfer } : {}),
      baseUrl: "*",
      publicUrl: url,
      serverAddress: { port: address.port, hosts: ownHosts(host) },
    });
  const { mock, routes } = durable ? durable.build(create) : create();
  dispatch = createRouteDispatcher(routes);
  await durable?.replay(mock, replayEntry);
  inspector = createInspectorHttp(mock, controlToken);
  const timer = setInterval(() => {
    // a throw here would end the process: report it and keep serving
    try {
      if (durable) void durable.tick();
      else mock.tick();
    } catch (error) {
      console.error("[pacspace-mock] settling due verification failed", error);
    }
  }, tickMs);
  timer.unref();

  const stopped = new Promise<void>((resolve, reject) => {
    server.once("close", resolve);
    server.once("error", reject);
  }).finally(() => durable?.close());
  const close = () => {
    closing = true;
    clearInterval(timer);
    inspector?.close();
    server.close();
    server.closeAllConnections();
    return stopped;
  };
  return {
    url,
    port: address.port,
    controlToken,
    pacspace: mock,
    close,
    shutdown: (graceMs = DEFAULT_SHUTDOWN_GRACE_MS) => {
      closing = true;
      inspector?.close();
      server.close();
      server.closeIdleConnections();
      const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
      return stopped.finally(() => {
        clearTimeout(deadline);
        clearInterval(timer);
      });
    },
  };
}

/** How a request was answered, as the journal needs it; null: the connection was dropped. */
function outcomeOf(response: MockResponse | Response | null) {
  if (response === null) return null;
  if (response instanceof Response) {
    return { status: response.status, replayed: response.headers.get("Idempotent-Replayed") === "true" };
  }
  return { status: response.status, replayed: answerHeader(response, "Idempotent-Replayed") === "true" };
}

/** Raw node:http headers (name, value, …) as lower-case names, repeated ones joined with `, `. */
function headersOf(raw: readonly string[]): IncomingHttpHeaders {
  const headers: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    const value = raw[i + 1] as string;
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return headers;
}

/**
 * The answer of `route` to `request`: plain data when the route answers from it, else a
 * fetch `Response` from its fetch resolver; null to drop the connection (network-error fault).
 */
async function answerFrom(
  route: Route,
  request: MockRequest,
  params: Record<string, string>,
): Promise<MockResponse | Response | null> {
  if (route.answer) {
    const response = await route.answer(request, params);
    return response.networkError ? null : response;
  }
  const fetchRequest = toFetchRequest(request);
  // the control API's loopback rule reads where the request came from
  if (request.peer !== undefined) setRequestPeer(fetchRequest, request.peer);
  const response = await route.resolve(fetchRequest, params);
  return response.type === "error" ? null : response;
}

/**
 * Requests node:http cannot hand over (a malformed request line or header, too slow to
 * arrive) get the error envelope, when the connection can still take an answer, and are closed.
 */
function answerClientError(
  error: NodeJS.ErrnoException,
  socket: Socket & { _httpMessage?: ServerResponse | null },
): void {
  if (error.code === "ECONNRESET" || !socket.writable || socket._httpMessage?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, message] =
    error.code === "ERR_HTTP_REQUEST_TIMEOUT"
      ? [408, "The request did not arrive in time"]
      : error.code === "HPE_HEADER_OVERFLOW"
        ? [431, "The request headers are too large"]
        : [400, "The request is malformed"];
  const body = JSON.stringify({
    success: false,
    error: { code: "VALIDATION_ERROR", message, requestId: UNROUTED_REQUEST_ID },
  });
  socket.end(
    `HTTP/1.1 ${status} ${status === 408 ? "Request Timeout" : status === 431 ? "Request Header Fields Too Large" : "Bad Request"}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `X-Request-Id: ${UNROUTED_REQUEST_ID}\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n\r\n${body}`,
  );
  socket.destroySoon();
}

/** `0.0.0.0` and `::`: listening on every address of the machine. */
function isWildcard(host: string): boolean {
  return host === "0.0.0.0" || host === "::" || host === "[::]";
}

/** The names and addresses the server answers on besides the loopback ones. */
function ownHosts(host: string): string[] {
  if (!isWildcard(host)) return [host];
  const addresses = Object.values(networkInterfaces()).flatMap((list) =>
    (list ?? []).map((entry) => entry.address),
  );
  return [hostname(), ...addresses];
}
