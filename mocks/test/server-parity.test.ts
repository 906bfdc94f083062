import { getResponse, matchRequestUrl } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { createManualClock } from "../src/clock.js";
import { createPacSpaceMock, createPacSpaceMockWithRoutes } from "../src/create-pacspace-mock.js";
import { createRouteDispatcher } from "../src/handlers/route-dispatcher.js";
import { type MockServer, startMockServer } from "../src/server.js";

/**
 * The local server dispatches on the route table itself instead of running MSW; these tests
 * hold it to MSW: the same route for every request, and the same answers byte for byte.
 */

const T0 = Date.UTC(2026, 3, 15, 12);
const servers: MockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe("the route dispatcher", () => {
  it("picks the route, and the path parameters, that MSW picks from the same table", () => {
    const { routes } = createPacSpaceMockWithRoutes({ baseUrl: "*" });
    const dispatch = createRouteDispatcher(routes);
    const origin = "http://127.0.0.1:4010";
    const paths = new Set(["/", "/nowhere", "/api/v1", "/api/v1/", "/__mock", "/dashboard/"]);
    for (const route of routes) {
      const concrete = route.path.replace(/\{[^}]+\}/g, "ab_1").replace(/\*$/, "x/y");
      for (const variant of [
        concrete,
        `${concrete}/`,
        concrete.toUpperCase(),
        `/prefix${concrete}`,
        route.path.replace(/\{[^}]+\}/g, "a%20b%2Fc").replace(/\*$/, "%7E"),
        `${concrete}/extra`,
      ]) {
        paths.add(variant);
      }
    }
    const methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"];
    let compared = 0;
    for (const path of paths) {
      const url = new URL(`${origin}${path}`);
      for (const method of methods) {
        const expected = routes.find(
          (route) =>
            (route.method === "ALL" || route.method === method) &&
            matchRequestUrl(url, `*${route.path.replace(/\{([^}]+)\}/g, ":$1")}`).matches,
        );
        const actual = dispatch(method, url.pathname);
        expect(actual?.route, `${method} ${path}`).toBe(expected);
        if (expected) {
          // capture "0" is what precedes the template: MSW's includes the origin, the server's never does
          const { params } = matchRequestUrl(url, `*${expected.path.replace(/\{([^}]+)\}/g, ":$1")}`);
          const { 0: mswPrefix, ...named } = params as Record<string, string>;
          const { 0: prefix, ...actualNamed } = actual?.params ?? ({} as Record<string, string>);
          expect(actualNamed, `${method} ${path}`).toEqual(named);
          expect(`${url.origin}${prefix}`, `${method} ${path}`).toBe(mswPrefix);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("picks, for the MSW handlers, the route and parameters MSW's matcher picks for base URL + template", {
    // MSW compiles a pattern per comparison: a few seconds on a busy machine
    timeout: 30_000,
  }, () => {
    const bases = [
      "https://app.pacspace.io",
      "https://app.pacspace.io/prefix/v2",
      "https://*.pacspace.io",
      "http://localhost:4010",
      "*",
    ];
    const origins = [
      "https://app.pacspace.io",
      "https://sandbox.pacspace.io",
      "http://app.pacspace.io",
      "https://app.pacspace.io:8443",
      "http://localhost:4010",
    ];
    let compared = 0;
    for (const base of bases) {
      const { routes } = createPacSpaceMockWithRoutes({ baseUrl: base });
      const dispatch = createRouteDispatcher(routes, base);
      const paths = new Set([
        "/",
        "/prefix/v2",
        "/prefix/v2/api/v1/balance/limits/",
        "/PREFIX/V2/__mock/clock",
      ]);
      for (const route of routes.filter((_, i) => i % 3 === 0)) {
        const concrete = route.path.replace(/\{[^}]+\}/g, "ab_1").replace(/\*$/, "x/y");
        for (const variant of [concrete, `/prefix/v2${concrete}/`, `/prefix/v2${concrete.toUpperCase()}`]) {
          paths.add(variant);
          paths.add(route.path.replace(/\{[^}]+\}/g, "a%20b%2Fc"));
        }
      }
      for (const origin of origins) {
        for (const path of paths) {
          const url = new URL(`${origin}${path}?q=1#h`);
          for (const method of ["GET", "POST", "DELETE"]) {
            const template = (route: { path: string }) =>
              `${base}${route.path.replace(/\{([^}]+)\}/g, ":$1")}`;
            const expected = routes.find(
              (route) =>
                (route.method === "ALL" || route.method === method) &&
                matchRequestUrl(url, template(route)).matches,
            );
            const actual = dispatch(method, `${url.origin}${url.pathname}`);
            expect(actual?.route, `${base}: ${method} ${url.href}`).toBe(expected);
            if (expected) {
              expect(actual?.params, `${base}: ${method} ${url.href}`).toEqual(
                matchRequestUrl(url, template(expected)).params,
              );
            }
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("answers through one MSW handler what the handler of each route answered", async () => {
    const { handlers, routes, apiKey } = createPacSpaceMock({ now: T0 });
    expect(handlers).toHaveLength(1);
    // what the one handler answers, listed in its matching order: operations, then the fallbacks
    expect(routes[0]).toEqual({ method: "POST", path: "/api/v1/balance/delta" });
    const fallbacks = routes.filter((route) => route.method === "ALL");
    expect(fallbacks.map((route) => route.path)).toEqual(["/api/v1/*", "/dashboard/*", "/__mock/*"]);
    expect(routes.slice(-fallbacks.length)).toEqual(fallbacks);
    expect(Object.isFrozen(routes[0])).toBe(true);
    const answer = async (method: string, url: string) =>
      (await getResponse(handlers, new Request(url, { method, headers: { "X-Api-Key": apiKey } })))?.status;
    expect(await answer("GET", "https://app.pacspace.io/api/v1/balance/limits")).toBe(200);
    expect(await answer("GET", "https://APP.pacspace.io/api/v1/balance/limits/#top")).toBe(200);
    expect(await answer("DELETE", "https://app.pacspace.io/api/v1/balance/limits")).toBe(405);
    expect(await answer("GET", "https://app.pacspace.io/api/v1/nowhere")).toBe(404);
    expect(await answer("GET", "https://app.pacspace.io/__mock/clock")).toBe(200);
    expect(await answer("GET", "https://elsewhere.example/api/v1/balance/limits")).toBeUndefined();
  });

  it("throws, as MSW does, on a malformed escape in a matched path", () => {
    const { routes } = createPacSpaceMockWithRoutes({ baseUrl: "*" });
    const url = new URL("http://127.0.0.1:4010/api/v1/balance/derive/%E0");
    expect(() => createRouteDispatcher(routes)("GET", url.pathname)).toThrow(URIError);
    expect(() => matchRequestUrl(url, "*/api/v1/balance/derive/:customerId")).toThrow(URIError);
  });
});

/** Headers node:http adds on its own, and the CORS headers only the server sends. */
const TRANSPORT_HEADERS =
  /^(date|connection|keep-alive|content-length|transfer-encoding|vary|access-control-.*)$/;

type Call = { method: string; path: string; body?: string; headers?: Record<string, string> };

describe("the server and the MSW handlers", () => {
  it("answer the same request sequence with the same status, headers and body", {
    timeout: 30_000,
  }, async () => {
    const options = {
      seed: "parity",
      now: T0,
      verification: "delay:250" as const,
      dashboard: { passwordCost: { N: 16, r: 1, p: 1 } },
    };
    const server = await startMockServer({ ...options, clock: createManualClock(T0) });
    servers.push(server);
    const inProcess = createPacSpaceMock({
      ...options,
      clock: createManualClock(T0),
      baseUrl: "*",
      publicUrl: server.url,
    });
    const apiKey = inProcess.apiKey;
    expect(server.pacspace.apiKey).toBe(apiKey);

    const json = { "Content-Type": "application/json" };
    const keyed = { ...json, "X-Api-Key": apiKey };
    const emit = JSON.stringify({ customerId: "c1", delta: 12.5, reason: "a" });
    const calls: Array<Call | ((answers: string[]) => Call)> = [
      {
        method: "POST",
        path: "/api/v1/balance/delta",
        body: emit,
        headers: { ...keyed, "Idempotency-Key": "k" },
      },
      {
        method: "POST",
        path: "/api/v1/balance/delta",
        body: emit,
        headers: { ...keyed, "Idempotency-Key": "k" },
      },
      { method: "POST", path: "/api/v1/balance/delta", body: '{"customerId":""}', headers: keyed },
      { method: "POST", path: "/api/v1/balance/delta", body: "{not json", headers: keyed },
      {
        method: "POST",
        path: "/api/v1/balance/delta",
        body: emit,
        headers: { "Content-Type": "text/plain", "X-Api-Key": apiKey },
      },
      {
        method: "POST",
        path: "/api/v1/balance/delta",
        body: '{"customerId":"c1","delta":1,"reason":"x\\ud800"}',
        headers: keyed,
      },
      {
        method: "POST",
        path: "/api/v1/balance/delta/batch",
        body: '{"deltas":[{"customerId":"c1","delta":1,"reason":"b1"},{"customerId":"c1","delta":1,"reason":"r","referenceID":"x"}]}',
        headers: keyed,
      },
      {
        method: "POST",
        path: "/api/v1/balance/delta",
        body: emit,
        headers: { ...json, "X-Api-Key": "pk_test_x.y" },
      },
      { method: "PUT", path: "/api/v1/balance/delta", body: emit, headers: keyed },
      { method: "HEAD", path: "/api/v1/balance/limits", headers: keyed },
      { method: "GET", path: "/API/V1/balance/limits/", headers: keyed },
      { method: "GET", path: "/api/v1/balance/nowhere", headers: keyed },
      { method: "GET", path: "/nowhere" },
      { method: "POST", path: "/__mock/clock/advance", body: '{"ms":1000}', headers: json },
      { method: "GET", path: "/api/v1/balance/derive/c1?granularity=week", headers: keyed },
      { method: "GET", path: "/api/v1/balance/customers/summary", headers: keyed },
      { method: "GET", path: "/api/v1/balance/invoice-proof/c1", headers: keyed },
      (answers) => ({
        method: "GET",
        path: `/api/v1/receipt/${JSON.parse(answers.at(-1) as string).data.receiptId}.pdf`,
      }),
      { method: "GET", path: "/api/v1/receipt/rcpt_unknown.pdf" },
      {
        method: "POST",
        path: "/__mock/faults",
        body: '{"route":"emitDelta","status":503,"times":1}',
        headers: json,
      },
      { method: "POST", path: "/api/v1/balance/delta", body: emit, headers: keyed },
      { method: "POST", path: "/__mock/faults", body: '{"route":"*","bogus":1}', headers: json },
      { method: "DELETE", path: "/__mock/faults/nope" },
      { method: "GET", path: "/__mock/faults" },
      {
        method: "POST",
        path: "/__mock/approval-tokens",
        body: '{"email":"jane@example.com"}',
        headers: json,
      },
      (answers) => ({
        method: "POST",
        path: "/dashboard/auth/register",
        headers: json,
        body: JSON.stringify({
          name: "Jane Doe",
          email: "jane@example.com",
          password: "SecurePass1",
          organization: "Acme",
          approvalToken: JSON.parse(answers.at(-1) as string).data.approvalToken,
        }),
      }),
      {
        method: "POST",
        path: "/dashboard/auth/login",
        headers: json,
        body: '{"email":"jane@example.com","password":"SecurePass1"}',
      },
      (answers) => ({
        method: "POST",
        path: "/dashboard/api-keys",
        headers: { ...json, Cookie: `pacspace_session=${JSON.parse(answers.at(-1) as string).data.token}` },
        body: '{"name":"no csrf"}',
      }),
      (answers) => ({
        method: "POST",
        path: "/dashboard/api-keys",
        headers: {
          ...json,
          Cookie: `pacspace_session=${JSON.parse(answers.at(-2) as string).data.token}`,
          "X-Pacspace-CSRF": "1",
        },
        body: '{"name":"with csrf"}',
      }),
      { method: "GET", path: "/__mock/snapshot" },
      { method: "POST", path: "/__mock/reset", headers: json },
      { method: "GET", path: "/api/v1/balance/usage", headers: keyed },
    ];

    const answers: { server: string[]; inProcess: string[] } = { server: [], inProcess: [] };
    for (const entry of calls) {
      const call = (previous: string[]) => (typeof entry === "function" ? entry(previous) : entry);
      const fromServer = call(answers.server);
      const fromMsw = call(answers.inProcess);
      const init = (c: Call): RequestInit => ({
        method: c.method,
        headers: c.headers ?? {},
        ...(c.body === undefined ? {} : { body: c.body }),
      });
      const served = await fetch(`${server.url}${fromServer.path}`, init(fromServer));
      const handled = await getResponse(
        inProcess.handlers,
        new Request(`${server.url}${fromMsw.path}`, init(fromMsw)),
      );
      const label = `${fromServer.method} ${fromServer.path}`;
      const servedText = await served.text();
      if (!handled) {
        // Outside every handler's prefix: only the server answers (its own 404).
        expect(served.status, label).toBe(404);
        expect(JSON.parse(servedText).error.code, label).toBe("NOT_FOUND");
        continue;
      }
      const handledText = fromMsw.method === "HEAD" ? "" : await handled.text();
      expect(served.status, label).toBe(handled.status);
      expect(
        [...served.headers].filter(([name]) => !TRANSPORT_HEADERS.test(name)),
        label,
      ).toEqual([...handled.headers]);
      // the control API answers no CORS: a page on another origin must not drive it
      const control = fromServer.path.startsWith("/__mock");
      expect(served.headers.get("access-control-allow-origin"), label).toBe(control ? null : "*");
      expect(servedText, label).toBe(handledText);
      answers.server.push(servedText);
      answers.inProcess.push(handledText);
    }
    expect(server.pacspace.snapshot()).toBe(inProcess.snapshot());
  });

  it("drop the connection where the handlers answer a network error", async () => {
    const server = await startMockServer({ seed: "parity", now: T0, clock: createManualClock(T0) });
    servers.push(server);
    const inProcess = createPacSpaceMock({ seed: "parity", now: T0, baseUrl: "*", publicUrl: server.url });
    for (const mock of [server.pacspace, inProcess])
      mock.faults.inject({ route: "emitDelta", networkError: true });
    const init = {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Api-Key": inProcess.apiKey },
      body: JSON.stringify({ customerId: "c1", delta: 1, reason: "r" }),
    };
    const handled = await getResponse(
      inProcess.handlers,
      new Request(`${server.url}/api/v1/balance/delta`, init),
    );
    expect(handled?.type).toBe("error");
    await expect(fetch(`${server.url}/api/v1/balance/delta`, init)).rejects.toThrow(TypeError);
  });
});
