import { defineProject } from "vitest/config";
import { resolveWorkspaceSources } from "../vitest.shared.js";

export default defineProject({
  ...resolveWorkspaceSources,
  test: {
    name: "mocks",
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The local server serves the inspector page from dist/inspector/.
    globalSetup: ["test/support/build-inspector.ts"],
  },
});
