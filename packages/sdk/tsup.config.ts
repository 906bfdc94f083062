import { defineConfig, type Options } from "tsup";

const shared: Options = {
  entry: {
    index: "src/index.ts",
    proofs: "src/proofs.ts",
    core: "src/core/index.ts",
    webhooks: "src/webhooks/index.ts",
  },
  sourcemap: true,
  target: "node20",
};

// `pnpm run build` empties dist/ first (the two builds run side by side, so neither cleans).
export default defineConfig([
  {
    ...shared,
    format: ["esm"],
    // The generated request and webhook schemas (with zod) are loaded with `import()` on first
    // use: tsup splits ESM output by default, so they become chunks of their own, out of the
    // entries. ky and @noble/hashes ship ESM only and are bundled (devDependencies); openapi-fetch
    // and zod are dependencies, shared with the user's copies.
    noExternal: ["ky", /^@noble\/hashes/],
  },
  {
    ...shared,
    format: ["cjs"],
    // The CommonJS files keep the lazily loaded modules inline, evaluated on first use. Jest's own
    // CommonJS loader has no require(esm), and openapi-fetch's CommonJS build has only a default
    // export, which esbuild's Node interop reads as the whole module: all three are bundled here.
    noExternal: ["openapi-fetch", "ky", /^@noble\/hashes/],
    // One set of declarations: .d.cts, which scripts/share-declarations.mjs re-exports as .d.ts.
    dts: true,
  },
]);
