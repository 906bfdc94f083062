import { describe, expect, it } from "vitest";
import { clientWith } from "../../test/client/fake-api.js";
import { generateTestWebhookHeaders } from "./test-headers.js";
import { Webhooks } from "./webhooks.js";

const SECRET = "whsec_client_secret_0001";
const BODY = JSON.stringify({
  id: "evt_1",
  event: "webhook.test",
  timestamp: "2026-04-15T12:00:00.000Z",
  tenantId: "ten_1",
  environment: "sandbox",
  data: { webhookId: "wh_1", message: "Test event from PacSpace" },
});

describe("pac.webhooks", () => {
  it("verifies and parses with the client's webhookSecret", async () => {
    const { pac } = clientWith([], { webhookSecret: SECRET });
    const headers = await generateTestWebhookHeaders({ payload: BODY, secret: SECRET });
    await expect(pac.webhooks.verify(BODY, headers)).resolves.toMatchObject({ id: "evt_1" });
    await expect(pac.webhooks.isValid(BODY, headers)).resolves.toBe(true);
    const event = await pac.webhooks.constructEvent(BODY, headers);
    expect(event.known && event.event === "webhook.test" && event.data.webhookId).toBe("wh_1");
  });

  it("lets a per-call secret, tolerance and clock override the defaults", async () => {
    const webhooks = new Webhooks("whsec_other_secret_01");
    const old = Date.UTC(2026, 0, 1) / 1000;
    const headers = await generateTestWebhookHeaders({ payload: BODY, secret: SECRET, timestamp: old });
    await expect(webhooks.isValid(BODY, headers)).resolves.toBe(false);
    await expect(webhooks.verify(BODY, headers, { secret: SECRET })).rejects.toMatchObject({
      reason: "timestamp_out_of_tolerance",
    });
    await expect(
      webhooks.verify(BODY, headers, { secret: SECRET, now: old * 1000 + 10_000 }),
    ).resolves.toBeTruthy();
    await expect(
      webhooks.constructEvent(BODY, headers, { secret: SECRET, tolerance: Date.now() / 1000 - old + 60 }),
    ).resolves.toMatchObject({ event: "webhook.test" });
  });

  it("says so when no secret was configured", async () => {
    const { pac } = clientWith([]);
    const headers = await generateTestWebhookHeaders({ payload: BODY, secret: SECRET });
    await expect(pac.webhooks.verify(BODY, headers)).rejects.toMatchObject({
      name: "WebhookVerificationError",
      reason: "no_secret",
      code: "WEBHOOK_VERIFICATION_FAILED",
    });
    await expect(pac.webhooks.isValid(BODY, headers)).resolves.toBe(false);
  });
});
