import type { paths } from "@pacspace/sdk";
import type { RequestHandler } from "msw";
import { createOpenApiHttp, type OpenApiHttpHandlers } from "openapi-msw";
import {
  type CreatePacSpaceMockOptions,
  type CreateTenantOptions,
  createPacSpaceMock,
  type MockClock,
  type MockTenant,
  type PacSpaceMock,
} from "../create-pacspace-mock.js";
import type { Fault, FaultStatus, FaultTiming } from "../faults.js";
import type { Checkpoint, CustomerSummary, DeltaRecord } from "../ledger/kernel/api-types.js";
import { ENVIRONMENT_OF_KEY, type KeyEnvironment } from "../ledger/kernel/state.js";
import type { EnvironmentInspection } from "../ledger/snapshot.js";
import type { VerificationRun } from "../ledger/verification/verification.js";
import type { OperationId } from "../validation/request-validator.js";
import { applyFixture, type PacSpaceFixture, type SeededFixture } from "./fixture.js";

/**
 * The part of the test kit shared by `setupPacSpace()` (msw/node) and
 * `startPacSpaceWorker()` (msw/browser): one stateful mock, its fixture, one-off
 * overrides, and read access to what the backend holds.
 */

export interface PacSpaceTestOptions extends CreatePacSpaceMockOptions {
  /** Loaded at start and again after every reset. */
  fixture?: PacSpaceFixture;
  /** Your own handlers (e.g. your app's backend routes), served beside PacSpace's. */
  handlers?: (mock: PacSpaceMock) => RequestHandler[];
}

/** `setupServer()` and `setupWorker()` both have these. */
export interface HandlerHost {
  use(...handlers: RequestHandler[]): void;
  resetHandlers(): void;
}

/** An operationId (`emitDelta`), `"METHOD /path"` (spec template or concrete), or `"*"`. */
export type FaultRoute = OperationId | "*" | `${"GET" | "POST" | "PUT" | "PATCH" | "DELETE"} /${string}`;

export interface NextFailure {
  /** Default 503, unless `networkError` is set. */
  status?: FaultStatus;
  /** Drop the connection instead (fetch rejects with a TypeError). */
  networkError?: true;
  /** For 429/503 (default 0, so clients retry at once). */
  retryAfterSeconds?: number;
  /** Wait this long before failing. */
  latencyMs?: number;
  /** How many matching requests fail (default 1). A client that retries makes several. */
  times?: number;
  /** `after`: the write is applied, then the answer is lost (default `before`). */
  when?: FaultTiming;
}

/** Which ledger an assertion reads: default the default tenant's sandbox (`test`). */
export interface LedgerScope {
  tenantId?: string;
  environment?: KeyEnvironment;
}

export interface PacSpaceTestHarness {
  /** The mock itself: ledger, faults, control, everything. */
  readonly mock: PacSpaceMock;
  /** The default tenant's sandbox key: give it to the code under test. */
  readonly apiKey: string;
  /** Where the PacSpace handlers answer (default `https://app.pacspace.io`). */
  readonly baseUrl: string;
  readonly clock: MockClock;
  /** Typed handler factory for one-off overrides: `pacspace.use(pacspace.http.get(...))`. */
  readonly http: OpenApiHttpHandlers<paths>;
  /** What the `fixture` option loaded most recently. */
  readonly seeded: SeededFixture;
  /** Prepends handlers until the next reset (scoped to `boundary()` when called inside one). */
  use(...handlers: RequestHandler[]): void;
  /** Loads a fixture now (it is gone after the next reset). */
  seed(fixture: PacSpaceFixture): SeededFixture;
  /** Makes the next matching request(s) fail, through the mock's fault injection. */
  failNext(route: FaultRoute, failure?: NextFailure): Fault;
  /** Holds the next matching request(s) for `latencyMs` before answering normally. */
  delayNext(route: FaultRoute, latencyMs: number, options?: { times?: number }): Fault;
  /** Settles in-flight deltas and pending checkpoints (for `verification: "manual"`). */
  verifyPending(selector?: { recordIds?: string[] }): VerificationRun;
  /** Moves the mock clock and settles what came due. */
  advanceClock(ms: number): VerificationRun;
  /** A tenant with its own key: separate state for a test that runs concurrently. */
  createTenant(options?: CreateTenantOptions): MockTenant;
  /** Every delta of a customer, in acceptance order, with its status. */
  deltas(customerId: string, scope?: LedgerScope): DeltaRecord[];
  /** Deltas not verified yet (`QUEUED` or `PROCESSING`). */
  pendingDeltas(customerId: string, scope?: LedgerScope): DeltaRecord[];
  /** All-time balance over verified deltas (0 for an unknown customer). */
  balanceOf(customerId: string, scope?: LedgerScope): number;
  customer(customerId: string, scope?: LedgerScope): CustomerSummary | undefined;
  /** Checkpoints, oldest first, of one customer or all. */
  checkpoints(customerId?: string, scope?: LedgerScope): Checkpoint[];
  /** Drops overrides, returns the mock to its seeded start and loads the fixture again. */
  reset(): void;
}

/** Creates the mock, then the handler host (server or worker) from its handlers and yours. */
export function createHarness<Host extends HandlerHost>(
  options: PacSpaceTestOptions,
  createHost: (handlers: RequestHandler[]) => Host,
): { harness: PacSpaceTestHarness; host: Host } {
  const { fixture, handlers: extraHandlers, ...mockOptions } = options;
  const mock = createPacSpaceMock(mockOptions);
  const host = createHost([...mock.handlers, ...(extraHandlers ? extraHandlers(mock) : [])]);
  const http = createOpenApiHttp<paths>({ baseUrl: mock.baseUrl });
  const emptySeed: SeededFixture = { tenants: [], checkpoints: [] };
  let seeded = fixture ? applyFixture(mock, fixture) : emptySeed;

  const environmentOf = (scope: LedgerScope = {}): EnvironmentInspection | undefined => {
    const tenantId = scope.tenantId ?? mock.defaultTenant?.tenantId;
    const tenant = mock.inspect().tenants.find((entry) => entry.tenant.tenantId === tenantId);
    if (!tenant) throw new Error(`no tenant ${tenantId ?? "(the mock has no default tenant)"}`);
    return tenant.environments[ENVIRONMENT_OF_KEY[scope.environment ?? "test"]];
  };
  const deltas = (customerId: string, scope?: LedgerScope) =>
    (environmentOf(scope)?.deltas ?? []).filter((record) => record.customerId === customerId);
  const customer = (customerId: string, scope?: LedgerScope) =>
    environmentOf(scope)?.customers.find((entry) => entry.customerId === customerId);

  const harness: PacSpaceTestHarness = {
    mock,
    get apiKey() {
      return mock.apiKey;
    },
    baseUrl: mock.baseUrl,
    clock: mock.clock,
    http,
    get seeded() {
      return seeded;
    },
    use: (...handlers) => host.use(...handlers),
    seed: (more) => applyFixture(mock, more),
    failNext(route, failure = {}) {
      const { times = 1, status, networkError, ...rest } = failure;
      return mock.faults.inject({
        route,
        times,
        ...(networkError ? { networkError } : { status: status ?? 503 }),
        ...rest,
      });
    },
    delayNext: (route, latencyMs, { times = 1 } = {}) => mock.faults.inject({ route, latencyMs, times }),
    verifyPending: (selector) => mock.verifyPending(selector),
    advanceClock: (ms) => mock.advanceClock(ms),
    createTenant: (tenantOptions) => mock.createTenant(tenantOptions),
    deltas,
    pendingDeltas: (customerId, scope) =>
      deltas(customerId, scope).filter(
        (record) => record.status === "QUEUED" || record.status === "PROCESSING",
      ),
    balanceOf: (customerId, scope) => customer(customerId, scope)?.computedBalance ?? 0,
    customer,
    checkpoints: (customerId, scope) =>
      (environmentOf(scope)?.checkpoints ?? []).filter(
        (checkpoint) => customerId === undefined || checkpoint.customerId === customerId,
      ),
    reset() {
      host.resetHandlers();
      mock.reset();
      seeded = fixture ? applyFixture(mock, fixture) : emptySeed;
    },
  };
  return { harness, host };
}
