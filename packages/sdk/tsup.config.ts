import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", proofs: "src/proofs.ts", core: "src/core/index.ts" },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
});
