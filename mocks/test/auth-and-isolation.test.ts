import { describe, expect, it } from "vitest";
import { createTestMock, defaultTenantOf } from "./support/harness.js";

const emit = (customerId: string, delta = 10) => ({ customerId, delta, reason: `change of ${delta}` });

describe("authentication", () => {
  it("rejects a missing, malformed, unknown or wrong-secret key with 401 INVALID_API_KEY", async () => {
    const { api, pacspace } = createTestMock();
    const [prefix] = pacspace.apiKey.split(".");
    for (const apiKey of [null, "nonsense", "pk_test_unknownid.secret", `${prefix}.wrong-secret`]) {
      const response = await api("GET", "/api/v1/balance/limits", { apiKey });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe("INVALID_API_KEY");
      expect(response.body.error.requestId).toBe(response.headers.get("X-Request-Id"));
    }
  });

  it("answers 401 API_KEY_DISABLED for a disabled key and INVALID_API_KEY once revoked", async () => {
    const { api, pacspace } = createTestMock();
    const tenant = defaultTenantOf(pacspace);
    pacspace.ledger.updateApiKey(tenant.tenantId, tenant.keyId, { active: false });
    expect((await api("GET", "/api/v1/balance/usage")).body.error.code).toBe("API_KEY_DISABLED");
    pacspace.ledger.revokeApiKey(tenant.tenantId, tenant.keyId);
    expect((await api("GET", "/api/v1/balance/usage")).body.error.code).toBe("INVALID_API_KEY");
  });

  it("checks the key before the body: a bad key with a malformed body is a 401, not a 400", async () => {
    const { api } = createTestMock();
    const response = await api("POST", "/api/v1/balance/delta", {
      apiKey: "pk_test_nobody.x",
      body: "{not json",
    });
    expect(response.status).toBe(401);
  });

  it("serves the public verification endpoints without a key", async () => {
    const { api } = createTestMock();
    const created = await api("POST", "/api/v1/balance/delta", { body: emit("cust_pub") });
    const verified = await api("GET", `/api/v1/verify/${created.body.data.receiptId}`, { apiKey: null });
    expect(verified.status).toBe(200);
    expect(verified.body.data.kind).toBe("submission");
  });
});

describe("isolation", () => {
  it("gives tenant B the same 404 for tenant A's customer as for a customer that never existed", async () => {
    const { api, pacspace } = createTestMock();
    const other = pacspace.createTenant({ name: "Globex", plan: "growth" });
    expect((await api("POST", "/api/v1/balance/delta", { body: emit("cust_secret") })).status).toBe(201);

    const strip = (body: { error: Record<string, unknown> }) => ({ ...body.error, requestId: undefined });
    for (const path of [
      "/api/v1/balance/customers/{id}",
      "/api/v1/balance/receipt/{id}",
      "/api/v1/balance/gaps/{id}",
    ]) {
      const foreign = await api("GET", path.replace("{id}", "cust_secret"), { apiKey: other.apiKey });
      const never = await api("GET", path.replace("{id}", "cust_never"), { apiKey: other.apiKey });
      expect([foreign.status, never.status]).toEqual([404, 404]);
      expect(foreign.body.error.code).toBe("CUSTOMER_NOT_FOUND");
      expect(strip(foreign.body)).toEqual(strip(never.body));
    }
  });

  it("keeps sandbox and production ledgers of one tenant apart", async () => {
    const { api, pacspace } = createTestMock();
    const tenant = defaultTenantOf(pacspace);
    const live = pacspace.createApiKey(tenant.tenantId, { environment: "live" }).apiKey;
    await api("POST", "/api/v1/balance/delta", { body: emit("cust_env", 5) });
    expect((await api("GET", "/api/v1/balance/customers/cust_env", { apiKey: live })).status).toBe(404);
    const list = await api("GET", "/api/v1/balance/customers", { apiKey: live });
    expect(list.body.data.customers).toEqual([]);
  });

  it("does not let one tenant read another tenant's delta record", async () => {
    const { api, pacspace } = createTestMock();
    const other = pacspace.createTenant({ plan: "growth" });
    const created = await api("POST", "/api/v1/balance/delta", { body: emit("cust_rec") });
    const response = await api("GET", `/api/v1/balance/delta/${created.body.data.recordId}`, {
      apiKey: other.apiKey,
    });
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("NOT_FOUND");
  });

  it("refuses live keys on the Free plan (403 FORBIDDEN)", async () => {
    const { pacspace } = createTestMock();
    const free = pacspace.createTenant({ plan: "free" });
    expect(() => pacspace.createApiKey(free.tenantId, { environment: "live" })).toThrow(/production/);
  });
});
