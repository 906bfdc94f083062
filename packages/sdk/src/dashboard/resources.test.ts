import { describe, expect, it } from "vitest";
import { BASE, envelope, failure, fakeApi } from "../../test/client/fake-api.js";
import { NotFoundError } from "../errors.js";
import { PacSpaceDashboard } from "./client.js";

const TOKEN = "pss_token";

function dashboardWith(replies: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(replies);
  const dashboard = new PacSpaceDashboard({ baseUrl: BASE, token: TOKEN, maxRetries: 0, fetch: api.fetch });
  return { dashboard, requests: api.requests };
}

const key = (n: number) => ({
  id: `key_${n}`,
  name: `k${n}`,
  environment: "test",
  publicKey: `pk_test_${n}`,
});

describe("PacSpaceDashboard: what each method sends", () => {
  it("calls every dashboard operation with its method, path, query and body", async () => {
    const { dashboard, requests } = dashboardWith(() => envelope({}));
    await dashboard.auth.requestAccess({ name: "Jane", email: "jane@acme.example", organization: "Acme" });
    await dashboard.auth.register({
      name: "Jane",
      email: "jane@acme.example",
      password: "SecurePass1",
      approvalToken: "apr_1",
    });
    await dashboard.auth.updatePreferences({ preferredEnvironment: "production" });
    await dashboard.apiKeys.create({ name: "Backend", environment: "live" });
    await dashboard.apiKeys.get("key_1");
    await dashboard.apiKeys.update("key_1", { name: "renamed", active: true });
    await dashboard.apiKeys.rotate("key_1");
    await dashboard.apiKeys.revoke("key_1");
    await dashboard.environments.list();
    await dashboard.environments.status();
    await dashboard.environments.provision("production");
    await dashboard.billing.plan();
    await dashboard.billing.usage({ period: "2026-03" });
    await dashboard.billing.changePlan("growth");
    await dashboard.customers.create(
      { displayName: "Acme", customerId: "cust_acme" },
      { environment: "production" },
    );
    await dashboard.customers.get("cust_acme", { deltaLimit: 5 });
    expect(requests.map((r) => [r.method, `${r.path}${r.url.search}`, r.body])).toEqual([
      [
        "POST",
        "/dashboard/auth/request-access",
        { name: "Jane", email: "jane@acme.example", organization: "Acme" },
      ],
      [
        "POST",
        "/dashboard/auth/register",
        { name: "Jane", email: "jane@acme.example", password: "SecurePass1", approvalToken: "apr_1" },
      ],
      ["PATCH", "/dashboard/auth/preferences", { preferredEnvironment: "production" }],
      ["POST", "/dashboard/api-keys", { name: "Backend", environment: "live" }],
      ["GET", "/dashboard/api-keys/key_1", undefined],
      ["PATCH", "/dashboard/api-keys/key_1", { name: "renamed", active: true }],
      ["POST", "/dashboard/api-keys/key_1/rotate", undefined],
      ["DELETE", "/dashboard/api-keys/key_1", undefined],
      ["GET", "/dashboard/environments", undefined],
      ["GET", "/dashboard/environments/environment-status", undefined],
      ["POST", "/dashboard/environments/provision", { environment: "production" }],
      ["GET", "/dashboard/billing/plan", undefined],
      ["GET", "/dashboard/billing/usage?period=2026-03", undefined],
      ["PATCH", "/dashboard/billing/plan", { tier: "growth" }],
      ["POST", "/dashboard/customers", { displayName: "Acme", customerId: "cust_acme" }],
      ["GET", "/dashboard/customers/cust_acme?deltaLimit=5", undefined],
    ]);
    expect(requests[14]?.headers.get("x-environment")).toBe("production");
    expect(requests[15]?.headers.get("x-environment")).toBeNull();
  });

  it("returns the 202 acknowledgement of an access request", async () => {
    const { dashboard } = dashboardWith([envelope({ status: "received" }, 202)]);
    expect(await dashboard.auth.requestAccess({ name: "Jane", email: "jane@acme.example" })).toEqual({
      status: "received",
    });
  });

  it("apiKeys.list is one page when awaited and every key when iterated", async () => {
    const pages: Record<string, unknown> = {
      "1": { items: [key(3), key(2)], total: 3, page: 1, limit: 2, totalPages: 2 },
      "2": { items: [key(1)], total: 3, page: 2, limit: 2, totalPages: 2 },
    };
    const { dashboard, requests } = dashboardWith((request) => envelope(pages[request.query.page ?? "1"]));
    const first = await dashboard.apiKeys.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    const ids: string[] = [];
    for await (const item of dashboard.apiKeys.list({ limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(["key_3", "key_2", "key_1"]);
    expect(requests.map((r) => r.url.search)).toEqual(["?limit=2", "?limit=2", "?limit=2&page=2"]);
  });

  it("customers.list pages through one environment", async () => {
    const customer = (id: string) => ({ customerId: id, displayName: null });
    const { dashboard, requests } = dashboardWith((request) =>
      envelope({
        customers: request.query.page === "2" ? [customer("b")] : [customer("a")],
        pagination: { page: Number(request.query.page ?? 1), limit: 1, total: 2, totalPages: 2 },
      }),
    );
    const ids: string[] = [];
    for await (const item of dashboard.customers.list({ limit: 1, search: "c", environment: "production" })) {
      ids.push(item.customerId);
    }
    expect(ids).toEqual(["a", "b"]);
    expect(requests.map((r) => [r.url.search, r.headers.get("x-environment")])).toEqual([
      ["?limit=1&search=c", "production"],
      ["?limit=1&search=c&page=2", "production"],
    ]);
  });

  it("exportCsv resolves to the CSV text and rejects with the typed error", async () => {
    const csv = "sequenceNumber,recordId\r\n1,rec_1\r\n";
    const { dashboard, requests } = dashboardWith([
      new Response(csv, {
        headers: { "content-type": "text/csv; charset=utf-8", "x-request-id": "req_csv" },
      }),
      failure(404, "CUSTOMER_NOT_FOUND"),
    ]);
    const exported = await dashboard.customers
      .exportCsv("cust_acme", { environment: "sandbox" })
      .withResponse();
    expect(exported.data).toBe(csv);
    expect(exported.requestId).toBe("req_csv");
    expect(requests[0]?.path).toBe("/dashboard/customers/cust_acme/export");
    expect(requests[0]?.headers.get("x-environment")).toBe("sandbox");
    const missing = await dashboard.customers.exportCsv("cust_nobody").catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ code: "CUSTOMER_NOT_FOUND" });
  });

  it("percent-encodes path parameters and refuses malformed ones before sending", async () => {
    const { dashboard, requests } = dashboardWith(() => envelope({}));
    await dashboard.customers.get("cust:a.b");
    expect(requests[0]?.path).toBe("/dashboard/customers/cust%3Aa.b");
    await expect(dashboard.apiKeys.get("../admin")).rejects.toThrow(/keyId/);
    await expect(dashboard.customers.exportCsv("bad id")).rejects.toThrow(/customerId/);
    expect(requests).toHaveLength(1);
  });
});
