/**
 * A timed write load against the built HTTP server (`pnpm --filter @pacspace/mocks build`
 * first): autocannon in its own process sends emits with an Idempotency-Key each (as the SDK
 * does) on 16 keep-alive connections at full speed, while the server, in another process,
 * reports its RSS every second. After a 5-s warm-up, prints RSS over time, RSS growth and
 * heap kept per write (after a full GC), against two goals: ≤ 500 B kept per write, and under 2 GB RSS after
 * 10 minutes of load.
 *
 * The default run lasts 60 s and only projects the 10-minute RSS (INFO). The real one:
 *
 *   PACSPACE_LOAD_SECONDS=600 pnpm --filter @pacspace/mocks bench -- load
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { LoadRequest, LoadResult } from "./support/load.js";
import { format, goal } from "./support/report.js";

const FULL_SECONDS = 600;
const SECONDS = Number(process.env.PACSPACE_LOAD_SECONDS ?? 60);
const WARM_UP_SECONDS = 5;
const RSS_GOAL_BYTES = 2e9;
const PER_WRITE_GOAL_BYTES = 500;
const MB = 1e6;
const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx/cli");
/** The server runs under node itself (tsx as a loader, not its CLI), talking over its stdin/stdout. */
const tsxLoader = pathToFileURL(require.resolve("tsx/esm")).href;

/** Lines the server prints, and a way to wait for the next one of a kind. */
function watch(child: ChildProcess) {
  const lines: string[] = [];
  const waiting: Array<{ prefix: string; resolve: (line: string) => void }> = [];
  let pending = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    pending += chunk.toString();
    const parts = pending.split("\n");
    pending = parts.pop() ?? "";
    for (const line of parts) {
      lines.push(line);
      const index = waiting.findIndex((wait) => line.startsWith(wait.prefix));
      if (index >= 0) waiting.splice(index, 1)[0]?.resolve(line);
    }
  });
  return {
    lines,
    next: (prefix: string) => new Promise<string>((resolve) => waiting.push({ prefix, resolve })),
  };
}

const target = spawn(
  process.execPath,
  ["--import", tsxLoader, fileURLToPath(new URL("support/load-target.ts", import.meta.url))],
  { stdio: ["pipe", "pipe", "inherit"] },
);
target.on("exit", (code) => {
  if (code === 2) process.exit(2);
});
const server = watch(target);
const [, port, apiKey] = (await server.next("READY ")).split(" ");
const heapOf = async () => {
  const line = server.next("HEAP ");
  target.stdin?.write("heap\n");
  return Number((await line).split(" ")[1]);
};
const rssNow = async () => Number((await server.next("MEM ")).split(" ")[2]);

/** `seconds` of emits from a load generator in its own process. */
async function runLoad(seconds: number): Promise<LoadResult> {
  const request: LoadRequest = {
    url: `http://127.0.0.1:${port}/api/v1/balance/delta`,
    method: "POST",
    headers: { "X-Api-Key": apiKey as string, "Content-Type": "application/json" },
    emit: true,
    connections: 16,
    durationSeconds: seconds,
  };
  const load = spawn(
    process.execPath,
    [tsx, fileURLToPath(new URL("support/load.ts", import.meta.url)), JSON.stringify(request)],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let output = "";
  load.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise((resolve) => load.on("close", resolve));
  return JSON.parse(output.trim().split("\n").at(-1) as string) as LoadResult;
}

// a warm-up first, as in the memory bench: what the first requests compile and cache is no per-write cost
const rssAtStart = await rssNow();
const warmUp = await runLoad(WARM_UP_SECONDS);
const heapBefore = await heapOf();
const rssBefore = await rssNow();
console.log(
  `warm-up: ${format(warmUp.ok)} writes in ${WARM_UP_SECONDS} s; RSS ${format(rssAtStart / MB)} MB at start, ${format(rssBefore / MB)} MB after`,
);
console.log(`${SECONDS} s of emits with an Idempotency-Key each, 16 connections, against dist/server.js`);
const samples: Array<{ second: number; rss: number }> = [];
const loadStart = server.lines.length;
const every = Math.max(1, Math.round(SECONDS / 10));
const progress = setInterval(() => {
  const mem = server.lines.slice(loadStart).filter((line) => line.startsWith("MEM "));
  const rss = Number(mem.at(-1)?.split(" ")[2] ?? rssBefore);
  samples.push({ second: samples.length * every + every, rss });
  console.log(`  t=${String(samples.length * every).padStart(4)} s  RSS ${format(rss / MB)} MB`);
}, every * 1000);
const result = await runLoad(SECONDS);
clearInterval(progress);
const rssAfter = await rssNow();
const peak = Math.max(
  rssAfter,
  ...server.lines.filter((line) => line.startsWith("MEM ")).map((line) => Number(line.split(" ")[2])),
);
const heapAfter = await heapOf();
target.stdin?.write("stop\n");

const writes = result.ok;
const rssPerWrite = (rssAfter - rssBefore) / writes;
const heapPerWrite = (heapAfter - heapBefore) / writes;
console.log(
  `writes:  ${format(writes)} answered 201 (${format(result.failed)} failed), ${format(result.requestsPerSecond)} per second`,
);
console.log(
  `RSS:     ${format(rssBefore / MB)} → ${format(rssAfter / MB)} MB (peak ${format(peak / MB)} MB), ` +
    `${format(rssPerWrite)} B per write`,
);
console.log(`kept:    ${format(heapPerWrite)} B per write (V8 heap + array buffers, after a full GC)`);
console.log("");
goal(
  writes > 0 && result.failed === 0 && heapPerWrite <= PER_WRITE_GOAL_BYTES,
  `HTTP emit + Idempotency-Key: ${format(heapPerWrite)} B kept per write over ${format(writes)} writes (goal ≤ ${PER_WRITE_GOAL_BYTES} B)`,
);
if (SECONDS >= FULL_SECONDS) {
  goal(
    peak < RSS_GOAL_BYTES,
    `RSS after ${format(SECONDS / 60, 1)} minutes of write load: peak ${format(peak / MB)} MB (goal < ${format(RSS_GOAL_BYTES / MB)} MB)`,
  );
} else {
  const projected = rssBefore + ((rssAfter - rssBefore) / SECONDS) * FULL_SECONDS;
  console.log(
    `INFO: projected RSS after 10 minutes at this rate: ${format(projected / MB)} MB (goal < ${format(RSS_GOAL_BYTES / MB)} MB); ` +
      `a ${SECONDS}-s run is no 10-minute run: PACSPACE_LOAD_SECONDS=${FULL_SECONDS} runs the real one`,
  );
}
