/**
 * Emit throughput of the server with durable state (`--state <dir>`: every accepted write
 * journaled to a file before it is answered) against the same server in memory only
 * (goal: ≥ 0.67×). Each server runs in its own process and so does the load generator
 * (autocannon's CLI, keep-alive connections); rounds alternate between the two servers and
 * the medians are compared.
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
const ROUNDS = 3;
const WINDOW_SECONDS = 3;
const CONNECTIONS = 16;
const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx/cli");
const autocannon = require.resolve("autocannon/autocannon.js");

interface Target {
  child: ChildProcess;
  port: number;
  apiKey: string;
}

function startTarget(state?: string): Promise<Target> {
  const script = fileURLToPath(new URL("./support/state-target.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    [tsx, "--conditions=@pacspace/source", script, ...(state ? [state] : [])],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const ready = /READY (\d+) (\S+)/.exec(out);
      if (ready) resolve({ child, port: Number(ready[1]), apiKey: ready[2] as string });
    });
    child.on("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** One window of emits from autocannon's own process; answers per second that were 2xx. */
function drive(target: Target): Promise<number> {
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
      const result = JSON.parse(out) as { "2xx": number; duration: number };
      resolve(result["2xx"] / result.duration);
    });
  });
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

const dir = mkdtempSync(join(tmpdir(), "pacspace-bench-state-"));
const memory = await startTarget();
const durable = await startTarget(dir);
try {
  const rates = { memory: [] as number[], durable: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    rates.memory.push(await drive(memory));
    rates.durable.push(await drive(durable));
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
  console.log("");
  goal(ratio >= GOAL_RATIO, `emit with --state ${ratio.toFixed(2)}× memory-only (goal ≥ ${GOAL_RATIO}×)`);
} finally {
  for (const target of [memory, durable]) {
    target.child.removeAllListeners("exit");
    target.child.kill("SIGTERM");
  }
  rmSync(dir, { recursive: true, force: true });
}
