// Prints the one-line test summary CI reads, from vitest's JSON report.
// A test file that fails before any test runs (e.g. an import error) counts as one failure.
import { readFileSync } from "node:fs";

const reportPath = process.argv[2];
let report;
try {
  report = JSON.parse(readFileSync(reportPath, "utf8"));
} catch (error) {
  console.error(`no readable test report at ${reportPath}: ${error.message}`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const brokenFiles = report.testResults.filter(
  (file) => file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
).length;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`);
