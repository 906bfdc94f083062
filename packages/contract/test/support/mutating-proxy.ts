import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A reverse proxy in front of a server that can rewrite chosen exchanges: how the kit's
 * tests plant one contract violation into an otherwise conforming mock.
 */

export interface ProxiedExchange {
  method: string;
  /** Path and query. */
  target: string;
  requestBody: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Returns the exchange to send back, changed or not. */
export type Mutation = (exchange: ProxiedExchange) => ProxiedExchange;
/** Answers a request itself, without asking the upstream; undefined to forward it. */
export type Interception = (request: {
  method: string;
  target: string;
  body: string;
}) => ProxiedExchange | undefined;

export interface Proxy {
  url: string;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "host"]);

export async function startMutatingProxy(
  upstream: string,
  mutate: Mutation,
  intercept?: Interception,
): Promise<Proxy> {
  const server = createServer((request, response) => {
    (async () => {
      const method = request.method ?? "GET";
      const target = request.url ?? "/";
      const requestBody = await readBody(request);
      let exchange = intercept?.({ method, target, body: requestBody });
      if (!exchange) {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(request.headers)) {
          if (typeof value === "string" && !HOP_BY_HOP.has(name)) headers[name] = value;
        }
        const answer = await fetch(upstream + target, {
          method,
          headers,
          ...(requestBody && method !== "GET" && method !== "HEAD" ? { body: requestBody } : {}),
        });
        const answerHeaders: Record<string, string> = {};
        answer.headers.forEach((value, name) => {
          if (!HOP_BY_HOP.has(name)) answerHeaders[name] = value;
        });
        exchange = mutate({
          method,
          target,
          requestBody,
          status: answer.status,
          headers: answerHeaders,
          body: await answer.text(),
        });
      }
      response.writeHead(exchange.status, exchange.headers).end(exchange.body);
    })().catch((error: unknown) => {
      response.writeHead(502, { "content-type": "text/plain" }).end(`proxy failure: ${String(error)}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
