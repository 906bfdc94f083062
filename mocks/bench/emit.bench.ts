/**
 * Emit throughput in-process: single-delta emits with immediate verification, (1) straight
 * on the ledger (`session(apiKey).emitDelta`, what a handler calls), (2) through the mock's
 * MSW handlers (`getResponse` on a fetch `Request`: routing, spec validation, idempotency,
 * envelope, JSON), and (3) through one bare msw handler that reads the body and answers the
 * same bytes as the mock's answer: what any MSW handler costs. Rounds of the three
 * alternate, in the reverse order every other round; each figure is the median of ROUNDS,
 * and the ratio the median of the rounds' own ratios.
 *
 * Goal: the mock's handlers ≤ 1.3× the time per emit of the bare msw handler. The ratio
 * to the ledger is printed too (no goal), to show what the HTTP layer costs. It measures the
 * BUILT package (dist/), as users run it, and sends a UUID Idempotency-Key, as the SDK does.
 *
 *   pnpm --filter @pacspace/mocks bench -- emit
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getResponse, HttpResponse, http } from "msw";
import { format, goal, throughput } from "./support/report.js";

const MEASURE_MS = 1_000;
const ROUNDS = 7;
const CUSTOMERS = 100;
const GOAL = 1.3;
const URL_ = "https://app.pacspace.io/api/v1/balance/delta";

const built = new URL("../dist/index.js", import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  console.error("emit bench: dist/index.js is missing: run `pnpm --filter @pacspace/mocks build` first");
  process.exit(2);
}
const { createPacSpaceMock } = (await import(built.href)) as typeof import("../src/index.js");

function fresh() {
  return createPacSpaceMock({ seed: "bench", now: Date.UTC(2026, 3, 15, 12), verification: "immediate" });
}

let n = 0;
const body = () => ({ customerId: `cust_${n % CUSTOMERS}`, delta: 0.25, reason: `usage ${n++}` });

// the ledger contender starts each round on a fresh mock: what it kept in earlier rounds
// would otherwise stay in this process's heap and make the others' collections slower
let direct: ReturnType<typeof fresh>;
const viaMsw = fresh();
const headers = { "X-Api-Key": viaMsw.apiKey, "Content-Type": "application/json" };
const emitRequest = () =>
  new Request(URL_, {
    method: "POST",
    headers: { ...headers, "Idempotency-Key": randomUUID() },
    body: JSON.stringify(body()),
  });

// the bare handler answers exactly as many bytes as the mock does
const sample = (await getResponse(viaMsw.handlers, emitRequest())) as Response;
const sampleText = await sample.text();
const bare = [
  http.post(URL_, async ({ request }) => {
    await request.text();
    return new HttpResponse(sampleText, {
      status: 201,
      headers: { "Content-Type": "application/json", "X-Request-Id": "req_fixed" },
    });
  }),
];

const contenders = {
  ledger: () => direct.ledger.session(direct.apiKey).emitDelta(body()),
  mock: async () => {
    const response = await getResponse(viaMsw.handlers, emitRequest());
    if (response?.status !== 201) throw new Error(`emit answered ${response?.status}`);
    await response.text();
  },
  bare: async () => {
    const response = (await getResponse(bare, emitRequest())) as Response;
    await response.text();
  },
} as const;
type Name = keyof typeof contenders;

const samples: Record<Name, number[]> = { ledger: [], mock: [], bare: [] };
const names = Object.keys(contenders) as Name[];
for (let round = 0; round < ROUNDS; round++) {
  direct = fresh();
  for (const name of round % 2 === 0 ? names : [...names].reverse()) {
    samples[name].push(
      await throughput(contenders[name], { ms: MEASURE_MS, warmupMs: round === 0 ? 300 : 50 }),
    );
  }
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ops = (name: Name) => median(samples[name]);
const roundRatios = samples.bare.map((bareOps, round) => bareOps / (samples.mock[round] as number));

console.log(
  `emit, one delta per call with an Idempotency-Key, immediate verification, ${CUSTOMERS} customers; medians of ${ROUNDS} alternating rounds`,
);
console.log(`${"path".padEnd(46)}${"emits/s".padStart(12)}${"µs/emit".padStart(10)}`);
for (const [name, label] of [
  ["ledger", "ledger, called directly"],
  ["bare", `bare msw handler, same ${Buffer.byteLength(sampleText)} bytes`],
  ["mock", "createPacSpaceMock handlers"],
] as const) {
  console.log(
    `${label.padEnd(46)}${format(ops(name)).padStart(12)}${format(1e6 / ops(name), 1).padStart(10)}`,
  );
}
console.log(`per round, mock/bare: ${roundRatios.map((r) => r.toFixed(2)).join(" ")}`);
console.log("");
const ratio = median(roundRatios);
console.log(
  `INFO: the handlers take ${(ops("ledger") / ops("mock")).toFixed(2)}× the ledger's time per emit`,
);
goal(
  ratio <= GOAL,
  `createPacSpaceMock handlers at ${ratio.toFixed(2)}× a bare msw handler's time per emit (goal ≤ ${GOAL}×)`,
);
