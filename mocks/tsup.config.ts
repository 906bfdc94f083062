import { defineConfig } from "tsup";

// ESM only (msw 3 is ESM-only too). The CLI keeps the hashbang of src/cli.ts, so
// dist/cli.js runs as the `pacspace-mock` bin. Dependencies (including @pacspace/sdk)
// stay external; the generated request schemas are relative files and get bundled.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    server: "src/server.ts",
    cli: "src/cli.ts",
    testing: "src/testing/index.ts",
    "testing-node": "src/testing/node.ts",
    "testing-browser": "src/testing/browser.ts",
  },
  format: ["esm"],
  dts: {
    entry: {
      index: "src/index.ts",
      server: "src/server.ts",
      testing: "src/testing/index.ts",
      "testing-node": "src/testing/node.ts",
      "testing-browser": "src/testing/browser.ts",
    },
  },
  sourcemap: true,
  clean: true,
  target: "node20",
  platform: "node",
});
