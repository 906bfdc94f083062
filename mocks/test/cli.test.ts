import { spawn } from "node:child_process";
import { EventEmitter } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_CLI_API_KEY, parseServeArgs, runCli, USAGE } from "../src/server/cli.js";

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
    for (const documented of ["--port", "--host", "--verification", "--seed", "--api-key", "--help"]) {
      expect(USAGE).toContain(documented);
    }
    expect(USAGE).toContain("PACSPACE_MOCK_API_KEY");
    expect(USAGE).toContain("pk_test_demo.demo_secret");
  });

  it("takes the state directory from --state, else PACSPACE_MOCK_STATE; without either, memory only", () => {
    const stateOf = (argv: string[], vars: Record<string, string | undefined>) => {
      const options = parseServeArgs(["serve", ...argv], vars);
      return options === "help" ? "help" : options.state;
    };
    expect(stateOf([], {})).toBeUndefined();
    expect(stateOf([], { PACSPACE_MOCK_STATE: "" })).toBeUndefined();
    expect(stateOf([], { PACSPACE_MOCK_STATE: "/tmp/env-state" })).toBe("/tmp/env-state");
    expect(stateOf(["--state", "./flag-state"], { PACSPACE_MOCK_STATE: "/tmp/env-state" })).toBe(
      "./flag-state",
    );
    expect(() => stateOf(["--state", ""], {})).toThrow("--state must not be empty");
    expect(USAGE).toContain("--state <dir>");
    expect(USAGE).toContain("PACSPACE_MOCK_STATE");
  });

  it("takes the default key from --api-key, else PACSPACE_MOCK_API_KEY, else the seed, else the fixed demo key", () => {
    const dir = mkdtempSync(join(tmpdir(), "pacspace-cli-"));
    const seeded = join(dir, "seeded.json");
    writeFileSync(seeded, JSON.stringify({ defaultTenant: { apiKey: "pk_test_seed.s" } }));
    const none = join(dir, "none.json");
    writeFileSync(none, JSON.stringify({ defaultTenant: false }));
    const env = { PACSPACE_MOCK_API_KEY: "pk_test_env.s" };
    const keyOf = (argv: string[], vars: Record<string, string | undefined>) => {
      const options = parseServeArgs(["serve", ...argv], vars);
      return options === "help" ? "help" : options.apiKey;
    };
    expect(DEFAULT_CLI_API_KEY).toBe("pk_test_demo.demo_secret");
    expect(keyOf([], {})).toBe("pk_test_demo.demo_secret");
    expect(keyOf([], { PACSPACE_MOCK_API_KEY: "" })).toBe("pk_test_demo.demo_secret");
    expect(keyOf([], env)).toBe("pk_test_env.s");
    expect(keyOf(["--api-key", "pk_test_flag.s"], env)).toBe("pk_test_flag.s");
    expect(keyOf(["--seed", seeded], {})).toBe("pk_test_seed.s");
    expect(keyOf(["--seed", seeded], env)).toBe("pk_test_env.s");
    expect(keyOf(["--seed", none], env)).toBeUndefined();
    expect(keyOf(["--seed", none, "--api-key", "pk_test_flag.s"], env)).toBe("pk_test_flag.s");
    expect(() => keyOf([], { PACSPACE_MOCK_API_KEY: "pk_live_env.s" })).toThrow(
      "PACSPACE_MOCK_API_KEY must be a sandbox key",
    );
  });

  it("serves the fixed demo key by default, the variable's key when set", async () => {
    for (const [env, expected] of [
      [{}, "pk_test_demo.demo_secret"],
      [{ PACSPACE_MOCK_API_KEY: "pk_test_fromenv.secret" }, "pk_test_fromenv.secret"],
    ] as const) {
      const { out, io } = capture();
      const signals = new EventEmitter();
      const exit = runCli(["serve", "--port", "0", "--verification", "immediate"], io, signals, env);
      await waitFor(() => out.stdout.includes("Ctrl+C"));
      expect(out.stdout).toContain(`: ${expected}\n`);
      const url = /listening on (http:\/\/\S+)/.exec(out.stdout)?.[1];
      expect(out.stdout).toContain(`Inspector: ${url}/__mock/ui/#key=${expected}\n`);
      const usage = await fetch(`${url}/api/v1/balance/usage`, { headers: { "X-Api-Key": expected } });
      expect(usage.status).toBe(200);
      signals.emit("SIGINT");
      expect(await exit).toBe(0);
    }
    const { out, io } = capture();
    expect(await runCli(["serve"], io, new EventEmitter(), { PACSPACE_MOCK_API_KEY: "nope" })).toBe(2);
    expect(out.stderr).toContain("PACSPACE_MOCK_API_KEY must be a sandbox key");
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
    [["serve", "--control-token", "short"], "--control-token must be 16-256 visible ASCII characters"],
    [["serve", "--control-token", "with a space in it!"], "--control-token must be 16-256"],
    [["serve", "--allow-webhook-url", "127.0.0.1:4010"], "--allow-webhook-url must start with http://"],
    [["serve", "--max-body", "0"], "--max-body must be a positive size"],
    [["serve", "--max-body", "1g"], "--max-body must be a positive size"],
  ])("exits 2 with a clear message for %j", async (argv, message) => {
    const { out, io } = capture();
    expect(await runCli(argv, io)).toBe(2);
    expect(out.stderr).toContain(message);
    expect(out.stderr).toContain("Usage: pacspace-mock serve");
  });

  it("reads the control token from --control-token, else PACSPACE_MOCK_CONTROL_TOKEN; --deterministic and allow-list", () => {
    const token = "a-control-token-of-length";
    const parse = (argv: string[], env: Record<string, string> = {}) => {
      const options = parseServeArgs(["serve", ...argv], env);
      if (options === "help") throw new Error("unexpected help");
      return options;
    };
    expect(parse([]).controlToken).toBeUndefined();
    expect(parse([], { PACSPACE_MOCK_CONTROL_TOKEN: token }).controlToken).toBe(token);
    expect(parse(["--control-token", `${token}2`], { PACSPACE_MOCK_CONTROL_TOKEN: token }).controlToken).toBe(
      `${token}2`,
    );
    expect(() => parse([], { PACSPACE_MOCK_CONTROL_TOKEN: "x" })).toThrow(
      "PACSPACE_MOCK_CONTROL_TOKEN must be 16-256",
    );
    expect(parse([]).deterministic).toBe(false);
    expect(parse(["--deterministic"]).deterministic).toBe(true);
    expect(
      parse(["--allow-webhook-url", "http://127.0.0.1:4010/a", "--allow-webhook-url", "https://x.test/"])
        .allowWebhookUrls,
    ).toEqual(["http://127.0.0.1:4010/a", "https://x.test/"]);
    for (const flag of [
      "--control-token",
      "--deterministic",
      "--allow-webhook-url",
      "PACSPACE_MOCK_CONTROL_TOKEN",
    ]) {
      expect(USAGE).toContain(flag);
    }
  });

  it("labels the demo key, prints the control token, and warns loudly when bound beyond loopback", async () => {
    const { out, io } = capture();
    const signals = new EventEmitter();
    const exit = runCli(["serve", "--port", "0", "--host", "0.0.0.0"], io, signals, {});
    await waitFor(() => out.stdout.includes("Ctrl+C"));
    expect(out.stdout).toContain("the well-known demo key");
    expect(out.stdout).toContain("Secrets: random per process.");
    const token = /X-PacSpace-Mock-Token on every \/__mock call\): (\S+)\n/.exec(out.stdout)?.[1] as string;
    expect(token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(out.stderr).toContain("WARNING: pacspace-mock is listening on 0.0.0.0");
    const port = /listening on http:\/\/0\.0\.0\.0:(\d+)/.exec(out.stdout)?.[1];
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/__mock/clock`)).status).toBe(401);
    expect(
      (await fetch(`${base}/__mock/clock`, { headers: { "X-PacSpace-Mock-Token": token } })).status,
    ).toBe(200);
    signals.emit("SIGINT");
    expect(await exit).toBe(0);

    const quiet = capture();
    const quietSignals = new EventEmitter();
    const quietExit = runCli(
      ["serve", "--port", "0", "--deterministic", "--api-key", "pk_test_mine.s3cret"],
      quiet.io,
      quietSignals,
      {},
    );
    await waitFor(() => quiet.out.stdout.includes("Ctrl+C"));
    expect(quiet.out.stderr).toBe("");
    expect(quiet.out.stdout).not.toContain("demo key");
    expect(quiet.out.stdout).not.toContain("Control token");
    expect(quiet.out.stdout).toContain("Secrets: deterministic (from the seed).");
    quietSignals.emit("SIGINT");
    expect(await quietExit).toBe(0);
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

  it("reads --max-body in bytes, KiB or MiB (default 1 MiB)", () => {
    const maxBody = (...argv: string[]) => {
      const options = parseServeArgs(["serve", ...argv], {});
      return options === "help" ? null : options.maxBodyBytes;
    };
    expect(maxBody()).toBe(1024 * 1024);
    expect(maxBody("--max-body", "2048")).toBe(2048);
    expect(maxBody("--max-body", "512k")).toBe(512 * 1024);
    expect(maxBody("--max-body", "10MB")).toBe(10 * 1024 * 1024);
  });

  it("on SIGTERM lets a request in flight finish, refuses new connections, and exits 0", async () => {
    // node itself with tsx's loader: the tsx command would stand between the signal and the server
    const loader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
    const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
    const child = spawn(
      process.execPath,
      [
        "--import",
        loader,
        "--conditions=@pacspace/source",
        cli,
        "serve",
        "--port",
        "0",
        "--verification",
        "immediate",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", () => {});
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await waitFor(() => stdout.includes("Ctrl+C") || child.exitCode !== null, 15_000);
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1] as string;
      const apiKey = /(pk_test_\S+)/.exec(stdout)?.[1] as string;
      const json = { "Content-Type": "application/json" };
      // the next emit stays in flight for 1.5 s
      const fault = await fetch(`${url}/__mock/faults`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ route: "emitDelta", latencyMs: 1500, times: 1 }),
      });
      expect(fault.status).toBe(201);
      const inFlight = fetch(`${url}/api/v1/balance/delta`, {
        method: "POST",
        headers: { ...json, "X-Api-Key": apiKey },
        body: JSON.stringify({ customerId: "cust_term", delta: 5, reason: "in flight" }),
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill("SIGTERM");
      await waitFor(() => stdout.includes("Stopping"), 5_000);
      await expect(
        fetch(`${url}/api/v1/balance/limits`, { headers: { "X-Api-Key": apiKey } }),
      ).rejects.toThrow();
      const answered = await inFlight;
      expect(answered.status).toBe(201);
      expect((await answered.json()).data.recordId).toMatch(/^rec_/);
    } catch (error) {
      child.kill("SIGKILL");
      throw error;
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain("PacSpace mock stopped");
  }, 30_000);

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

  it("`pnpm mock` at the workspace root passes its arguments through to the CLI", async () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const { PACSPACE_MOCK_API_KEY: _ignored, ...env } = process.env;
    // its own process group, so the pnpm → tsx → node chain stops together
    const child = spawn(
      "pnpm",
      ["mock", "--port", "0", "--verification", "manual", "--api-key", "pk_test_viapnpm.s"],
      {
        cwd: root,
        env,
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", () => {});
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    try {
      await waitFor(() => stdout.includes("Ctrl+C") || child.exitCode !== null, 20_000);
      expect(stdout).toContain("Verification: manual.");
      expect(stdout).toContain(": pk_test_viapnpm.s\n");
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(url).not.toMatch(/:4010$/);
    } finally {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGINT");
    }
    await exited;
  }, 40_000);
});
