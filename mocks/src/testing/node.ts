/**
 * `@pacspace/mocks/testing/node`: the stateful PacSpace on msw/node for any test runner
 * (Jest, node:test, Vitest): nothing here imports a test framework, so `listen`, `reset`
 * and `close` are yours to call from your runner's hooks. Vitest users can let
 * `setupPacSpace` from `@pacspace/mocks/testing` do that.
 */
import { setupServer } from "msw/node";
import { createHarness, type PacSpaceTestHarness, type PacSpaceTestOptions } from "./harness.js";
import { interceptionOptions, type UnhandledRequests } from "./unhandled-requests.js";

/** msw/node's server, named by what `setupServer` returns (msw 2 calls it SetupServerApi, msw 3 SetupServer). */
type MswServer = ReturnType<typeof setupServer>;

export type { PacSpaceMock } from "../create-pacspace-mock.js";
export {
  applyFixture,
  type FixtureCheckpoint,
  type MonthOfUsageOptions,
  monthOfUsage,
  type PacSpaceFixture,
  parseFixture,
  type SeededFixture,
} from "./fixture.js";
export type {
  FaultRoute,
  LedgerScope,
  NextFailure,
  PacSpaceTestHarness,
  PacSpaceTestOptions,
} from "./harness.js";
export { interceptionOptions, type UnhandledRequests } from "./unhandled-requests.js";

export interface PacSpaceServerOptions extends PacSpaceTestOptions {
  /** Default `error`: a request nothing answers fails the test instead of reaching the network. */
  onUnhandledRequest?: UnhandledRequests;
}

export interface PacSpaceTestServer extends PacSpaceTestHarness {
  /** The msw/node server (`server.events`, `server.listHandlers()`, …). */
  readonly server: MswServer;
  listen(): void;
  close(): void;
  /**
   * Wraps a test so its `use()` overrides apply to it alone: the way to run overrides in
   * concurrent tests (`it.concurrent("…", pacspace.boundary(async () => { … }))`).
   */
  boundary<Args extends unknown[], Result>(test: (...args: Args) => Result): (...args: Args) => Result;
}

/** A stateful PacSpace on msw/node; `listen`, `reset` and `close` are yours to call. */
export function createPacSpaceServer(options: PacSpaceServerOptions = {}): PacSpaceTestServer {
  const { onUnhandledRequest = "error", ...harnessOptions } = options;
  const { harness, host: server } = createHarness(harnessOptions, (handlers) => setupServer(...handlers));
  return Object.defineProperties(harness as PacSpaceTestServer, {
    server: { value: server, enumerable: true },
    listen: { value: () => server.listen(interceptionOptions(onUnhandledRequest)), enumerable: true },
    close: { value: () => server.close(), enumerable: true },
    boundary: { value: server.boundary.bind(server), enumerable: true },
  });
}
