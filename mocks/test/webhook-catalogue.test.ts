import { constructWebhookEvent } from "@pacspace/sdk/webhooks";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { webhookEventSchemas } from "../../packages/sdk/src/generated/webhook-schemas.js";
import { WEBHOOK_EVENT_TYPES } from "../src/webhooks/subscriptions.js";
import { dashboardHeaders, onboard } from "./support/dashboard.js";
import { BASE_URL, createTestMock, T0 } from "./support/harness.js";
import { createRecordingReceiver, type ReceivedDelivery } from "./support/webhook-receiver.js";

const HOOK_URL = "https://receiver.example/hooks/pacspace";
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

function setup(options: Parameters<typeof createTestMock>[0] = {}) {
  const receiver = createRecordingReceiver();
  const mock = createTestMock({ ...options, webhooks: { fetch: receiver.fetch } });
  receiver.attach(mock.pacspace);
  return { ...mock, receiver };
}

function schemaIssues(body: string): string[] {
  const envelope = JSON.parse(body) as { event: keyof typeof webhookEventSchemas };
  const schema = webhookEventSchemas[envelope.event];
  if (!schema) return [`no webhook schema for ${envelope.event}`];
  const validate = ajv.compile(schema);
  return validate(envelope) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const bodies = (received: ReceivedDelivery[], event: string) =>
  received.map((delivery) => JSON.parse(delivery.body)).filter((body) => body.event === event);

describe("the webhook catalogue", () => {
  it("delivers every catalogue event, each valid against its spec schema and parsed as known by the SDK", async () => {
    const mock = setup();
    const { api, pacspace, receiver } = mock;
    const account = await onboard(mock, "jane@acme.example");
    const { apiKey } = pacspace.createApiKey(account.tenantId, { environment: "test" });
    // a creation without `events` subscribes to the whole catalogue
    const endpoint = pacspace.webhooks.createEndpoint(account.tenantId, { url: HOOK_URL });
    expect(endpoint.events).toEqual([...WEBHOOK_EVENT_TYPES]);

    const fail = pacspace.failDeltas({ customerIds: ["cust_bad"] });
    const emit = (customerId: string) =>
      api("POST", "/api/v1/balance/delta", {
        apiKey,
        body: { customerId, delta: -12.5, reason: "API usage" },
      });
    expect((await emit("cust_acme")).status).toBe(201);
    expect((await emit("cust_bad")).status).toBe(201);
    fail();
    const receipt = await api("GET", "/api/v1/balance/receipt/cust_acme", { apiKey });
    expect(receipt.status).toBe(200);
    expect(
      (await api("POST", "/api/v1/balance/checkpoint", { apiKey, body: { customerId: "cust_acme" } })).status,
    ).toBe(201);
    const compare = await api("POST", "/api/v1/balance/compare", {
      apiKey,
      body: { customerId: "cust_acme", yourBalance: -12.5, theirBalance: 0, startingBalance: 0 },
    });
    expect(compare.status).toBe(200);
    const csv = await mock.fetch(`${BASE_URL}/dashboard/customers/cust_acme/export`, {
      headers: dashboardHeaders({ token: account.token }),
    });
    expect(csv.status).toBe(200);
    expect(
      (await api("GET", `/api/v1/receipt/${receipt.body.data.receiptId}`, { apiKey: null })).status,
    ).toBe(200);
    for (const event of [
      "customer.step_up_failed_repeatedly",
      "tenant_domain.activated",
      "tenant_domain.cert_renewal_failed",
      "record.committed",
      "record.failed",
    ]) {
      const sent = await api("POST", "/__mock/events", {
        apiKey: null,
        body: { event, tenantId: account.tenantId },
      });
      expect(sent.status, event).toBe(200);
      expect(sent.body.data).toMatchObject({ event, tenantId: account.tenantId, environment: "sandbox" });
    }
    pacspace.verifyPending();
    await pacspace.webhooks.flush();

    const delivered = new Set(receiver.received.map((delivery) => JSON.parse(delivery.body).event));
    expect([...delivered].sort()).toEqual([...WEBHOOK_EVENT_TYPES].sort());
    for (const delivery of receiver.received) {
      const envelope = JSON.parse(delivery.body);
      expect(schemaIssues(delivery.body), envelope.event).toEqual([]);
      expect(envelope).toMatchObject({ tenantId: account.tenantId, environment: "sandbox" });
      expect(typeof envelope.timestamp).toBe("string");
      const event = await constructWebhookEvent(delivery.body, delivery.headers, {
        secret: endpoint.secret,
        now: T0,
      });
      expect(event, envelope.event).toMatchObject({ known: true, event: envelope.event });
    }
    expect(bodies(receiver.received, "customer.compare_run")[0]?.data).toEqual({
      customerId: "cust_acme",
      outcome: compare.body.data.outcome,
      deltasCount: compare.body.data.deltasCount,
    });
    expect(bodies(receiver.received, "customer.export_downloaded")[0]?.data).toEqual({
      customerId: "cust_acme",
      format: "csv",
    });
    expect(bodies(receiver.received, "customer.shared_record_viewed")[0]?.data).toEqual({
      customerId: "cust_acme",
      receiptId: receipt.body.data.receiptId,
    });
  }, 30_000); // onboarding hashes a password (scrypt): slow on a busy machine

  it("delta.verified carries the payload reference's fields and the Python SDK's, computed from the ledger", async () => {
    const { api, pacspace, receiver } = setup({ verification: "manual" });
    const tenantId = pacspace.defaultTenant?.tenantId as string;
    pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL });
    const sent = [
      {
        customerId: "cust_acme",
        delta: -12.5,
        reason: "API usage",
        referenceId: "ref-1",
        metadata: { units: 3 },
      },
      { customerId: "cust_acme", delta: 40, reason: "Credit" },
      { customerId: "cust_globex", delta: -0.25, reason: "API usage" },
    ];
    const records: Array<{ recordId: string; receiptId: string }> = [];
    for (const body of sent) records.push((await api("POST", "/api/v1/balance/delta", { body })).body.data);
    pacspace.clock.advance(1500);
    pacspace.verifyPending({ recordIds: [records[0]?.recordId as string, records[1]?.recordId as string] });
    pacspace.clock.advance(500);
    pacspace.verifyPending();
    await pacspace.webhooks.flush();

    // deliveries run concurrently: they may arrive in any order, so read them by record
    const verified = new Map(
      bodies(receiver.received, "delta.verified").map((body) => [body.data.recordId, body.data]),
    );
    expect([...verified.keys()].sort()).toEqual(records.map((record) => record.recordId).sort());
    const usage = (await api("GET", "/api/v1/balance/usage")).body.data;
    const [first, second, third] = records.map((record) => verified.get(record.recordId));
    expect(first).toMatchObject({
      receiptId: records[0]?.receiptId,
      deltaIndex: 1,
      status: "verified",
      delta: {
        customerId: "cust_acme",
        amount: -12.5,
        reason: "API usage",
        referenceId: "ref-1",
        metadata: { units: 3 },
        submittedAt: new Date(T0).toISOString(),
      },
      verification: { verified: true, latencyMs: 1500, discrepancies: [] },
      period: { id: "2026-04", deltaCount: 1, netDelta: -12.5 },
      usage: {
        plan: usage.plan,
        includedDeltas: usage.includedDeltas,
        consumedDeltas: usage.consumedDeltas - 2,
        remainingDeltas: usage.remainingDeltas + 2,
      },
      customerId: "cust_acme",
      sequenceNumber: "1",
    });
    expect(first.verificationId).toBe(first.verificationReference);
    expect(first.blockTimestamp).toBe(first.verifiedAt);
    expect(first.proof.itemHashes).toContain(first.proof.contentHash);
    expect(second).toMatchObject({
      deltaIndex: 2,
      sequenceNumber: "2",
      delta: { amount: 40, referenceId: null, metadata: null },
      period: { deltaCount: 2, netDelta: 27.5 },
      usage: { consumedDeltas: usage.consumedDeltas - 1 },
    });
    // a later batch chains to the previous one and keeps counting the period
    expect(third).toMatchObject({
      deltaIndex: 3,
      sequenceNumber: "1",
      verification: { latencyMs: 2000 },
      period: { deltaCount: 3, netDelta: 27.25 },
      usage: { consumedDeltas: usage.consumedDeltas, remainingDeltas: usage.remainingDeltas },
    });
    expect(third.proof.previousProofHash).toBe(first.proof.proofHash);
    expect(typeof first.usage.overageRate).toBe("string");
  });

  it("delta.failed carries exactly recordId, customerId, delta, error (a string), errorCode and failedAt", async () => {
    const { api, pacspace, receiver } = setup();
    pacspace.webhooks.createEndpoint(pacspace.defaultTenant?.tenantId as string, { url: HOOK_URL });
    pacspace.failDeltas(
      { customerIds: ["cust_bad"] },
      { code: "INTERNAL_ERROR", message: "Anchoring failed" },
    );
    const record = (
      await api("POST", "/api/v1/balance/delta", { body: { customerId: "cust_bad", delta: -3, reason: "x" } })
    ).body.data;
    await pacspace.webhooks.flush();
    const [failed] = bodies(receiver.received, "delta.failed");
    expect(failed?.data).toEqual({
      recordId: record.recordId,
      customerId: "cust_bad",
      delta: -3,
      error: "Anchoring failed",
      errorCode: "INTERNAL_ERROR",
      failedAt: new Date(T0).toISOString(),
    });
  });

  it("an idempotent replay of an emit sends its events once", async () => {
    const { api, pacspace, receiver } = setup();
    pacspace.webhooks.createEndpoint(pacspace.defaultTenant?.tenantId as string, { url: HOOK_URL });
    const request = {
      body: { customerId: "cust_acme", delta: -1, reason: "API usage" },
      headers: { "Idempotency-Key": "idem-webhooks-1" },
    };
    expect((await api("POST", "/api/v1/balance/delta", request)).status).toBe(201);
    const replay = await api("POST", "/api/v1/balance/delta", request);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    await pacspace.webhooks.flush();
    expect(receiver.received.map((delivery) => JSON.parse(delivery.body).event).sort()).toEqual([
      "customer.created",
      "delta.verified",
    ]);
  });
});

describe("POST /__mock/events", () => {
  it("sends explicit data, checked against the event's schema, to the chosen tenant and environment", async () => {
    const { api, pacspace, receiver } = setup();
    const other = pacspace.createTenant({ name: "Globex" });
    pacspace.webhooks.createEndpoint(other.tenantId, { url: HOOK_URL });
    const data = { domain: "verify.globex.example" };
    const sent = await api("POST", "/__mock/events", {
      apiKey: null,
      body: { event: "tenant_domain.activated", data, tenantId: other.tenantId, environment: "production" },
    });
    expect(sent.status).toBe(200);
    await pacspace.webhooks.flush();
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]?.body ?? "{}")).toEqual({
      id: sent.body.data.id,
      event: "tenant_domain.activated",
      timestamp: new Date(T0).toISOString(),
      tenantId: other.tenantId,
      environment: "production",
      data,
    });
    expect(receiver.received[0]?.headers["x-event-id"]).toBe(sent.body.data.id);
  });

  it("refuses an unknown event, data its schema refuses, a state event without data and an unknown tenant", async () => {
    const { api } = setup();
    const send = (body: unknown) => api("POST", "/__mock/events", { apiKey: null, body });
    const unknown = await send({ event: "tenant_domain.expired" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([{ path: "/event", message: expect.any(String) }]);
    const bad = await send({ event: "tenant_domain.activated", data: { domain: 7 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toContain("/data/domain");
    const stateEvent = await send({ event: "delta.verified" });
    expect(stateEvent.status).toBe(400);
    expect(stateEvent.body.error.details[0].path).toBe("/data");
    expect((await send({ event: "tenant_domain.activated", environment: "staging" })).status).toBe(400);
    expect((await send({ event: "tenant_domain.activated", tenantId: "ten_nobody" })).status).toBe(404);
    expect((await send({ event: "tenant_domain.activated", extra: 1 })).status).toBe(400);
  });

  it("needs a tenantId when the mock has no default tenant", async () => {
    const { pacspace } = setup({ defaultTenant: false });
    expect(() => pacspace.sendEvent({ event: "tenant_domain.activated" })).toThrow(/tenantId/);
  });
});
