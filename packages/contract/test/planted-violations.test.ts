import { afterEach, describe, expect, it } from "vitest";
import { formatJson, formatJunit, formatText } from "../src/report.js";
import type { ContractReport } from "../src/results.js";
import { runContract } from "../src/runner.js";
import { startTinyServer, TINY_OPERATIONS, type TinyFaults, type TinyServer } from "./support/tiny-server.js";

/**
 * The kit against a tiny server that honours the contract for four operations, then
 * against variants of it that each break the contract in one planted way.
 */

let server: TinyServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function check(faults: TinyFaults = {}): Promise<ContractReport> {
  server = await startTinyServer(faults);
  return runContract({
    baseUrl: server.url,
    apiKey: server.apiKey,
    only: TINY_OPERATIONS,
    checks: ["valid", "invalid", "unknown-id", "auth", "routing"],
    seed: 11,
    runTag: "planted",
  });
}

function failuresOf(report: ContractReport, operationId: string): string[] {
  const summary = report.operations.find((candidate) => candidate.operationId === operationId);
  return (summary?.results ?? [])
    .filter((result) => result.outcome === "failed")
    .map((result) => `[${result.category}] ${result.name}: ${result.messages.join("; ")}`);
}

function failingOperations(report: ContractReport): string[] {
  return report.operations.filter((summary) => summary.failed > 0).map((summary) => summary.operationId);
}

describe("planted violations", () => {
  it("passes a server that honours the contract", async () => {
    const report = await check();
    expect(formatText(report)).toContain("PASS");
    expect(report.ok).toBe(true);
    expect(report.totals.failed).toBe(0);
    expect(report.serverErrors).toBe(0);
    // Every kind of check ran.
    const categories = new Set(
      report.operations.flatMap((summary) => summary.results.map((result) => result.category)),
    );
    expect([...categories].sort()).toEqual(["auth", "invalid", "routing", "valid"]);
  });

  it("reports a wrong type in a response body, naming the operation", async () => {
    const report = await check({ wrongTypeIn: "getLimits" });
    expect(report.ok).toBe(false);
    expect(failingOperations(report)).toEqual(["getLimits"]);
    expect(failuresOf(report, "getLimits")[0]).toMatch(
      /^\[valid\] valid #1: body \/data\/maxBatchSize must be integer/,
    );
  });

  it("reports a 500", async () => {
    const report = await check({ serverErrorIn: "getUsage" });
    expect(failingOperations(report)).toEqual(["getUsage"]);
    expect(report.serverErrors).toBeGreaterThan(0);
    expect(failuresOf(report, "getUsage")[0]).toContain("server error: 500 INTERNAL_ERROR");
  });

  it("reports a missing X-Request-Id header", async () => {
    const report = await check({ missingRequestIdIn: "getCustomersSummary" });
    expect(failingOperations(report)).toEqual(["getCustomersSummary"]);
    expect(
      failuresOf(report, "getCustomersSummary").every((line) => line.includes("missing header X-Request-Id")),
    ).toBe(true);
  });

  it("reports an invalid body that was accepted (no `reason`)", async () => {
    const report = await check({ acceptInvalidIn: "emitDelta" });
    expect(failingOperations(report)).toEqual(["emitDelta"]);
    expect(failuresOf(report, "emitDelta")).toContain(
      "[invalid] body /reason: missing required property: expected a 4xx rejection, got 201",
    );
  });

  it("writes the failure into every report format", async () => {
    const report = await check({ wrongTypeIn: "emitDelta" });
    expect(formatText(report)).toMatch(/✗ emitDelta .*\n.*body \/data\/sequenceNumber must be integer/);
    const json = JSON.parse(formatJson(report)) as ContractReport;
    expect(json.ok).toBe(false);
    expect(json.operations.find((summary) => summary.operationId === "emitDelta")?.failed).toBeGreaterThan(0);
    const junit = formatJunit(report);
    expect(junit).toMatch(/<testsuite name="emitDelta" tests="\d+" failures="[1-9]\d*"/);
    expect(junit).toContain("<failure message=");
  });
});
