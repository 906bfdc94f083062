/**
 * `pnpm bench` (in mocks/): every benchmark of @pacspace/mocks in sequence, each in its own
 * process (so one's heap does not weigh on the next), each printing its numbers, the ratio
 * against a baseline measured in the same run and a PASS/FAIL line against its goal (INFO where there is none).
 * `pnpm bench -- memory server` runs only the named ones; `--strict` exits 1 when a goal is
 * missed (by default a miss is reported, so `pnpm -r run bench` still runs every package).
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const BENCHES = {
  derive: "derive.bench.ts",
  memory: "memory.bench.ts",
  emit: "emit.bench.ts",
  server: "server.bench.ts",
  state: "state.bench.ts",
  load: "load.bench.ts",
} as const;
type Name = keyof typeof BENCHES;

const args = process.argv.slice(2).filter((arg) => arg !== "--");
const strict = args.includes("--strict");
const selected = args.filter((arg) => arg !== "--strict");
const unknown = selected.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  console.error(`Unknown bench: ${unknown.join(", ")}. Known: ${Object.keys(BENCHES).join(", ")}`);
  process.exit(2);
}
const names = (selected.length > 0 ? selected : Object.keys(BENCHES)) as Name[];
const tsx = createRequire(import.meta.url).resolve("tsx/cli");

function runBench(name: Name): Promise<{ lines: string[]; code: number | null }> {
  const file = fileURLToPath(new URL(BENCHES[name], import.meta.url));
  const child = spawn(process.execPath, [tsx, "--conditions=@pacspace/source", file], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  let pending = "";
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    pending += chunk.toString();
    const parts = pending.split("\n");
    pending = parts.pop() ?? "";
    lines.push(...parts);
  });
  return new Promise((resolve) => {
    child.on("close", (code) => resolve({ lines: pending ? [...lines, pending] : lines, code }));
  });
}

const started = performance.now();
console.log(`@pacspace/mocks benchmarks — Node ${process.version}, ${process.platform}/${process.arch}`);
const goals: string[] = [];
const crashed: string[] = [];
for (const name of names) {
  console.log(`\n── ${name} ${"─".repeat(60 - name.length)}`);
  const benchStarted = performance.now();
  const { lines, code } = await runBench(name);
  const results = lines.filter((line) => /^(PASS|FAIL|INFO):/.test(line));
  if (code !== 0 || results.length === 0) crashed.push(`${name} (exit ${code})`);
  goals.push(...results.map((line) => `${line.slice(0, 4)}  ${name}: ${line.slice(6)}`));
  console.log(`(${name}: ${((performance.now() - benchStarted) / 1000).toFixed(1)} s)`);
}

const failed = goals.filter((line) => line.startsWith("FAIL"));
const checked = goals.filter((line) => !line.startsWith("INFO"));
console.log(
  `\n${checked.length - failed.length}/${checked.length} goals met in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
for (const line of goals) console.log(`  ${line}`);
for (const name of crashed) console.log(`  ERROR ${name}: no result`);
if (crashed.length > 0 || (strict && failed.length > 0)) process.exitCode = 1;
