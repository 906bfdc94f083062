import { type CreatePacSpaceMockOptions, createPacSpaceMock, type PacSpaceMock } from "@pacspace/mocks";
import { interceptionOptions } from "@pacspace/mocks/testing";
import {
  BalanceResource,
  createPacSpaceFetch,
  createRawClient,
  type FetchLike,
  PacSpace,
  PacSpaceError,
  type PacSpaceOptions,
} from "@pacspace/sdk";
import { getResponse, HttpResponse, http } from "msw";
import { type SetupServer, setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { conformanceChecker } from "./conformance.js";

export const BASE_URL = "https://app.pacspace.io";

/**
 * The options every `server.listen()` of these tests uses, in one place (msw 3 renames
 * `onUnhandledRequest`; the mock's `interceptionOptions` is the one line that changes then).
 */
export function listenOptions(): Parameters<SetupServer["listen"]>[0] {
  return interceptionOptions("error");
}

/** One request the mock answered (or dropped, for an injected network error). */
export interface RecordedRequest {
  method: string;
  path: string;
  /** `0` for a dropped connection. */
  status: number;
  requestHeaders: Headers;
  responseHeaders: Headers;
  body: string;
}

export interface InProcess {
  server: SetupServer;
  /** Requests of the running test, in arrival order. */
  requests: RecordedRequest[];
  /** Spec violations of the running test's responses (checked in `afterEach`). */
  violations: string[];
  /** A fresh mock that answers every request of the running test (replaces the previous one). */
  start(options?: CreatePacSpaceMockOptions): PacSpaceMock;
  /** `requests` to one method + path prefix. */
  requestsTo(method: string, pathPrefix: string): RecordedRequest[];
}

/**
 * One MSW server per test file, listening before the first test. Each test starts its own
 * mock; the mock's handlers sit behind one catch-all handler that records the request and
 * checks the response against the spec (the mock's own conformance checker) before the
 * client sees it. Any non-conforming answer, or an internal error of the mock, fails the test.
 */
export function useInProcessMock(
  defaults: CreatePacSpaceMockOptions = {},
  /** `false`: the mock started in `beforeAll` keeps answering across the file's tests. */
  { perTest = true }: { perTest?: boolean } = {},
): InProcess {
  const server = setupServer();
  const violations: string[] = [];
  const requests: RecordedRequest[] = [];
  const checker = conformanceChecker();

  beforeAll(() => server.listen(listenOptions()));
  afterEach(() => {
    if (perTest) server.resetHandlers();
    requests.length = 0;
    const found = violations.splice(0);
    expect(found, "responses that do not conform to the spec").toEqual([]);
  });
  afterAll(() => server.close());

  const start = (options: CreatePacSpaceMockOptions = {}) => {
    const pacspace = createPacSpaceMock({
      onInternalError: (error) =>
        violations.push(`mock internal error: ${error instanceof Error ? error.stack : String(error)}`),
      ...defaults,
      ...options,
    });
    server.resetHandlers(
      http.all("*", async ({ request }) => {
        const body = await request.clone().text();
        const response = await getResponse(pacspace.handlers, request);
        const record: RecordedRequest = {
          method: request.method,
          path: new URL(request.url).pathname,
          status: 0,
          requestHeaders: new Headers(request.headers),
          responseHeaders: new Headers(),
          body,
        };
        requests.push(record);
        // Nothing of the mock answers: fail like an unreachable host, never touch the network.
        if (!response || response.type === "error") return HttpResponse.error();
        record.status = response.status;
        record.responseHeaders = new Headers(response.headers);
        violations.push(...(await checker.check(request.method, request.url, response)));
        return response;
      }),
    );
    return pacspace;
  };

  return {
    server,
    requests,
    violations,
    start,
    requestsTo: (method, pathPrefix) =>
      requests.filter((request) => request.method === method && request.path.startsWith(pathPrefix)),
  };
}

/** The SDK client on a mock's key (the global fetch, so MSW answers). */
export function clientFor(apiKey: string, options: Omit<PacSpaceOptions, "apiKey"> = {}): PacSpace {
  return new PacSpace({ apiKey, ...options });
}

/**
 * `pac.balance` over a transport that retries without waiting: `PacSpace` has no option for
 * the backoff sleep, so tests that exercise many retries compose the exported pieces
 * (`createPacSpaceFetch` with `sleep`, `createRawClient`, `BalanceResource`) themselves.
 */
export function fastRetryingBalance(
  apiKey: string,
  options: {
    maxRetries?: number;
    fetch?: FetchLike;
    baseUrl?: string;
    timeout?: number;
    /** Replaces the backoff wait (default: none at all). */
    sleep?: (ms: number) => Promise<void>;
  } = {},
): BalanceResource {
  const fetch = createPacSpaceFetch({
    apiKey,
    maxRetries: options.maxRetries ?? 8,
    sleep: options.sleep ?? (() => Promise.resolve()),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
  });
  return new BalanceResource(createRawClient({ baseUrl: options.baseUrl ?? BASE_URL, fetch }));
}

/** The sandbox ledger of a tenant, as the mock's inspection shows it. */
export function sandboxOf(pacspace: PacSpaceMock, tenantId: string) {
  const tenant = pacspace.inspect().tenants.find((entry) => entry.tenant.tenantId === tenantId);
  if (!tenant) throw new Error(`no tenant ${tenantId}`);
  return tenant.environments.sandbox;
}

/** The default tenant's id. */
export function defaultTenantId(pacspace: PacSpaceMock): string {
  const tenant = pacspace.defaultTenant;
  if (!tenant) throw new Error("this mock has no default tenant");
  return tenant.tenantId;
}

/** The PacSpaceError `promise` rejects with; throws if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<PacSpaceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PacSpaceError)) throw new Error(`expected a PacSpaceError, got ${String(error)}`);
  return error;
}
