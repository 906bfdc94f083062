import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server.js";

/**
 * Deliveries over real sockets: the served mock (no MSW in this file) sends with the default
 * fetch, looked up on every attempt, to a node:http receiver.
 */

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function receiver(statuses: number[]) {
  const received: Array<{ headers: IncomingMessage["headers"]; body: string }> = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      body += chunk;
    });
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.statusCode = statuses[received.length - 1] ?? 200;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  closers.push(close);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, close };
}

async function served(): Promise<MockServer> {
  const server = await startMockServer({ verification: "immediate" });
  closers.push(() => server.close());
  return server;
}

async function emit(server: MockServer) {
  const response = await fetch(`${server.url}/api/v1/balance/delta`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-Api-Key": server.pacspace.apiKey },
    body: JSON.stringify({ customerId: "cust_http", delta: 1, reason: "HTTP" }),
  });
  expect(response.status).toBe(201);
}

describe("delivery over real HTTP", () => {
  it("posts the exact signed body to a local server and retries after its 500", async () => {
    const server = await served();
    const hook = await receiver([500]);
    const tenantId = server.pacspace.defaultTenant?.tenantId as string;
    server.pacspace.webhooks.createEndpoint(tenantId, { url: hook.url, events: ["delta.verified"] });
    await emit(server);
    await server.pacspace.webhooks.flush();
    expect(hook.received).toHaveLength(1);
    server.pacspace.clock.advance(60_000);
    await server.pacspace.webhooks.flush();
    expect(hook.received).toHaveLength(2);
    const [first, second] = hook.received;
    expect(first?.headers["content-type"]).toBe("application/json");
    expect(first?.headers["x-event-id"]).toBe(second?.headers["x-event-id"]);
    expect(first?.body).toBe(second?.body);
    expect(JSON.parse(first?.body ?? "{}").event).toBe("delta.verified");
    expect(server.pacspace.webhooks.inspectDeliveries()[0]).toMatchObject({
      status: "delivered",
      attempts: 2,
    });
  });

  it("logs a refused connection as a network error", async () => {
    const server = await served();
    const hook = await receiver([]);
    await hook.close();
    const tenantId = server.pacspace.defaultTenant?.tenantId as string;
    server.pacspace.webhooks.createEndpoint(tenantId, { url: hook.url, events: ["delta.verified"] });
    await emit(server);
    await server.pacspace.webhooks.flush();
    const [delivery] = server.pacspace.webhooks.inspectDeliveries();
    expect(delivery?.attemptLog[0]).toMatchObject({ statusCode: null });
    expect(delivery?.attemptLog[0]?.error).toMatch(/^Network error: .*ECONNREFUSED/);
  });
});
