import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli, USAGE } from "../src/server/cli.js";

function capture() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (text: string) => {
        out.stdout += text;
      },
      stderr: (text: string) => {
        out.stderr += text;
      },
    },
  };
}

async function waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("pacspace-mock CLI", () => {
  it("prints help and exits 0", async () => {
    const { out, io } = capture();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(out.stdout).toBe(USAGE);
  });

  it.each([
    [[], "missing command: serve"],
    [["start"], "unknown command: start"],
    [["serve", "--colour"], "Unknown option '--colour'"],
    [["serve", "--port", "99999"], "--port must be an integer between 0 and 65535"],
    [["serve", "--port", "80a"], "--port must be an integer"],
    [["serve", "--verification", "sometimes"], "--verification must be immediate, manual or delay:<ms>"],
    [["serve", "--api-key", "pk_live_abc.def"], "--api-key must be a sandbox key"],
    [["serve", "--seed", "/nonexistent/seed.json"], "cannot read --seed /nonexistent/seed.json: ENOENT"],
    [["serve", "extra"], "unexpected argument: extra"],
  ])("exits 2 with a clear message for %j", async (argv, message) => {
    const { out, io } = capture();
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).toContain("Usage: pacspace-mock serve");
  });

  it("exits 2 for a seed file that is not valid JSON or not a scenario", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pacspace-cli-"));
    writeFileSync(join(dir, "broken.json"), "{");
    writeFileSync(join(dir, "wrong.json"), JSON.stringify({ tenants: 3 }));
    for (const [file, message] of [
      ["broken.json", "is not valid JSON"],
      ["wrong.json", "tenants must be an array"],
    ] as const) {
      const { out, io } = capture();
      expect(await runCli(["serve", "--seed", join(dir, file)], io)).toBe(2);
      expect(out.stderr).toContain(message);
    }
  });

  it("serves in-process with a seed file and a fixed key, and stops cleanly on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pacspace-cli-"));
    const seedFile = join(dir, "seed.json");
    writeFileSync(
      seedFile,
      JSON.stringify({ tenants: [{ deltas: [{ customerId: "cust_seed", delta: 42, reason: "opening" }] }] }),
    );
    const { out, io } = capture();
    const signals = new EventEmitter();
    const apiKey = "pk_test_clidemo.secret";
    const exit = runCli(
      ["serve", "--port", "0", "--seed", seedFile, "--api-key", apiKey, "--verification", "manual"],
      io,
      signals,
    );
    await waitFor(() => out.stdout.includes("Ctrl+C"));
    const url = /listening on (http:\/\/\S+)/.exec(out.stdout)?.[1];
    expect(out.stdout).toContain(`: ${apiKey}`);
    const limits = await fetch(`${url}/api/v1/balance/limits`, { headers: { "X-Api-Key": apiKey } });
    expect(limits.status).toBe(200);
    signals.emit("SIGTERM");
    expect(await exit).toBe(0);
    expect(out.stdout).toContain("PacSpace mock stopped");
  });

  it("runs as a real process: prints its URL and key, answers derive, exits 0 on SIGINT", async () => {
    const tsx = createRequire(import.meta.url).resolve("tsx/cli");
    const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
    const child = spawn(
      process.execPath,
      [tsx, "--conditions=@pacspace/source", cli, "serve", "--port", "0", "--verification", "immediate"],
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await waitFor(() => stdout.includes("Ctrl+C") || child.exitCode !== null, 15_000);
      expect(stderr).toBe("");
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      const apiKey = /(pk_test_\S+)/.exec(stdout)?.[1] as string;
      const headers = { "X-Api-Key": apiKey, "Content-Type": "application/json" };
      const created = await fetch(`${url}/api/v1/balance/delta`, {
        method: "POST",
        headers,
        body: JSON.stringify({ customerId: "cust_cli", delta: 3, reason: "r" }),
      });
      expect(created.status).toBe(201);
      const derived = await fetch(`${url}/api/v1/balance/derive/cust_cli`, { headers });
      expect((await derived.json()).data.computedBalance).toBe(3);
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain("PacSpace mock stopped");
  }, 30_000);
});
