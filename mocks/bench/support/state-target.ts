/**
 * The server of the durable-state benchmark, in its own process: `startMockServer` as
 * `pacspace-mock serve` runs it (delay:250 verification, system clock), in memory only or,
 * with a directory argument, with `--state` there (compacting as the server does by
 * default, or every `<n>` records with a second argument). Prints `READY <port> <apiKey>`, and `COMPACTION <ms>` after each compaction: how
 * long writes waited behind it.
 */
import { startMockServer } from "../../src/server.js";

const state = process.argv[2];
/** Journal records between snapshots (default: the server's). */
const every = process.argv[3] ? Number(process.argv[3]) : undefined;
let compactionStarted = 0;
function timeCompaction(step: string) {
  if (step === "started") compactionStarted = performance.now();
  if (step === "journal-renamed")
    console.log(`COMPACTION ${(performance.now() - compactionStarted).toFixed(1)}`);
}
const server = await startMockServer({
  port: 0,
  verification: "delay:250",
  seed: "bench",
  ...(state ? { state, stateCompaction: { onStep: timeCompaction, ...(every ? { every } : {}) } } : {}),
});
console.log(`READY ${server.port} ${server.pacspace.apiKey}`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
