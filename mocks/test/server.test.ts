import { afterEach, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server.js";
import { createConformanceChecker } from "./support/conformance.js";

/** Over real HTTP (no MSW interception in this file): every answer is checked against the spec too. */
const checker = createConformanceChecker();
const servers: MockServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: Parameters<typeof startMockServer>[0] = {}) {
  const server = await startMockServer({ now: Date.UTC(2026, 3, 15, 12), ...options });
  servers.push(server);
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    apiKey: string | null = server.pacspace.apiKey,
  ) => {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (apiKey) headers["X-Api-Key"] = apiKey;
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(await checker.check(method, response.url, response)).toEqual([]);
    return { status: response.status, headers: response.headers, body: await response.json() };
  };
  return { server, call };
}

describe("startMockServer", () => {
  it("serves the API on a free port over real HTTP", async () => {
    const { server, call } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    const created = await call("POST", "/api/v1/balance/delta", {
      customerId: "cust_http",
      delta: 9.5,
      reason: "r",
    });
    expect(created.status).toBe(201);
    const derived = await call("GET", "/api/v1/balance/derive/cust_http");
    expect(derived.body.data.computedBalance).toBe(9.5);
    const checkpoint = await call("POST", "/api/v1/balance/checkpoint", { customerId: "cust_http" });
    expect(checkpoint.body.data.verifyUrl).toBe(`${server.url}/verify/${checkpoint.body.data.proofRoot}`);
    const proof = await call("GET", `/api/v1/verify/${checkpoint.body.data.proofRoot}`, undefined, null);
    expect(proof.body.data.kind).toBe("checkpoint");
  });

  it("answers unknown paths with a JSON 404 and CORS preflights with 204", async () => {
    const { server, call } = await start();
    const missing = await fetch(`${server.url}/elsewhere`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe("NOT_FOUND");
    expect((await call("GET", "/api/v1/nope")).status).toBe(404);
    const preflight = await fetch(`${server.url}/api/v1/balance/delta`, { method: "OPTIONS" });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toContain("X-Api-Key");
  });

  it("drops the connection for a network-error fault, after applying the write when asked", async () => {
    const { server, call } = await start();
    server.pacspace.faults.inject({ route: "emitDelta", networkError: true, when: "after", times: 1 });
    const send = () =>
      fetch(`${server.url}/api/v1/balance/delta`, {
        method: "POST",
        headers: {
          "X-Api-Key": server.pacspace.apiKey,
          "Content-Type": "application/json",
          "Idempotency-Key": "net-1",
        },
        body: JSON.stringify({ customerId: "cust_net", delta: 1, reason: "r" }),
      });
    await expect(send()).rejects.toThrow();
    const retry = await send();
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await call("GET", "/api/v1/balance/customers/cust_net")).body.data.totalDeltas).toBe(1);
  });

  it("settles delay-mode verification on its own timer", async () => {
    const { server, call } = await start({ clock: "system", verification: "delay:40", tickMs: 10 });
    const created = await call("POST", "/api/v1/balance/delta", {
      customerId: "cust_t",
      delta: 1,
      reason: "r",
    });
    expect(created.body.data.status).toBe("QUEUED");
    await new Promise((resolve) => setTimeout(resolve, 150));
    const record = server.pacspace.inspect().tenants[0]?.environments.sandbox.deltas[0];
    expect(record?.status).toBe("VERIFIED");
  });

  it("runs independent servers side by side and drives them over the control API", async () => {
    const one = await start({ seed: "one" });
    const two = await start({ seed: "two" });
    expect(one.server.port).not.toBe(two.server.port);
    await one.call("POST", "/api/v1/balance/delta", { customerId: "c", delta: 1, reason: "r" });
    expect((await two.call("GET", "/__mock/snapshot", undefined, null)).body.data.deltas).toBe(0);
    expect((await one.call("GET", "/__mock/snapshot", undefined, null)).body.data.deltas).toBe(1);
    await one.call("POST", "/__mock/reset", undefined, null);
    expect((await one.call("GET", "/__mock/snapshot", undefined, null)).body.data.deltas).toBe(0);
  });
});
