/**
 * Memory per 10^6 deltas (goal: ≤ 300 MB), then memory kept per delta on every write path
 * (goal: ≤ 500 B each, 10^5 deltas per path, each path in a process of its own; see
 * support/write-paths.ts). Builds one customer with 1,000,000
 * verified deltas of 0.01 (batches of 100 through the ledger API, immediate verification)
 * and measures what the process holds after a full GC, V8 heap and ArrayBuffers together
 * (the delta store keeps its columns in typed arrays, outside the V8 heap).
 *
 * Baselines from this same run: the empty ledger (subtracted), and the build itself, whose
 * cost per delta is compared at 10^3 and at 10^6 deltas of history (it should stay flat).
 *
 *   pnpm --filter @pacspace/mocks bench -- memory
 */
import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { buildHistory } from "./support/history.js";
import { format, goal, memoryInUse } from "./support/report.js";
import { WRITE_PATHS, type WritePath } from "./support/write-paths.js";

const BIG = 1_000_000;
const SMALL = 1_000;
const GOAL_MB = 300;
const MB = 1_000_000;

buildHistory(20_000); // warm-up: the timings below are of optimized code
const small = buildHistory(SMALL);
const before = memoryInUse();
const big = buildHistory(BIG);
const after = memoryInUse();
const total = big.api.deriveBalance("cust_bench", {
  startDate: "2025-05-01",
  endDate: "2026-05-01",
  limit: 1,
});
const exact = total.computedBalance === 10_000 && total.deltasCount === BIG;

const used = after.total - before.total;
const perMillionMb = ((used / BIG) * 1_000_000) / MB;
const smallPerDelta = (small.setupMs * 1000) / SMALL;
const bigPerDelta = (big.setupMs * 1000) / BIG;

console.log(
  `${format(BIG)} verified deltas of one customer (${exact ? "derive exact: 10000" : "derive WRONG"})`,
);
console.log(
  `memory:  ${format(used / MB, 1)} MB in all = ${format(used / BIG)} bytes per delta ` +
    `(V8 heap ${format((after.heap - before.heap) / BIG)} + array buffers ${format((after.arrayBuffers - before.arrayBuffers) / BIG)})`,
);
console.log(
  `         ${format(perMillionMb, 1)} MB per 10^6 deltas = ${(perMillionMb / GOAL_MB).toFixed(2)}× the goal`,
);
console.log(
  `build:   ${format(big.setupMs / 1000, 1)} s (emit + verify, batches of 100), ${format(bigPerDelta, 1)} µs per delta; ` +
    `${format(smallPerDelta, 1)} µs per delta for the first ${format(SMALL)} → ratio ${(bigPerDelta / smallPerDelta).toFixed(2)}`,
);
console.log("");
goal(
  exact && perMillionMb <= GOAL_MB,
  `${format(perMillionMb, 1)} MB per 10^6 deltas (goal ≤ ${GOAL_MB} MB)`,
);

const PER_WRITE_GOAL_BYTES = 500;
const WRITES = 100_000;
console.log("");
console.log(`Memory kept per delta on each write path (${format(WRITES)} deltas per path, after a full GC):`);
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const target = fileURLToPath(new URL("support/write-path-target.ts", import.meta.url));
async function bytesPerDeltaInOwnProcess(path: WritePath): Promise<number> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [tsx, "--conditions=@pacspace/source", target, path, String(WRITES)],
    { maxBuffer: 1 << 20 },
  );
  return (JSON.parse(stdout.trim().split("\n").at(-1) as string) as { bytes: number }).bytes;
}
for (const path of WRITE_PATHS) {
  const bytes = await bytesPerDeltaInOwnProcess(path);
  console.log(`  ${path.padEnd(34)} ${format(bytes).padStart(6)} B per delta`);
  // every delta keeps something: a figure at or below zero is a broken measurement, not a pass
  goal(
    bytes > 0 && bytes <= PER_WRITE_GOAL_BYTES,
    `${path}: ${format(bytes)} B per delta (goal ≤ ${PER_WRITE_GOAL_BYTES} B)`,
  );
}
