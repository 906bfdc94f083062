/**
 * A server for the loopback benchmark, run in its own process by server.bench.ts:
 * `mock` is `startMockServer` (what `pacspace-mock serve` runs, delay:250 verification on
 * the system clock); `bare` is a plain node:http server that reads the body and answers a
 * fixed JSON of the same size as the mock's answer; `msw` answers that same fixed JSON
 * through msw's `getResponse` with one trivial handler, behind the same node:http adapter
 * as the mock: the most any server built on MSW handlers can do here. Prints
 * `READY <port> <apiKey>`.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, HttpResponse, http } from "msw";
import { startMockServer } from "../../src/server.js";

const kind = process.argv[2];

if (kind === "mock") {
  const server = await startMockServer({ port: 0, verification: "delay:250", seed: "bench" });
  console.log(`READY ${server.port} ${server.pacspace.apiKey}`);
  process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
} else if (kind === "bare") {
  const size = Number(process.argv[3] ?? 600);
  const body = JSON.stringify({ success: true, data: { padding: "x".repeat(Math.max(0, size - 40)) } });
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(201, { "Content-Type": "application/json", "X-Request-Id": "req_fixed" });
      response.end(body);
    });
  });
  server.listen(0, "127.0.0.1", () => {
    console.log(`READY ${(server.address() as AddressInfo).port} pk_test_none.none`);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
} else if (kind === "msw") {
  const size = Number(process.argv[3] ?? 600);
  const fixed = { success: true, data: { padding: "x".repeat(Math.max(0, size - 40)) } };
  const handlers = [
    http.post("*/api/v1/balance/delta", async ({ request }) => {
      await request.text();
      return HttpResponse.json(fixed, { status: 201 });
    }),
  ];
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", async () => {
      const headers: Array<[string, string]> = [];
      const raw = incoming.rawHeaders;
      for (let i = 0; i < raw.length; i += 2) headers.push([raw[i] as string, raw[i + 1] as string]);
      const request = new Request(`http://${incoming.headers.host}${incoming.url}`, {
        method: incoming.method ?? "GET",
        headers,
        body: Buffer.concat(chunks) as Uint8Array<ArrayBuffer>,
      });
      const response = (await getResponse(handlers, request)) as Response;
      const body = Buffer.from(await response.arrayBuffer());
      const out: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        out[name] = value;
      });
      out["content-length"] = String(body.length);
      outgoing.writeHead(response.status, out);
      outgoing.end(body);
    });
  });
  server.listen(0, "127.0.0.1", () => {
    console.log(`READY ${(server.address() as AddressInfo).port} pk_test_none.none`);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
} else {
  console.error("usage: server-target.ts mock|bare|msw [bodyBytes]");
  process.exit(2);
}
