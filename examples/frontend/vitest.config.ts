import { defineProject } from "vitest/config";
import { resolveWorkspaceSources } from "../../vitest.shared.js";

export default defineProject({
  ...resolveWorkspaceSources,
  test: {
    name: "frontend",
    environment: "node",
    include: ["test/**/*.test.ts"],
  },
});
