import { bytesPerDelta, WRITE_PATHS } from "./bench/support/write-paths.js";
for (const p of WRITE_PATHS) console.log(p, (await bytesPerDelta(p, 100_000)).toFixed(0));
