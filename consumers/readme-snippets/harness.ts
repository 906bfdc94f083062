// What the README snippets run against: the in-process mock on msw/node (answering on
// https://app.pacspace.io, the SDK's default), listening from the start so a snippet's
// top-level calls reach it, and `pacspace-mock` over HTTP for the contract kit. It gives real
// values to every name globals.d.ts declares: a client `pac`, a verified `checkpoint` and
// `receipt` of cust_acme, a signed webhook `request`, …
import "./harness-globals.js";
import { startMockServer } from "@pacspace/mocks/server";
import { monthOfUsage, type PacSpaceFixture } from "@pacspace/mocks/testing";
import { createPacSpaceServer } from "@pacspace/mocks/testing/node";
import { PacSpace } from "@pacspace/sdk";
import { signWebhookPayload } from "@pacspace/sdk/core";
import { afterAll } from "vitest";

const fixture: PacSpaceFixture = {
  customers: [{ customerId: "cust_acme", displayName: "Acme" }],
  deltas: [
    ...monthOfUsage({ customerId: "cust_acme", period: "2026-03" }),
    ...monthOfUsage({ customerId: "cust_acme", period: "2026-04", openingCredit: 0 }),
  ],
  checkpoints: [{ customerId: "cust_acme", period: "2026-03" }],
};
const pacspace = createPacSpaceServer({ fixture, onUnhandledRequest: "bypass" });
pacspace.listen();
// Real time, so the contract kit's chain sees its delta verified; the same key as the
// in-process mock (secrets are random per instance), so a snippet works against either.
const server = await startMockServer({
  clock: "system",
  verification: "delay:20",
  defaultTenant: { apiKey: pacspace.apiKey },
});
afterAll(async () => {
  pacspace.close();
  await server.close();
});
if (server.pacspace.apiKey !== pacspace.apiKey) throw new Error("the two mocks answer different keys");

process.env.PACSPACE_API_KEY = pacspace.apiKey;
const pac = new PacSpace({ apiKey: pacspace.apiKey });
const checkpoint = await pac.balance.checkpoint("cust_acme", { period: "2026-03" });
const receipt = await pac.balance.receipt("cust_acme", { period: "2026-03" });

const webhookSecret = "whsec_readmeSnippetsSecret0123456789";
process.env.PACSPACE_WEBHOOK_SECRET = webhookSecret;
const rawBody = JSON.stringify({
  event: "delta.failed",
  data: {
    recordId: "rec_readme",
    customerId: "cust_acme",
    delta: -12.5,
    error: "anchoring failed",
    failedAt: new Date().toISOString(),
  },
  timestamp: new Date().toISOString(),
});
const timestamp = Math.floor(Date.now() / 1000);
const request = new Request("https://example.com/webhooks/pacspace", {
  method: "POST",
  body: rawBody,
  headers: {
    "Content-Type": "application/json",
    "X-Event-ID": "evt_readme",
    "X-PacSpace-Timestamp": String(timestamp),
    "X-PacSpace-Signature": await signWebhookPayload({ secrets: webhookSecret, timestamp, body: rawBody }),
  },
});

// The README shows both the Vitest helper (`setupPacSpace`) and the bare mock
// (`createPacSpaceMock`) as `pacspace`: one object answers for both.
const both = new Proxy(pacspace, {
  get(target, property) {
    if (property in target) return Reflect.get(target, property);
    const value = Reflect.get(target.mock, property);
    return typeof value === "function" ? value.bind(target.mock) : value;
  },
});

Object.assign(globalThis, {
  pac,
  pacspace: both,
  checkpoint,
  receipt,
  fixture,
  usageRows: [
    { customer: "cust_acme", cost: 12.5, label: "API calls" },
    { customer: "cust_globex", cost: 3, label: "Exports" },
  ],
  rawBody,
  request,
  webhookSecret,
  apiKey: pacspace.apiKey,
  baseUrl: server.url,
  url: "https://example.com/webhooks/pacspace",
  digest: async () => {
    const response = await fetch(`${server.url}/__mock/snapshot`);
    return ((await response.json()) as { data: { digest: string } }).data.digest;
  },
  myReceiver: async () => new Response(null, { status: 204 }),
  yourBackendRoutesAsMswHandlers: () => [],
});
