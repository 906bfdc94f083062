import type { AddressInfo } from "node:net";
import { type HttpBindings, serve } from "@hono/node-server";
import { getResponse } from "msw";
import {
  type CreatePacSpaceMockOptions,
  createPacSpaceMock,
  type PacSpaceMock,
} from "../create-pacspace-mock.js";

/**
 * The mock on a real port: @hono/node-server turns each HTTP request into a fetch
 * `Request`, msw's `getResponse` runs it through the same handlers tests use in-process.
 * An injected network-error fault destroys the socket, so the client sees a dropped
 * connection. Responses allow any origin, so a browser app on another port can call it.
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
    "Content-Type, X-Api-Key, Idempotency-Key, X-Credit-Pool-Id, X-PacSpace-Request-Signature, X-PacSpace-Retry-Count, Authorization, X-Pacspace-CSRF, X-Environment",
  "Access-Control-Expose-Headers":
    "X-Request-Id, Retry-After, Idempotent-Replayed, X-Credit-Pool-Id, Content-Disposition",
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

function withCors(response: Response, request: Request): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(corsHeaders(request))) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServer> {
  const { port = 0, host = "127.0.0.1", tickMs = 50, clock = "system", ...mockOptions } = options;
  let pacspace: PacSpaceMock | null = null;

  const server = serve({
    port,
    hostname: host,
    // keep Node's own Request/Response: msw (maybe in the same process) relies on them
    overrideGlobalObjects: false,
    fetch: async (request, env) => {
      if (request.method === "OPTIONS")
        return new Response(null, { status: 204, headers: corsHeaders(request) });
      if (!pacspace) return new Response("starting", { status: 503, headers: { "Retry-After": "1" } });
      const response = await getResponse(pacspace.handlers, request);
      if (!response) {
        return withCors(
          Response.json(
            {
              success: false,
              error: { code: "NOT_FOUND", message: "No such endpoint", requestId: "req_unrouted" },
            },
            { status: 404, headers: { "X-Request-Id": "req_unrouted" } },
          ),
          request,
        );
      }
      if (response.type === "error") {
        // an injected network error: drop the connection without an answer
        (env as HttpBindings).incoming.socket.destroy();
        return new Promise<Response>(() => {});
      }
      return withCors(response, request);
    },
  });

  const address = await new Promise<AddressInfo>((resolve, reject) => {
    server.once("error", reject);
    server.once("listening", () => resolve(server.address() as AddressInfo));
  });
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
  pacspace = createPacSpaceMock({ ...mockOptions, clock, baseUrl: "*", publicUrl: url });
  const mock = pacspace;
  const timer = setInterval(() => mock.tick(), tickMs);
  timer.unref();

  return {
    url,
    port: address.port,
    pacspace: mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(timer);
        const http = server as import("node:http").Server;
        http.close((error) => (error ? reject(error) : resolve()));
        http.closeAllConnections?.();
      }),
  };
}
