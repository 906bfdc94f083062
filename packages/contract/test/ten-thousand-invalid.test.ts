import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatText } from "../src/report.js";
import type { ContractReport } from "../src/results.js";
import { runContract } from "../src/runner.js";
import { loadSpec } from "../src/spec.js";
import { unexpectedFailures } from "./support/known-deviations.js";
import { servedOperationIds } from "./support/routes.js";
import { type ServedMock, startServedMock } from "./support/served-mock.js";

/**
 * At least 10,000 generated requests that must be rejected (every constraint of every
 * operation broken in turn, round after round, plus unknown ids, bad credentials and
 * unknown routes), sent over real HTTP to `pacspace-mock serve` running as its own
 * process: no 5xx, every rejection a declared 4xx with a conforming error body, and the
 * ledger digest unchanged across all of them.
 */

const INVALID_PER_OPERATION = 600;

let mock: ServedMock;
let report: ContractReport;
/** Every digest the probe read; the last two bracket the rejected requests. */
const digests: string[] = [];

beforeAll(async () => {
  mock = await startServedMock();
  report = await runContract({
    baseUrl: mock.url,
    apiKey: mock.apiKey,
    seed: 10_000,
    runTag: "tenk",
    // The middleware routes answer only billing-middleware tenants (mock.test.ts runs them with one).
    only: servedOperationIds(loadSpec()).filter(
      (operationId) =>
        !loadSpec()
          .operations.find((operation) => operation.operationId === operationId)
          ?.path.startsWith("/api/v1/middleware/"),
    ),
    checks: ["chain", "invalid", "unknown-id", "auth", "routing"],
    invalidPerOp: INVALID_PER_OPERATION,
    concurrency: 16,
    probeSettleMs: 100,
    stateProbe: async () => {
      const digest = await mock.snapshot();
      digests.push(digest);
      return digest;
    },
  });
  console.info(
    `[10k invalid] ${report.rejectionRequests} requests meant to be rejected (${report.requests} in all), ` +
      `${report.serverErrors} × 5xx, ${(report.durationMs / 1000).toFixed(1)} s`,
  );
}, 120_000);

afterAll(async () => {
  await mock?.close();
});

describe("10,000 generated invalid requests against the mock", () => {
  it("sends at least 10,000 of them", () => {
    expect(report.rejectionRequests).toBeGreaterThanOrEqual(10_000);
  });

  it("never gets a 5xx", () => {
    expect(report.serverErrors).toBe(0);
  });

  it("gets a declared 4xx with a conforming error body for every one", () => {
    expect(unexpectedFailures(report), formatText(report)).toEqual([]);
  });

  it("leaves the ledger unchanged (same snapshot digest before and after)", () => {
    expect(digests.length).toBeGreaterThanOrEqual(3);
    expect(digests.at(-1)).toBe(digests.at(-2));
    const probe = report.operations.find((summary) => summary.operationId === "(state)");
    expect(probe?.passed).toBe(1);
  });
});
