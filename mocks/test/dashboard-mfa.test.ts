import { describe, expect, it } from "vitest";
import { dash, onboard, PASSWORD } from "./support/dashboard.js";
import { createTestMock, type TestMock } from "./support/harness.js";

const EMAIL = "jane@acme.example";
const control = { apiKey: null };

async function enableMfa(mock: TestMock, body: Record<string, unknown>) {
  return mock.api("POST", "/__mock/users/mfa", { ...control, body });
}

async function mfaLogin(mock: TestMock) {
  return dash(mock, "POST", "/dashboard/auth/login", { body: { email: EMAIL, password: PASSWORD } });
}

describe("MFA login over HTTP", () => {
  it("answers the documented challenge, sets no cookie, and mfa-verify opens the session", async () => {
    const mock = createTestMock();
    await onboard(mock, EMAIL);
    const enabled = await enableMfa(mock, { email: EMAIL, code: "492871" });
    expect(enabled.status).toBe(200);
    expect(enabled.body.data).toEqual({ email: EMAIL, mfaEnabled: true, code: "492871" });

    const login = await mfaLogin(mock);
    // https://docs.pacspace.io/dashboard-api/authentication/:
    // {"success":true,"data":{"requiresMfa":true,"mfaTicket":"..."},"message":"MFA verification required"}
    expect(login.status).toBe(200);
    expect(login.body).toEqual({
      success: true,
      data: { requiresMfa: true, mfaTicket: expect.stringMatching(/^mft_/) },
      message: "MFA verification required",
    });
    expect(login.headers.get("Set-Cookie")).toBeNull();
    const { mfaTicket } = login.body.data;

    const wrong = await dash(mock, "POST", "/dashboard/auth/login/mfa-verify", {
      body: { mfaTicket, code: "000000" },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe("INVALID_MFA_CODE");
    expect(wrong.headers.get("Set-Cookie")).toBeNull();

    const verified = await dash(mock, "POST", "/dashboard/auth/login/mfa-verify", {
      body: { mfaTicket, code: "492871" },
    });
    expect(verified.status).toBe(200);
    expect(verified.body.data.user.email).toBe(EMAIL);
    const cookie = /pacspace_session=([^;]+)/.exec(verified.headers.get("Set-Cookie") ?? "")?.[1];
    expect(cookie).toBeDefined();
    const me = await dash(mock, "GET", "/dashboard/auth/me", { cookie: cookie as string });
    expect(me.status).toBe(200);
    expect(me.body.data.user.email).toBe(EMAIL);

    const again = await dash(mock, "POST", "/dashboard/auth/login/mfa-verify", {
      body: { mfaTicket, code: "492871" },
    });
    expect(again.status).toBe(401);
    expect(again.body.error.code).toBe("INVALID_MFA_TICKET");
  });

  it("a ticket expires after 5 minutes on the mock clock", async () => {
    const mock = createTestMock();
    await onboard(mock, EMAIL);
    const { code } = (await enableMfa(mock, { email: EMAIL })).body.data;
    expect(code).toMatch(/^[0-9]{6}$/);
    const { mfaTicket } = (await mfaLogin(mock)).body.data;
    await mock.api("POST", "/__mock/clock/advance", { ...control, body: { ms: 5 * 60_000 } });
    const late = await dash(mock, "POST", "/dashboard/auth/login/mfa-verify", { body: { mfaTicket, code } });
    expect(late.status).toBe(401);
    expect(late.body.error.code).toBe("INVALID_MFA_TICKET");
  });

  it("validates mfa-verify and the control call", async () => {
    const mock = createTestMock();
    await onboard(mock, EMAIL);
    const missing = await dash(mock, "POST", "/dashboard/auth/login/mfa-verify", { body: { code: "1" } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toContainEqual(expect.objectContaining({ path: "/mfaTicket" }));
    const badCode = await enableMfa(mock, { email: EMAIL, code: "12ab56" });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.details).toEqual([{ path: "/code", message: "must be 6 digits" }]);
    const unknownField = await enableMfa(mock, { email: EMAIL, secret: "x" });
    expect(unknownField.status).toBe(400);
    expect((await enableMfa(mock, { email: "nobody@acme.example" })).status).toBe(404);
    // nothing was turned on: the login still opens a session
    const login = await mfaLogin(mock);
    expect(login.body.data.user.email).toBe(EMAIL);
    expect(login.headers.get("Set-Cookie")).toMatch(/^pacspace_session=/);
  });

  it("turning MFA off restores the password login", async () => {
    const mock = createTestMock();
    await onboard(mock, EMAIL);
    await enableMfa(mock, { email: EMAIL, code: "111111" });
    expect((await mfaLogin(mock)).body.data.requiresMfa).toBe(true);
    const off = await enableMfa(mock, { email: EMAIL, enabled: false });
    expect(off.body.data).toEqual({ email: EMAIL, mfaEnabled: false, code: null });
    expect((await mfaLogin(mock)).body.data.user.email).toBe(EMAIL);
  });
});
