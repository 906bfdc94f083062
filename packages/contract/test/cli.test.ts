import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CLI_OPTIONS } from "../src/cli-usage.js";
import { startTinyServer, TINY_OPERATIONS, type TinyServer } from "./support/tiny-server.js";

const packageDir = join(import.meta.dirname, "..");

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=@pacspace/source", "src/cli.ts", ...args],
      {
        cwd: packageDir,
        env: { ...process.env, NODE_NO_WARNINGS: "1" },
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

let server: TinyServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("pacspace-contract CLI", () => {
  const common = () => [
    "--api-key",
    server?.apiKey ?? "",
    "--base-url",
    server?.url ?? "",
    "--only",
    TINY_OPERATIONS.join(","),
    "--checks",
    "valid,invalid,auth",
    "--seed",
    "3",
  ];

  it("exits 0 and prints the per-operation table when everything conforms", async () => {
    server = await startTinyServer();
    const { code, stdout } = await runCli(common());
    expect(stdout).toMatch(/✓ emitDelta\s+\d+\s+\d+\s+0\s+0/);
    expect(stdout).toContain("PASS");
    expect(code).toBe(0);
  });

  it("exits 1 on a violation and writes a JUnit report", async () => {
    server = await startTinyServer({ serverErrorIn: "getLimits" });
    const out = join(mkdtempSync(join(tmpdir(), "contract-")), "report.xml");
    const { code, stdout } = await runCli([...common(), "--report", "junit", "--out", out]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✗ getLimits/);
    expect(readFileSync(out, "utf8")).toMatch(/<testsuite name="getLimits"[^>]*failures="[1-9]/);
  });

  it("--help names every option it accepts", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    const names = Object.keys(CLI_OPTIONS);
    expect(names).toContain("login-email");
    for (const name of names) expect(stdout, name).toMatch(new RegExp(`--${name}\\b`));
  });

  it("exits 2 when only half of a login is given", async () => {
    const { code, stderr } = await runCli([
      "--base-url",
      "http://127.0.0.1:9",
      "--api-key",
      "pk_test_given.secret",
      "--login-email",
      "owner@example.com",
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain("--login-email and --login-password go together");
  });

  it("exits 2 on a usage error", async () => {
    const { code, stderr } = await runCli(["--base-url", "http://127.0.0.1:9"]);
    expect(code).toBe(2);
    expect(stderr).toContain("--api-key");
  });
});
