import {
  AuthenticationError,
  isMfaChallenge,
  PacSpace,
  PacSpaceDashboard,
  PermissionDeniedError,
} from "@pacspace/sdk";
import { describe, expect, it } from "vitest";
import { BASE_URL, createTestMock } from "./support/harness.js";

const HOUR = 3_600_000;

describe("PacSpaceDashboard against the mock (every answer conformance-checked)", () => {
  it("goes from an access request to a working sandbox key, then rotates and revokes it", async () => {
    const mock = createTestMock({ defaultTenant: false });
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE_URL, maxRetries: 0 });
    const email = "jane@acme.example";

    expect(await dashboard.auth.requestAccess({ name: "Jane Doe", email, organization: "Acme" })).toEqual({
      status: "received",
    });
    const refused = await dashboard.auth
      .register({ name: "Jane Doe", email, password: "SecurePass1" })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PermissionDeniedError);
    expect(refused).toMatchObject({ code: "REGISTRATION_REQUIRES_APPROVAL" });

    const { approvalToken } = mock.pacspace.issueApprovalToken(email);
    const { tenant } = await dashboard.auth.register({
      name: "Jane Doe",
      email,
      password: "SecurePass1",
      approvalToken,
    });
    expect(tenant.plan).toBe("free");
    await dashboard.auth.login(email, "SecurePass1");
    expect((await dashboard.auth.me()).tenant.tenantId).toBe(tenant.tenantId);
    expect(await dashboard.environments.status()).toEqual({
      sandbox: { status: "active" },
      production: { status: "none" },
    });

    const key = await dashboard.apiKeys.create({ name: "Local development" });
    expect(key.environment).toBe("test");
    const pac = new PacSpace({ apiKey: key.fullKey, baseUrl: BASE_URL, maxRetries: 0 });
    await pac.balance.emit("cust_acme", 42, "first usage");
    expect((await dashboard.billing.usage()).consumedDeltas).toBe(1);
    const customers = [];
    for await (const customer of dashboard.customers.list()) customers.push(customer.customerId);
    expect(customers).toEqual(["cust_acme"]);
    expect(await dashboard.customers.exportCsv("cust_acme")).toMatch(
      /^sequenceNumber,.*\r\n1,rec_\w+,[^,]+,VERIFIED,42,first usage,/,
    );

    const listed = [];
    for await (const item of dashboard.apiKeys.list()) listed.push(item);
    expect(listed.map((item) => item.id)).toEqual([key.id]);
    expect(JSON.stringify(listed)).not.toContain(key.secretKey);

    const rotated = await dashboard.apiKeys.rotate(key.id);
    const next = new PacSpace({ apiKey: rotated.fullKey, baseUrl: BASE_URL, maxRetries: 0 });
    await pac.balance.limits();
    await next.balance.limits();
    mock.pacspace.clock.advance(24 * HOUR);
    await expect(pac.balance.limits()).rejects.toMatchObject({ status: 401, code: "INVALID_API_KEY" });
    // the 12-hour session ended meanwhile
    await expect(dashboard.auth.me()).rejects.toBeInstanceOf(AuthenticationError);
    await dashboard.auth.login(email, "SecurePass1");

    await dashboard.apiKeys.update(key.id, { active: false });
    await expect(next.balance.limits()).rejects.toMatchObject({ code: "API_KEY_DISABLED" });
    await dashboard.apiKeys.revoke(key.id);
    await expect(next.balance.limits()).rejects.toMatchObject({ code: "INVALID_API_KEY" });

    await dashboard.auth.logout();
    expect(dashboard.token).toBeUndefined();
    const stale = new PacSpaceDashboard({ baseUrl: BASE_URL, token: "pss_stale", maxRetries: 0 });
    await expect(stale.billing.plan()).rejects.toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
  });

  it("upgrades, provisions production and creates a live key", async () => {
    const mock = createTestMock({ defaultTenant: false });
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE_URL, maxRetries: 0 });
    const email = "ops@globex.example";
    const { approvalToken } = mock.pacspace.issueApprovalToken(email);
    await dashboard.auth.register({ name: "Ops", email, password: "SecurePass1", approvalToken });
    await dashboard.auth.login(email, "SecurePass1");
    await expect(dashboard.environments.provision("production")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await dashboard.billing.changePlan("starter")).monthlyAllotment).toBe(100_000);
    expect((await dashboard.environments.provision("production")).status).toBe("active");
    const live = await dashboard.apiKeys.create({ name: "Production", environment: "live" });
    const pac = new PacSpace({ apiKey: live.fullKey, baseUrl: BASE_URL, maxRetries: 0 });
    expect(pac.environment).toBe("live");
    await pac.balance.emit("cust_prod", 1, "live usage");
    expect((await dashboard.customers.list({ environment: "production" })).customers).toHaveLength(1);
    expect((await dashboard.customers.list()).customers).toHaveLength(0);
  });

  it("token mode works on the session cookie alone when the login answers no token", async () => {
    const mock = createTestMock({ defaultTenant: false });
    // The current docs show login setting httpOnly cookies and no token
    // (https://docs.pacspace.io/dashboard-api/authentication/): the mock's `token` extension is removed.
    const withoutToken = async (request: Request): Promise<Response> => {
      const response = await fetch(request);
      if (!new URL(request.url).pathname.startsWith("/dashboard/auth/login")) return response;
      const body = await response.json();
      delete body.data?.token;
      delete body.data?.expiresAt;
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    };
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE_URL, maxRetries: 0, fetch: withoutToken });
    const email = "jane@acme.example";
    const { approvalToken } = mock.pacspace.issueApprovalToken(email);
    await dashboard.auth.register({ name: "Jane Doe", email, password: "SecurePass1", approvalToken });
    const login = await dashboard.auth.login(email, "SecurePass1");
    expect(login).not.toHaveProperty("token");
    expect(dashboard.token).toBeUndefined();
    expect((await dashboard.auth.me()).user.email).toBe(email);
    const key = await dashboard.apiKeys.create({ name: "Cookie session" });
    expect(key.fullKey).toMatch(/^pk_test_/);
    expect((await dashboard.billing.plan()).stripeSubscriptionId).toBeNull();
    await dashboard.auth.logout();
    await expect(dashboard.auth.me()).rejects.toMatchObject({ status: 401, code: "UNAUTHENTICATED" });
  });

  it("logs in with MFA: the challenge, a wrong code, then the session", async () => {
    const mock = createTestMock({ defaultTenant: false });
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE_URL, maxRetries: 0 });
    const email = "jane@acme.example";
    const { approvalToken } = mock.pacspace.issueApprovalToken(email);
    await dashboard.auth.register({ name: "Jane Doe", email, password: "SecurePass1", approvalToken });
    const { code } = mock.pacspace.setUserMfa(email);
    const outcome = await dashboard.auth.login(email, "SecurePass1");
    if (!isMfaChallenge(outcome)) throw new Error("expected the MFA challenge");
    await expect(dashboard.auth.me()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(
      dashboard.auth.verifyMfa({
        mfaTicket: outcome.mfaTicket,
        code: code === "000000" ? "111111" : "000000",
      }),
    ).rejects.toMatchObject({ status: 401, code: "INVALID_MFA_CODE" });
    const session = await dashboard.auth.verifyMfa({ mfaTicket: outcome.mfaTicket, code: code as string });
    expect(session.user.email).toBe(email);
    expect((await dashboard.auth.me()).user.email).toBe(email);
    await expect(
      dashboard.auth.verifyMfa({ mfaTicket: outcome.mfaTicket, code: code as string }),
    ).rejects.toMatchObject({ code: "INVALID_MFA_TICKET" });
  });
});
