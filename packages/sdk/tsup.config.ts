import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    proofs: "src/proofs.ts",
    core: "src/core/index.ts",
    webhooks: "src/webhooks/index.ts",
  },
  format: ["esm", "cjs"],
  // The generated request and webhook schemas (with zod) are loaded with `import()` on first use.
  // tsup splits ESM output by default (`splitting` unset means true for esm, false for cjs): they
  // become chunks of their own, out of the entries. Left unset on purpose, since `true` would also
  // turn on tsup's experimental CommonJS splitting; the CommonJS files keep the modules inline,
  // evaluated on first use.
  dts: true,
  sourcemap: true,
  clean: true,
  target: "node20",
  // Both ship ESM only; bundling them gives the CommonJS build real functions instead of
  // namespace objects from require(esm), and spares CommonJS users that interop entirely.
  noExternal: ["openapi-fetch", "ky"],
});
