import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContractReport } from "../src/results.js";
import { loadSpec } from "../src/spec.js";
import { type DashboardUser, dashboardUser, type RunningMock, startMock } from "./support/mock.js";
import { plainTenantOperationIds } from "./support/routes.js";

/**
 * The CLI run twice in a row against one stateful mock, with the credentials of a real
 * dashboard user: both runs pass (fresh identifiers, no 409 from the first run's records),
 * the checks that end or change a credential run on the run's own key and session, and
 * the given session and key still work afterwards.
 */

const packageDir = join(import.meta.dirname, "..");
const folder = mkdtempSync(join(tmpdir(), "contract-rerun-"));

function runCli(args: string[], out: string): Promise<{ code: number | null; report: ContractReport }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions=@pacspace/source",
        "src/cli.ts",
        ...args,
        "--report",
        "json",
        "--out",
        out,
      ],
      { cwd: packageDir, env: { ...process.env, NODE_NO_WARNINGS: "1" }, stdio: "ignore" },
    );
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, report: JSON.parse(readFileSync(out, "utf8")) as ContractReport }),
    );
  });
}

let mock: RunningMock;
let user: DashboardUser;
const runs: { code: number | null; report: ContractReport }[] = [];

beforeAll(async () => {
  mock = await startMock();
  user = await dashboardUser(mock.url, "rerun@contract.example");
  const args = [
    "--base-url",
    mock.url,
    "--api-key",
    user.apiKey,
    "--bearer-token",
    user.bearerToken,
    "--login-email",
    user.email,
    "--login-password",
    user.password,
    "--seed",
    "14",
    "--only",
    plainTenantOperationIds(loadSpec()).join(","),
  ];
  // Same seed twice: the run tags differ, so the second run meets none of the first run's records.
  for (const index of [1, 2]) runs.push(await runCli(args, join(folder, `run${index}.json`)));
}, 240_000);
afterAll(async () => {
  await mock?.close();
});

const failures = (report: ContractReport) =>
  report.operations
    .flatMap((summary) => summary.results)
    .filter((result) => result.outcome === "failed")
    .map(
      (result) => `${result.operationId} [${result.category}] ${result.name}: ${result.messages.join("; ")}`,
    );

describe("two runs in a row with given credentials", () => {
  it("both pass, with different run tags", () => {
    for (const run of runs) {
      expect(failures(run.report)).toEqual([]);
      expect(run.code).toBe(0);
    }
    expect(runs[0]?.report.runTag).not.toBe(runs[1]?.report.runTag);
  });

  it("each run wrote a record of its own and checked its receipt and history", () => {
    for (const { report } of runs) {
      const passed = report.operations
        .flatMap((summary) => summary.results)
        .filter((result) => result.category === "chain" && result.outcome === "passed")
        .map((result) => result.name);
      expect(passed).toEqual(
        expect.arrayContaining([
          "append the recorded entry",
          "the accepted entry is queued, first in a new record",
          "the receipt is the committed first entry",
          "records.check accepts the history",
        ]),
      );
    }
  });

  it("ran the checks that end or change a credential, on the run's own", () => {
    for (const { report } of runs) {
      const results = report.operations.flatMap((summary) => summary.results);
      for (const operationId of ["logout", "revokeApiKey", "rotateApiKey"]) {
        const ran = results.filter(
          (result) =>
            result.operationId === operationId &&
            (result.category === "valid" || result.category === "invalid"),
        );
        expect(ran.length, operationId).toBeGreaterThan(0);
        expect(
          ran.every((result) => result.outcome === "passed"),
          operationId,
        ).toBe(true);
        expect(
          ran.some((result) => result.category === "valid"),
          operationId,
        ).toBe(true);
      }
    }
  });

  it("left the given session and key working, and ended every credential it made", async () => {
    const me = await fetch(`${mock.url}/dashboard/auth/me`, {
      headers: { authorization: `Bearer ${user.bearerToken}` },
    });
    expect(me.status).toBe(200);
    const limits = await fetch(`${mock.url}/api/v1/balance/limits`, {
      headers: { "x-api-key": user.apiKey },
    });
    expect(limits.status).toBe(200);
    const keys: { name: string; status: string }[] = [];
    for (let page = 1, pages = 1; page <= pages; page++) {
      const listed = await fetch(`${mock.url}/dashboard/api-keys?page=${page}`, {
        headers: { authorization: `Bearer ${user.bearerToken}` },
      });
      const { data } = (await listed.json()) as {
        data: { items: { name: string; status: string }[]; totalPages: number };
      };
      keys.push(...data.items);
      pages = data.totalPages;
    }
    expect(keys.length).toBeGreaterThan(10);
    expect(keys.filter((key) => key.status !== "revoked").map((key) => key.name)).toEqual(["given key"]);
  });
});
