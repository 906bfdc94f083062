/**
 * @pacspace/mocks: a stateful, in-memory PacSpace for tests. `createPacSpaceMock()` gives
 * MSW handlers backed by a ledger that applies the real rules. This entry imports no Node
 * built-in, so the handlers also work in a browser (`setupWorker` from `msw/browser`);
 * `startMockServer()` from `@pacspace/mocks/server` serves them on a port, and the
 * `pacspace-mock` CLI does the same from a shell.
 */

export { type Clock, createManualClock, type ManualClock, systemClock } from "./clock.js";
export {
  type CreatePacSpaceMockOptions,
  type CreateTenantOptions,
  createPacSpaceMock,
  DEFAULT_BASE_URL,
  DEFAULT_LOCAL_URL,
  type MockClock,
  type MockRoute,
  type MockTenant,
  type PacSpaceMock,
  parseVerificationOption,
  type VerificationOption,
} from "./create-pacspace-mock.js";
export {
  checkFaultInput,
  type Fault,
  type FaultController,
  type FaultInput,
  FaultInputError,
  type FaultStatus,
  type FaultTiming,
} from "./faults.js";
export type { ControlTenantInput, DeltaSelector } from "./handlers/control-routes.js";
export { createIdGenerator, type IdGenerator } from "./ids.js";
export type { RequestLog, RequestLogEntry, RequestLogQuery } from "./inspector/request-log.js";
export type { LedgerEvent } from "./ledger/kernel/events.js";
export {
  type FieldIssue,
  LEDGER_ERROR_STATUS,
  LedgerError,
  type LedgerErrorCode,
} from "./ledger/kernel/ledger-error.js";
export { createLedger, type Ledger, type LedgerOptions } from "./ledger/ledger.js";
export type { LedgerInspection } from "./ledger/snapshot.js";
export type { MfaSetting } from "./ledger/tenancy/mfa.js";
export type { VerificationRun } from "./ledger/verification/verification.js";
export {
  HISTORY_PAGE_SIZE,
  type RecordEvent,
  type RecordFailSelector,
  type RecordHistoryPage,
  RecordStore,
  recordKeyOf,
} from "./records/record-store.js";
export {
  type DefaultTenantOptions,
  parseScenario,
  type Scenario,
  ScenarioError,
} from "./server/scenario.js";
