/**
 * The typed, unopinionated client: one method per HTTP verb, paths and bodies checked against
 * the generated OpenAPI types, responses returned as `{ data, error, response }` without retries,
 * idempotency keys or signing (compose those through the `fetch` option).
 */
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./generated/schema.js";

export type { components, operations, paths } from "./generated/schema.js";

export interface RawClientOptions {
  /** API origin: `https://app.pacspace.io`, or `http://127.0.0.1:4010` for the local mock. */
  baseUrl: string;
  /**
   * The full API key `pk_{test|live}_{publicId}.{secret}`, sent as `X-Api-Key`. Only the public
   * verification operations (`/api/v1/verify/…`, `/api/v1/receipt/…`) work without one.
   */
  apiKey?: string;
  /** Sends each request; defaults to the `globalThis.fetch` in place when the request is made. */
  fetch?: (request: Request) => Promise<Response>;
}

export type RawClient = Client<paths>;

export function createRawClient(options: RawClientOptions): RawClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    // openapi-fetch keeps the fetch it is given at creation; looking globalThis.fetch up per request
    // keeps clients created before MSW (or another interceptor) is installed working.
    fetch: options.fetch ?? ((request) => globalThis.fetch(request)),
    headers: options.apiKey === undefined ? {} : { "X-Api-Key": options.apiKey },
  });
}
