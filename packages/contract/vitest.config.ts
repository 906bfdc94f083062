import { defineProject } from "vitest/config";
import { resolveWorkspaceSources } from "../../vitest.shared.js";

export default defineProject({
  ...resolveWorkspaceSources,
  test: {
    name: "contract",
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
