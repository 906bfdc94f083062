import { getResponse, HttpResponse, http } from "msw";
import { type SetupServerApi, setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { type CreatePacSpaceMockOptions, createPacSpaceMock, type PacSpaceMock } from "../../src/index.js";
import { createConformanceChecker } from "./conformance.js";

/**
 * Test harness: one MSW server per test file, a fresh mock per test, and the conformance
 * check on EVERY answer. The mock's handlers sit behind one catch-all handler that resolves
 * them with `getResponse` and checks the response against the spec before the client sees
 * it; violations (and unexpected internal errors) fail the test in `afterEach`, and the
 * `api()` helper also throws at once so the failing call is easy to find.
 */

/** MSW listen options in one place (msw 3 renames `onUnhandledRequest` to `onUnhandledFrame`). */
export function listenOptions(): Parameters<SetupServerApi["listen"]>[0] {
  return { onUnhandledRequest: "error" };
}

export const BASE_URL = "https://app.pacspace.io";
/** A fixed start time so responses are reproducible: 2026-04-15T12:00:00.000Z. */
export const T0 = Date.UTC(2026, 3, 15, 12);

const checker = createConformanceChecker();
const server = setupServer();
const violations: string[] = [];
let active: PacSpaceMock | null = null;

beforeAll(() => server.listen(listenOptions()));
afterEach(() => {
  server.resetHandlers();
  active = null;
  const found = violations.splice(0);
  expect(found, "responses that do not conform to the spec").toEqual([]);
});
afterAll(() => server.close());

/** Checks a response against the spec and records violations; returns them. */
export async function checkConformance(method: string, url: string, response: Response): Promise<string[]> {
  const problems = await checker.check(method, url, response);
  violations.push(...problems);
  return problems;
}

export function recordViolation(message: string): void {
  violations.push(message);
}

export interface TestMock {
  pacspace: PacSpaceMock;
  /** fetch through MSW (every answer is conformance-checked). */
  fetch: typeof fetch;
  /** JSON call: returns status, headers, parsed body and raw text. */
  api(method: string, path: string, options?: CallOptions): Promise<CallResult>;
}

export interface CallOptions {
  /** Sent as JSON unless it is already a string (then sent as is). */
  body?: unknown;
  /** Defaults to the mock's default sandbox key; `null` sends none. */
  apiKey?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields
  body: any;
  text: string;
}

/** A fresh PacSpace mock on the shared MSW server (manual clock at T0, seed "test"). */
export function createTestMock(options: CreatePacSpaceMockOptions = {}): TestMock {
  const pacspace = createPacSpaceMock({
    seed: "test",
    now: T0,
    onInternalError: (error) =>
      violations.push(`internal error: ${error instanceof Error ? error.stack : String(error)}`),
    ...options,
  });
  active = pacspace;
  server.resetHandlers(
    http.all("*", async ({ request }) => {
      const response = await getResponse(pacspace.handlers, request);
      // nothing of the mock answers: fail like an unreachable host, never touch the network
      if (!response) return HttpResponse.error();
      await checkConformance(request.method, request.url, response);
      return response;
    }),
  );
  const base = pacspace.baseUrl === "*" ? BASE_URL : pacspace.baseUrl;
  const api = (method: string, path: string, options: CallOptions = {}) =>
    callJson(
      base,
      method,
      path,
      options,
      options.apiKey === undefined ? defaultKey(pacspace) : options.apiKey,
    );
  return { pacspace, fetch: (input, init) => globalThis.fetch(input, init), api };
}

function defaultKey(pacspace: PacSpaceMock): string | null {
  return pacspace.defaultTenant?.apiKey ?? null;
}

/** One JSON request; throws if the answer violated the spec. */
export async function callJson(
  baseUrl: string,
  method: string,
  path: string,
  options: CallOptions,
  apiKey: string | null,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<CallResult> {
  const headers = new Headers(options.headers);
  if (apiKey !== null && !headers.has("X-Api-Key")) headers.set("X-Api-Key", apiKey);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  } else if (path.startsWith("/__mock") && ["POST", "PUT", "PATCH"].includes(method)) {
    // the control API takes JSON writes only, bodiless ones included
    if (!headers.has("Content-Type")) headers.set("Content-Type", "application/json");
  }
  const before = violations.length;
  const response = await fetchImpl(`${baseUrl}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = await response.text();
  const fresh = violations.slice(before);
  if (fresh.length > 0) throw new Error(`non-conforming response:\n${fresh.join("\n")}`);
  return {
    status: response.status,
    headers: response.headers,
    body: text === "" ? undefined : JSON.parse(text),
    text,
  };
}

/** The mock of the running test (for helpers that need it). */
export function activeMock(): PacSpaceMock | null {
  return active;
}

/** The default tenant of a mock created with one. */
export function defaultTenantOf(pacspace: PacSpaceMock): NonNullable<PacSpaceMock["defaultTenant"]> {
  const tenant = pacspace.defaultTenant;
  if (!tenant) throw new Error("this mock has no default tenant");
  return tenant;
}
