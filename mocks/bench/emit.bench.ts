/**
 * Emit throughput in-process: single-delta emits
 * with immediate verification, (1) straight on the ledger (`session(apiKey).emitDelta`,
 * what a handler calls) and (2) through the MSW handlers (`getResponse` on a fetch
 * `Request`: routing, spec validation, idempotency, envelope, JSON). The ledger is the
 * baseline; the ratio handler/ledger is the share of throughput left after the HTTP layer.
 *
 * There is no goal for this one: it reports the ratio, to show what the HTTP layer costs.
 *
 *   pnpm --filter @pacspace/mocks bench -- emit
 */
import { getResponse } from "msw";
import { createPacSpaceMock } from "../src/index.js";
import { format, throughput } from "./support/report.js";

const MEASURE_MS = 2_000;
const CUSTOMERS = 100;

function fresh() {
  return createPacSpaceMock({ seed: "bench", now: Date.UTC(2026, 3, 15, 12), verification: "immediate" });
}

let n = 0;
const body = () => ({ customerId: `cust_${n % CUSTOMERS}`, delta: 0.25, reason: `usage ${n++}` });

// (1) the ledger, as the emit handler calls it
const direct = fresh();
const ledgerOps = await throughput(() => direct.ledger.session(direct.apiKey).emitDelta(body()), {
  ms: MEASURE_MS,
});

// (2) the MSW handlers, one Request per emit (as setupServer/setupWorker would hand them over)
const viaMsw = fresh();
const headers = { "X-Api-Key": viaMsw.apiKey, "Content-Type": "application/json" };
const handlerOps = await throughput(
  async () => {
    const response = await getResponse(
      viaMsw.handlers,
      new Request("https://app.pacspace.io/api/v1/balance/delta", {
        method: "POST",
        headers,
        body: JSON.stringify(body()),
      }),
    );
    if (response?.status !== 201) throw new Error(`emit answered ${response?.status}`);
    await response.text();
  },
  { ms: MEASURE_MS },
);

const ratio = handlerOps / ledgerOps;
console.log(`emit, one delta per call, immediate verification, ${CUSTOMERS} customers`);
console.log(`${"path".padEnd(36)}${"emits/s".padStart(12)}${"µs/emit".padStart(10)}${"ratio".padStart(8)}`);
for (const [name, ops] of [
  ["ledger (baseline)", ledgerOps],
  ["MSW handlers (getResponse)", handlerOps],
] as const) {
  console.log(
    `${name.padEnd(36)}${format(ops).padStart(12)}${format(1e6 / ops, 1).padStart(10)}${(ops / ledgerOps).toFixed(2).padStart(8)}`,
  );
}
console.log("");
console.log(
  `INFO: in-process emit through the handlers at ${ratio.toFixed(2)}× the ledger's throughput (no goal)`,
);
