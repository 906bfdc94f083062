import { defineProject } from "vitest/config";

export default defineProject({
  test: { name: "spec-tools", environment: "node", include: ["test/**/*.test.ts"] },
});
