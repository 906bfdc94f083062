/**
 * Derive must not get slower as history grows (RULES.md §5). This builds one customer with
 * 1,000,000 verified deltas of 0.01 spread over twelve months, and a baseline with 1,000,
 * through the ledger API (no HTTP), then times deriveBalance over one month and over the
 * whole history on both. PASS when every big/baseline time ratio stays under RATIO_BOUND.
 *
 *   pnpm --filter @pacspace/mocks bench
 */
import v8 from "node:v8";
import vm from "node:vm";
import { createManualClock } from "../src/clock.js";
import { createLedger } from "../src/ledger/ledger.js";

const RATIO_BOUND = 3;
const BIG = 1_000_000;
const BASELINE = 1_000;
const BATCH = 100;
const HISTORY_START = Date.UTC(2025, 4, 1); // 2025-05-01
const HISTORY_END = Date.UTC(2026, 4, 1); // 2026-05-01, twelve months later
const MEASURE_MS = 1_000;

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

function heapUsed(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function build(count: number) {
  const clock = createManualClock(HISTORY_START);
  const ledger = createLedger({ seed: "bench", clock });
  ledger.createTenant({ tenantId: "ten_bench", plan: "enterprise" });
  const api = ledger.forEnvironment("ten_bench", "sandbox");
  const step = Math.floor((HISTORY_END - HISTORY_START - 3_600_000) / (count / BATCH));
  const started = performance.now();
  for (let emitted = 0; emitted < count; emitted += BATCH) {
    const deltas = Array.from({ length: Math.min(BATCH, count - emitted) }, (_, i) => ({
      customerId: "cust_bench",
      delta: 0.01,
      reason: `usage ${emitted + i}`,
    }));
    api.emitDeltaBatch({ deltas });
    clock.advance(step);
  }
  clock.set(HISTORY_END - 60_000); // "now": the last minute of the history
  return { api, setupMs: performance.now() - started };
}

type Api = ReturnType<typeof build>["api"];

const QUERIES = {
  "one month, page of 100": { period: "2026-03" },
  "one month, balance only": { period: "2026-03", limit: 1 },
  "whole history (12 months), page of 100": { startDate: "2025-05-01", endDate: "2026-05-01" },
  "whole history (12 months), balance only": { startDate: "2025-05-01", endDate: "2026-05-01", limit: 1 },
} as const;

function opsPerSecond(api: Api, query: Record<string, string | number>): number {
  for (let i = 0; i < 200; i++) api.deriveBalance("cust_bench", query); // warm-up
  let ops = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < MEASURE_MS) {
    for (let i = 0; i < 50; i++) api.deriveBalance("cust_bench", query);
    ops += 50;
    elapsed = performance.now() - started;
  }
  return (ops * 1000) / elapsed;
}

const format = (n: number) => Math.round(n).toLocaleString("en-US");

const heapBefore = heapUsed();
const big = build(BIG);
const bigHeap = heapUsed() - heapBefore;
const baseline = build(BASELINE);

const total = big.api.deriveBalance("cust_bench", QUERIES["whole history (12 months), balance only"]);
const exact = total.computedBalance === 10_000 && total.deltasCount === BIG;

console.log(
  `setup: ${format(BIG)} deltas in ${(big.setupMs / 1000).toFixed(1)} s (emit + verify, batches of ${BATCH});`,
);
console.log(`       ${format(BASELINE)} deltas in ${(baseline.setupMs / 1000).toFixed(2)} s`);
console.log(`memory: ${format(bigHeap / BIG)} bytes per verified delta (heap after GC)`);
console.log(
  `exactness: ${format(BIG)} × 0.01 derives to ${total.computedBalance} ${exact ? "(exact)" : "(WRONG)"}`,
);
console.log("");
console.log(
  `${"derive".padEnd(42)}${"1k ops/s".padStart(12)}${"1M ops/s".padStart(12)}${"ratio".padStart(8)}`,
);
let pass = exact;
for (const [name, query] of Object.entries(QUERIES)) {
  const small = opsPerSecond(baseline.api, query);
  const large = opsPerSecond(big.api, query);
  const ratio = small / large;
  if (!(ratio < RATIO_BOUND)) pass = false;
  console.log(
    `${name.padEnd(42)}${format(small).padStart(12)}${format(large).padStart(12)}${ratio.toFixed(2).padStart(8)}`,
  );
}
console.log("");
console.log(
  `${pass ? "PASS" : "FAIL"}: derive cost vs history size, bound ratio < ${RATIO_BOUND} (1k-delta time ÷ 1M-delta time)`,
);
process.exitCode = pass ? 0 : 1;
