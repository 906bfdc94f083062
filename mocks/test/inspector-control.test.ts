import { describe, expect, it } from "vitest";
import { INSPECTOR_REQUEST_HEADER } from "../src/inspector/logged-routes.js";
import { createTestMock, defaultTenantOf } from "./support/harness.js";
import { createRecordingReceiver, status } from "./support/webhook-receiver.js";

const control = { apiKey: null };
const emit = (customerId: string, delta: number) => ({ body: { customerId, delta, reason: "usage" } });

describe("GET /__mock/overview", () => {
  it("shows the clock, the verification mode, tenants with their keys (never a secret), figures and faults", async () => {
    const { api, pacspace } = createTestMock({ verification: "manual" });
    const globex = pacspace.createTenant({ tenantId: "ten_globex", name: "Globex", plan: "free" });
    await api("POST", "/api/v1/balance/delta", emit("cust_a", 10));
    await api("POST", "/api/v1/balance/delta", emit("cust_b", -2.5));
    pacspace.verifyPending();
    await api("POST", "/api/v1/balance/delta", emit("cust_a", 1));
    await api("POST", "/__mock/faults", { ...control, body: { route: "getLimits", status: 503 } });

    const { status: code, body, text } = await api("GET", "/__mock/overview", control);
    expect(code).toBe(200);
    const state = body.data;
    expect(state).toMatchObject({
      verification: "manual",
      defaultTenantId: defaultTenantOf(pacspace).tenantId,
    });
    expect(state.epochMs).toBe(pacspace.clock.now());
    expect(state.faults).toEqual([expect.objectContaining({ route: "getLimits", status: 503, hits: 0 })]);
    const own = state.tenants.find(
      (tenant: { tenantId: string }) => tenant.tenantId === state.defaultTenantId,
    );
    expect(own.environments[0]).toEqual({
      environment: "sandbox",
      totalCustomers: 2,
      totalDeltas: 3,
      verifiedDeltas: 2,
      pendingDeltas: 1,
      failedDeltas: 0,
      netBalance: 7.5,
    });
    expect(own.usage).toMatchObject({ plan: "growth", consumedDeltas: 2 });
    const other = state.tenants.find((tenant: { tenantId: string }) => tenant.tenantId === "ten_globex");
    expect(other).toMatchObject({ name: "Globex", plan: "free" });
    expect(other.keys).toEqual([
      expect.objectContaining({
        keyId: globex.keyId,
        environment: "test",
        publicKey: globex.apiKey.split(".")[0],
      }),
    ]);
    // the secrets never leave the mock
    expect(text).not.toContain(pacspace.apiKey.split(".")[1]);
    expect(text).not.toContain(globex.apiKey.split(".")[1]);
  });
});

describe("GET /__mock/requests", () => {
  it("logs answered requests newest first with status, replays and the faults that struck", async () => {
    const { api, pacspace } = createTestMock();
    const first = await api("POST", "/api/v1/balance/delta", {
      ...emit("cust_a", 5),
      headers: { "Idempotency-Key": "key-1" },
    });
    const replay = await api("POST", "/api/v1/balance/delta", {
      ...emit("cust_a", 5),
      headers: { "Idempotency-Key": "key-1" },
    });
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    const fault = await api("POST", "/__mock/faults", {
      ...control,
      body: { route: "getLimits", status: 503, times: 1 },
    });
    expect((await api("GET", "/api/v1/balance/limits")).status).toBe(503);
    await api("GET", "/api/v1/balance/derive/nobody");
    await api("GET", "/api/v1/balance/limits", { headers: { [INSPECTOR_REQUEST_HEADER]: "1" } });

    const all = (await api("GET", "/__mock/requests", control)).body.data;
    // the inspector's own read is not logged; this read itself is logged after it answers
    expect(all.total).toBe(5);
    expect(
      all.requests.map((entry: { method: string; path: string; status: number }) => [
        entry.method,
        entry.path,
        entry.status,
      ]),
    ).toEqual([
      ["GET", "/api/v1/balance/derive/nobody", 404],
      ["GET", "/api/v1/balance/limits", 503],
      ["POST", "/__mock/faults", 201],
      ["POST", "/api/v1/balance/delta", 201],
      ["POST", "/api/v1/balance/delta", 201],
    ]);
    const [, faulted, , replayed, original] = all.requests;
    expect(faulted.faultIds).toEqual([fault.body.data.faultId]);
    expect(replayed).toMatchObject({
      idempotentReplayed: true,
      replayedRecordIds: [first.body.data.recordId],
      requestId: replay.headers.get("X-Request-Id"),
    });
    expect(original).toMatchObject({ idempotentReplayed: false, replayedRecordIds: [], faultIds: [] });
    expect(original.seq).toBeLessThan(replayed.seq);
    expect(original.at).toBe(new Date(pacspace.clock.now()).toISOString());

    const query = async (search: string) =>
      (await api("GET", `/__mock/requests?${search}`, control)).body.data;
    expect((await query("status=4xx")).requests.map((e: { status: number }) => e.status)).toEqual([404]);
    expect((await query("replayed=true")).total).toBe(1);
    expect((await query("faulted=true")).requests[0].path).toBe("/api/v1/balance/limits");
    expect((await query("method=post&path=/delta")).total).toBe(2);
    expect((await query(`afterSeq=${replayed.seq}&limit=1`)).requests).toHaveLength(1);
  });

  it("refuses bad filters with one detail per field", async () => {
    const { api } = createTestMock();
    const bad = await api("GET", "/__mock/requests?limit=0&status=42&replayed=yes", control);
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((issue: { path: string }) => issue.path)).toEqual([
      "limit",
      "status",
      "replayed",
    ]);
  });
});

describe("GET /__mock/webhooks", () => {
  it("lists a tenant's endpoints and its deliveries with their attempts, newest first", async () => {
    const receiver = createRecordingReceiver(status(500));
    const { api, pacspace } = createTestMock({ webhooks: { fetch: receiver.fetch } });
    receiver.attach(pacspace);
    const tenantId = defaultTenantOf(pacspace).tenantId;
    const endpoint = pacspace.webhooks.createEndpoint(tenantId, { url: "https://receiver.example/hook" });
    await api("POST", "/api/v1/balance/delta", emit("cust_a", 1));
    await pacspace.webhooks.flush();

    const data = (await api("GET", "/__mock/webhooks", control)).body.data;
    expect(data.tenantId).toBe(tenantId);
    expect(data.endpoints).toEqual([
      expect.objectContaining({ id: endpoint.id, url: "https://receiver.example/hook" }),
    ]);
    expect(data.totalDeliveries).toBe(data.deliveries.length);
    expect(data.deliveries.map((d: { event: string }) => d.event).sort()).toEqual([
      "customer.created",
      "delta.verified",
    ]);
    const verified = data.deliveries.find((d: { event: string }) => d.event === "delta.verified");
    expect(verified).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    expect(verified.attemptLog).toEqual([expect.objectContaining({ attempt: 1, statusCode: 500 })]);
    expect(verified.nextAttemptAt).not.toBeNull();
    const sent = receiver.received.find((delivery) => JSON.parse(delivery.body).event === "delta.verified");
    expect(verified.body).toBe(sent?.body);

    const unknown = await api("GET", "/__mock/webhooks?tenantId=ten_nobody", control);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([
      { path: "tenantId", message: "must name an existing tenant" },
    ]);
  });
});
