/**
 * Derive must not get slower as history grows (derive at 10^6
 * deltas vs at 10^3 deltas for one customer, goal ≤ 2×). Builds one customer with
 * 1,000,000 verified deltas of 0.01 spread over twelve months, and a baseline with 1,000,
 * through the ledger API (no HTTP), then times deriveBalance over one month and over the
 * whole history on both. PASS when every 1M/1k time ratio is at most RATIO_BOUND.
 *
 *   pnpm --filter @pacspace/mocks bench -- derive
 */
import { buildHistory } from "./support/history.js";
import { format, goal } from "./support/report.js";

const RATIO_BOUND = 2;
const BIG = 1_000_000;
const BASELINE = 1_000;
const MEASURE_MS = 1_000;

type Api = ReturnType<typeof buildHistory>["api"];

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

const big = buildHistory(BIG);
const baseline = buildHistory(BASELINE);

const total = big.api.deriveBalance("cust_bench", QUERIES["whole history (12 months), balance only"]);
const exact = total.computedBalance === 10_000 && total.deltasCount === BIG;

console.log(
  `setup: ${format(BIG)} deltas in ${(big.setupMs / 1000).toFixed(1)} s, ${format(BASELINE)} in ${(baseline.setupMs / 1000).toFixed(2)} s (emit + verify, batches of 100)`,
);
console.log(
  `exactness: ${format(BIG)} × 0.01 derives to ${total.computedBalance} ${exact ? "(exact)" : "(WRONG)"}`,
);
console.log("");
console.log(
  `${"derive".padEnd(42)}${"1k ops/s".padStart(12)}${"1M ops/s".padStart(12)}${"ratio".padStart(8)}`,
);
let worst = 0;
for (const [name, query] of Object.entries(QUERIES)) {
  const small = opsPerSecond(baseline.api, query);
  const large = opsPerSecond(big.api, query);
  const ratio = small / large;
  worst = Math.max(worst, ratio);
  console.log(
    `${name.padEnd(42)}${format(small).padStart(12)}${format(large).padStart(12)}${ratio.toFixed(2).padStart(8)}`,
  );
}
console.log("");
goal(
  exact && worst <= RATIO_BOUND,
  `derive at 10^6 deltas costs at most ${worst.toFixed(2)}× derive at 10^3 (goal ≤ ${RATIO_BOUND}×)`,
);
