/**
 * Typed openapi-fetch clients whose code loads on their first request: `pac.raw`, the dashboard's
 * `raw`, and `createRawClient` as `@pacspace/sdk` exports it. openapi-fetch is loaded with
 * `import()`, so an app that never sends a raw request does not ship it. Middleware registered
 * before that is checked and kept in order exactly as openapi-fetch does, and handed to the
 * client when it is created.
 */
import type { Middleware } from "openapi-fetch";
import { loadOnce } from "./load-once.js";
import type { RawClient, RawClientOptions } from "./raw-client.js";

type RequestMethodName = Exclude<keyof RawClient, "use" | "eject">;

const REQUEST_METHODS = [
  "request",
  "GET",
  "PUT",
  "POST",
  "DELETE",
  "OPTIONS",
  "HEAD",
  "PATCH",
  "TRACE",
] as const satisfies readonly RequestMethodName[];

/** A request method of `RawClient` missing from `REQUEST_METHODS` makes this `false`. */
const requestMethodsComplete: [RequestMethodName] extends [(typeof REQUEST_METHODS)[number]] ? true : false =
  true;
void requestMethodsComplete;

/** A `RawClient` that creates the real one with `create` on its first request. */
export function lazyRawClient(create: () => Promise<RawClient>): RawClient {
  let client: RawClient | undefined;
  const pending: Middleware[] = [];
  const load = loadOnce(async () => {
    client ??= await create();
    client.use(...pending.splice(0));
    return client;
  });
  const raw: Record<string, unknown> = {
    use(...middleware: Middleware[]): void {
      if (client !== undefined) {
        client.use(...middleware);
        return;
      }
      for (const m of middleware) {
        if (!m) continue;
        if (typeof m !== "object" || !("onRequest" in m || "onResponse" in m || "onError" in m)) {
          throw new Error(
            "Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`",
          );
        }
        pending.push(m);
      }
    },
    eject(...middleware: Middleware[]): void {
      if (client !== undefined) {
        client.eject(...middleware);
        return;
      }
      for (const m of middleware) {
        const i = pending.indexOf(m);
        if (i !== -1) pending.splice(i, 1);
      }
    },
  };
  for (const name of REQUEST_METHODS) {
    raw[name] = (...args: unknown[]) =>
      load().then((loaded) => (loaded[name] as (...args: unknown[]) => Promise<unknown>)(...args));
  }
  return raw as unknown as RawClient;
}

/**
 * The typed, unopinionated client: one method per HTTP verb, paths and bodies checked against
 * the generated OpenAPI types, responses returned as `{ data, error, response }` without retries,
 * idempotency keys or signing (compose those through the `fetch` option).
 */
export function createRawClient(options: RawClientOptions): RawClient {
  return lazyRawClient(async () => (await import("./raw-client.js")).createRawClient(options));
}
