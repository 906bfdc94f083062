import { describe, expect, it } from "vitest";
import { BASE, envelope, failure, fakeApi } from "../../test/client/fake-api.js";
import { AuthenticationError, PermissionDeniedError, ValidationError } from "../errors.js";
import { PacSpaceDashboard, type PacSpaceDashboardOptions } from "./client.js";

const TOKEN = "pss_0123456789abcdefghijABCDEFGHIJ";
const USER = {
  id: "usr_1",
  email: "jane@acme.example",
  name: "Jane",
  organization: null,
  role: "owner",
  tenantId: "ten_1",
  preferredEnvironment: "sandbox",
  createdAt: "2026-04-01T08:00:00.000Z",
};

function dashboardWith(replies: Parameters<typeof fakeApi>[0], options: PacSpaceDashboardOptions = {}) {
  const api = fakeApi(replies);
  const dashboard = new PacSpaceDashboard({ baseUrl: BASE, maxRetries: 0, fetch: api.fetch, ...options });
  return { dashboard, requests: api.requests };
}

describe("PacSpaceDashboard: sessions", () => {
  it("keeps the login token and sends it as a Bearer token; logout forgets it", async () => {
    const { dashboard, requests } = dashboardWith([
      envelope({ user: USER, token: TOKEN, expiresAt: "2026-04-01T20:00:00.000Z" }),
      envelope({ user: USER, tenant: {}, sessionExpiresAt: "2026-04-01T20:00:00.000Z" }),
      envelope({ loggedOut: true }),
    ]);
    expect(dashboard.token).toBeUndefined();
    const login = await dashboard.auth.login("jane@acme.example", "SecurePass1");
    expect(login).toMatchObject({ token: TOKEN });
    expect(dashboard.token).toBe(TOKEN);
    await dashboard.auth.me();
    await dashboard.auth.logout();
    expect(dashboard.token).toBeUndefined();
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /dashboard/auth/login",
      "GET /dashboard/auth/me",
      "POST /dashboard/auth/logout",
    ]);
    expect(requests[0]?.headers.get("authorization")).toBeNull();
    expect(requests[0]?.body).toEqual({ email: "jane@acme.example", password: "SecurePass1" });
    expect(requests[1]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(requests[2]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    // never an API key on the dashboard
    for (const request of requests) expect(request.headers.get("x-api-key")).toBeNull();
  });

  it("forgets the token on logout even when the session had already ended", async () => {
    const { dashboard } = dashboardWith([failure(401, "UNAUTHENTICATED")], { token: TOKEN });
    await expect(dashboard.auth.logout()).rejects.toBeInstanceOf(AuthenticationError);
    expect(dashboard.token).toBeUndefined();
  });

  it("sends X-Pacspace-CSRF: 1 on POST, PATCH and DELETE, not on GET", async () => {
    const { dashboard, requests } = dashboardWith(() => envelope({}), { token: TOKEN });
    await dashboard.apiKeys.create({ name: "k" });
    await dashboard.apiKeys.update("key_1", { active: false });
    await dashboard.apiKeys.revoke("key_1");
    await dashboard.apiKeys.get("key_1");
    expect(requests.map((r) => [r.method, r.headers.get("x-pacspace-csrf")])).toEqual([
      ["POST", "1"],
      ["PATCH", "1"],
      ["DELETE", "1"],
      ["GET", null],
    ]);
  });

  it("cookie mode sends credentials: include and never keeps the token", async () => {
    const seen: Array<{ credentials: string; authorization: string | null; csrf: string | null }> = [];
    const fetch = async (request: Request) => {
      seen.push({
        credentials: request.credentials,
        authorization: request.headers.get("authorization"),
        csrf: request.headers.get("x-pacspace-csrf"),
      });
      return request.url.endsWith("/login")
        ? envelope({ user: USER, token: TOKEN, expiresAt: "2026-04-01T20:00:00.000Z" })
        : envelope({ preferredEnvironment: "production" });
    };
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, session: "cookie", fetch });
    await dashboard.auth.login("jane@acme.example", "SecurePass1");
    expect(dashboard.token).toBeUndefined();
    await dashboard.auth.updatePreferences({ preferredEnvironment: "production" });
    expect(seen).toEqual([
      { credentials: "include", authorization: null, csrf: "1" },
      { credentials: "include", authorization: null, csrf: "1" },
    ]);
  });

  it("maps dashboard errors to the typed errors", async () => {
    const { dashboard } = dashboardWith([failure(401, "UNAUTHENTICATED"), failure(403, "CSRF_REQUIRED")]);
    const unauthenticated = await dashboard.auth.me().catch((error: unknown) => error);
    expect(unauthenticated).toBeInstanceOf(AuthenticationError);
    expect(unauthenticated).toMatchObject({ status: 401, code: "UNAUTHENTICATED", requestId: "req_err_401" });
    const csrf = await dashboard.billing.changePlan("pilot").catch((error: unknown) => error);
    expect(csrf).toBeInstanceOf(PermissionDeniedError);
    expect(csrf).toMatchObject({ code: "CSRF_REQUIRED" });
  });

  it("validates input against the spec before any request", async () => {
    const { dashboard, requests } = dashboardWith(() => envelope({}));
    const bad = await dashboard.auth.login("not-an-email", "x").catch((error: unknown) => error);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).details?.map((d) => d.path)).toEqual(["email"]);
    await expect(
      dashboard.auth.register({ name: "J", email: "j@x.example", password: "short" }),
    ).rejects.toThrow(ValidationError);
    await expect(dashboard.apiKeys.create({ name: "" })).rejects.toThrow(ValidationError);
    await expect(dashboard.environments.provision("staging" as "sandbox")).rejects.toThrow(ValidationError);
    await expect(dashboard.billing.usage({ period: "April" })).rejects.toThrow(ValidationError);
    expect(requests).toEqual([]);
  });

  it("retries reads but sends POSTs once (a resent create would make a second key)", async () => {
    let calls = 0;
    const flaky = () => {
      calls += 1;
      return failure(503, "SERVICE_UNAVAILABLE", {}, { "retry-after": "0" });
    };
    const api = fakeApi(flaky);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, token: TOKEN, fetch: api.fetch, maxRetries: 2 });
    await expect(dashboard.apiKeys.create({ name: "k" })).rejects.toMatchObject({ status: 503 });
    expect(calls).toBe(1);
    await expect(dashboard.billing.plan()).rejects.toMatchObject({ status: 503 });
    expect(calls).toBe(4);
  });

  it("never hands tokens, passwords or secrets to the logger", async () => {
    const lines: string[] = [];
    const logger = {
      debug: (message: string, context?: unknown) => lines.push(message, JSON.stringify(context)),
      warn: (message: string, context?: unknown) => lines.push(message, JSON.stringify(context)),
    };
    const secretKey = "Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zX2";
    const { dashboard } = dashboardWith(
      [
        envelope({ user: USER, token: TOKEN, expiresAt: "2026-04-01T20:00:00.000Z" }),
        envelope({ secretKey, fullKey: `pk_test_abc.${secretKey}` }, 201),
      ],
      { logger },
    );
    await dashboard.auth.login("jane@acme.example", "SecurePass1");
    await dashboard.apiKeys.create({ name: "k" });
    const logged = lines.join("\n");
    expect(logged).toContain("/dashboard/api-keys");
    for (const secret of [TOKEN, "SecurePass1", secretKey]) expect(logged).not.toContain(secret);
  });

  it("rejects bad options", () => {
    expect(() => new PacSpaceDashboard({ baseUrl: "app.pacspace.io" })).toThrow(TypeError);
    expect(() => new PacSpaceDashboard({ session: "jwt" as "token" })).toThrow(TypeError);
    expect(() => new PacSpaceDashboard({ token: "" })).toThrow(AuthenticationError);
    expect(new PacSpaceDashboard().baseUrl).toBe("https://app.pacspace.io");
  });
});
