/**
 * The local server against a bare node:http server and against Prism (`prism mock
 * spec/openapi.yaml`, a stateless mock of the same spec), over loopback. Each server runs in
 * its own process, and so does the load generator (autocannon, keep-alive, 16 connections;
 * support/load.ts), so the numbers are the servers', not the client's. Two workloads:
 *
 * - emit: `POST /api/v1/balance/delta`, each request with its own body and Idempotency-Key;
 * - derive: `GET /api/v1/balance/derive/cust_bench?limit=100`, a customer with 10^4
 *   verified deltas, answered with a page of 100.
 *
 * The bare server answers fixed JSON as large as the mock's answer to each. Windows of the
 * three servers are interleaved, ROUNDS rounds, and each ratio is of medians. Goals: emit
 * ≥ 0.30× bare and ≥ 6× Prism; derive ≥ 0.25× bare and ≥ 3× Prism. When Prism cannot start
 * (not installed, or no network to fetch what it needs), the bench says so and reports no
 * Prism number.
 *
 *   pnpm --filter @pacspace/mocks bench -- server
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import type { LoadRequest, LoadResult } from "./support/load.js";
import { format, goal } from "./support/report.js";

const CONNECTIONS = 16;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WINDOW_SECONDS = Number(process.env.BENCH_WINDOW_SECONDS ?? 3);
const GOALS = {
  emit: { bare: 0.3, prism: 6 },
  derive: { bare: 0.25, prism: 3 },
} as const;
type Workload = keyof typeof GOALS;
type ServerName = "bare" | "mock" | "prism";

const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const SPEC = fileURLToPath(new URL("../../spec/openapi.yaml", import.meta.url));
const PRISM = fileURLToPath(new URL("../node_modules/.bin/prism", import.meta.url));

interface Target {
  child: ChildProcess;
  port: number;
  apiKey: string;
}

function startTarget(kind: "mock" | "bare", args: string[] = []): Promise<Target> {
  const script = fileURLToPath(new URL("./support/server-target.ts", import.meta.url));
  // no @pacspace/source condition: the mock and the SDK it imports run as built
  const child = spawn(process.execPath, [tsx, script, kind, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk) => {
      out += chunk;
      const match = /READY (\d+) (\S+)/.exec(out);
      if (match) resolve({ child, port: Number(match[1]), apiKey: match[2] as string });
    });
    child.on("exit", (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Prism on a free port, or why it could not start. */
async function startPrism(apiKey: string): Promise<Target | string> {
  if (!existsSync(PRISM)) return "@stoplight/prism-cli is not installed (pnpm install in mocks/)";
  const port = await freePort();
  const child = spawn(PRISM, ["mock", SPEC, "--host", "127.0.0.1", "--port", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/balance/limits`, {
        headers: { "X-Api-Key": apiKey },
      });
      await response.arrayBuffer();
      return { child, port, apiKey };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  child.kill("SIGTERM");
  const reason = stderr.trim().split("\n").slice(-3).join(" ") || "no answer within 60 s";
  return `Prism did not start: ${reason}`;
}

async function stopTarget(target: Target): Promise<void> {
  if (target.child.exitCode !== null) return;
  const exited = new Promise((resolve) => target.child.on("exit", resolve));
  target.child.kill("SIGTERM");
  await exited;
}

function loadRequest(target: Target, workload: Workload, seconds: number): LoadRequest {
  const headers = { "X-Api-Key": target.apiKey, "Content-Type": "application/json" };
  return workload === "emit"
    ? {
        url: `http://127.0.0.1:${target.port}/api/v1/balance/delta`,
        method: "POST",
        headers,
        emit: true,
        connections: CONNECTIONS,
        durationSeconds: seconds,
      }
    : {
        url: `http://127.0.0.1:${target.port}/api/v1/balance/derive/cust_bench?limit=100`,
        method: "GET",
        headers: { "X-Api-Key": target.apiKey },
        emit: false,
        connections: CONNECTIONS,
        durationSeconds: seconds,
      };
}

/** One window of autocannon against `target`, from its own process. */
function drive(target: Target, workload: Workload, seconds = WINDOW_SECONDS): Promise<LoadResult> {
  const script = fileURLToPath(new URL("./support/load.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    [tsx, script, JSON.stringify(loadRequest(target, workload, seconds))],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
      else resolve(JSON.parse(out.trim().split("\n").at(-1) as string) as LoadResult);
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function answerBytes(target: Target, workload: Workload): Promise<number> {
  const request = loadRequest(target, workload, 1);
  const response = await fetch(request.url, {
    method: request.method,
    headers: { ...request.headers, "Idempotency-Key": "bench-size" },
    ...(workload === "emit"
      ? { body: JSON.stringify({ customerId: "cust_size", delta: 1, reason: "size" }) }
      : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${workload} on the mock answered ${response.status}: ${text}`);
  return Buffer.byteLength(text);
}

const mock = await startTarget("mock");
const targets: Partial<Record<ServerName, Target>> = { mock };
try {
  const bytes = { emit: await answerBytes(mock, "emit"), derive: await answerBytes(mock, "derive") };
  targets.bare = await startTarget("bare", [String(bytes.emit), String(bytes.derive)]);
  const prism = await startPrism(mock.apiKey);
  if (typeof prism === "string") console.log(`Prism: ${prism}. No Prism ratio is reported.`);
  else targets.prism = prism;
  const names = (["bare", "mock", "prism"] as const).filter((name) => targets[name] !== undefined);

  console.log(
    `Over loopback: autocannon in its own process, ${CONNECTIONS} keep-alive connections, ${ROUNDS} interleaved rounds of ${WINDOW_SECONDS} s per server; medians`,
  );
  for (const workload of ["emit", "derive"] as const) {
    for (const name of names) await drive(targets[name] as Target, workload, 1); // warm-up
    const samples: Record<ServerName, number[]> = { bare: [], mock: [], prism: [] };
    const failures: Record<ServerName, number> = { bare: 0, mock: 0, prism: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of names) {
        const result = await drive(targets[name] as Target, workload);
        samples[name].push(result.requestsPerSecond);
        failures[name] += result.failed;
      }
    }
    const rps = (name: ServerName) => median(samples[name]);
    const label =
      workload === "emit"
        ? "POST /api/v1/balance/delta (unique Idempotency-Key)"
        : "GET /api/v1/balance/derive (10^4 deltas, page of 100)";
    console.log(`\n${label}`);
    console.log(
      `${"server".padEnd(40)}${"req/s".padStart(10)}${"vs bare".padStart(9)}${"non-2xx".padStart(9)}`,
    );
    const rows: Array<[ServerName, string]> = [
      ["bare", `bare node:http, fixed ${bytes[workload]}-byte JSON`],
      ["mock", "startMockServer"],
      ["prism", "Prism 5 (prism mock spec/openapi.yaml)"],
    ];
    for (const [name, text] of rows) {
      if (!targets[name]) continue;
      console.log(
        `${text.padEnd(40)}${format(rps(name)).padStart(10)}${(rps(name) / rps("bare")).toFixed(2).padStart(9)}${String(failures[name]).padStart(9)}`,
      );
    }
    if (failures.mock > 0) console.log(`(${failures.mock} requests to the mock did not answer 2xx)`);
    const toBare = rps("mock") / rps("bare");
    goal(
      toBare >= GOALS[workload].bare && failures.mock === 0,
      `server ${workload} at ${toBare.toFixed(2)}× bare node:http (goal ≥ ${GOALS[workload].bare}×)`,
    );
    if (targets.prism) {
      const toPrism = rps("mock") / rps("prism");
      goal(
        toPrism >= GOALS[workload].prism,
        `server ${workload} at ${toPrism.toFixed(2)}× Prism (goal ≥ ${GOALS[workload].prism}×)`,
      );
    } else {
      goal(false, `server ${workload} vs Prism not measured: ${typeof prism === "string" ? prism : ""}`);
    }
  }
} finally {
  for (const target of Object.values(targets)) await stopTarget(target);
}
