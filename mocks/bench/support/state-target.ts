/**
 * The server of the durable-state benchmark, in its own process: `startMockServer` as
 * `pacspace-mock serve` runs it (delay:250 verification, system clock), in memory only or,
 * with a directory argument, with `--state` there. Prints `READY <port> <apiKey>`.
 */
import { startMockServer } from "../../src/server.js";

const state = process.argv[2];
const server = await startMockServer({
  port: 0,
  verification: "delay:250",
  seed: "bench",
  ...(state ? { state } : {}),
});
console.log(`READY ${server.port} ${server.pacspace.apiKey}`);
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
