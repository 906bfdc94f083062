/**
 * Emit throughput of the server with durable state (`--state <dir>`: every accepted write
 * journaled to a file before it is answered) against the same server in memory only
 * (goal: ≥ 0.67×). Each server runs in its own process and so does the load generator
 * (autocannon's CLI, keep-alive connections); rounds alternate between the two servers and
 * the medians are compared. The durable server compacts as it does by default (a snapshot
 * every 10 000 journaled writes); a third one compacts every 1 000, so that a run sees
 * compactions of a growing state. The longest compaction (writes wait behind it) and the
 * slowest answer of each server are reported.
 *
 *   pnpm --filter @pacspace/mocks bench -- state
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { format, goal } from "./support/report.js";

const GOAL_RATIO = 0.67;
const ROUNDS = 5;
const WINDOW_SECONDS = 3;
const CONNECTIONS = 16;
const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx/cli");
const autocannon = require.resolve("autocannon/autocannon.js");

interface Target {
  child: ChildProcess;
  port: number;
  apiKey: string;
  /** How long each compaction took, in ms (durable server). */
  compactions: number[];
}

function startTarget(state?: string, compactEvery?: number): Promise<Target> {
  const script = fileURLToPath(new URL("./support/state-target.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    [
      tsx,
      "--conditions=@pacspace/source",
      script,
      ...(state ? [state] : []),
      ...(compactEvery ? [String(compactEvery)] : []),
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    const compactions: number[] = [];
    let ready = false;
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      for (let end = out.indexOf("\n"); end !== -1; end = out.indexOf("\n")) {
        const line = out.slice(0, end);
        out = out.slice(end + 1);
        const compaction = /^COMPACTION (\S+)/.exec(line);
        if (compaction) compactions.push(Number(compaction[1]));
        const started = /^READY (\d+) (\S+)/.exec(line);
        if (started && !ready) {
          ready = true;
          resolve({ child, port: Number(started[1]), apiKey: started[2] as string, compactions });
        }
      }
    });
    child.on("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** One window of emits from autocannon's own process: 2xx answers per second, and the slowest answer in ms. */
function drive(target: Target): Promise<{ rate: number; slowest: number }> {
  const child = spawn(
    process.execPath,
    [
      autocannon,
      "-c",
      String(CONNECTIONS),
      "-d",
      String(WINDOW_SECONDS),
      "-m",
      "POST",
      "-H",
      `X-Api-Key=${target.apiKey}`,
      "-H",
      "Content-Type=application/json",
      "-b",
      JSON.stringify({ customerId: "cust_bench", delta: 1, reason: "bench" }),
      "-j",
      `http://127.0.0.1:${target.port}/api/v1/balance/delta`,
    ],
    { stdio: ["ignore", "pipe", "ignore"] },
  );
  let out = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      const result = JSON.parse(out) as { "2xx": number; duration: number; latency: { max: number } };
      resolve({ rate: result["2xx"] / result.duration, slowest: result.latency.max });
    });
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const dir = mkdtempSync(join(tmpdir(), "pacspace-bench-state-"));
const frequentDir = mkdtempSync(join(tmpdir(), "pacspace-bench-state-"));
const memory = await startTarget();
const durable = await startTarget(dir);
const compacting = await startTarget(frequentDir, 1_000);
try {
  const rates = { memory: [] as number[], durable: [] as number[], compacting: [] as number[] };
  const slowest = { memory: 0, durable: 0, compacting: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, target] of [
      ["memory", memory],
      ["durable", durable],
      ["compacting", compacting],
    ] as const) {
      const window = await drive(target);
      rates[name].push(window.rate);
      slowest[name] = Math.max(slowest[name], window.slowest);
    }
  }
  const memoryRate = median(rates.memory);
  const durableRate = median(rates.durable);
  const ratio = durableRate / memoryRate;
  console.log(
    `Over loopback: autocannon in its own process, ${CONNECTIONS} keep-alive connections, ` +
      `${ROUNDS} interleaved rounds of ${WINDOW_SECONDS} s per server; medians of 2xx answers per second`,
  );
  console.log(`emit, memory only:   ${format(memoryRate)} req/s`);
  console.log(`emit, with --state:  ${format(durableRate)} req/s (journal written before each answer)`);
  console.log(
    `emit, with --state --compact-every 1000: ${format(median(rates.compacting))} req/s ` +
      `(${(median(rates.compacting) / memoryRate).toFixed(2)}× memory-only)`,
  );
  console.log(
    `slowest answer: memory only ${slowest.memory} ms, with --state ${slowest.durable} ms, ` +
      `compacting every 1000 ${slowest.compacting} ms`,
  );
  for (const [name, target] of [
    ["--state", durable],
    ["--state --compact-every 1000", compacting],
  ] as const) {
    const longest = target.compactions.length === 0 ? 0 : Math.max(...target.compactions);
    console.log(
      `${name}: ${target.compactions.length} compactions, longest ${longest.toFixed(1)} ms (writes wait behind it)`,
    );
  }
  console.log("");
  goal(ratio >= GOAL_RATIO, `emit with --state ${ratio.toFixed(2)}× memory-only (goal ≥ ${GOAL_RATIO}×)`);
} finally {
  // the durable server writes a last snapshot as it stops: remove its directory after that
  await Promise.all(
    [memory, durable, compacting].map((target) => {
      target.child.removeAllListeners("exit");
      const exited = new Promise((resolve) => target.child.once("exit", resolve));
      target.child.kill("SIGTERM");
      return exited;
    }),
  );
  for (const path of [dir, frequentDir]) rmSync(path, { recursive: true, force: true });
}
