// What every consumer line asserts, given the modules it loaded its own way. Each check fails
// with a message naming the broken behaviour.
import assert from "node:assert/strict";

/** The SDK emits and derives against the mock's MSW handlers, and checks a delta's proof. */
export async function sdkAgainstMock({ PacSpace, verifyDeltaProof }, apiKey) {
  const pac = new PacSpace({ apiKey, maxRetries: 0 });
  const delta = await pac.balance.emit("cust_acme", 0.1, "top-up");
  assert.match(delta.recordId, /^rec_/, "emit returns the record id");
  await pac.balance.emit("cust_acme", 0.2, "top-up");
  const derived = await pac.balance.derive("cust_acme");
  assert.equal(derived.computedBalance, 0.3, "derive sums the emitted deltas exactly");
  const record = await pac.balance.deltaStatus(delta.recordId);
  assert.ok(record.proof, "a verified delta carries its proof");
  assert.deepEqual(verifyDeltaProof(record), { valid: true }, "the delta's proof verifies");
  assert.equal(
    verifyDeltaProof({ ...record, contentHash: `0x${"ab".repeat(32)}` }).valid,
    false,
    "a tampered record fails its proof",
  );
  assert.deepEqual(
    await pac.proofs.verifyDeltaProof(record),
    { valid: true },
    "pac.proofs loads on first use",
  );
}

/** Webhook signatures: a signed test delivery verifies; a tampered one is refused. */
export async function webhookVerify({ generateTestWebhookHeaders, constructWebhookEvent }) {
  const secret = "whsec_consumer_suite_01";
  const payload = JSON.stringify({
    id: "evt_consumer",
    event: "webhook.test",
    timestamp: new Date().toISOString(),
    tenantId: "ten_consumer",
    environment: "sandbox",
    data: { webhookId: "wh_consumer", message: "hello" },
  });
  const headers = await generateTestWebhookHeaders({ payload, secret });
  const event = await constructWebhookEvent(payload, headers, { secret });
  assert.equal(event.data.webhookId, "wh_consumer", "a signed delivery verifies");
  await assert.rejects(
    constructWebhookEvent(payload.replace("hello", "hellO"), headers, { secret }),
    (error) => error.name === "WebhookVerificationError",
    "a tampered delivery is refused",
  );
}

/** The SDK against one canned answer from an injected fetch (runtimes without msw/node). */
export async function sdkAgainstCannedFetch({ PacSpace }) {
  const limits = {
    maxScopeMonths: 12,
    maxLastNDays: 90,
    maxRetentionDays: 730,
    maxBatchSize: 100,
    maxDeltaAbs: 1_000_000_000,
    maxReasonLength: 500,
  };
  const seen = [];
  const fetch = async (request) => {
    seen.push(request);
    return new Response(JSON.stringify({ success: true, data: limits }), {
      headers: { "content-type": "application/json", "x-request-id": "req_canned" },
    });
  };
  const pac = new PacSpace({ apiKey: "pk_test_canned.secret", fetch, maxRetries: 0 });
  const { data, requestId } = await pac.balance.limits().withResponse();
  assert.deepEqual(data, limits, "limits() returns the envelope's data");
  assert.equal(requestId, "req_canned", "the request id is exposed");
  assert.equal(seen[0].headers.get("x-api-key"), "pk_test_canned.secret", "the key is sent");
  assert.equal(await pac.proofs.merkleRoot([]), `0x${"0".repeat(64)}`, "pac.proofs loads on first use");
}
