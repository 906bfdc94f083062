import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type CreatePacSpaceMockOptions,
  createPacSpaceMockWithRoutes,
  type PacSpaceMock,
} from "../create-pacspace-mock.js";
import { createRouteDispatcher, type RouteMatch } from "./route-dispatcher.js";

/**
 * The mock on a real port: a small node:http adapter turns each HTTP request into a fetch
 * `Request` (the body read first, so no stream bridging), the route table the MSW handlers
 * are built from picks its resolver (the same pipeline and ledger tests use in-process,
 * without MSW's per-request handler machinery), and the answer is written in one go with
 * its Content-Length. (The adapter replaced @hono/node-server, which cost about 40% more
 * CPU per request here.) An injected network-error fault destroys the socket, so the
 * client sees a dropped connection. Responses allow any origin, so a browser app on
 * another port can call it.
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
}

export interface MockServer {
  /** e.g. `http://127.0.0.1:4010` */
  url: string;
  port: number;
  pacspace: PacSpaceMock;
  /** Stops listening, drops open connections and the timer. */
  close(): Promise<void>;
}

const CORS_HEADERS: Record<string, string> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, POST, PUT, PATCH, DELETE, OPTIONS",
  "Access-Control-Allow-Headers":
    "Content-Type, X-Api-Key, Idempotency-Key, X-Credit-Pool-Id, X-PacSpace-Request-Signature, X-PacSpace-Retry-Count, X-Chain-Id, Authorization, X-Pacspace-CSRF, X-Environment",
  "Access-Control-Expose-Headers":
    "X-Request-Id, Retry-After, Idempotent-Replayed, X-Credit-Pool-Id, Content-Disposition, x-next-from-seq",
};

/**
 * With an `Origin`, the origin is echoed and credentials are allowed, so a browser app on
 * another port can use the dashboard session cookie (`credentials: "include"`).
 */
function corsHeaders(request: Request): Record<string, string> {
  const origin = request.headers.get("Origin");
  if (origin === null) return CORS_HEADERS;
  return {
    ...CORS_HEADERS,
    "Access-Control-Allow-Origin": origin,
    "Access-Control-Allow-Credentials": "true",
    Vary: "Origin",
  };
}

/** The incoming request as a fetch Request (the body, if any, already read). */
function toRequest(incoming: IncomingMessage, body: Buffer | null, defaultHost: string): Request {
  const headers: Array<[string, string]> = [];
  const raw = incoming.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.push([raw[i] as string, raw[i + 1] as string]);
  const target = incoming.url ?? "/";
  const url = /^https?:\/\//i.test(target)
    ? target
    : `http://${incoming.headers.host ?? defaultHost}${target}`;
  const method = incoming.method ?? "GET";
  const hasBody = body !== null && method !== "GET" && method !== "HEAD";
  return new Request(url, { method, headers, ...(hasBody ? { body: body as Uint8Array<ArrayBuffer> } : {}) });
}

/** Writes `response` with the CORS headers, in one piece with its length. */
async function writeResponse(
  outgoing: ServerResponse,
  response: Response,
  cors: Record<string, string>,
  method: string,
): Promise<void> {
  const body = response.body === null ? null : Buffer.from(await response.arrayBuffer());
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie") headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers["set-cookie"] = cookies;
  for (const [name, value] of Object.entries(cors)) headers[name.toLowerCase()] = value;
  if (body !== null) headers["content-length"] = String(body.length);
  outgoing.writeHead(response.status, headers);
  outgoing.end(method === "HEAD" ? undefined : (body ?? undefined));
}

export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", tickMs = 50, clock = "system", ...mockOptions } = options;
  let dispatch: ((method: string, url: URL) => RouteMatch | null) | null = null;
  const defaultHost = `${host.includes(":") ? `[${host}]` : host}:${port}`;

  /** The answer to one request; null for an injected network error (drop the connection). */
  const respond = async (request: Request): Promise<Response | null> => {
    if (request.method === "OPTIONS") return new Response(null, { status: 204 });
    if (!dispatch) return new Response("starting", { status: 503, headers: { "Retry-After": "1" } });
    const match = dispatch(request.method, new URL(request.url));
    if (!match) {
      return Response.json(
        {
          success: false,
          error: { code: "NOT_FOUND", message: "No such endpoint", requestId: "req_unrouted" },
        },
        { status: 404, headers: { "X-Request-Id": "req_unrouted" } },
      );
    }
    const response = await match.route.resolve(request, match.params);
    return response.type === "error" ? null : response;
  };

  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("error", () => outgoing.destroy());
    incoming.on("end", () => {
      const body =
        chunks.length === 0 ? null : chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
      const answer = async () => {
        const request = toRequest(incoming, body, defaultHost);
        const response = await respond(request);
        if (response === null) {
          incoming.socket.destroy();
          return;
        }
        await writeResponse(outgoing, response, corsHeaders(request), request.method);
      };
      answer().catch((error: unknown) => {
        if (outgoing.headersSent) {
          outgoing.destroy();
          return;
        }
        const message = error instanceof Error ? error.message : String(error);
        outgoing.writeHead(500, { "content-type": "text/plain" }).end(`pacspace-mock: ${message}`);
      });
    });
  });
  server.listen(port, host);

  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once("error", reject);
    server.once("listening", () => resolve(server.address() as AddressInfo));
  });
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  const { mock, routes } = createPacSpaceMockWithRoutes({
    ...mockOptions,
    clock,
    baseUrl: "*",
    publicUrl: url,
  });
  dispatch = createRouteDispatcher(routes);
  const timer = setInterval(() => mock.tick(), tickMs);
  timer.unref();

  return {
    url,
    port: address.port,
    pacspace: mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
