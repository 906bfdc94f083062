// The SDK alone in Jest's CommonJS mode: with the mocks README's jest.config.js (Babel turns the
// ES-module-only SDK into CommonJS), and without it through vm modules on Node >= 24.9.
const { PacSpace } = require("@pacspace/sdk");
const { merkleRoot } = require("@pacspace/sdk/proofs");
const { constructWebhookEvent, generateTestWebhookHeaders } = require("@pacspace/sdk/webhooks");

test("the SDK answers from an injected fetch", async () => {
  const fetch = async () =>
    new Response(JSON.stringify({ success: true, data: { proofRoot: merkleRoot([]) } }), {
      headers: { "content-type": "application/json", "x-request-id": "req_jest" },
    });
  const pac = new PacSpace({ apiKey: "pk_test_jest.secret", fetch, maxRetries: 0 });
  const { response, requestId } = await pac.raw.GET("/api/v1/balance/limits").then((result) => ({
    response: result.response,
    requestId: result.response.headers.get("x-request-id"),
  }));
  expect(response.status).toBe(200);
  expect(requestId).toBe("req_jest");
  expect(await pac.proofs.merkleRoot([])).toBe(merkleRoot([]));
});

test("webhook signatures verify", async () => {
  const secret = "whsec_consumer_suite_01";
  const payload = JSON.stringify({
    id: "evt_jest",
    event: "webhook.test",
    timestamp: new Date().toISOString(),
    tenantId: "ten_jest",
    environment: "sandbox",
    data: { webhookId: "wh_jest", message: "hello" },
  });
  const headers = await generateTestWebhookHeaders({ payload, secret });
  expect((await constructWebhookEvent(payload, headers, { secret })).data.webhookId).toBe("wh_jest");
  await expect(constructWebhookEvent(`${payload} `, headers, { secret })).rejects.toThrow();
});
