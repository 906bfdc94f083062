/**
 * `@pacspace/mocks/testing`: a stateful PacSpace in Vitest through msw/node, in one call.
 *
 * ```ts
 * const pacspace = setupPacSpace({ fixture: { deltas: monthOfUsage({ customerId: "cust_acme", period: "2026-04" }) } });
 * it("records usage", async () => {
 *   const pac = new PacSpace({ apiKey: pacspace.apiKey });
 *   await pac.balance.emit("cust_acme", -5, "usage");
 *   pacspace.expectDeltas("cust_acme").toHaveLength(32);
 * });
 * ```
 *
 * In a browser, use `@pacspace/mocks/testing/browser` (`startPacSpaceWorker`); with another
 * test runner, `@pacspace/mocks/testing/node` (`createPacSpaceServer`, no Vitest import).
 */

export type {
  CreatePacSpaceMockOptions,
  MockClock,
  MockTenant,
  PacSpaceMock,
  VerificationOption,
} from "../create-pacspace-mock.js";
export type { Fault, FaultStatus, FaultTiming } from "../faults.js";
export {
  type Scenario,
  type ScenarioCustomer,
  type ScenarioDelta,
  ScenarioError,
  type ScenarioTenant,
} from "../server/scenario.js";
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
  HandlerHost,
  LedgerScope,
  NextFailure,
  PacSpaceTestHarness,
  PacSpaceTestOptions,
} from "./harness.js";
export { createPacSpaceServer, type PacSpaceServerOptions, type PacSpaceTestServer } from "./node.js";
export { type SetupPacSpaceOptions, setupPacSpace, type VitestPacSpace } from "./setup-pacspace.js";
export { interceptionOptions, type UnhandledRequests } from "./unhandled-requests.js";
