/**
 * `pnpm bench`: every benchmark of @pacspace/sdk in sequence, each printing its timings, the
 * ratio against a baseline measured in this same run, and PASS/FAIL against its goal.
 * `pnpm bench -- merkle bundle` runs only the named ones; `--strict` exits 1 when a goal is missed.
 */

import { benchBundleSize } from "./bundle-size.bench.js";
import { benchClientOverhead } from "./client-overhead.bench.js";
import { benchContentHash } from "./content-hash.bench.js";
import { benchDecimal } from "./decimal.bench.js";
import { goalResults } from "./harness.js";
import { benchMerkle } from "./merkle.bench.js";
import { benchRecords } from "./records.bench.js";

const benches: Record<string, () => Promise<void>> = {
  merkle: benchMerkle,
  "content-hash": benchContentHash,
  decimal: benchDecimal,
  client: benchClientOverhead,
  bundle: benchBundleSize,
  records: benchRecords,
};

const args = process.argv.slice(2).filter((arg) => arg !== "--");
const strict = args.includes("--strict");
const selected = args.filter((arg) => arg !== "--strict");
const names = selected.length > 0 ? selected : Object.keys(benches);
const unknown = names.filter((name) => !(name in benches));
if (unknown.length > 0) {
  console.error(`Unknown bench: ${unknown.join(", ")}. Known: ${Object.keys(benches).join(", ")}`);
  process.exit(2);
}

const started = performance.now();
console.log(`@pacspace/sdk benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`);
for (const name of names) await (benches[name] as () => Promise<void>)();

const results = goalResults();
const failed = results.filter((result) => !result.pass);
console.log(
  `\n${results.length - failed.length}/${results.length} goals met in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const result of failed) console.log(`  FAIL  ${result.label}`);
// A missed goal is reported, not fatal, so `pnpm -r run bench` still runs every package's benches;
// `--strict` makes it the exit code (for CI jobs that gate on performance).
if (strict && failed.length > 0) process.exitCode = 1;
