import { startMockServer } from "@pacspace/mocks/server";
import { runQuickstart } from "./quickstart.js";
import { runRecordsWalkthrough } from "./records.js";

/**
 * `pnpm demo`: starts the stateful PacSpace mock on a free local port and runs the
 * quickstart against it over real HTTP, printing what each call did.
 */
const server = await startMockServer({ port: 0, verification: "delay:100" });
console.log(`PacSpace mock listening on ${server.url} (sandbox key ${server.pacspace.apiKey})`);
try {
  const result = await runQuickstart({
    baseUrl: server.url,
    apiKey: server.pacspace.apiKey,
    print: console.log,
  });
  const records = await runRecordsWalkthrough({
    baseUrl: server.url,
    apiKey: server.pacspace.apiKey,
    print: console.log,
  });
  const ok =
    result.localProofValid &&
    result.publicProofVerified &&
    records.historyValid &&
    !records.alteredReportValid;
  console.log(`\n${ok ? "Done: every proof checked out." : "Done, but a proof check failed."}`);
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error("\nThe quickstart failed:", error);
  process.exitCode = 1;
} finally {
  await server.close();
}
