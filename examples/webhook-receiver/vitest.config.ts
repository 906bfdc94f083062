import { defineProject } from "vitest/config";
import { resolveWorkspaceSources } from "../../vitest.shared.js";

export default defineProject({
  ...resolveWorkspaceSources,
  test: { name: "webhook-receiver", environment: "node" },
});
