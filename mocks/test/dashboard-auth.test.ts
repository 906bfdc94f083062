import { describe, expect, it } from "vitest";
import { dash, errorWithoutRequestId, onboard, PASSWORD } from "./support/dashboard.js";
import { createTestMock } from "./support/harness.js";

const HOUR = 3_600_000;

describe("request access and registration", () => {
  it("answers every access request alike, new email, repeat or existing account", async () => {
    const mock = createTestMock();
    await onboard(mock, "jane@acme.example");
    const body = {
      name: "Jane Doe",
      email: "jane@acme.example",
      organization: "Acme Corp",
      useCase: "billing",
    };
    const answers = [
      await dash(mock, "POST", "/dashboard/auth/request-access", { body }),
      await dash(mock, "POST", "/dashboard/auth/request-access", {
        body: { ...body, email: "new@globex.example" },
      }),
      await dash(mock, "POST", "/dashboard/auth/request-access", {
        body: { ...body, email: "new@globex.example" },
      }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(202);
      expect({ ...answer.body }).toEqual(answers[0]?.body);
    }
    expect(mock.pacspace.inspect().accounts.accessRequests).toEqual([
      "jane@acme.example",
      "new@globex.example",
    ]);
  });

  it("refuses registration without a valid approval token and creates nothing", async () => {
    const mock = createTestMock();
    const before = mock.pacspace.snapshot();
    const valid = mock.pacspace.issueApprovalToken("jane@acme.example");
    const afterApproval = mock.pacspace.snapshot();
    expect(afterApproval).not.toBe(before);
    const other = mock.pacspace.issueApprovalToken("other@acme.example");
    const base = { name: "Jane Doe", email: "jane@acme.example", password: PASSWORD };
    const attempts = [
      base,
      { ...base, approvalToken: "apr_made_up" },
      { ...base, approvalToken: other.approvalToken },
    ];
    const snapshot = mock.pacspace.snapshot();
    for (const body of attempts) {
      const answer = await dash(mock, "POST", "/dashboard/auth/register", { body });
      expect(answer.status).toBe(403);
      expect(answer.body.error.code).toBe("REGISTRATION_REQUIRES_APPROVAL");
    }
    expect(mock.pacspace.snapshot()).toBe(snapshot);
    expect(mock.pacspace.inspect().accounts.users).toEqual([]);
    // the valid token still works afterwards, once
    const ok = await dash(mock, "POST", "/dashboard/auth/register", {
      body: { ...base, approvalToken: valid.approvalToken },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.data.user).toMatchObject({
      email: "jane@acme.example",
      role: "owner",
      preferredEnvironment: "sandbox",
    });
    expect(ok.body.data.tenant).toMatchObject({ plan: "free", tenantId: ok.body.data.user.tenantId });
    const again = await dash(mock, "POST", "/dashboard/auth/register", {
      body: { ...base, email: "JANE@acme.example", approvalToken: valid.approvalToken },
    });
    expect(again.body.error.code).toBe("REGISTRATION_REQUIRES_APPROVAL");
  });

  it("refuses an expired approval token (7 days on the mock clock)", async () => {
    const mock = createTestMock();
    const { approvalToken } = mock.pacspace.issueApprovalToken("jane@acme.example");
    mock.pacspace.clock.advance(7 * 24 * HOUR);
    const answer = await dash(mock, "POST", "/dashboard/auth/register", {
      body: { name: "Jane", email: "jane@acme.example", password: PASSWORD, approvalToken },
    });
    expect(answer.body.error.code).toBe("REGISTRATION_REQUIRES_APPROVAL");
  });

  it("409 for a second account with the same email; 400 for a short password or a bad email", async () => {
    const mock = createTestMock();
    await onboard(mock, "jane@acme.example");
    const { approvalToken } = mock.pacspace.issueApprovalToken("jane@acme.example");
    const duplicate = await dash(mock, "POST", "/dashboard/auth/register", {
      body: { name: "Jane", email: "jane@acme.example", password: PASSWORD, approvalToken },
    });
    expect([duplicate.status, duplicate.body.error.code]).toEqual([409, "CONFLICT"]);
    const invalid = await dash(mock, "POST", "/dashboard/auth/register", {
      body: { name: "Jane", email: "not-an-email", password: "short", approvalToken },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "/email",
      "/password",
    ]);
  });

  it("issues approval tokens over the control API", async () => {
    const mock = createTestMock();
    const answer = await mock.api("POST", "/__mock/approval-tokens", {
      apiKey: null,
      body: { email: "Jane@Acme.example" },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.data).toMatchObject({
      email: "jane@acme.example",
      approvalToken: expect.stringMatching(/^apr_/),
    });
    const bad = await mock.api("POST", "/__mock/approval-tokens", { apiKey: null, body: { email: "nope" } });
    expect(bad.status).toBe(400);
  });

  it("stores the password only as a scrypt hash", async () => {
    const mock = createTestMock();
    await onboard(mock, "jane@acme.example");
    expect(JSON.stringify(mock.pacspace.inspect())).not.toContain(PASSWORD);
  });
});

describe("login, sessions and CSRF", () => {
  it("login sets an httpOnly SameSite session cookie and returns the same session as a token", async () => {
    const mock = createTestMock();
    const account = await onboard(mock, "jane@acme.example");
    expect(account.setCookie).toBe(
      `pacspace_session=${account.token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200; Secure`,
    );
    const viaCookie = await dash(mock, "GET", "/dashboard/auth/me", { cookie: account.token });
    const viaToken = await dash(mock, "GET", "/dashboard/auth/me", { token: account.token });
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.body.data).toEqual(viaToken.body.data);
    expect(viaToken.body.data.user.email).toBe("jane@acme.example");
    expect(viaToken.body.data.sessionExpiresAt).toBe(
      new Date(mock.pacspace.clock.now() + 12 * HOUR).toISOString(),
    );
  });

  it("gives a wrong password and an unknown email the same 401", async () => {
    const mock = createTestMock();
    await onboard(mock, "jane@acme.example");
    const wrong = await dash(mock, "POST", "/dashboard/auth/login", {
      body: { email: "jane@acme.example", password: "nope-nope" },
    });
    const unknown = await dash(mock, "POST", "/dashboard/auth/login", {
      body: { email: "ghost@acme.example", password: "nope-nope" },
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.code).toBe("UNAUTHENTICATED");
    expect(errorWithoutRequestId(wrong)).toEqual(errorWithoutRequestId(unknown));
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
    // emails are case-insensitive
    const upper = await dash(mock, "POST", "/dashboard/auth/login", {
      body: { email: "JANE@ACME.EXAMPLE", password: PASSWORD },
    });
    expect(upper.status).toBe(200);
  });

  it("requires X-Pacspace-CSRF on cookie-authenticated changes, not on Bearer calls or reads", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const body = { preferredEnvironment: "production" };
    const noCsrf = await dash(mock, "PATCH", "/dashboard/auth/preferences", {
      cookie: token,
      csrf: false,
      body,
    });
    expect([noCsrf.status, noCsrf.body.error.code]).toEqual([403, "CSRF_REQUIRED"]);
    const wrongValue = await dash(mock, "PATCH", "/dashboard/auth/preferences", {
      cookie: token,
      csrf: false,
      body,
      headers: { "X-Pacspace-CSRF": "yes" },
    });
    expect(wrongValue.body.error.code).toBe("CSRF_REQUIRED");
    for (const [method, path] of [
      ["POST", "/dashboard/api-keys"],
      ["POST", "/dashboard/auth/logout"],
      ["DELETE", "/dashboard/api-keys/key_x"],
    ] as const) {
      const answer = await dash(mock, method, path, {
        cookie: token,
        csrf: false,
        body: method === "POST" ? { name: "k" } : undefined,
      });
      expect(answer.body.error.code, `${method} ${path}`).toBe("CSRF_REQUIRED");
    }
    expect((await dash(mock, "GET", "/dashboard/auth/me", { cookie: token, csrf: false })).status).toBe(200);
    const withCsrf = await dash(mock, "PATCH", "/dashboard/auth/preferences", { cookie: token, body });
    expect(withCsrf.body.data.preferredEnvironment).toBe("production");
    const bearer = await dash(mock, "PATCH", "/dashboard/auth/preferences", {
      token,
      body: { preferredEnvironment: "sandbox" },
    });
    expect(bearer.body.data.preferredEnvironment).toBe("sandbox");
  });

  it("answers 401 without a session, before looking at the request", async () => {
    const mock = createTestMock();
    for (const [method, path] of [
      ["GET", "/dashboard/auth/me"],
      ["GET", "/dashboard/api-keys"],
      ["POST", "/dashboard/api-keys"],
      ["GET", "/dashboard/billing/usage?period=not-a-period"],
      ["GET", "/dashboard/customers/cust_x/export"],
    ] as const) {
      const answer = await dash(mock, method, path, method === "POST" ? { body: "{broken" } : {});
      expect([answer.status, answer.body.error.code], `${method} ${path}`).toEqual([401, "UNAUTHENTICATED"]);
    }
    const forged = await dash(mock, "GET", "/dashboard/auth/me", { token: "pss_forged" });
    expect(forged.body.error.code).toBe("UNAUTHENTICATED");
    // an API key is not a dashboard credential
    const apiKey = await mock.api("GET", "/dashboard/auth/me");
    expect(apiKey.status).toBe(401);
  });

  it("logout ends the session for cookie and token alike and clears the cookie", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    const out = await dash(mock, "POST", "/dashboard/auth/logout", { cookie: token });
    expect(out.status).toBe(200);
    expect(out.headers.get("Set-Cookie")).toBe(
      "pacspace_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure",
    );
    for (const auth of [{ cookie: token }, { token }]) {
      const answer = await dash(mock, "GET", "/dashboard/auth/me", auth);
      expect([answer.status, answer.body.error.code]).toEqual([401, "UNAUTHENTICATED"]);
    }
    expect((await dash(mock, "POST", "/dashboard/auth/logout", { token })).status).toBe(401);
  });

  it("expires a session after 12 hours on the mock clock; other sessions are independent", async () => {
    const mock = createTestMock();
    const first = await onboard(mock, "jane@acme.example");
    mock.pacspace.clock.advance(6 * HOUR);
    const second = await dash(mock, "POST", "/dashboard/auth/login", {
      body: { email: first.email, password: PASSWORD },
    });
    mock.pacspace.clock.advance(6 * HOUR - 1);
    expect((await dash(mock, "GET", "/dashboard/auth/me", { token: first.token })).status).toBe(200);
    mock.pacspace.clock.advance(1);
    const expired = await dash(mock, "GET", "/dashboard/auth/me", { token: first.token });
    expect([expired.status, expired.body.error.code]).toEqual([401, "UNAUTHENTICATED"]);
    expect((await dash(mock, "GET", "/dashboard/auth/me", { token: second.body.data.token })).status).toBe(
      200,
    );
  });

  it("a reset forgets accounts and sessions", async () => {
    const mock = createTestMock();
    const { token } = await onboard(mock, "jane@acme.example");
    mock.pacspace.reset();
    expect((await dash(mock, "GET", "/dashboard/auth/me", { token })).status).toBe(401);
    expect(mock.pacspace.inspect().accounts.users).toEqual([]);
  });
});
