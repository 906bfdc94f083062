// Smoke-tests the built package the way users load it: ESM import and CommonJS require of
// every entry point, and one real client call through each, answered by a fake fetch.
import assert from "node:assert/strict";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const limits = {
  maxScopeMonths: 12,
  maxLastNDays: 90,
  maxRetentionDays: 730,
  maxBatchSize: 100,
  maxDeltaAbs: 1_000_000_000,
  maxReasonLength: 500,
};
const fakeFetch = async () =>
  new Response(JSON.stringify({ success: true, data: limits }), {
    headers: { "content-type": "application/json", "x-request-id": "req_smoke" },
  });

const builds = {
  esm: {
    main: await import("../dist/index.js"),
    proofs: await import("../dist/proofs.js"),
    core: await import("../dist/core.js"),
    webhooks: await import("../dist/webhooks.js"),
  },
  cjs: {
    main: require("../dist/index.cjs"),
    proofs: require("../dist/proofs.cjs"),
    core: require("../dist/core.cjs"),
    webhooks: require("../dist/webhooks.cjs"),
  },
};

const testEvent = JSON.stringify({
  id: "evt_smoke",
  event: "webhook.test",
  timestamp: "2026-04-15T12:00:00.000Z",
  tenantId: "ten_smoke",
  environment: "sandbox",
  data: { webhookId: "wh_smoke", message: "smoke" },
});

for (const [format, { main, proofs, core, webhooks }] of Object.entries(builds)) {
  const pac = new main.PacSpace({ apiKey: "pk_test_smoke.secret", fetch: fakeFetch, maxRetries: 0 });
  const { data, requestId } = await pac.balance.limits().withResponse();
  assert.deepEqual(data, limits, `${format}: limits() returns the envelope's data`);
  assert.equal(requestId, "req_smoke", `${format}: request id is exposed`);
  assert.equal(proofs.merkleRoot([]), `0x${"0".repeat(64)}`, `${format}: proofs entry works`);
  assert.equal(core.Decimal.from(0.1).plus(0.2).toString(), "0.3", `${format}: core entry works`);
  const secret = "whsec_smoke_secret_01";
  const headers = await webhooks.generateTestWebhookHeaders({ payload: testEvent, secret });
  const event = await webhooks.constructWebhookEvent(testEvent, headers, { secret });
  assert.equal(event.data.webhookId, "wh_smoke", `${format}: webhooks entry works`);
  console.log(`${format}: ok`);
}
