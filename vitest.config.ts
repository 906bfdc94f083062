import { defineConfig } from "vitest/config";

// CI sets PACSPACE_TEST_REPORT to a path to also get vitest's JSON report there.
const jsonReport = process.env.PACSPACE_TEST_REPORT;

export default defineConfig({
  test: {
    projects: ["packages/*", "mocks", "examples/*"],
    reporters: jsonReport ? ["default", "json"] : ["default"],
    ...(jsonReport ? { outputFile: { json: jsonReport } } : {}),
  },
});
