// Bundles the Worker the way Wrangler would: one ES module, the packages inlined.
import { build } from "esbuild";

await build({
  entryPoints: ["worker.mjs"],
  bundle: true,
  format: "esm",
  platform: "neutral",
  mainFields: ["module", "main"],
  conditions: ["workerd", "worker", "browser", "import"],
  external: ["node:*"],
  outfile: "out/worker.js",
});
