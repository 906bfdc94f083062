import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startMockServer } from "@pacspace/mocks/server";
import { PacSpace, PacSpaceDashboard } from "@pacspace/sdk";
import { generateTestWebhookHeaders, type KnownWebhookEvent } from "@pacspace/sdk/webhooks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createWebhookReceiver, type WebhookReceiverOptions } from "../src/receiver.js";

/**
 * End to end over real HTTP: the mock served on a port (`startMockServer`, the same server as
 * `pacspace-mock serve`), the receiver on another. The endpoint is registered through the
 * Dashboard API, deltas are emitted through the SDK, and PacSpace's signed deliveries reach
 * the receiver by fetch.
 */

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/pacspace`;
}

/** A mock on a port, an account (approval → register → login) and a sandbox API key, all over HTTP. */
async function setUp() {
  const server = await startMockServer();
  closers.push(() => server.close());
  const email = "ops@acme.example";
  const password = "SecurePass1";
  const dashboard = new PacSpaceDashboard({ baseUrl: server.url });
  const approval = await fetch(`${server.url}/__mock/approval-tokens`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email }),
  }).then((response) => response.json());
  await dashboard.auth.register({ name: "Ops", email, password, approvalToken: approval.data.approvalToken });
  await dashboard.auth.login(email, password);
  const key = await dashboard.apiKeys.create({ name: "receiver test", environment: "test" });
  const pac = new PacSpace({ apiKey: key.fullKey, baseUrl: server.url, maxRetries: 0 });
  return { server, dashboard, pac };
}

async function registerReceiver(dashboard: PacSpaceDashboard, onEvent: WebhookReceiverOptions["onEvent"]) {
  // The secret is only known once the endpoint exists, so the receiver reads it late.
  let secret = "";
  const processed = new Set<string>();
  const receiver = createWebhookReceiver({
    get secret() {
      return secret;
    },
    onEvent,
    processed,
  });
  const url = await listen(receiver);
  const endpoint = await dashboard.webhooks.create({ url, events: ["delta.verified"] });
  secret = endpoint.secret;
  return { webhookId: endpoint.id, processed, url };
}

describe("webhook receiver against the served mock", () => {
  it("receives exactly one verified, typed delta.verified event for an emitted delta", async () => {
    const { server, dashboard, pac } = await setUp();
    const events: KnownWebhookEvent[] = [];
    const { processed, webhookId } = await registerReceiver(dashboard, (event) => {
      events.push(event);
    });

    const delta = await pac.balance.emit("cust_acme", -12.5, "API usage 2026-04-15");
    await vi.waitFor(() => expect(events).toHaveLength(1), { timeout: 5000 });
    await server.pacspace.webhooks.flush();

    const [event] = events;
    expect(event?.event).toBe("delta.verified");
    if (event?.event !== "delta.verified") throw new Error("unreachable");
    expect(event.data).toMatchObject({
      recordId: delta.recordId,
      customerId: "cust_acme",
      status: "verified",
      delta: { customerId: "cust_acme", amount: -12.5 },
    });
    expect(event.data.proof.contentHash).toBe(delta.contentHash);
    expect([...processed]).toEqual([event.id]);

    const { events: log } = await pac.balance.webhookEvents();
    expect(log).toMatchObject([{ eventId: event.id, status: "delivered", attempts: 1, lastStatusCode: 200 }]);
    const { deliveries } = await dashboard.webhooks.deliveries(webhookId);
    expect(deliveries).toMatchObject([
      { eventId: event.id, attemptLog: [{ attempt: 1, statusCode: 200, error: null }] },
    ]);
  });

  it("processes an event once when its first delivery failed and it came again on the retry", async () => {
    const { server, dashboard, pac } = await setUp();
    const events: KnownWebhookEvent[] = [];
    let failNext = true;
    await registerReceiver(dashboard, (event) => {
      if (failNext) {
        failNext = false;
        throw new Error("database briefly unavailable");
      }
      events.push(event);
    });

    await pac.balance.emit("cust_acme", 40, "Top-up");
    await vi.waitFor(
      async () => {
        const { events: log } = await pac.balance.webhookEvents();
        expect(log[0]).toMatchObject({ attempts: 1, lastStatusCode: 500, status: "pending" });
      },
      { timeout: 5000 },
    );
    expect(events).toEqual([]);

    server.pacspace.clock.advance(60_000); // the first retry is due 1 min after the failure
    await server.pacspace.webhooks.flush();
    expect(events).toHaveLength(1);
    const { events: log } = await pac.balance.webhookEvents();
    const eventId = log[0]?.eventId as string;
    expect((events[0] as KnownWebhookEvent).id).toBe(eventId); // the mock's envelope id extension

    // At least once: a manual redelivery of the same event is acknowledged but not processed again.
    const retried = await pac.balance.retryWebhookEvent(eventId);
    expect(retried).toMatchObject({ eventId, status: "pending" });
    await server.pacspace.webhooks.flush();
    expect(events).toHaveLength(1);

    const [delivery] = server.pacspace.webhooks.inspectDeliveries({ eventId });
    expect(delivery?.attemptLog.map((attempt) => attempt.statusCode)).toEqual([500, 200, 200]);
    expect(delivery?.status).toBe("delivered");
  });

  it("answers 400 to forged, stale or unsigned requests and 405 to anything but POST, processing nothing", async () => {
    const processed: KnownWebhookEvent[] = [];
    const secret = "whsec_receiverTestSecret01";
    const url = await listen(
      createWebhookReceiver({ secret, onEvent: (event) => void processed.push(event) }),
    );
    const body = JSON.stringify({
      id: "evt_forged_0001",
      event: "webhook.test",
      timestamp: new Date().toISOString(),
      tenantId: "ten_1",
      environment: "sandbox",
      data: { webhookId: "wh_1", message: "hello" },
    });
    const post = (headers: Record<string, string>, payload = body) =>
      fetch(url, { method: "POST", headers, body: payload }).then(async (r) => ({
        status: r.status,
        body: await r.json(),
      }));

    const forged = await generateTestWebhookHeaders({ payload: body, secret: "whsec_attackerSecret0001" });
    expect(await post(forged)).toEqual({ status: 400, body: { error: "no_matching_signature" } });
    const stale = await generateTestWebhookHeaders({
      payload: body,
      secret,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    expect(await post(stale)).toEqual({ status: 400, body: { error: "timestamp_out_of_tolerance" } });
    expect(await post({ "Content-Type": "application/json" })).toEqual({
      status: 400,
      body: { error: "missing_header" },
    });
    const genuine = await generateTestWebhookHeaders({ payload: body, secret });
    expect(await post(genuine, `${body}\n`)).toEqual({
      status: 400,
      body: { error: "no_matching_signature" },
    });
    expect((await fetch(url)).status).toBe(405);
    expect(processed).toEqual([]);

    expect(await post(genuine)).toEqual({ status: 200, body: { status: "processed" } });
    expect(await post(genuine)).toEqual({ status: 200, body: { status: "duplicate" } });
    expect(processed).toHaveLength(1);
  });

  it("acknowledges a genuine event type it does not know without processing it, and dedupes on X-Event-ID", async () => {
    const processed: KnownWebhookEvent[] = [];
    const secret = "whsec_receiverTestSecret02";
    const url = await listen(
      createWebhookReceiver({ secret, onEvent: (event) => void processed.push(event) }),
    );
    const send = async (payload: object, eventId: string) => {
      const body = JSON.stringify(payload);
      const headers = {
        ...(await generateTestWebhookHeaders({ payload: body, secret })),
        "X-Event-ID": eventId,
      };
      const response = await fetch(url, { method: "POST", headers, body });
      return { status: response.status, body: await response.json() };
    };
    const timestamp = new Date().toISOString();
    expect(
      await send({ event: "tenant_domain.expiring", timestamp, data: { domain: "x" } }, "evt_a"),
    ).toEqual({
      status: 202,
      body: { status: "ignored" },
    });
    // the documented envelope has no id: the header is the dedupe key
    const documented = {
      event: "tenant_domain.activated",
      timestamp,
      data: { domain: "verify.acme.example" },
    };
    expect((await send(documented, "evt_b")).body).toEqual({ status: "processed" });
    expect((await send(documented, "evt_b")).body).toEqual({ status: "duplicate" });
    expect(processed.map((event) => event.event)).toEqual(["tenant_domain.activated"]);
  });
});
