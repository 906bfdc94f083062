// ESM + TypeScript strict with `skipLibCheck: false`: the published declarations type-check,
// keep pac.proofs' types, and the compiled program works against the mock.
import { createPacSpaceServer } from "@pacspace/mocks/testing/node";
import { type DeltaRecord, PacSpace } from "@pacspace/sdk";
import { type ProofCheck, verifyDeltaProof } from "@pacspace/sdk/proofs";
import { constructWebhookEvent, generateTestWebhookHeaders } from "@pacspace/sdk/webhooks";

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`failed: ${what}`);
}

const pacspace = createPacSpaceServer();
pacspace.listen();
try {
  const pac = new PacSpace({ apiKey: pacspace.apiKey, maxRetries: 0 });
  const delta = await pac.balance.emit("cust_acme", 0.1, "top-up");
  const derived = await pac.balance.derive("cust_acme");
  check(derived.computedBalance === 0.1, "derive sums the emitted deltas");
  const record: DeltaRecord = await pac.balance.deltaStatus(delta.recordId);
  // The SDK README's snippet, as written.
  if (record.proof) console.log(verifyDeltaProof(record));
  const offline: ProofCheck = verifyDeltaProof(record);
  // pac.proofs keeps its types: a Promise of the same ProofCheck.
  const lazy: ProofCheck = await pac.proofs.verifyDeltaProof(record);
  check(offline.valid && lazy.valid, "the delta's proof verifies");
  const root: string = await pac.proofs.merkleRoot([]);
  check(root === `0x${"0".repeat(64)}`, "pac.proofs.merkleRoot");
} finally {
  pacspace.close();
}

const secret = "whsec_consumer_suite_01";
const payload = JSON.stringify({
  id: "evt_ts",
  event: "webhook.test",
  timestamp: new Date().toISOString(),
  tenantId: "ten_ts",
  environment: "sandbox",
  data: { webhookId: "wh_ts", message: "hello" },
});
const headers = await generateTestWebhookHeaders({ payload, secret });
const event = await constructWebhookEvent(payload, headers, { secret });
check(event.event === "webhook.test", "a signed delivery verifies");
console.log("esm-typescript: ok");
