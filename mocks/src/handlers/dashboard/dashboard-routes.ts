import type { components } from "../../../../packages/sdk/src/generated/schema.js";
import type { OpenedSession } from "../../ledger/tenancy/session-tokens.js";
import type { ResolvedSession } from "../../ledger/tenancy/sessions.js";
import type { Route } from "../route.js";
import type { DashboardInput, DashboardPipeline } from "./dashboard-pipeline.js";
import { clearedSessionCookie, sessionCookie } from "./session-cookie.js";

/**
 * The Dashboard API's account, key, environment, billing and customer operations, as the spec
 * declares them. Each names the ledger call that answers it; sessions, CSRF,
 * validation, faults and envelopes are the dashboard pipeline's job.
 */

type Schemas = components["schemas"];

/** The session of an operation that requires one (the pipeline has already resolved it). */
function sessionOf(input: DashboardInput): ResolvedSession {
  if (!input.session) throw new Error("dashboard operation without a session");
  return input.session;
}

const tenantOf = (input: DashboardInput) => sessionOf(input).tenantId;

/** A new session's answer: the session in the body and in the httpOnly cookie. */
function sessionReply(session: OpenedSession, nowMs: number, secure: boolean) {
  const maxAgeSeconds = (Date.parse(session.expiresAt) - nowMs) / 1000;
  return {
    status: 200 as const,
    data: session,
    headers: new Headers({ "Set-Cookie": sessionCookie(session.token, maxAgeSeconds, secure) }),
  };
}

export function dashboardRoutes(pipeline: DashboardPipeline): Route[] {
  return [
    // --- auth
    pipeline.handle("requestAccess", ({ body }, ledger) => ({
      status: 202,
      data: ledger.requestAccess(body as Schemas["RequestAccessRequest"]),
      message: "If the request is approved, an approval token will be sent to this email.",
    })),
    pipeline.handle("register", ({ body }, ledger) => ({
      status: 201,
      data: ledger.register(body as Schemas["RegisterRequest"]),
    })),
    pipeline.handle("login", ({ body, secure }, ledger) => {
      const outcome = ledger.login(body as Schemas["LoginRequest"]);
      // An MFA challenge opens no session, so it sets no cookie.
      if ("requiresMfa" in outcome) {
        return { status: 200, data: outcome, message: "MFA verification required" };
      }
      return sessionReply(outcome, ledger.clock.now(), secure);
    }),
    pipeline.handle("verifyMfaLogin", ({ body, secure }, ledger) =>
      sessionReply(ledger.verifyMfaLogin(body as Schemas["MfaVerifyRequest"]), ledger.clock.now(), secure),
    ),
    pipeline.handle("logout", ({ token, secure }, ledger) => {
      ledger.logout(token);
      return {
        status: 200,
        data: { loggedOut: true as const },
        headers: new Headers({ "Set-Cookie": clearedSessionCookie(secure) }),
      };
    }),
    pipeline.handle("getCurrentUser", (input, ledger) => ({
      status: 200,
      data: ledger.getAccount(sessionOf(input)),
    })),
    pipeline.handle("updatePreferences", (input, ledger) => ({
      status: 200,
      data: ledger.updatePreferences(sessionOf(input).userId, input.body as Schemas["PreferencesRequest"]),
    })),

    // --- API keys
    pipeline.handle("createApiKey", (input, ledger) => ({
      status: 201,
      data: ledger.dashboard(tenantOf(input)).createApiKey(input.body as Schemas["CreateApiKeyRequest"]),
      message: "Store the key now; the secret is not shown again.",
    })),
    pipeline.handle("listApiKeys", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).listApiKeys(input.query),
    })),
    pipeline.handle("getApiKey", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).getApiKey(input.params.keyId as string),
    })),
    pipeline.handle("updateApiKey", (input, ledger) => ({
      status: 200,
      data: ledger
        .dashboard(tenantOf(input))
        .updateApiKey(input.params.keyId as string, input.body as Schemas["UpdateApiKeyRequest"]),
    })),
    pipeline.handle("revokeApiKey", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).revokeApiKey(input.params.keyId as string),
    })),
    pipeline.handle("rotateApiKey", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).rotateApiKey(input.params.keyId as string),
      message:
        "Store the new key now; the secret is not shown again. The previous secret keeps working until previousSecretValidUntil.",
    })),

    // --- environments
    pipeline.handle("listEnvironments", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).listEnvironments(),
    })),
    pipeline.handle("getEnvironmentStatus", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).environmentStatus(),
    })),
    pipeline.handle("provisionEnvironment", (input, ledger) => ({
      status: 200,
      data: ledger
        .dashboard(tenantOf(input))
        .provisionEnvironment((input.body as Schemas["ProvisionEnvironmentRequest"]).environment),
    })),

    // --- billing
    pipeline.handle("getBillingPlan", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).billingPlan(),
    })),
    pipeline.handle("changeBillingPlan", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).changePlan((input.body as Schemas["ChangePlanRequest"]).tier),
    })),
    pipeline.handle("getBillingUsage", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).billingUsage(input.query.period),
    })),

    // --- customers (X-Environment selects the ledger)
    pipeline.handle("listDashboardCustomers", (input, ledger) => ({
      status: 200,
      data: ledger.dashboard(tenantOf(input)).listCustomers(input.environment, input.query),
    })),
    pipeline.handle("createDashboardCustomer", (input, ledger) => ({
      status: 201,
      data: ledger
        .dashboard(tenantOf(input))
        .createCustomer(input.environment, input.body as Schemas["CreateDashboardCustomerRequest"]),
    })),
    pipeline.handle("getDashboardCustomer", (input, ledger) => ({
      status: 200,
      data: ledger
        .dashboard(tenantOf(input))
        .getCustomer(input.environment, input.params.customerId as string, input.query),
    })),
    pipeline.handle("exportDashboardCustomer", (input, ledger) => {
      const customerId = input.params.customerId as string;
      const text = ledger.dashboard(tenantOf(input)).exportCustomerCsv(input.environment, customerId);
      return {
        status: 200,
        text,
        contentType: "text/csv; charset=utf-8",
        headers: new Headers({ "Content-Disposition": `attachment; filename="${customerId}-deltas.csv"` }),
      };
    }),
  ];
}
