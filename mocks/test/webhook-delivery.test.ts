import { verifyWebhookSignature } from "@pacspace/sdk/core";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it, vi } from "vitest";
import { webhookEventSchemas } from "../../packages/sdk/src/generated/webhook-schemas.js";
import type { CreatePacSpaceMockOptions } from "../src/index.js";
import { createTestMock, defaultTenantOf, T0 } from "./support/harness.js";
import {
  createRecordingReceiver,
  ok,
  type ReceivedDelivery,
  type Respond,
  status,
} from "./support/webhook-receiver.js";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const HOOK_URL = "https://receiver.example/hooks/pacspace";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

function setup(respond: Respond = ok, options: CreatePacSpaceMockOptions = {}) {
  const receiver = createRecordingReceiver(respond);
  const mock = createTestMock({ ...options, webhooks: { fetch: receiver.fetch, ...options.webhooks } });
  receiver.attach(mock.pacspace);
  const tenantId = defaultTenantOf(mock.pacspace).tenantId;
  return { ...mock, receiver, tenantId };
}

const emitBody = (customerId = "cust_acme", delta = -12.5) => ({ customerId, delta, reason: "API usage" });

/** Checks the attempt's signature as a receiver would, with the mock clock as "now". */
async function signatureCheck(delivery: ReceivedDelivery, secret: string | string[], now: number) {
  return verifyWebhookSignature({
    body: delivery.body,
    signatureHeader: delivery.headers["x-pacspace-signature"],
    timestampHeader: delivery.headers["x-pacspace-timestamp"],
    secret,
    now,
  });
}

function conformsToWebhookSchema(body: string): string[] {
  const event = JSON.parse(body) as { event: keyof typeof webhookEventSchemas };
  const schema = webhookEventSchemas[event.event];
  if (!schema) return [`no webhook schema for ${event.event}`];
  const validate = ajv.compile(schema);
  return validate(event) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe("signed delivery", () => {
  it("posts every state-change event, signed and in the spec's shape, to the subscribed endpoint", async () => {
    const { api, pacspace, receiver, tenantId } = setup();
    const { secret } = pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL });
    const fail = pacspace.failDeltas({ customerIds: ["cust_bad"] });

    expect((await api("POST", "/api/v1/balance/delta", { body: emitBody() })).status).toBe(201);
    expect((await api("POST", "/api/v1/balance/delta", { body: emitBody("cust_bad") })).status).toBe(201);
    fail();
    expect((await api("GET", "/api/v1/balance/receipt/cust_acme")).status).toBe(200);
    expect(
      (await api("POST", "/api/v1/balance/checkpoint", { body: { customerId: "cust_acme" } })).status,
    ).toBe(201);
    pacspace.verifyPending();
    await pacspace.webhooks.flush();

    const events = receiver.received.map((delivery) => JSON.parse(delivery.body).event).sort();
    expect(events).toEqual(
      [
        "checkpoint.verified",
        "customer.created",
        "customer.created",
        "delta.failed",
        "delta.verified",
        "receipt.generated",
      ].sort(),
    );
    for (const delivery of receiver.received) {
      const envelope = JSON.parse(delivery.body);
      expect(conformsToWebhookSchema(delivery.body), envelope.event).toEqual([]);
      expect(envelope).toMatchObject({ tenantId, environment: "sandbox" });
      expect(Object.keys(envelope)).toEqual(["id", "event", "timestamp", "tenantId", "environment", "data"]);
      expect(delivery.url).toBe(HOOK_URL);
      expect(delivery.headers["content-type"]).toBe("application/json");
      expect(delivery.headers["x-webhook-event"]).toBe(envelope.event);
      expect(delivery.headers["x-event-id"]).toBe(envelope.id);
      expect(delivery.headers["x-pacspace-timestamp"]).toBe(String(Math.floor(T0 / 1000)));
      expect(delivery.headers["x-pacspace-signature"]).toMatch(/^v1=[0-9a-f]{64}$/);
      expect(await signatureCheck(delivery, secret, T0)).toEqual({ valid: true, timestamp: T0 / 1000 });
      expect((await signatureCheck(delivery, "whsec_wrong", T0)).valid).toBe(false);
    }
    const verified = receiver.received.find((d) => JSON.parse(d.body).event === "delta.verified");
    expect(JSON.parse(verified?.body ?? "{}").data).toMatchObject({
      customerId: "cust_acme",
      status: "verified",
    });
  });

  it("sends only the subscribed events, only to enabled endpoints of the event's tenant", async () => {
    const { api, pacspace, receiver, tenantId } = setup();
    pacspace.webhooks.createEndpoint(tenantId, { url: `${HOOK_URL}/verified`, events: ["delta.verified"] });
    const off = pacspace.webhooks.createEndpoint(tenantId, { url: `${HOOK_URL}/off` });
    pacspace.webhooks.updateEndpoint(tenantId, off.id, { enabled: false });
    const other = pacspace.createTenant({ name: "Globex" });
    pacspace.webhooks.createEndpoint(other.tenantId, { url: `${HOOK_URL}/globex` });

    await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    await pacspace.webhooks.flush();
    expect(receiver.received.map((d) => [d.url, d.headers["x-webhook-event"]])).toEqual([
      [`${HOOK_URL}/verified`, "delta.verified"],
    ]);
  });

  it("sends a signed test event on request, even to a disabled endpoint, once, without touching its counters", async () => {
    const { pacspace, receiver, tenantId } = setup(status(503));
    const { id, secret } = pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL });
    pacspace.webhooks.updateEndpoint(tenantId, id, { enabled: false });
    const queued = pacspace.webhooks.sendTestEvent(tenantId, id, "production");
    expect(queued).toMatchObject({
      event: "webhook.test",
      environment: "production",
      status: "pending",
      attempts: 0,
    });
    await pacspace.webhooks.flush();
    const [test] = pacspace.webhooks.inspectDeliveries({ webhookId: id });
    expect(test).toMatchObject({
      deliveryId: queued.deliveryId,
      status: "failed",
      attempts: 1,
      nextAttemptAt: null,
    });
    expect(test?.attemptLog[0]).toMatchObject({ statusCode: 503, error: "Receiver answered 503" });
    const [delivery] = receiver.received;
    expect(JSON.parse(delivery?.body ?? "{}")).toMatchObject({
      event: "webhook.test",
      data: { webhookId: id },
    });
    expect(conformsToWebhookSchema(delivery?.body ?? "{}")).toEqual([]);
    expect((await signatureCheck(delivery as ReceivedDelivery, secret, T0)).valid).toBe(true);

    pacspace.clock.advance(6 * HOUR);
    await pacspace.webhooks.flush();
    expect(receiver.received).toHaveLength(1);
    expect(pacspace.webhooks.getEndpoint(tenantId, id)).toMatchObject({
      enabled: false,
      failureCount: 0,
      consecutiveFailures: 0,
    });
  });
});

describe("retries on the mock clock", () => {
  it("retries after 1 min, 5 min, 30 min, 2 h and 6 h, then gives up, logging every attempt", async () => {
    const { api, pacspace, receiver, tenantId } = setup(status(500));
    const endpoint = pacspace.webhooks.createEndpoint(tenantId, {
      url: HOOK_URL,
      events: ["delta.verified"],
    });
    await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    await pacspace.webhooks.flush();

    const delays = [MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR];
    let due = T0;
    for (const delay of delays) {
      const [delivery] = pacspace.webhooks.inspectDeliveries({ webhookId: endpoint.id });
      expect(delivery).toMatchObject({
        status: "pending",
        nextAttemptAt: new Date(due + delay).toISOString(),
      });
      pacspace.clock.advance(delay - 1);
      await pacspace.webhooks.flush();
      expect(receiver.received).toHaveLength(delays.indexOf(delay) + 1);
      pacspace.clock.advance(1);
      await pacspace.webhooks.flush();
      due += delay;
      expect(receiver.received.at(-1)?.at).toBe(due);
    }

    const [delivery] = pacspace.webhooks.inspectDeliveries({ webhookId: endpoint.id });
    expect(delivery).toMatchObject({
      status: "failed",
      attempts: 6,
      nextAttemptAt: null,
      lastStatusCode: 500,
    });
    expect(
      delivery?.attemptLog.map((a) => [a.attempt, Date.parse(a.at) - T0, a.statusCode, a.error]),
    ).toEqual([
      [1, 0, 500, "Receiver answered 500"],
      [2, MINUTE, 500, "Receiver answered 500"],
      [3, 6 * MINUTE, 500, "Receiver answered 500"],
      [4, 36 * MINUTE, 500, "Receiver answered 500"],
      [5, 156 * MINUTE, 500, "Receiver answered 500"],
      [6, 516 * MINUTE, 500, "Receiver answered 500"],
    ]);
    for (const attempt of delivery?.attemptLog ?? []) expect(attempt.durationMs).toBeGreaterThanOrEqual(0);
    // every attempt: same event id and bytes, signed afresh with its own timestamp
    expect(new Set(receiver.received.map((d) => d.headers["x-event-id"])).size).toBe(1);
    expect(new Set(receiver.received.map((d) => d.body)).size).toBe(1);
    expect(receiver.received.map((d) => Number(d.headers["x-pacspace-timestamp"]) * 1000)).toEqual(
      receiver.received.map((d) => d.at),
    );
    pacspace.clock.advance(24 * HOUR);
    await pacspace.webhooks.flush();
    expect(receiver.received).toHaveLength(6);
  });

  it("stops retrying once the receiver answers 2xx; drain() runs the schedule to the end", async () => {
    const { api, pacspace, tenantId } = setup((_, index) =>
      index < 2 ? new Response(null, { status: 502 }) : new Response(null, { status: 200 }),
    );
    pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL, events: ["delta.verified"] });
    await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    await pacspace.webhooks.drain();
    const [delivery] = pacspace.webhooks.inspectDeliveries();
    expect(delivery).toMatchObject({
      status: "delivered",
      attempts: 3,
      nextAttemptAt: null,
      lastError: null,
    });
    expect(pacspace.clock.now()).toBe(T0 + 6 * MINUTE);
  });

  it("counts redirects, network errors and timeouts as failures and logs why", async () => {
    let mode: "redirect" | "crash" | "hang" = "redirect";
    const { api, pacspace, tenantId } = setup(
      () => {
        if (mode === "redirect")
          return new Response(null, { status: 302, headers: { Location: "/elsewhere" } });
        if (mode === "crash")
          throw new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED") });
        return new Promise<Response>(() => {});
      },
      { webhooks: { timeoutMs: 50 } },
    );
    pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL, events: ["delta.verified"] });
    await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    await pacspace.webhooks.flush();
    mode = "crash";
    pacspace.clock.advance(MINUTE);
    await pacspace.webhooks.flush();
    mode = "hang";
    pacspace.clock.advance(5 * MINUTE);
    await pacspace.webhooks.flush();

    const [delivery] = pacspace.webhooks.inspectDeliveries();
    expect(delivery?.attemptLog.map((a) => [a.statusCode, a.error])).toEqual([
      [302, "Receiver answered 302"],
      [null, "Network error: fetch failed: connect ECONNREFUSED"],
      [null, "No answer within 50 ms"],
    ]);
    expect(delivery?.attemptLog[2]?.durationMs).toBeGreaterThanOrEqual(45);
    expect(delivery).toMatchObject({ status: "pending", lastStatusCode: null });
  });
});

describe("endpoint health", () => {
  it("disables an endpoint after 20 consecutive failed attempts, holds its retries, and resumes them when re-enabled", async () => {
    const { api, pacspace, receiver, tenantId } = setup(status(500));
    const endpoint = pacspace.webhooks.createEndpoint(tenantId, {
      url: HOOK_URL,
      events: ["delta.verified"],
    });
    for (let i = 0; i < 19; i++)
      await api("POST", "/api/v1/balance/delta", { body: emitBody("cust_acme", -(i + 1)) });
    await pacspace.webhooks.flush();
    expect(pacspace.webhooks.getEndpoint(tenantId, endpoint.id)).toMatchObject({
      enabled: true,
      consecutiveFailures: 19,
    });

    await api("POST", "/api/v1/balance/delta", { body: emitBody("cust_acme", -20) });
    await pacspace.webhooks.flush();
    const disabled = pacspace.webhooks.getEndpoint(tenantId, endpoint.id);
    expect(disabled).toMatchObject({ enabled: false, consecutiveFailures: 20, failureCount: 20 });
    expect(disabled.disabledReason).toBe(
      "Disabled after 20 consecutive failed delivery attempts (last: Receiver answered 500)",
    );

    // no new deliveries, and due retries wait while disabled
    await api("POST", "/api/v1/balance/delta", { body: emitBody("cust_acme", -21) });
    pacspace.clock.advance(HOUR);
    await pacspace.webhooks.flush();
    expect(receiver.received).toHaveLength(20);
    expect(pacspace.webhooks.inspectDeliveries()).toHaveLength(20);

    receiver.respondWith(ok);
    const enabled = pacspace.webhooks.updateEndpoint(tenantId, endpoint.id, { enabled: true });
    expect(enabled).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
    await pacspace.webhooks.flush();
    expect(receiver.received).toHaveLength(40);
    expect(pacspace.webhooks.inspectDeliveries().every((d) => d.status === "delivered")).toBe(true);
  });

  it("a success resets the failure streak", async () => {
    const { api, pacspace, receiver, tenantId } = setup(status(500));
    const endpoint = pacspace.webhooks.createEndpoint(tenantId, {
      url: HOOK_URL,
      events: ["delta.verified"],
    });
    for (let i = 0; i < 15; i++)
      await api("POST", "/api/v1/balance/delta", { body: emitBody("cust_acme", -(i + 1)) });
    await pacspace.webhooks.flush();
    receiver.respondWith((_, index) => new Response(null, { status: index === 15 ? 200 : 500 }));
    pacspace.clock.advance(MINUTE);
    await pacspace.webhooks.flush();
    const after = pacspace.webhooks.getEndpoint(tenantId, endpoint.id);
    expect(after.enabled).toBe(true);
    expect(after.successCount).toBe(1);
    expect(after.consecutiveFailures).toBeLessThan(15);
  });

  it("gives up pending deliveries of a deleted endpoint and keeps the history", async () => {
    const { api, pacspace, tenantId } = setup(status(500));
    const endpoint = pacspace.webhooks.createEndpoint(tenantId, {
      url: HOOK_URL,
      events: ["delta.verified"],
    });
    await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    await pacspace.webhooks.flush();
    expect(pacspace.webhooks.deleteEndpoint(tenantId, endpoint.id)).toEqual({
      id: endpoint.id,
      deleted: true,
    });
    const list = await api("GET", "/api/v1/balance/webhooks");
    expect(list.body.data.events).toMatchObject([
      { webhookId: endpoint.id, status: "failed", attempts: 1, lastError: "The endpoint was deleted" },
    ]);
    expect(() => pacspace.webhooks.getEndpoint(tenantId, endpoint.id)).toThrow(/No webhook endpoint/);
  });
});

describe("secret rotation", () => {
  it("signs with both secrets for 24 h on the mock clock, then with the new one only", async () => {
    const { api, pacspace, receiver, tenantId } = setup();
    const created = pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL, events: ["delta.verified"] });
    const rotated = pacspace.webhooks.rotateSecret(tenantId, created.id);
    expect(rotated.secret).not.toBe(created.secret);
    expect(rotated.previousSecretExpiresAt).toBe(new Date(T0 + 24 * HOUR).toISOString());

    await api("POST", "/api/v1/balance/delta", { body: emitBody("cust_acme", -1) });
    await pacspace.webhooks.flush();
    const during = receiver.received.at(-1) as ReceivedDelivery;
    expect(during.headers["x-pacspace-signature"]).toMatch(/^v1=[0-9a-f]{64},v1=[0-9a-f]{64}$/);
    expect((await signatureCheck(during, created.secret, during.at)).valid).toBe(true);
    expect((await signatureCheck(during, rotated.secret, during.at)).valid).toBe(true);

    pacspace.clock.advance(24 * HOUR - 1);
    await api("POST", "/api/v1/balance/delta", { body: emitBody("cust_acme", -2) });
    await pacspace.webhooks.flush();
    const lastMoment = receiver.received.at(-1) as ReceivedDelivery;
    expect((await signatureCheck(lastMoment, created.secret, lastMoment.at)).valid).toBe(true);

    pacspace.clock.advance(1);
    await api("POST", "/api/v1/balance/delta", { body: emitBody("cust_acme", -3) });
    await pacspace.webhooks.flush();
    const after = receiver.received.at(-1) as ReceivedDelivery;
    expect(after.headers["x-pacspace-signature"]).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(await signatureCheck(after, created.secret, after.at)).toMatchObject({
      valid: false,
      reason: "no_matching_signature",
    });
    expect((await signatureCheck(after, rotated.secret, after.at)).valid).toBe(true);
    expect(pacspace.webhooks.getEndpoint(tenantId, created.id).previousSecretExpiresAt).toBeNull();
  });
});

describe("delivery never holds up the API", () => {
  it("answers the write before a hanging receiver has answered, and a crashing one changes nothing", async () => {
    let release: (response: Response) => void = () => {};
    const answered = new Promise<Response>((resolve) => {
      release = resolve;
    });
    const { api, pacspace, receiver, tenantId } = setup(() => answered);
    pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL, events: ["delta.verified"] });
    let receiverAnswered = false;
    void answered.then(() => {
      receiverAnswered = true;
    });

    // The receiver never answers until released: had the write waited for it, this would hang.
    const response = await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    expect(response.status).toBe(201);
    expect(receiverAnswered).toBe(false);
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1)); // the attempt goes out after the response
    expect(pacspace.webhooks.inspectDeliveries()[0]).toMatchObject({ status: "pending", attempts: 0 });

    release(new Response(null, { status: 200 }));
    await pacspace.webhooks.flush();
    expect(pacspace.webhooks.inspectDeliveries()[0]).toMatchObject({ status: "delivered", attempts: 1 });

    receiver.respondWith(() => {
      throw new Error("receiver exploded");
    });
    const second = await api("POST", "/api/v1/balance/delta", { body: emitBody("cust_acme", -1) });
    expect(second.status).toBe(201);
    await pacspace.webhooks.flush();
    expect(pacspace.webhooks.inspectDeliveries()[1]?.attemptLog[0]?.error).toBe(
      "Network error: receiver exploded",
    );
  });
});

describe("at-least-once delivery", () => {
  it("redelivers an event whose acknowledgement was lost with the same id, so a deduplicating receiver processes it once", async () => {
    const processed = new Map<string, number>();
    const { api, pacspace, receiver, tenantId } = setup((delivery, index) => {
      const id = delivery.headers["x-event-id"] as string;
      if (!processed.has(id)) processed.set(id, 0);
      processed.set(id, (processed.get(id) ?? 0) + (index === 0 ? 1 : 0));
      // the first answer is lost on the way back
      return new Response(null, { status: index === 0 ? 504 : 200 });
    });
    pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL, events: ["delta.verified"] });
    await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    await pacspace.webhooks.drain();
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received[0]?.headers["x-event-id"]).toBe(receiver.received[1]?.headers["x-event-id"]);
    expect([...processed.values()]).toEqual([1]);
  });
});

describe("Balance API: listWebhookEvents and retryWebhookEvent", () => {
  it("lists the key's ledger's deliveries newest first, filters by status, and re-queues on retry", async () => {
    const { api, pacspace, receiver, tenantId } = setup(status(500));
    const endpoint = pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL });
    await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    await pacspace.webhooks.flush();

    const list = await api("GET", "/api/v1/balance/webhooks?limit=10");
    expect(list.status).toBe(200);
    expect(list.body.data.pagination).toEqual({ limit: 10, offset: 0, total: 2 });
    expect(list.body.data.events.map((e: { event: string }) => e.event)).toEqual([
      "delta.verified",
      "customer.created",
    ]);
    const [verified] = list.body.data.events;
    expect(verified).toMatchObject({
      webhookId: endpoint.id,
      status: "pending",
      attempts: 1,
      lastStatusCode: 500,
      lastError: "Receiver answered 500",
      lastAttemptAt: new Date(T0).toISOString(),
      nextAttemptAt: new Date(T0 + MINUTE).toISOString(),
    });
    expect((await api("GET", "/api/v1/balance/webhooks?status=delivered")).body.data.events).toEqual([]);

    receiver.respondWith(ok);
    pacspace.clock.advance(10_000);
    const retried = await api("POST", `/api/v1/balance/webhooks/${verified.eventId}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.data).toMatchObject({
      eventId: verified.eventId,
      status: "pending",
      nextAttemptAt: new Date(T0 + 10_000).toISOString(),
    });
    await pacspace.webhooks.flush();
    const after = await api("GET", "/api/v1/balance/webhooks?status=delivered");
    expect(after.body.data.events).toMatchObject([{ eventId: verified.eventId, attempts: 2 }]);
    expect(receiver.received.at(-1)?.headers["x-event-id"]).toBe(verified.eventId);

    // a delivered event can be sent again too (at least once)
    expect((await api("POST", `/api/v1/balance/webhooks/${verified.eventId}/retry`)).status).toBe(200);
    await pacspace.webhooks.flush();
    expect(receiver.received.filter((d) => d.headers["x-event-id"] === verified.eventId)).toHaveLength(3);
  });

  it("keeps tenants and ledgers apart, and explains what cannot be retried", async () => {
    const { api, pacspace, tenantId } = setup(status(500));
    const endpoint = pacspace.webhooks.createEndpoint(tenantId, {
      url: HOOK_URL,
      events: ["delta.verified"],
    });
    await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    await pacspace.webhooks.flush();
    const [delivery] = pacspace.webhooks.inspectDeliveries();
    const eventId = delivery?.eventId as string;

    const other = pacspace.createTenant({ name: "Globex" });
    const live = pacspace.createApiKey(tenantId, { environment: "live" });
    for (const apiKey of [other.apiKey, live.apiKey]) {
      expect((await api("GET", "/api/v1/balance/webhooks", { apiKey })).body.data.events).toEqual([]);
      const retry = await api("POST", `/api/v1/balance/webhooks/${eventId}/retry`, { apiKey });
      expect(retry.status).toBe(404);
    }
    expect((await api("POST", "/api/v1/balance/webhooks/evt_unknown/retry")).status).toBe(404);
    expect((await api("POST", `/api/v1/balance/webhooks/${eventId}/retry?webhookId=wh_other`)).status).toBe(
      404,
    );

    pacspace.webhooks.updateEndpoint(tenantId, endpoint.id, { enabled: false });
    const conflict = await api("POST", `/api/v1/balance/webhooks/${eventId}/retry`);
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe("CONFLICT");
  });
});

describe("reset", () => {
  it("forgets endpoints and deliveries and drops the outcome of attempts in flight", async () => {
    const { api, pacspace, receiver, tenantId } = setup(() => new Promise<Response>(() => {}));
    pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL, events: ["delta.verified"] });
    await api("POST", "/api/v1/balance/delta", { body: emitBody() });
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1));
    pacspace.reset();
    await pacspace.webhooks.flush();
    expect(pacspace.webhooks.inspectDeliveries()).toEqual([]);
    expect(pacspace.webhooks.listEndpoints(tenantId).webhooks).toEqual([]);
  });
});
