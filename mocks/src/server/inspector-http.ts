import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PacSpaceMock } from "../create-pacspace-mock.js";
import { controlCallRefusal } from "../handlers/control-access.js";

/**
 * The local server's inspector: the page's prebuilt files under `/__mock/ui/` and the
 * control API's live event stream, `GET /__mock/events/stream` (server-sent events). Both
 * need what a route's one-piece `Response` cannot give (files from disk, a stream that
 * stays open), so the server hands them these requests before its route table.
 *
 * Caching: `index.html` is `no-cache` (revalidated by ETag), files under `assets/` carry a
 * content hash in their name and are `immutable`.
 */

export const INSPECTOR_PATH = "/__mock/ui/";
export const EVENT_STREAM_PATH = "/__mock/events/stream";
/** Comment lines keep idle streams open through proxies. */
const HEARTBEAT_MS = 15_000;

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".map": "application/json",
};

/** The built page: next to the bundle (`dist/inspector/`), or the package's dist when run from source. */
function assetsDirectory(): string | null {
  const here =
    typeof __filename === "string" ? pathToFileURL(__filename).href : (import.meta.url as string | undefined);
  if (!here) return null;
  for (const relative of ["./inspector/", "../../dist/inspector/"]) {
    const directory = fileURLToPath(new URL(relative, here));
    if (existsSync(`${directory}index.html`)) return directory;
  }
  return null;
}

export interface InspectorHttp {
  /** Answers the request when it is the page's or the event stream's; false otherwise. */
  handle(incoming: IncomingMessage, outgoing: ServerResponse): boolean;
  /** Ends open event streams (the server is closing). */
  close(): void;
}

/**
 * `controlToken`: the token the control API demands, if any; the event stream is part of
 * the control API and obeys the same rules (the page's files hold nothing and are open).
 */
export function createInspectorHttp(
  mock: PacSpaceMock,
  controlToken: string | null,
  directory = assetsDirectory(),
): InspectorHttp {
  const streams = new Set<ServerResponse>();
  let unsubscribe: (() => void) | null = null;

  const broadcast = (event: string, data: unknown) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const stream of streams) stream.write(frame);
  };
  // Ledgers build event payloads only while someone listens: listen only while a page is open.
  const listen = () => {
    if (unsubscribe) return;
    const offRequests = mock.requests.on((entry) => broadcast("request", entry));
    const offLedger = mock.ledger.onEvent((event) =>
      broadcast("ledger", {
        id: event.id,
        event: event.event,
        timestamp: event.timestamp,
        tenantId: event.tenantId,
        environment: event.environment,
      }),
    );
    unsubscribe = () => {
      offRequests();
      offLedger();
    };
  };
  const heartbeat = setInterval(() => {
    for (const stream of streams) stream.write(": ping\n\n");
  }, HEARTBEAT_MS);
  heartbeat.unref();

  const openStream = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    outgoing.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    outgoing.write(
      `retry: 1000\nevent: ready\ndata: ${JSON.stringify({ now: new Date(mock.clock.now()).toISOString() })}\n\n`,
    );
    streams.add(outgoing);
    listen();
    incoming.on("close", () => {
      streams.delete(outgoing);
      if (streams.size === 0) {
        unsubscribe?.();
        unsubscribe = null;
      }
    });
  };

  const serveFile = (incoming: IncomingMessage, outgoing: ServerResponse, relative: string) => {
    const method = incoming.method ?? "GET";
    if (method !== "GET" && method !== "HEAD") {
      outgoing.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("Method not allowed");
      return;
    }
    if (directory === null) {
      outgoing
        .writeHead(404, { "content-type": "text/plain; charset=utf-8" })
        .end("The inspector page is not built: run `pnpm --filter @pacspace/mocks build`.");
      return;
    }
    const name = relative === "" ? "index.html" : relative;
    // Only index.html and flat names under assets/: nothing can climb out of the directory.
    if (!(name === "index.html" || /^assets\/[\w.-]+$/.test(name)) || name.includes("..")) {
      outgoing.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    const file = `${directory}${name}`;
    if (!existsSync(file)) {
      outgoing.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    const body = readFileSync(file);
    const extension = name.slice(name.lastIndexOf("."));
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
    const headers: Record<string, string> = {
      "content-type": CONTENT_TYPES[extension] ?? "application/octet-stream",
      "cache-control": name === "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
      etag,
      "x-content-type-options": "nosniff",
    };
    if (incoming.headers["if-none-match"] === etag) {
      outgoing.writeHead(304, headers).end();
      return;
    }
    headers["content-length"] = String(body.length);
    outgoing.writeHead(200, headers).end(method === "HEAD" ? undefined : body);
  };

  return {
    handle(incoming, outgoing) {
      const target = incoming.url ?? "/";
      const query = target.indexOf("?");
      const path = query === -1 ? target : target.slice(0, query);
      if (path === EVENT_STREAM_PATH && incoming.method === "GET") {
        const refusal = controlCallRefusal(
          {
            method: "GET",
            header: (name) => {
              const value = incoming.headers[name.toLowerCase()];
              return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
            },
            peer: incoming.socket.remoteAddress ?? "",
          },
          controlToken,
        );
        if (refusal !== null) {
          const body = JSON.stringify({ success: false, error: refusal.error });
          outgoing
            .writeHead(refusal.status, {
              "content-type": "application/json",
              "content-length": String(Buffer.byteLength(body)),
            })
            .end(body);
          return true;
        }
        openStream(incoming, outgoing);
        return true;
      }
      if (path === INSPECTOR_PATH.slice(0, -1)) {
        outgoing.writeHead(308, { location: `${INSPECTOR_PATH}${query === -1 ? "" : target.slice(query)}` });
        outgoing.end();
        return true;
      }
      if (!path.startsWith(INSPECTOR_PATH)) return false;
      let relative: string;
      try {
        relative = decodeURIComponent(path.slice(INSPECTOR_PATH.length));
      } catch {
        relative = "\0";
      }
      serveFile(incoming, outgoing, relative);
      return true;
    },
    close() {
      clearInterval(heartbeat);
      unsubscribe?.();
      unsubscribe = null;
      for (const stream of streams) stream.end();
      streams.clear();
    },
  };
}
