import { verifyWebhookSignature } from "@pacspace/sdk/core";
import { describe, expect, it } from "vitest";
import { dash, onboard } from "./support/dashboard.js";
import { createTestMock, T0 } from "./support/harness.js";
import { createRecordingReceiver, ok, status } from "./support/webhook-receiver.js";

const HOOK_URL = "https://receiver.example/hooks/pacspace";

async function setup(respond = ok) {
  const receiver = createRecordingReceiver(respond);
  const mock = createTestMock({ webhooks: { fetch: receiver.fetch } });
  receiver.attach(mock.pacspace);
  const account = await onboard(mock, "jane@acme.example");
  const apiKey = mock.pacspace.createApiKey(account.tenantId, { environment: "test" }).apiKey;
  return { mock, receiver, account, apiKey, auth: { token: account.token } };
}

describe("dashboard webhook endpoints", () => {
  it("creates an endpoint with its secret shown once, and lists and reads it without the secret", async () => {
    const { mock, auth } = await setup();
    const created = await dash(mock, "POST", "/dashboard/webhooks", {
      ...auth,
      body: { url: HOOK_URL, description: "Reconciliation", events: ["delta.verified"] },
    });
    expect(created.status).toBe(201);
    expect(created.body.message).toMatch(/not shown again/);
    // the id's form in https://docs.pacspace.io/dashboard-api/webhooks/: "webhook_cmh2xyz3e50005l801abc123"
    expect(created.body.data.id).toMatch(/^webhook_[a-z0-9]{24}$/);
    expect(created.body.data).toMatchObject({
      url: HOOK_URL,
      description: "Reconciliation",
      events: ["delta.verified"],
      enabled: true,
      disabledReason: null,
      lastTriggered: null,
      previousSecretExpiresAt: null,
      createdAt: new Date(T0).toISOString(),
    });
    expect(created.body.data.secret).toMatch(/^whsec_/);
    const id = created.body.data.id as string;

    const read = await dash(mock, "GET", `/dashboard/webhooks/${id}`, auth);
    expect(read.status).toBe(200);
    expect(read.body.data.secret).toBeUndefined();
    expect(read.text).not.toContain(created.body.data.secret);
    const list = await dash(mock, "GET", "/dashboard/webhooks?limit=10", auth);
    expect(list.body.data).toMatchObject({
      webhooks: [{ id }],
      pagination: { page: 1, limit: 10, total: 1, totalPages: 1 },
    });
    expect(list.text).not.toContain(created.body.data.secret);

    const all = await dash(mock, "POST", "/dashboard/webhooks", {
      ...auth,
      body: { url: `${HOOK_URL}/all` },
    });
    // no `events`: the whole catalogue, as the PacSpace service subscribes every endpoint
    expect(all.body.data.events).toEqual([
      "delta.verified",
      "delta.failed",
      "checkpoint.verified",
      "receipt.generated",
      "customer.created",
      "customer.shared_record_viewed",
      "customer.export_downloaded",
      "customer.compare_run",
      "customer.step_up_failed_repeatedly",
      "tenant_domain.activated",
      "tenant_domain.cert_renewal_failed",
      "record.committed",
      "record.failed",
    ]);
  });

  it("needs a session, and CSRF with the cookie; rejects invalid input; hides other tenants' endpoints", async () => {
    const { mock, account, auth } = await setup();
    expect((await dash(mock, "GET", "/dashboard/webhooks")).status).toBe(401);
    const noCsrf = await dash(mock, "POST", "/dashboard/webhooks", {
      cookie: account.token,
      csrf: false,
      body: { url: HOOK_URL },
    });
    expect(noCsrf.body.error.code).toBe("CSRF_REQUIRED");
    const viaCookie = await dash(mock, "POST", "/dashboard/webhooks", {
      cookie: account.token,
      body: { url: HOOK_URL },
    });
    expect(viaCookie.status).toBe(201);

    for (const body of [
      { url: "ftp://receiver.example/hook" },
      { url: "not a url" },
      { url: HOOK_URL, events: ["delta.exploded"] },
      { url: HOOK_URL, events: [] },
      { url: HOOK_URL, secret: "whsec_mine_please" },
    ]) {
      const answer = await dash(mock, "POST", "/dashboard/webhooks", { ...auth, body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.code).toBe("VALIDATION_ERROR");
    }
    const id = viaCookie.body.data.id as string;
    expect((await dash(mock, "PATCH", `/dashboard/webhooks/${id}`, { ...auth, body: {} })).status).toBe(400);

    const other = await onboard(mock, "bob@globex.example", "Globex");
    for (const [method, path] of [
      ["GET", `/dashboard/webhooks/${id}`],
      ["DELETE", `/dashboard/webhooks/${id}`],
      ["POST", `/dashboard/webhooks/${id}/rotate-secret`],
      ["GET", `/dashboard/webhooks/${id}/deliveries`],
    ] as const) {
      const answer = await dash(mock, method, path, { token: other.token });
      expect(answer.status, `${method} ${path}`).toBe(404);
    }
    expect(
      (await dash(mock, "GET", "/dashboard/webhooks", { token: other.token })).body.data.webhooks,
    ).toEqual([]);
  });

  it("shows deliveries with their attempts, re-queues one, sends test events and rotates the secret", async () => {
    const { mock, receiver, apiKey, auth } = await setup(status(500));
    const { pacspace } = mock;
    const created = await dash(mock, "POST", "/dashboard/webhooks", {
      ...auth,
      body: { url: HOOK_URL, events: ["delta.verified"] },
    });
    const id = created.body.data.id as string;
    await mock.api("POST", "/api/v1/balance/delta", {
      apiKey,
      body: { customerId: "cust_acme", delta: 5, reason: "top-up" },
    });
    await pacspace.webhooks.flush();

    const deliveries = await dash(mock, "GET", `/dashboard/webhooks/${id}/deliveries`, auth);
    expect(deliveries.status).toBe(200);
    const [delivery] = deliveries.body.data.deliveries;
    expect(delivery).toMatchObject({
      webhookId: id,
      event: "delta.verified",
      environment: "sandbox",
      status: "pending",
      attempts: 1,
      attemptLog: [
        { attempt: 1, at: new Date(T0).toISOString(), statusCode: 500, error: "Receiver answered 500" },
      ],
    });

    receiver.respondWith(ok);
    const retried = await dash(
      mock,
      "POST",
      `/dashboard/webhooks/${id}/deliveries/${delivery.deliveryId}/retry`,
      auth,
    );
    expect(retried.status).toBe(200);
    expect(retried.body.data).toMatchObject({ status: "pending", nextAttemptAt: new Date(T0).toISOString() });
    await pacspace.webhooks.flush();
    const delivered = await dash(mock, "GET", `/dashboard/webhooks/${id}/deliveries?status=delivered`, auth);
    expect(delivered.body.data.deliveries).toMatchObject([{ deliveryId: delivery.deliveryId, attempts: 2 }]);
    const endpoint = await dash(mock, "GET", `/dashboard/webhooks/${id}`, auth);
    expect(endpoint.body.data).toMatchObject({ successCount: 1, failureCount: 1, consecutiveFailures: 0 });

    const test = await dash(mock, "POST", `/dashboard/webhooks/${id}/test`, {
      ...auth,
      headers: { "X-Environment": "production" },
    });
    expect(test.status).toBe(202);
    expect(test.body.data).toMatchObject({
      event: "webhook.test",
      environment: "production",
      status: "pending",
    });
    await pacspace.webhooks.flush();
    const latest = await dash(mock, "GET", `/dashboard/webhooks/${id}/deliveries?limit=1`, auth);
    expect(latest.body.data.deliveries).toMatchObject([
      { event: "webhook.test", status: "delivered", attempts: 1 },
    ]);
    expect(latest.body.data.pagination).toEqual({ limit: 1, offset: 0, total: 2 });
    const retryTest = await dash(
      mock,
      "POST",
      `/dashboard/webhooks/${id}/deliveries/${test.body.data.deliveryId}/retry`,
      auth,
    );
    expect(retryTest.status).toBe(409);

    const rotated = await dash(mock, "POST", `/dashboard/webhooks/${id}/rotate-secret`, auth);
    expect(rotated.status).toBe(200);
    expect(rotated.body.data.secret).not.toBe(created.body.data.secret);
    expect(rotated.body.data.previousSecretExpiresAt).toBe(new Date(T0 + 24 * 3_600_000).toISOString());
    await dash(mock, "POST", `/dashboard/webhooks/${id}/test`, auth);
    await pacspace.webhooks.flush();
    const signed = receiver.received.at(-1);
    for (const secret of [created.body.data.secret, rotated.body.data.secret]) {
      const check = await verifyWebhookSignature({
        body: signed?.body ?? "",
        signatureHeader: signed?.headers["x-pacspace-signature"],
        timestampHeader: signed?.headers["x-pacspace-timestamp"],
        secret,
        now: T0,
      });
      expect(check.valid).toBe(true);
    }
  });

  it("disables, re-enables and deletes an endpoint", async () => {
    const { mock, auth } = await setup();
    const created = await dash(mock, "POST", "/dashboard/webhooks", { ...auth, body: { url: HOOK_URL } });
    const id = created.body.data.id as string;
    const off = await dash(mock, "PATCH", `/dashboard/webhooks/${id}`, {
      ...auth,
      body: { enabled: false, description: null, url: `${HOOK_URL}/v2` },
    });
    expect(off.body.data).toMatchObject({ enabled: false, description: null, url: `${HOOK_URL}/v2` });
    const on = await dash(mock, "PATCH", `/dashboard/webhooks/${id}`, { ...auth, body: { enabled: true } });
    expect(on.body.data).toMatchObject({ enabled: true, disabledReason: null });

    const deleted = await dash(mock, "DELETE", `/dashboard/webhooks/${id}`, auth);
    expect(deleted.body.data).toEqual({ id, deleted: true });
    expect((await dash(mock, "GET", `/dashboard/webhooks/${id}`, auth)).status).toBe(404);
  });
});
