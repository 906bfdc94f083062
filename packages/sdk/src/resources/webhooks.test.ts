import { describe, expect, it } from "vitest";
import { clientWith } from "../../test/client/fake-api.js";
import { signWebhookPayload } from "../core/webhook-signature.js";
import { WebhookVerificationError } from "../errors.js";
import { Webhooks } from "./webhooks.js";

const SECRET = "whsec_test";
const BODY = JSON.stringify({
  id: "evt_1",
  event: "delta.verified",
  timestamp: "2026-04-03T00:00:00.000Z",
  data: { recordId: "rec_1" },
});

async function signedHeaders(secrets: string | string[] = SECRET, timestamp = Math.floor(Date.now() / 1000)) {
  return {
    "X-PacSpace-Signature": await signWebhookPayload({ secrets, timestamp, body: BODY }),
    "X-PacSpace-Timestamp": String(timestamp),
  };
}

describe("pac.webhooks.verify", () => {
  it("returns the event when the signature matches the client's webhookSecret", async () => {
    const { pac } = clientWith([], { webhookSecret: SECRET });
    const event = await pac.webhooks.verify(BODY, await signedHeaders());
    expect(event).toMatchObject({ id: "evt_1", event: "delta.verified", data: { recordId: "rec_1" } });
  });

  it("accepts Fetch Headers and Node-style lowercase or list headers", async () => {
    const webhooks = new Webhooks(SECRET);
    const headers = await signedHeaders();
    await expect(webhooks.verify(BODY, new Headers(headers))).resolves.toMatchObject({ id: "evt_1" });
    const node = {
      "x-pacspace-signature": [headers["X-PacSpace-Signature"]],
      "x-pacspace-timestamp": headers["X-PacSpace-Timestamp"],
    };
    await expect(webhooks.verify(BODY, node)).resolves.toMatchObject({ id: "evt_1" });
  });

  it("accepts a delivery signed during a secret rotation", async () => {
    const webhooks = new Webhooks(["whsec_old"]);
    await expect(
      webhooks.verify(BODY, await signedHeaders(["whsec_new", "whsec_old"])),
    ).resolves.toBeTruthy();
  });

  it("throws WebhookVerificationError for a wrong secret, a changed body, a stale timestamp or no secret", async () => {
    const webhooks = new Webhooks(SECRET);
    const headers = await signedHeaders();
    await expect(new Webhooks("whsec_other").verify(BODY, headers)).rejects.toBeInstanceOf(
      WebhookVerificationError,
    );
    await expect(webhooks.verify(`${BODY} `, headers)).rejects.toBeInstanceOf(WebhookVerificationError);
    const stale = await signedHeaders(SECRET, Math.floor(Date.now() / 1000) - 301);
    await expect(webhooks.verify(BODY, stale)).rejects.toThrow(/tolerance/);
    await expect(new Webhooks().verify(BODY, headers)).rejects.toThrow(/webhookSecret/);
    await expect(webhooks.verify(BODY, {})).rejects.toMatchObject({ code: "WEBHOOK_VERIFICATION_FAILED" });
  });

  it("lets a per-call secret and tolerance override the client's", async () => {
    const webhooks = new Webhooks("whsec_other");
    const stale = await signedHeaders(SECRET, Math.floor(Date.now() / 1000) - 400);
    await expect(
      webhooks.verify(BODY, stale, { secret: SECRET, toleranceSeconds: 600 }),
    ).resolves.toBeTruthy();
  });
});
