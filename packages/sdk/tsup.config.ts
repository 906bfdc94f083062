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
  // Whitespace and syntax minified, names left as written: stack traces, `constructor.name` and a
  // debugger read the SDK's own names (no source maps are shipped), and a user's bundler still
  // drops what the app does not use (`keepNames` would pin every function in place).
  esbuildOptions(options) {
    options.minifyWhitespace = true;
    options.minifySyntax = true;
  },
};

// `pnpm run build` empties dist/ first (the two builds run side by side, so neither cleans).
export default defineConfig([
  {
    ...shared,
    format: ["esm"],
    // The generated request schemas (with their checker) and webhook schemas (with zod) are
    // loaded with `import()` on first use: tsup splits ESM output by default, so they become chunks of their own, out of the
    // entries. ky and @noble/hashes ship ESM only and are bundled (devDependencies); openapi-fetch
    // and zod are dependencies, shared with the user's copies.
    noExternal: ["ky", /^@noble\/hashes/],
  },
  {
    ...shared,
    format: ["cjs"],
    // Split like the ESM build: the code the entries share is one chunk each, and the lazily
    // loaded modules are `require`d on first use (Jest's own CommonJS loader has no require(esm)).
    // openapi-fetch's CommonJS build has only a default export, which esbuild's Node interop reads
    // as the whole module: it is bundled here, with ky and @noble/hashes (ESM only).
    noExternal: ["openapi-fetch", "ky", /^@noble\/hashes/],
    splitting: true,
    // tsup turns split ESM into CommonJS after esbuild has run, which breaks on minified code:
    // scripts/minify-commonjs.mjs minifies these files once they are written.
    esbuildOptions() {},
    // One set of declarations: .d.cts, which scripts/share-declarations.mjs re-exports as .d.ts.
    dts: true,
  },
]);
