import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type MockServer, startMockServer } from "@pacspace/mocks/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runQuickstart } from "../src/quickstart.js";
import { runRecordsWalkthrough } from "../src/records.js";

describe("quickstart against the mock over real HTTP", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, verification: "delay:20" });
  });
  afterAll(() => server.close());

  it("derives exactly, tells matching and diverging books apart, and every proof checks out", async () => {
    const lines: string[] = [];
    const result = await runQuickstart({
      baseUrl: server.url,
      apiKey: server.pacspace.apiKey,
      print: (line) => lines.push(line),
    });

    expect(result).toMatchObject({
      neutralBalance: 299.6,
      matchingOutcome: "both_match",
      divergingOutcome: "yours_matches",
      deltaCount: 4,
      localProofValid: true,
      publicProofVerified: true,
    });
    const transcript = lines.join("\n");
    expect(transcript).toContain("replayed: true, no new deltas");
    expect(transcript).toMatch(
      /Globex's books last agreed at #2 \(rec_\w+\); 2 later deltas totalling -80\.3/,
    );
    expect(transcript).toContain("same check with the first delta altered: INVALID");
    // The replayed batch really added nothing: one top-up and three charges.
    const [tenant] = server.pacspace.inspect().tenants;
    const deltas = tenant?.environments.sandbox.deltas.filter((d) => d.customerId === "cust_globex");
    expect(deltas).toHaveLength(4);
  });
});

describe("records walkthrough against the mock over real HTTP", () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ port: 0, verification: "delay:20" });
  });
  afterAll(() => server.close());

  it("records and amends an agent action, and the check passes only for the committed bytes", async () => {
    const lines: string[] = [];
    const result = await runRecordsWalkthrough({
      baseUrl: server.url,
      apiKey: server.pacspace.apiKey,
      print: (line) => lines.push(line),
    });
    expect(result).toEqual({ entries: 2, historyValid: true, alteredReportValid: false });
    expect(lines.join("\n")).toContain("The bytes given for entry 1 do not match its committed payloads.");
  });
});

describe("pnpm demo", () => {
  it("starts its own mock, runs the quickstart and exits 0", async () => {
    const run = promisify(execFile);
    const cwd = fileURLToPath(new URL("..", import.meta.url));
    const { stdout } = await run("pnpm", ["run", "--silent", "demo"], { cwd, timeout: 60_000 });
    expect(stdout).toMatch(/PacSpace mock listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(stdout).toContain("Done: every proof checked out.");
  }, 60_000);
});
