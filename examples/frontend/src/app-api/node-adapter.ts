import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { PacSpace } from "@pacspace/sdk";
import { type AppApi, createAppApi } from "./boundary.js";

/**
 * The boundary in a Node server: a connect-style middleware (Vite's dev server in
 * `pnpm dev:server`, Express, or `node:http` directly). The key is read from the server's
 * environment and never leaves this process.
 */

export function appApiFromEnvironment(env: NodeJS.ProcessEnv = process.env): AppApi {
  const apiKey = env.PACSPACE_API_KEY;
  if (!apiKey) throw new Error("set PACSPACE_API_KEY (a pk_test_ sandbox key) in the server's environment");
  return createAppApi(
    new PacSpace({ apiKey, ...(env.PACSPACE_BASE_URL ? { baseUrl: env.PACSPACE_BASE_URL } : {}) }),
  );
}

export function appApiMiddleware(appApi: AppApi) {
  return async (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => {
    try {
      const answer = await appApi.handle(toRequest(request));
      if (!answer) return next();
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      next(error);
    }
  };
}

function toRequest(request: IncomingMessage): Request {
  const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(url, {
    method: request.method ?? "GET",
    headers,
    ...(hasBody ? { body: Readable.toWeb(request) as ReadableStream, duplex: "half" } : {}),
  } as RequestInit);
}
