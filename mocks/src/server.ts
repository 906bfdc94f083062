/**
 * `@pacspace/mocks/server`: the mock on a real local port (Node only: node:http). The
 * package root, `@pacspace/mocks`, stays free of Node built-ins so
 * its handlers also run in a browser with `setupWorker` from `msw/browser`.
 *
 * ```ts
 * import { startMockServer } from "@pacspace/mocks/server";
 * const server = await startMockServer({ port: 0 });
 * ```
 */

export { type MockServer, type StartMockServerOptions, startMockServer } from "./server/serve.js";
