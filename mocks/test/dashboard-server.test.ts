import { PacSpace, PacSpaceDashboard } from "@pacspace/sdk";
import { afterEach, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server.js";
import { createConformanceChecker } from "./support/conformance.js";

/**
 * The quick start of docs/dashboard-quickstart.md over real HTTP (no MSW in this file): the
 * local server's session cookie and CORS for a browser app on another port, then the SDK
 * path from registration to a working sandbox key.
 */
const checker = createConformanceChecker();
const servers: MockServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(): Promise<MockServer> {
  const server = await startMockServer({ defaultTenant: false });
  servers.push(server);
  return server;
}

async function call(
  server: MockServer,
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  expect(await checker.check(method, response.url, response)).toEqual([]);
  return { status: response.status, headers: response.headers, body: await response.json() };
}

describe("the dashboard on the local server", () => {
  it("registers, logs in with a cookie a browser on another port can use, and creates a key", async () => {
    const server = await start();
    const email = "jane@acme.example";
    const approval = await call(server, "POST", "/__mock/approval-tokens", { body: { email } });
    await call(server, "POST", "/dashboard/auth/register", {
      body: { name: "Jane", email, password: "SecurePass1", approvalToken: approval.body.data.approvalToken },
    });
    const origin = { Origin: "http://127.0.0.1:5173" };
    const login = await call(server, "POST", "/dashboard/auth/login", {
      headers: origin,
      body: { email, password: "SecurePass1" },
    });
    const cookie = login.headers.get("Set-Cookie") ?? "";
    // plain HTTP: no Secure attribute, so the browser keeps the cookie for 127.0.0.1
    expect(cookie).toMatch(/^pacspace_session=pss_\w+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/);
    expect(login.headers.get("Access-Control-Allow-Origin")).toBe("http://127.0.0.1:5173");
    expect(login.headers.get("Access-Control-Allow-Credentials")).toBe("true");

    const preflight = await fetch(`${server.url}/dashboard/api-keys`, {
      method: "OPTIONS",
      headers: { ...origin, "Access-Control-Request-Headers": "content-type, x-pacspace-csrf" },
    });
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toMatch(/X-Pacspace-CSRF/);
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toMatch(/Authorization/);

    const session = cookie.split(";")[0] as string;
    const created = await call(server, "POST", "/dashboard/api-keys", {
      headers: { ...origin, Cookie: session, "X-Pacspace-CSRF": "1" },
      body: { name: "Browser app", environment: "test" },
    });
    expect(created.status).toBe(201);
    const delta = await call(server, "POST", "/api/v1/balance/delta", {
      headers: { "X-Api-Key": created.body.data.fullKey },
      body: { customerId: "cust_acme", delta: 5, reason: "first" },
    });
    expect(delta.status).toBe(201);
  });

  it("runs the SDK quick start from registration to a sandbox key", async () => {
    const server = await start();
    const dashboard = new PacSpaceDashboard({ baseUrl: server.url });
    const email = "ops@globex.example";
    await dashboard.auth.requestAccess({ name: "Ops", email, organization: "Globex" });
    const { approvalToken } = server.pacspace.issueApprovalToken(email);
    await dashboard.auth.register({
      name: "Ops",
      email,
      password: "SecurePass1",
      organization: "Globex",
      approvalToken,
    });
    await dashboard.auth.login(email, "SecurePass1");
    expect((await dashboard.environments.status()).sandbox.status).toBe("active");
    const key = await dashboard.apiKeys.create({ name: "Local development", environment: "test" });
    const pac = new PacSpace({ apiKey: key.fullKey, baseUrl: server.url });
    const record = await pac.balance.emit("cust_acme", 12.5, "API usage");
    expect(record.status).toBe("QUEUED");
    await dashboard.auth.logout();
  });
});
