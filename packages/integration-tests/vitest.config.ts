import { defineProject } from "vitest/config";
import { resolveWorkspaceSources } from "../../vitest.shared.js";

export default defineProject({
  ...resolveWorkspaceSources,
  test: {
    name: "integration",
    environment: "node",
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
