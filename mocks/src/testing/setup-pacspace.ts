import { type SetupServerApi, setupServer } from "msw/node";
import { type Assertion, afterAll, afterEach, beforeAll, expect } from "vitest";
import type { DeltaRecord } from "../ledger/api-types.js";
import {
  createHarness,
  type LedgerScope,
  type PacSpaceTestHarness,
  type PacSpaceTestOptions,
} from "./harness.js";
import { interceptionOptions, type UnhandledRequests } from "./unhandled-requests.js";

export interface PacSpaceServerOptions extends PacSpaceTestOptions {
  /** Default `error`: a request nothing answers fails the test instead of reaching the network. */
  onUnhandledRequest?: UnhandledRequests;
}

export interface PacSpaceTestServer extends PacSpaceTestHarness {
  /** The msw/node server (`server.events`, `server.listHandlers()`, …). */
  readonly server: SetupServerApi;
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

export interface SetupPacSpaceOptions extends PacSpaceServerOptions {
  /**
   * Reset state and overrides after each test (default true). Turn it off for a file of
   * concurrent tests, where one test's reset would pull state from under another: give
   * each test its own tenant (`pacspace.createTenant()`) and wrap it in `pacspace.boundary()`.
   */
  resetAfterEach?: boolean;
}

export interface VitestPacSpace extends PacSpaceTestServer {
  /** `expect(pacspace.deltas(customerId))`. */
  expectDeltas(customerId: string, scope?: LedgerScope): Assertion<DeltaRecord[]>;
  /** `expect(pacspace.balanceOf(customerId))`. */
  expectBalance(customerId: string, scope?: LedgerScope): Assertion<number>;
}

/**
 * A stateful PacSpace for the Vitest file that calls it: listens before the first test,
 * resets after each one (overrides, ledger, clock, faults; the fixture is loaded again),
 * closes after the last.
 */
export function setupPacSpace(options: SetupPacSpaceOptions = {}): VitestPacSpace {
  const { resetAfterEach = true, ...serverOptions } = options;
  const pacspace = Object.defineProperties(createPacSpaceServer(serverOptions) as VitestPacSpace, {
    expectDeltas: {
      value: (customerId: string, scope?: LedgerScope) => expect(pacspace.deltas(customerId, scope)),
      enumerable: true,
    },
    expectBalance: {
      value: (customerId: string, scope?: LedgerScope) => expect(pacspace.balanceOf(customerId, scope)),
      enumerable: true,
    },
  });
  beforeAll(() => pacspace.listen());
  if (resetAfterEach) afterEach(() => pacspace.reset());
  afterAll(() => pacspace.close());
  return pacspace;
}
