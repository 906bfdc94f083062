import { type Assertion, afterAll, afterEach, beforeAll, expect } from "vitest";
import type { DeltaRecord } from "../ledger/kernel/api-types.js";
import type { LedgerScope } from "./harness.js";
import { createPacSpaceServer, type PacSpaceServerOptions, type PacSpaceTestServer } from "./node.js";

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
