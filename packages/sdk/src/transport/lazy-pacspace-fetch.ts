import { LazyModule } from "../lazy-module.js";
import type { OutgoingRequest, PacSpaceFetchOptions, PacSpaceTransport } from "./create-pacspace-fetch.js";
import { assertTransportOptions, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from "./transport-options.js";

/** Sends one call straight to the transport (see `OutgoingRequest`). */
export type DirectSend = (request: OutgoingRequest) => Promise<Response>;

/**
 * Builds the fetch that openapi-fetch (or any fetch-based code) sends PacSpace requests through.
 *
 * Contract:
 * - A response from the server is always RETURNED, whatever its status, once retries are
 *   over or not applicable, so openapi-fetch can parse its `error`. Use `errorFromResponse`
 *   / `throwIfError` to turn it into a typed error.
 * - Only transport failures throw: `ConnectionError` when the last attempt failed on the
 *   network, `TimeoutError` when it timed out, and the caller's abort reason on abort.
 * - `getResponseMeta(response)` tells how many attempts were made (nothing is added on the wire).
 *
 * Options are checked here; the transport itself (ky, retries, signing: create-pacspace-fetch.ts)
 * is loaded by a dynamic `import()` on the first request, so bundlers put it in a chunk of its
 * own and an app pays for it when it first calls the API, not when it loads the SDK.
 */
export function createPacSpaceFetch(options: PacSpaceFetchOptions = {}): typeof fetch {
  return createLazyTransport(options).fetch;
}

/** `createPacSpaceFetch`'s fetch with the direct entry the SDK's resources send through. */
export function createLazyTransport(options: PacSpaceFetchOptions): {
  fetch: typeof fetch;
  send: DirectSend;
} {
  assertTransportOptions(options.maxRetries ?? DEFAULT_MAX_RETRIES, options.timeout ?? DEFAULT_TIMEOUT_MS);
  // Once loaded, calls go straight to the transport, without waiting on the load again.
  const transport = new LazyModule<PacSpaceTransport>(() =>
    import("./create-pacspace-fetch.js").then((module) => module.createPacSpaceTransport(options)),
  );
  return {
    fetch: ((input: Request | string | URL, init?: RequestInit) => {
      const loaded = transport.value;
      return loaded === undefined
        ? transport.load().then((ready) => ready.fetch(input, init))
        : loaded.fetch(input, init);
    }) as typeof fetch,
    send: (request) => {
      const loaded = transport.value;
      return loaded === undefined
        ? transport.load().then((ready) => ready.send(request))
        : loaded.send(request);
    },
  };
}
