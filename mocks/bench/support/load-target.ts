/**
 * The server the load bench measures, in its own process: the BUILT package's
 * `startMockServer` (dist/server.js, what `pacspace-mock serve` runs: system clock,
 * delay:250 verification). Prints `READY <port> <apiKey>`, then `MEM <ms> <rss>` every
 * second; on a `heap` line on stdin runs a full GC and prints `HEAP <heapUsed + arrayBuffers>`;
 * `stop` closes it.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";

const built = new URL("../../dist/server.js", import.meta.url);
if (!existsSync(fileURLToPath(built))) {
  console.error("load bench: dist/server.js is missing: run `pnpm --filter @pacspace/mocks build` first");
  process.exit(2);
}
const { startMockServer } = (await import(built.href)) as typeof import("../../src/server.js");
v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

const server = await startMockServer({ port: 0, verification: "delay:250", seed: "bench" });
const started = performance.now();
process.stdin.on("data", (command: Buffer) => {
  if (command.toString().startsWith("stop")) {
    void server.close().then(() => process.exit(0));
    return;
  }
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  console.log(`HEAP ${heapUsed + arrayBuffers}`);
});
setInterval(() => {
  console.log(`MEM ${Math.round(performance.now() - started)} ${process.memoryUsage().rss}`);
}, 1000);
console.log(`READY ${server.port} ${server.pacspace.apiKey}`);
