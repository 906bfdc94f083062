import type { HttpHandler } from "msw";
import { createOpenApiHttp } from "openapi-msw";
import type { components, paths } from "../../../../packages/sdk/src/generated/schema.js";
import type { ResolvedSession } from "../../ledger/sessions.js";
import type { DashboardInput, DashboardPipeline } from "./dashboard-pipeline.js";
import { clearedSessionCookie, sessionCookie } from "./session-cookie.js";

/**
 * The Dashboard API's account, key, environment, billing and customer operations, typed from
 * the generated `paths`. Each names the ledger call that answers it; sessions, CSRF,
 * validation, faults and envelopes are the dashboard pipeline's job.
 */

type Schemas = components["schemas"];

/** The session of an operation that requires one (the pipeline has already resolved it). */
function sessionOf(input: DashboardInput): ResolvedSession {
  if (!input.session) throw new Error("dashboard operation without a session");
  return input.session;
}

const tenantOf = (input: DashboardInput) => sessionOf(input).tenantId;

export function dashboardRoutes(baseUrl: string, pipeline: DashboardPipeline): HttpHandler[] {
  const http = createOpenApiHttp<paths>({ baseUrl });
  return [
    // --- auth
    http.post("/dashboard/auth/request-access", (info) =>
      pipeline.handle(info, "requestAccess", ({ body }, ledger) => ({
        status: 202,
        data: ledger.requestAccess(body as Schemas["RequestAccessRequest"]),
        message: "If the request is approved, an approval token will be sent to this email.",
      })),
    ),
    http.post("/dashboard/auth/register", (info) =>
      pipeline.handle(info, "register", ({ body }, ledger) => ({
        status: 201,
        data: ledger.register(body as Schemas["RegisterRequest"]),
      })),
    ),
    http.post("/dashboard/auth/login", (info) =>
      pipeline.handle(info, "login", ({ body, secure }, ledger) => {
        const result = ledger.login(body as Schemas["LoginRequest"]);
        const maxAgeSeconds = (Date.parse(result.expiresAt) - ledger.clock.now()) / 1000;
        return {
          status: 200,
          data: result,
          headers: new Headers({ "Set-Cookie": sessionCookie(result.token, maxAgeSeconds, secure) }),
        };
      }),
    ),
    http.post("/dashboard/auth/logout", (info) =>
      pipeline.handle(info, "logout", ({ token, secure }, ledger) => {
        ledger.logout(token);
        return {
          status: 200,
          data: { loggedOut: true as const },
          headers: new Headers({ "Set-Cookie": clearedSessionCookie(secure) }),
        };
      }),
    ),
    http.get("/dashboard/auth/me", (info) =>
      pipeline.handle(info, "getCurrentUser", (input, ledger) => ({
        status: 200,
        data: ledger.getAccount(sessionOf(input)),
      })),
    ),
    http.patch("/dashboard/auth/preferences", (info) =>
      pipeline.handle(info, "updatePreferences", (input, ledger) => ({
        status: 200,
        data: ledger.updatePreferences(sessionOf(input).userId, input.body as Schemas["PreferencesRequest"]),
      })),
    ),

    // --- API keys
    http.post("/dashboard/api-keys", (info) =>
      pipeline.handle(info, "createApiKey", (input, ledger) => ({
        status: 201,
        data: ledger.dashboard(tenantOf(input)).createApiKey(input.body as Schemas["CreateApiKeyRequest"]),
        message: "Store the key now; the secret is not shown again.",
      })),
    ),
    http.get("/dashboard/api-keys", (info) =>
      pipeline.handle(info, "listApiKeys", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).listApiKeys(input.query),
      })),
    ),
    http.get("/dashboard/api-keys/{keyId}", (info) =>
      pipeline.handle(info, "getApiKey", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).getApiKey(input.params.keyId as string),
      })),
    ),
    http.patch("/dashboard/api-keys/{keyId}", (info) =>
      pipeline.handle(info, "updateApiKey", (input, ledger) => ({
        status: 200,
        data: ledger
          .dashboard(tenantOf(input))
          .updateApiKey(input.params.keyId as string, input.body as Schemas["UpdateApiKeyRequest"]),
      })),
    ),
    http.delete("/dashboard/api-keys/{keyId}", (info) =>
      pipeline.handle(info, "revokeApiKey", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).revokeApiKey(input.params.keyId as string),
      })),
    ),
    http.post("/dashboard/api-keys/{keyId}/rotate", (info) =>
      pipeline.handle(info, "rotateApiKey", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).rotateApiKey(input.params.keyId as string),
        message:
          "Store the new key now; the secret is not shown again. The previous secret keeps working until previousSecretValidUntil.",
      })),
    ),

    // --- environments
    http.get("/dashboard/environments", (info) =>
      pipeline.handle(info, "listEnvironments", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).listEnvironments(),
      })),
    ),
    http.get("/dashboard/environments/environment-status", (info) =>
      pipeline.handle(info, "getEnvironmentStatus", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).environmentStatus(),
      })),
    ),
    http.post("/dashboard/environments/provision", (info) =>
      pipeline.handle(info, "provisionEnvironment", (input, ledger) => ({
        status: 200,
        data: ledger
          .dashboard(tenantOf(input))
          .provisionEnvironment((input.body as Schemas["ProvisionEnvironmentRequest"]).environment),
      })),
    ),

    // --- billing
    http.get("/dashboard/billing/plan", (info) =>
      pipeline.handle(info, "getBillingPlan", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).billingPlan(),
      })),
    ),
    http.patch("/dashboard/billing/plan", (info) =>
      pipeline.handle(info, "changeBillingPlan", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).changePlan((input.body as Schemas["ChangePlanRequest"]).tier),
      })),
    ),
    http.get("/dashboard/billing/usage", (info) =>
      pipeline.handle(info, "getBillingUsage", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).billingUsage(input.query.period),
      })),
    ),

    // --- customers (X-Environment selects the ledger)
    http.get("/dashboard/customers", (info) =>
      pipeline.handle(info, "listDashboardCustomers", (input, ledger) => ({
        status: 200,
        data: ledger.dashboard(tenantOf(input)).listCustomers(input.environment, input.query),
      })),
    ),
    http.post("/dashboard/customers", (info) =>
      pipeline.handle(info, "createDashboardCustomer", (input, ledger) => ({
        status: 201,
        data: ledger
          .dashboard(tenantOf(input))
          .createCustomer(input.environment, input.body as Schemas["CreateDashboardCustomerRequest"]),
      })),
    ),
    http.get("/dashboard/customers/{customerId}", (info) =>
      pipeline.handle(info, "getDashboardCustomer", (input, ledger) => ({
        status: 200,
        data: ledger
          .dashboard(tenantOf(input))
          .getCustomer(input.environment, input.params.customerId as string, input.query),
      })),
    ),
    http.get("/dashboard/customers/{customerId}/export", (info) =>
      pipeline.handle(info, "exportDashboardCustomer", (input, ledger) => {
        const customerId = input.params.customerId as string;
        const text = ledger.dashboard(tenantOf(input)).exportCustomerCsv(input.environment, customerId);
        return {
          status: 200,
          text,
          contentType: "text/csv; charset=utf-8",
          headers: new Headers({ "Content-Disposition": `attachment; filename="${customerId}-deltas.csv"` }),
        };
      }),
    ),
  ];
}
