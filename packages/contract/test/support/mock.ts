import { type MockServer, startMockServer } from "@pacspace/mocks/server";

/**
 * The real mock over HTTP, with a tenant of its own created through the control API
 * (`POST /__mock/tenants`) and the state digest (`GET /__mock/snapshot`) as state probe.
 */
export interface RunningMock {
  server: MockServer;
  url: string;
  apiKey: string;
  /** The tenant the key belongs to. */
  tenantId: string;
  /** The ledger digest; equal digests, equal state. */
  snapshot(): Promise<string>;
  close(): Promise<void>;
}

export async function startMock(): Promise<RunningMock> {
  // Real time and a short verification delay: the chain polls as it would against the service.
  const server = await startMockServer({ clock: "system", verification: "delay:20", tickMs: 10 });
  return { server, url: server.url, ...(await ownTenant(server.url)), close: () => server.close() };
}

/**
 * A tenant of its own on the mock at `url` (`POST /__mock/tenants`), and the ledger digest
 * (`GET /__mock/snapshot`) as the run's state probe.
 */
export async function ownTenant(url: string): Promise<Pick<RunningMock, "apiKey" | "tenantId" | "snapshot">> {
  const created = await fetch(`${url}/__mock/tenants`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Contract kit", plan: "growth" }),
  });
  if (created.status !== 201)
    throw new Error(`POST /__mock/tenants answered ${created.status}: ${await created.text()}`);
  const { data } = (await created.json()) as { data: { apiKey: string; tenant: { tenantId: string } } };
  return {
    apiKey: data.apiKey,
    tenantId: data.tenant.tenantId,
    async snapshot() {
      // An idempotent read: retried once when the server closed a kept-alive connection under it.
      const response = await fetch(`${url}/__mock/snapshot`).catch(() => fetch(`${url}/__mock/snapshot`));
      if (response.status !== 200) throw new Error(`GET /__mock/snapshot answered ${response.status}`);
      const body = (await response.json()) as { data: { digest: string } };
      return body.data.digest;
    },
  };
}

/** A dashboard user of its own on the mock at `url`, logged in, with an API key made under its session. */
export interface DashboardUser {
  email: string;
  password: string;
  bearerToken: string;
  apiKey: string;
}

export async function dashboardUser(url: string, email: string): Promise<DashboardUser> {
  const password = "contract kit password";
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { data: Record<string, string> }).data;
  };
  // Registration needs an approval, which the mock's control API issues.
  const { approvalToken } = await post("/__mock/approval-tokens", { email });
  await post("/dashboard/auth/register", { name: "Contract Kit", email, password, approvalToken });
  const { token } = await post("/dashboard/auth/login", { email, password });
  if (!token) throw new Error("the login answered no token");
  const key = await post("/dashboard/api-keys", { name: "given key" }, { authorization: `Bearer ${token}` });
  if (!key.fullKey) throw new Error("createApiKey answered no fullKey");
  return { email, password, bearerToken: token, apiKey: key.fullKey };
}
