/**
 * `@pacspace/mocks/testing/browser`: the stateful PacSpace in a page, through MSW's service
 * worker, for development and real-browser tests. The worker script comes from
 * `npx msw init <public dir>`.
 */
import { type SetupWorker, setupWorker } from "msw/browser";
import { createHarness, type PacSpaceTestHarness, type PacSpaceTestOptions } from "./harness.js";
import { interceptionOptions, type UnhandledRequests } from "./unhandled-requests.js";

export type { PacSpaceMock } from "../create-pacspace-mock.js";
export {
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

export interface PacSpaceWorkerOptions extends PacSpaceTestOptions {
  /** Where the worker script is served (default `/mockServiceWorker.js`). */
  serviceWorkerUrl?: string;
  /** Default `bypass`: the page's own assets and dev-server traffic go to the network. */
  onUnhandledRequest?: UnhandledRequests;
  /** Silence MSW's console log of each intercepted request. */
  quiet?: boolean;
}

export interface PacSpaceWorker extends PacSpaceTestHarness {
  readonly worker: SetupWorker;
  stop(): void;
}

/** Starts the service worker with PacSpace's handlers (and yours); resolves once it intercepts. */
export async function startPacSpaceWorker(options: PacSpaceWorkerOptions = {}): Promise<PacSpaceWorker> {
  const { serviceWorkerUrl, onUnhandledRequest = "bypass", quiet = false, ...harnessOptions } = options;
  const { harness, host: worker } = createHarness(harnessOptions, (handlers) => setupWorker(...handlers));
  await worker.start({
    ...interceptionOptions(onUnhandledRequest),
    quiet,
    ...(serviceWorkerUrl ? { serviceWorker: { url: serviceWorkerUrl } } : {}),
  });
  return Object.defineProperties(harness as PacSpaceWorker, {
    worker: { value: worker, enumerable: true },
    stop: { value: () => worker.stop(), enumerable: true },
  });
}
