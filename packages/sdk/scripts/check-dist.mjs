// Smoke-tests the built package the way users load it, by its own name (the package's
// self-reference resolves `exports` as an installed copy would): `import` of every entry, and
// CommonJS `require()` of the same ES modules (Node's require(esm), on by default from Node
// 20.19 and 22.12), and one real client call through each, answered by a fake fetch.
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
const signatures = [];
const fakeFetch = async (request) => {
  signatures.push(request.headers.get("x-pacspace-request-signature"));
  return new Response(JSON.stringify({ success: true, data: limits }), {
    headers: { "content-type": "application/json", "x-request-id": "req_smoke" },
  });
};

const builds = {
  import: {
    main: await import("@pacspace/sdk"),
    proofs: await import("@pacspace/sdk/proofs"),
    core: await import("@pacspace/sdk/core"),
    webhooks: await import("@pacspace/sdk/webhooks"),
  },
  require: {
    main: require("@pacspace/sdk"),
    proofs: require("@pacspace/sdk/proofs"),
    core: require("@pacspace/sdk/core"),
    webhooks: require("@pacspace/sdk/webhooks"),
  },
};
assert.match(require.resolve("@pacspace/sdk"), /\/dist\/index\.js$/, "require resolves the built entry");
// require(esm) hands back the very module `import` loads, not a second copy.
for (const entry of ["main", "proofs", "core", "webhooks"]) {
  assert.equal(builds.require[entry], builds.import[entry], `require and import share the ${entry} module`);
}

// Minification keeps names: every exported class and function is called what it is exported as
// (esbuild writes a class that refers to itself as `_Name`).
for (const [entry, module] of Object.entries(builds.import)) {
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== "function") continue;
    assert.ok([name, `_${name}`].includes(value.name), `${entry}: ${name} is named ${value.name}`);
  }
}

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
  // The client loads its proof and webhook code on first use: those imports must resolve in the build.
  assert.equal(await pac.proofs.merkleRoot([]), `0x${"0".repeat(64)}`, `${format}: pac.proofs loads`);
  const withSecret = new main.PacSpace({ apiKey: "pk_test_smoke.secret", webhookSecret: secret });
  const clientEvent = await withSecret.webhooks.constructEvent(testEvent, headers);
  assert.equal(clientEvent.data.webhookId, "wh_smoke", `${format}: pac.webhooks loads`);
  await pac.raw.POST("/api/v1/balance/compare", {
    body: { customerId: "cust_smoke", yourBalance: 1, theirBalance: 1 },
  });
  assert.match(signatures.at(-1) ?? "", /^t=\d+,v1=[0-9a-f]{64}$/, `${format}: the request signer loads`);
  console.log(`${format}: ok`);
}
