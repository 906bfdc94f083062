import { defineConfig } from "tsup";

const entry = {
  index: "src/index.ts",
  server: "src/server.ts",
  testing: "src/testing/index.ts",
  "testing-node": "src/testing/node.ts",
  "testing-browser": "src/testing/browser.ts",
};

// ESM for every entry, and CommonJS for Jest's default mode and other require() users (with
// msw 2; msw 3 is ESM only). The CLI keeps the hashbang of src/cli.ts, so dist/cli.js runs as
// the `pacspace-mock` bin; its CommonJS twin is left out of the package.
// msw (the user's copy, a peer dependency), vitest and the SDK stay external. openapi-msw and
// @noble/hashes ship ESM only: bundling them lets the CommonJS build load under Jest's own
// CommonJS loader, which has no require(esm). Both are devDependencies for that reason.
export default defineConfig({
  entry: { ...entry, cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  // openapi-msw's declarations are copied in after the build (scripts/inline-openapi-msw-types.mjs).
  dts: { entry },
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
  noExternal: ["openapi-msw", /^@noble\/hashes/],
});
