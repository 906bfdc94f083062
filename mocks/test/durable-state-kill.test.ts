import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

/**
 * kill -9 under write load: `pacspace-mock serve --state <dir>` as a real process, killed
 * with SIGKILL while concurrent clients emit, then started again on the same directory.
 * Every write it acknowledged must be there (its Idempotency-Key replays the same record,
 * not a second write) and new writes must get new record ids. Run once with the default
 * compaction and once compacting every few dozen writes, so the kill can strike in the
 * middle of one and the restart replays only the journal's tail.
 */

const API_KEY = "pk_test_killtest.secret";
const CLIENTS = 8;
/** Load runs until this many writes were acknowledged (or MAX_LOAD_MS passed): then the kill. */
const TARGET_ACKNOWLEDGED = 200;
const MAX_LOAD_MS = 4_000;
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

async function serve(state: string, extra: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  // tsx as a loader inside the server's own process (its CLI would run the server in a
  // grandchild that a kill of the child leaves running)
  const tsx = createRequire(import.meta.url).resolve("tsx");
  const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
  const child = spawn(
    process.execPath,
    [
      "--import",
      tsx,
      "--conditions=@pacspace/source",
      cli,
      "serve",
      "--port",
      "0",
      "--state",
      state,
      ...extra,
    ],
    { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, PACSPACE_MOCK_API_KEY: API_KEY } },
  );
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const started = Date.now();
  while (!stdout.includes("Ctrl+C")) {
    if (child.exitCode !== null || Date.now() - started > 15_000) {
      throw new Error(`the server did not start: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { child, url: /listening on (http:\/\/\S+)/.exec(stdout)?.[1] as string };
}

function emit(url: string, idempotencyKey: string, delta: number) {
  return fetch(`${url}/api/v1/balance/delta`, {
    method: "POST",
    headers: { "X-Api-Key": API_KEY, "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
    body: JSON.stringify({ customerId: `cust_${delta % 5}`, delta, reason: "load" }),
  });
}

async function killUnderLoadAndRestart(extra: string[]) {
  const state = mkdtempSync(join(tmpdir(), "pacspace-kill-"));
  const first = await serve(state, extra);
  const acknowledged = new Map<string, { delta: number; recordId: string }>();
  let sent = 0;
  let killed = false;
  const client = async (n: number) => {
    for (let i = 1; !killed; i++) {
      const key = `load-${n}-${i}`;
      const delta = n * 100_000 + i;
      sent += 1;
      try {
        const answer = await emit(first.url, key, delta);
        const body = (await answer.json()) as { data: { recordId: string } };
        if (answer.status === 201) acknowledged.set(key, { delta, recordId: body.data.recordId });
      } catch {
        return; // the connection died with the process: this write was never acknowledged
      }
    }
  };
  const load = Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));
  const loadStarted = Date.now();
  while (acknowledged.size < TARGET_ACKNOWLEDGED && Date.now() - loadStarted < MAX_LOAD_MS) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const exited = new Promise((resolve) => first.child.once("exit", resolve));
  first.child.kill("SIGKILL"); // the clients keep sending until the connections fail
  await exited;
  killed = true;
  await load;
  expect(acknowledged.size).toBeGreaterThan(0);
  expect(sent).toBeGreaterThan(acknowledged.size); // requests were in flight or refused when it died
  const journalLines = readFileSync(join(state, "journal.log"), "utf8").split("\n").length - 1;

  const second = await serve(state, extra);
  const entries = [...acknowledged];
  const replays = async (offset: number) => {
    for (let i = offset; i < entries.length; i += CLIENTS) {
      const [key, { delta, recordId }] = entries[i] as (typeof entries)[number];
      const answer = await emit(second.url, key, delta);
      const body = (await answer.json()) as { data: { recordId: string } };
      expect(answer.headers.get("Idempotent-Replayed"), key).toBe("true");
      expect(body.data.recordId, key).toBe(recordId);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => replays(n)));

  const snapshot = (await (await fetch(`${second.url}/__mock/snapshot`)).json()) as {
    data: { deltas: number };
  };
  expect(snapshot.data.deltas).toBeGreaterThanOrEqual(acknowledged.size);
  const recordIds = new Set([...acknowledged.values()].map((entry) => entry.recordId));
  for (let i = 0; i < 20; i++) {
    const fresh = (await (await emit(second.url, `after-restart-${i}`, i + 1)).json()) as {
      data: { recordId: string };
    };
    expect(recordIds.has(fresh.data.recordId)).toBe(false);
    recordIds.add(fresh.data.recordId);
  }
  const exitedCleanly = new Promise((resolve) => second.child.once("exit", resolve));
  second.child.kill("SIGTERM");
  expect(await exitedCleanly).toBe(0);
  return { acknowledged: acknowledged.size, journalLines };
}

describe("pacspace-mock serve --state, killed with SIGKILL under write load", () => {
  it("loses no acknowledged write, replays every old Idempotency-Key and never reuses a record id", async () => {
    await killUnderLoadAndRestart([]);
  }, 60_000);

  it("loses nothing when compacting every 40 writes, and the restart replays only the journal's tail", async () => {
    const { acknowledged, journalLines } = await killUnderLoadAndRestart(["--compact-every", "40"]);
    expect(acknowledged).toBeGreaterThan(80); // several compactions ran under the load
    // the head, at most 40 records until a compaction is queued, and the requests queued before it
    expect(journalLines).toBeLessThanOrEqual(1 + 40 + 2 * CLIENTS);
  }, 60_000);
});
