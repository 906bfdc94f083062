// Prints the one-line test summary CI reads, from vitest's JSON report plus any further
// reports of the form { passed, failed } (the consumer suite: one count per matrix line).
// A test file that fails before any test runs (e.g. an import error) counts as one failure;
// a further report that is missing or unreadable counts as one failure.
import { readFileSync } from "node:fs";

const [reportPath, ...extraPaths] = process.argv.slice(2);
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
let passed = report.numPassedTests;
let failed = report.numFailedTests + brokenFiles;
for (const extraPath of extraPaths) {
  try {
    const extra = JSON.parse(readFileSync(extraPath, "utf8"));
    if (!Number.isInteger(extra.passed) || !Number.isInteger(extra.failed)) throw new Error("no counts");
    passed += extra.passed;
    failed += extra.failed;
  } catch (error) {
    console.error(`no readable report at ${extraPath}: ${error.message}`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
