import { bytesPerDelta, WRITE_PATHS, type WritePath } from "./write-paths.js";

/**
 * Measures one write path in a process of its own and prints `{"bytes": …}`: in the
 * process that had just built 10^6 deltas and measured other paths, whatever those left to
 * be freed could land between one path's two heap readings (a run once printed −11 B).
 *
 *   tsx write-path-target.ts "<write path>" <count>
 */
const [path, count] = process.argv.slice(2);
if (!WRITE_PATHS.includes(path as WritePath) || !(Number(count) > 0)) {
  console.error(`usage: write-path-target.ts <${WRITE_PATHS.join(" | ")}> <count>`);
  process.exit(2);
}
console.log(JSON.stringify({ bytes: await bytesPerDelta(path as WritePath, Number(count)) }));
