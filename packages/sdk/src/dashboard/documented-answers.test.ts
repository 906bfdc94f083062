import { describe, expect, it } from "vitest";
import { BASE, fakeApi } from "../../test/client/fake-api.js";
import { AuthenticationError } from "../errors.js";
import { PacSpaceDashboard } from "./client.js";
import { isMfaChallenge } from "./types.js";

/** An answer as the docs print it: the body exactly as given, plus headers. */
function answer(body: unknown, status = 200, headers: Record<string, string | string[]> = {}): Response {
  const all = new Headers({ "content-type": "application/json" });
  for (const [name, value] of Object.entries(headers)) {
    for (const item of Array.isArray(value) ? value : [value]) all.append(name, item);
  }
  return new Response(JSON.stringify(body), { status, headers: all });
}

const USER = {
  id: "usr_abc123",
  email: "jane@acme.example",
  name: "Jane Doe",
  organization: "Acme Corp",
  role: "owner",
  tenantId: "tnt_xyz789",
  preferredEnvironment: "sandbox",
  createdAt: "2026-04-01T08:00:00.000Z",
};

/** Session cookies of a login: httpOnly, and no token in the body. */
const SESSION_COOKIE =
  "pacspace_session=eyJhbGciOiJIUzI1NiJ9.session; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=43200";
const SESSION_COOKIES = [
  SESSION_COOKIE,
  "pacspace_refresh=rt_91Kx; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=604800",
];

describe("PacSpaceDashboard reads the {statusCode, data} envelope", () => {
  it("creates an API key from the documented 201 answer", async () => {
    // https://docs.pacspace.io/dashboard-api/api-keys/: POST /dashboard/api-keys {name, environment: "live"}
    const documented = {
      statusCode: 201,
      data: {
        id: "key_abc123",
        name: "Production Backend",
        environment: "live",
        publicKey: "pk_live_abc123def456",
        secretKey: "sk_live_789ghi012jkl",
        fullKey: "pk_live_abc123def456.sk_live_789ghi012jkl",
        createdAt: "2025-06-01T12:00:00.000Z",
        active: true,
      },
    };
    const api = fakeApi([answer(documented, 201)]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, token: "pss_t", fetch: api.fetch });
    const key = await dashboard.apiKeys.create({ name: "Production Backend", environment: "live" });
    expect(key).toEqual(documented.data);
    expect(api.requests[0]?.body).toEqual({ name: "Production Backend", environment: "live" });
  });

  it("lists API keys from the documented page (no totalPages) without asking for an extra page", async () => {
    // https://docs.pacspace.io/dashboard-api/api-keys/: GET /dashboard/api-keys?page=1&limit=20
    const documented = {
      statusCode: 200,
      data: {
        items: [
          {
            id: "key_abc123",
            name: "Production Backend",
            environment: "live",
            publicKey: "pk_live_abc123def456",
            active: true,
            createdAt: "2025-06-01T12:00:00.000Z",
            lastUsedAt: "2025-06-10T08:30:00.000Z",
          },
        ],
        total: 1,
        page: 1,
        limit: 20,
      },
    };
    const api = fakeApi([answer(documented)]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, token: "pss_t", fetch: api.fetch });
    const ids = [];
    for await (const key of dashboard.apiKeys.list({ page: 1, limit: 20 })) ids.push(key.id);
    expect(ids).toEqual(["key_abc123"]);
    expect(api.requests).toHaveLength(1);
  });

  it("reads the documented billing plan, Stripe fields included", async () => {
    // https://docs.pacspace.io/dashboard-api/billing/: GET /dashboard/billing/plan
    const documented = {
      statusCode: 200,
      data: {
        tier: "starter",
        monthlyAllotment: 100000,
        planPriceUsd: 3000,
        overagePriceUsd: 0.012,
        stripeSubscriptionId: "sub_1R...",
        cancelAtPeriodEnd: false,
        stripeCurrentPeriodEnd: "2026-03-13T00:00:00.000Z",
      },
    };
    const api = fakeApi([answer(documented)]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, token: "pss_t", fetch: api.fetch });
    const plan = await dashboard.billing.plan();
    expect(plan.stripeSubscriptionId).toBe("sub_1R...");
    expect(plan.stripeCurrentPeriodEnd).toBe("2026-03-13T00:00:00.000Z");
  });

  it("still reads {success: true, data} on the same routes", async () => {
    const api = fakeApi([answer({ success: true, data: { period: "2026-02", consumedDeltas: 1042 } })]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, token: "pss_t", fetch: api.fetch });
    expect(await dashboard.billing.usage()).toEqual({ period: "2026-02", consumedDeltas: 1042 });
  });

  it("refuses a 2xx body that is neither envelope", async () => {
    const api = fakeApi([answer({ statusCode: 200 }), answer({ statusCode: 500, data: {} })]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, token: "pss_t", fetch: api.fetch });
    await expect(dashboard.billing.plan()).rejects.toMatchObject({ code: "UNEXPECTED_RESPONSE" });
    await expect(dashboard.billing.plan()).rejects.toMatchObject({ code: "UNEXPECTED_RESPONSE" });
  });
});

describe("PacSpaceDashboard token mode when the login answers no token", () => {
  it("carries the session cookies the login set, with the CSRF header on changes", async () => {
    // https://docs.pacspace.io/dashboard-api/authentication/: login sets httpOnly cookies; the quick start
    // then calls POST /dashboard/api-keys with those cookies and X-Pacspace-CSRF: 1.
    const api = fakeApi([
      answer({ success: true, data: { user: USER } }, 200, { "set-cookie": SESSION_COOKIES }),
      answer({ statusCode: 201, data: { id: "key_abc123", name: "quickstart-key" } }, 201),
      answer({ success: true, data: { loggedOut: true } }, 200, {
        "set-cookie": "pacspace_session=; Path=/; Max-Age=0",
      }),
      answer({ success: false, error: { code: "UNAUTHENTICATED", message: "log in" } }, 401),
    ]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, fetch: api.fetch });
    const login = await dashboard.auth.login("jane@acme.example", "SecurePass1");
    expect(isMfaChallenge(login)).toBe(false);
    expect(dashboard.token).toBeUndefined();
    await dashboard.apiKeys.create({ name: "quickstart-key" });
    await dashboard.auth.logout();
    await expect(dashboard.auth.me()).rejects.toBeInstanceOf(AuthenticationError);

    const [loginRequest, createRequest, logoutRequest, afterLogout] = api.requests;
    expect(loginRequest?.headers.get("cookie")).toBeNull();
    expect(createRequest?.headers.get("cookie")).toBe(
      "pacspace_session=eyJhbGciOiJIUzI1NiJ9.session; pacspace_refresh=rt_91Kx",
    );
    expect(createRequest?.headers.get("x-pacspace-csrf")).toBe("1");
    expect(createRequest?.headers.get("authorization")).toBeNull();
    expect(logoutRequest?.headers.get("cookie")).toContain("pacspace_session=");
    // logout forgets every cookie, not only the one the answer cleared
    expect(afterLogout?.headers.get("cookie")).toBeNull();
  });

  it("keeps a token too when the answer has one (older docs), and sends both", async () => {
    const api = fakeApi([
      answer({ success: true, data: { user: USER, token: "pss_tok" } }, 200, {
        "set-cookie": SESSION_COOKIE,
      }),
      answer({ success: true, data: { user: USER } }),
    ]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, fetch: api.fetch });
    await dashboard.auth.login("jane@acme.example", "SecurePass1");
    expect(dashboard.token).toBe("pss_tok");
    await dashboard.auth.me();
    expect(api.requests[1]?.headers.get("authorization")).toBe("Bearer pss_tok");
    expect(api.requests[1]?.headers.get("cookie")).toBe("pacspace_session=eyJhbGciOiJIUzI1NiJ9.session");
  });

  it("cookie mode leaves cookies to the browser", async () => {
    const api = fakeApi([
      answer({ success: true, data: { user: USER } }, 200, { "set-cookie": SESSION_COOKIES }),
      answer({ success: true, data: { user: USER } }),
    ]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, session: "cookie", fetch: api.fetch });
    await dashboard.auth.login("jane@acme.example", "SecurePass1");
    await dashboard.auth.me();
    expect(api.requests[1]?.headers.get("cookie")).toBeNull();
  });
});

describe("PacSpaceDashboard MFA login", () => {
  // https://docs.pacspace.io/dashboard-api/authentication/: with MFA enabled the login answers
  // {"success":true,"data":{"requiresMfa":true,"mfaTicket":"..."},"message":"MFA verification required"}
  const challenge = {
    success: true,
    data: { requiresMfa: true, mfaTicket: "mft_Hq7Wc2Rz9Lp4Xv1Nb8Kd3Ts6Yg0Fm5Ja" },
    message: "MFA verification required",
  };

  it("returns the challenge, holds no session, and verifyMfa completes the login", async () => {
    const api = fakeApi([
      answer(challenge),
      answer({ success: false, error: { code: "INVALID_MFA_CODE", message: "wrong code" } }, 401),
      answer({ success: true, data: { user: USER } }, 200, { "set-cookie": SESSION_COOKIE }),
      answer({ success: true, data: { user: USER } }),
    ]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, fetch: api.fetch });
    const outcome = await dashboard.auth.login("jane@acme.example", "SecurePass1");
    if (!isMfaChallenge(outcome)) throw new Error("expected the MFA challenge");
    expect(outcome).toEqual(challenge.data);

    const wrong = await dashboard.auth
      .verifyMfa({ mfaTicket: outcome.mfaTicket, code: "000000" })
      .catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(AuthenticationError);
    expect(wrong).toMatchObject({ status: 401, code: "INVALID_MFA_CODE" });

    const session = await dashboard.auth.verifyMfa({ mfaTicket: outcome.mfaTicket, code: "492871" });
    expect(session.user.email).toBe("jane@acme.example");
    await dashboard.auth.me();

    const [, wrongRequest, verifyRequest, meRequest] = api.requests;
    expect(wrongRequest?.headers.get("cookie")).toBeNull();
    expect(verifyRequest).toMatchObject({
      method: "POST",
      path: "/dashboard/auth/login/mfa-verify",
      body: { mfaTicket: outcome.mfaTicket, code: "492871" },
    });
    expect(meRequest?.headers.get("cookie")).toBe("pacspace_session=eyJhbGciOiJIUzI1NiJ9.session");
  });

  it("validates verifyMfa input before sending", async () => {
    const api = fakeApi([]);
    const dashboard = new PacSpaceDashboard({ baseUrl: BASE, fetch: api.fetch });
    await expect(dashboard.auth.verifyMfa({ mfaTicket: "", code: "1" })).rejects.toMatchObject({
      name: "ValidationError",
    });
    expect(api.requests).toEqual([]);
  });
});
