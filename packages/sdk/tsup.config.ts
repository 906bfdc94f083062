import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    proofs: "src/proofs.ts",
    core: "src/core/index.ts",
    webhooks: "src/webhooks/index.ts",
  },
  format: ["esm", "cjs"],
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  // Both ship ESM only; bundling them gives the CommonJS build real functions instead of
  // namespace objects from require(esm), and spares CommonJS users that interop entirely.
  noExternal: ["openapi-fetch", "ky"],
});
