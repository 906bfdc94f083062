/**
 * The local server's emit throughput over loopback (goal: ≥ 0.5× a bare node:http
 * server returning fixed JSON). Each server runs in its own process (server-target.ts);
 * this process drives it with a fixed number of concurrent keep-alive clients (global
 * fetch), in alternating windows of the same length. The bare server, measured in this
 * same run, is the baseline: it reads the body and answers 201 with a JSON body as large
 * as the mock's. A third server answers that fixed JSON through msw's `getResponse` with
 * one trivial handler: the ceiling of any server that runs MSW handlers, printed so the
 * mock's own share of the cost can be read off.
 *
 *   pnpm --filter @pacspace/mocks bench -- server
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { format, goal } from "./support/report.js";

const CLIENTS = 16;
const WARMUP_MS = 1_000;
/** Both servers run side by side; their windows alternate, so load on the machine hits both alike. */
const WINDOW_MS = 1_000;
const ROUNDS = 3;
const GOAL = 0.5;

interface Target {
  child: ChildProcess;
  port: number;
  apiKey: string;
}

async function startTarget(kind: "mock" | "bare" | "msw", bodyBytes = 0): Promise<Target> {
  const tsx = createRequire(import.meta.url).resolve("tsx/cli");
  const script = fileURLToPath(new URL("./support/server-target.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    [tsx, "--conditions=@pacspace/source", script, kind, String(bodyBytes)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
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

async function stopTarget(target: Target): Promise<void> {
  const exited = new Promise((resolve) => target.child.on("exit", resolve));
  target.child.kill("SIGTERM");
  await exited;
}

interface Window {
  done: number;
  errors: number;
  ms: number;
  bytes: number;
}

/** CLIENTS loops, each sending one emit after another on its keep-alive connection. */
async function load(target: Target, ms: number): Promise<Window> {
  const url = `http://127.0.0.1:${target.port}/api/v1/balance/delta`;
  const headers = { "X-Api-Key": target.apiKey, "Content-Type": "application/json" };
  const started = performance.now();
  const deadline = started + ms;
  const window: Window = { done: 0, errors: 0, ms: 0, bytes: 0 };
  let n = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const body = JSON.stringify({ customerId: `cust_${n % 100}`, delta: 0.25, reason: `usage ${n++}` });
        const response = await fetch(url, { method: "POST", headers, body });
        const text = await response.text();
        if (response.status === 201) {
          window.done++;
          window.bytes = text.length;
        } else window.errors++;
      }
    }),
  );
  window.ms = performance.now() - started;
  return window;
}

const mock = await startTarget("mock");
let bare: Target | null = null;
let msw: Target | null = null;
try {
  const warm = await load(mock, WARMUP_MS);
  if (warm.errors > 0) throw new Error(`${warm.errors} emits to the mock failed`);
  bare = await startTarget("bare", warm.bytes);
  msw = await startTarget("msw", warm.bytes);
  await load(bare, WARMUP_MS);
  await load(msw, WARMUP_MS);
  const totals = {
    mock: { done: 0, ms: 0, errors: 0 },
    bare: { done: 0, ms: 0, errors: 0 },
    msw: { done: 0, ms: 0, errors: 0 },
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, target] of [
      ["bare", bare],
      ["msw", msw],
      ["mock", mock],
    ] as const) {
      const window = await load(target, WINDOW_MS);
      totals[name].done += window.done;
      totals[name].ms += window.ms;
      totals[name].errors += window.errors;
    }
  }
  if (totals.mock.errors + totals.bare.errors + totals.msw.errors > 0)
    throw new Error("some requests failed");
  const rps = (name: "mock" | "bare" | "msw") => (totals[name].done * 1000) / totals[name].ms;
  const ratio = rps("mock") / rps("bare");
  console.log(
    `POST /api/v1/balance/delta over loopback, ${CLIENTS} keep-alive fetch clients, ${ROUNDS} alternating ${WINDOW_MS / 1000} s windows per server`,
  );
  console.log(`${"server".padEnd(46)}${"req/s".padStart(10)}${"ratio".padStart(8)}`);
  console.log(
    `${`bare node:http, fixed ${warm.bytes}-byte JSON (baseline)`.padEnd(46)}${format(rps("bare")).padStart(10)}${"1.00".padStart(8)}`,
  );
  console.log(
    `${"msw getResponse, one trivial handler (ceiling)".padEnd(46)}${format(rps("msw")).padStart(10)}${(rps("msw") / rps("bare")).toFixed(2).padStart(8)}`,
  );
  console.log(
    `${"startMockServer (delay:250 verification)".padEnd(46)}${format(rps("mock")).padStart(10)}${ratio.toFixed(2).padStart(8)}`,
  );
  console.log("");
  goal(ratio >= GOAL, `server emit at ${ratio.toFixed(2)}× a bare node:http server (goal ≥ ${GOAL}×)`);
} finally {
  await stopTarget(mock);
  if (bare) await stopTarget(bare);
  if (msw) await stopTarget(msw);
}
