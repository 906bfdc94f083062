/**
 * A server for the loopback benchmark, run in its own process by server.bench.ts:
 * `mock` is the BUILT package's `startMockServer` (dist/server.js, what `pacspace-mock serve`
 * runs, delay:250 verification on the system clock) holding one customer, `cust_bench`,
 * with 10^4 verified deltas; `bare`
 * is a plain node:http server that reads the body and answers fixed JSON as large as the
 * mock's answers (argv: emit bytes, derive bytes): 201 to a POST, 200 to a GET. Prints
 * `READY <port> <apiKey>`.
 */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

const DERIVE_CUSTOMER = "cust_bench";
const DERIVE_DELTAS = 10_000;

const kind = process.argv[2];

if (kind === "mock") {
  const built = new URL("../../dist/server.js", import.meta.url);
  if (!existsSync(fileURLToPath(built))) {
    console.error("server bench: dist/server.js is missing: run `pnpm --filter @pacspace/mocks build` first");
    process.exit(2);
  }
  const { startMockServer } = (await import(built.href)) as typeof import("../../src/server.js");
  const server = await startMockServer({ port: 0, verification: "delay:250", seed: "bench" });
  const session = server.pacspace.ledger.session(server.pacspace.apiKey);
  for (let batch = 0; batch < DERIVE_DELTAS / 100; batch++) {
    session.emitDeltaBatch({
      deltas: Array.from({ length: 100 }, (_, i) => ({
        customerId: DERIVE_CUSTOMER,
        delta: 0.01,
        reason: `usage ${batch * 100 + i}`,
      })),
    });
  }
  server.pacspace.verifyPending();
  console.log(`READY ${server.port} ${server.pacspace.apiKey}`);
  process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
} else if (kind === "bare") {
  const fixed = (bytes: number) =>
    JSON.stringify({ success: true, data: { padding: "x".repeat(Math.max(0, bytes - 40)) } });
  const emitBody = fixed(Number(process.argv[3] ?? 600));
  const deriveBody = fixed(Number(process.argv[4] ?? 600));
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const post = request.method === "POST";
      response.writeHead(post ? 201 : 200, {
        "Content-Type": "application/json",
        "X-Request-Id": "req_fixed",
      });
      response.end(post ? emitBody : deriveBody);
    });
  });
  server.listen(0, "127.0.0.1", () => {
    console.log(`READY ${(server.address() as AddressInfo).port} pk_test_none.none`);
  });
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
} else {
  console.error("usage: server-target.ts mock|bare [emitBytes deriveBytes]");
  process.exit(2);
}
