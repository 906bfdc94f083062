import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { JOURNAL_FILE, LOCK_FILE, SNAPSHOT_FILE } from "../src/server/state/durable-state.js";
import { type MockServer, type StartMockServerOptions, startMockServer } from "../src/server.js";
import { createConformanceChecker } from "./support/conformance.js";

/**
 * `--state <dir>` over real HTTP: a restarted server is the same server (the snapshot
 * digest covers every tenant, key, delta, anchor, idempotency record and session), a torn
 * journal tail is dropped with a warning, and the state exports and imports whole.
 * The kill -9 test of the real process is in durable-state-kill.test.ts.
 */

const checker = createConformanceChecker();
const servers: MockServer[] = [];
const receivers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  for (const receiver of receivers.splice(0)) receiver.close();
});

/** A webhook receiver that is down (answers 500), so deliveries stay queued for retries. */
async function failingReceiver() {
  const hits: string[] = [];
  const receiver = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      hits.push(request.url ?? "");
      response.writeHead(500).end();
    });
  });
  receivers.push(receiver);
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, hits };
}

const stateDir = () => mkdtempSync(join(tmpdir(), "pacspace-state-"));

async function start(state: string | undefined, options: StartMockServerOptions = {}) {
  const warnings: string[] = [];
  const server = await startMockServer({
    verification: "delay:20",
    seed: "durable",
    ...(state === undefined ? {} : { state }),
    onStateWarning: (message) => warnings.push(message),
    ...options,
  });
  servers.push(server);
  return { server, warnings };
}

async function stop(server: MockServer) {
  servers.splice(servers.indexOf(server), 1);
  await server.close();
}

async function call(
  server: MockServer,
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; key?: string | null } = {},
) {
  const headers: Record<string, string> = { "Content-Type": "application/json", ...init.headers };
  if (init.key !== null) headers["X-Api-Key"] = init.key ?? server.pacspace.apiKey;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  expect(await checker.check(method, response.url, response.clone()), `${method} ${path}`).toEqual([]);
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const emit = (server: MockServer, delta: number, idempotencyKey: string) =>
  call(server, "POST", "/api/v1/balance/delta", {
    body: { customerId: "cust_durable", delta, reason: "usage" },
    headers: { "Idempotency-Key": idempotencyKey },
  });

const digest = async (server: MockServer) => (await call(server, "GET", "/__mock/snapshot")).body.data;

/** Writes of several kinds: emits with keys, a batch, a clock move, a dashboard user with a session. */
async function writeScenario(server: MockServer) {
  const recordIds: string[] = [];
  for (let i = 1; i <= 5; i++) recordIds.push((await emit(server, i, `emit-${i}`)).body.data.recordId);
  const batch = await call(server, "POST", "/api/v1/balance/delta/batch", {
    body: {
      deltas: [
        { customerId: "cust_batch", delta: 2, reason: "a" },
        { customerId: "cust_batch", delta: -1, reason: "b" },
      ],
    },
  });
  expect(batch.status).toBeLessThan(300);
  await new Promise((resolve) => setTimeout(resolve, 60)); // verification (delay:20) settles on the timer
  await call(server, "POST", "/__mock/clock/advance", { body: { ms: 3_600_000 }, key: null });
  const email = "ada@example.com";
  const approval = await call(server, "POST", "/__mock/approval-tokens", { body: { email }, key: null });
  const registered = await call(server, "POST", "/dashboard/auth/register", {
    key: null,
    body: { name: "Ada", email, password: "SecurePass1", approvalToken: approval.body.data.approvalToken },
  });
  expect(registered.status).toBe(201);
  const login = await call(server, "POST", "/dashboard/auth/login", {
    key: null,
    body: { email, password: "SecurePass1" },
  });
  const session = (login.headers.get("Set-Cookie") ?? "").split(";")[0] as string;
  expect(session).toMatch(/^pacspace_session=pss_\w+$/);
  // a webhook endpoint of the new account whose receiver is down: its delivery waits for a retry
  const dashboard = { key: null, headers: { Cookie: session, "X-Pacspace-CSRF": "1" } };
  const receiver = await failingReceiver();
  const endpoint = await call(server, "POST", "/dashboard/webhooks", {
    ...dashboard,
    body: { url: receiver.url, events: ["delta.verified"] },
  });
  expect(endpoint.status).toBe(201);
  const key = await call(server, "POST", "/dashboard/api-keys", {
    ...dashboard,
    body: { name: "durable", environment: "test" },
  });
  expect(
    (
      await call(server, "POST", "/api/v1/balance/delta", {
        key: key.body.data.fullKey,
        body: { customerId: "cust_hooked", delta: 1, reason: "usage" },
      })
    ).status,
  ).toBe(201);
  for (let waited = 0; receiver.hits.length === 0 && waited < 5_000; waited += 20) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(receiver.hits.length).toBeGreaterThan(0);
  return { recordIds, session, webhookId: endpoint.body.data.id as string };
}

describe("durable state (--state)", { timeout: 30_000 }, () => {
  it("comes back after a restart exactly as it was: state, clock, sessions, idempotency, id streams", async () => {
    const dir = stateDir();
    const first = (await start(dir)).server;
    const { recordIds, session, webhookId } = await writeScenario(first);
    const before = await digest(first);
    const deliveriesPath = `/dashboard/webhooks/${webhookId}/deliveries`;
    const deliveriesBefore = (
      await call(first, "GET", deliveriesPath, { key: null, headers: { Cookie: session } })
    ).body.data.deliveries;
    expect(deliveriesBefore).toHaveLength(1);
    const clockBefore = (await call(first, "GET", "/__mock/clock", { key: null })).body.data.epochMs;
    expect(before.inFlight).toBe(0);
    await stop(first);

    const { server: second, warnings } = await start(dir);
    expect(warnings).toEqual([]);
    expect(await digest(second)).toEqual(before);
    // the clock keeps the hour it was moved forward by
    const clockAfter = (await call(second, "GET", "/__mock/clock", { key: null })).body.data.epochMs;
    expect(clockAfter).toBeGreaterThanOrEqual(clockBefore);
    expect(clockAfter - Date.now()).toBeGreaterThan(3_500_000);
    // the session cookie still logs in
    const me = await call(second, "GET", "/dashboard/auth/me", { key: null, headers: { Cookie: session } });
    expect(me.status).toBe(200);
    expect(me.body.data.email ?? me.body.data.user?.email).toBe("ada@example.com");
    // the endpoint and its queued delivery (same event, same id) are there
    const deliveriesAfter = (
      await call(second, "GET", deliveriesPath, { key: null, headers: { Cookie: session } })
    ).body.data.deliveries;
    expect(
      deliveriesAfter.map((delivery: { id: string; eventId: string }) => [delivery.id, delivery.eventId]),
    ).toEqual(
      deliveriesBefore.map((delivery: { id: string; eventId: string }) => [delivery.id, delivery.eventId]),
    );
    // an old Idempotency-Key replays the stored answer instead of writing again
    const replayed = await emit(second, 3, "emit-3");
    expect(replayed.headers.get("Idempotent-Replayed")).toBe("true");
    expect(replayed.body.data.recordId).toBe(recordIds[2]);
    // and new writes get new ids
    const fresh = await emit(second, 6, "emit-6");
    expect(fresh.status).toBe(201);
    expect(recordIds).not.toContain(fresh.body.data.recordId);
    expect((await digest(second)).deltas).toBe(before.deltas + 1);
  });

  it("drops a torn last record with a warning and keeps going", async () => {
    const dir = stateDir();
    // no snapshot at close: the records stay in the journal, as after a crash
    const keepJournal = { stateCompaction: { onClose: false } };
    const first = (await start(dir, keepJournal)).server;
    await writeScenario(first);
    const before = await digest(first);
    await stop(first);
    const file = join(dir, JOURNAL_FILE);
    const intact = readFileSync(file, "utf8");
    // a crash in the middle of an append: half a record, no line end
    appendFileSync(file, intact.split("\n").at(-2)?.slice(0, 40) ?? "x");

    const { server: second, warnings } = await start(dir, keepJournal);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("cut short");
    expect(await digest(second)).toEqual(before);
    expect(readFileSync(file, "utf8")).toBe(intact); // the torn tail is cut off before appending
    await emit(second, 7, "after-torn");
    const after = await digest(second);
    await stop(second);

    // a record whose bytes changed fails its checksum: it and what follows are dropped
    const lines = readFileSync(file, "utf8").split("\n");
    const damaged = lines.findIndex((line) => line.includes('"delta\\":7'));
    lines[damaged] = (lines[damaged] as string).replace('"delta\\":7', '"delta\\":8');
    writeFileSync(file, lines.join("\n"));
    const { server: third, warnings: more } = await start(dir, keepJournal);
    expect(more[0]).toContain("checksum mismatch");
    expect(await digest(third)).toEqual(before);
    expect(after).not.toEqual(before);
  });

  it("exports the whole state and imports it into another server, which then restarts into it", async () => {
    const source = (await start(stateDir())).server;
    const { recordIds } = await writeScenario(source);
    const exported = (await call(source, "GET", "/__mock/state", { key: null })).body.data;
    expect(exported.format).toBe("pacspace-mock-snapshot/1");
    const expected = await digest(source);

    const dir = stateDir();
    const target = (await start(dir)).server;
    await emit(target, 9, "replaced-by-import");
    const imported = await call(target, "PUT", "/__mock/state", { key: null, body: exported });
    expect(imported.status).toBe(200);
    expect(await digest(target)).toEqual(expected);
    // the import is the directory's snapshot, the journal continues it
    const written = readFileSync(join(dir, SNAPSHOT_FILE), "utf8").split("\n");
    expect(written.slice(1)).toEqual(exported.snapshot.split("\n").slice(1));
    expect(readFileSync(join(dir, JOURNAL_FILE), "utf8").split("\n")).toHaveLength(2);
    const replayed = await emit(target, 1, "emit-1");
    expect(replayed.body.data.recordId).toBe(recordIds[0]);
    expect(replayed.headers.get("Idempotent-Replayed")).toBe("true");
    const beforeStop = (await call(target, "GET", "/__mock/state", { key: null })).body.data.snapshot;
    await stop(target);

    const restarted = (await start(dir)).server;
    expect(await digest(restarted)).toEqual(expected);
    // the same objects, line for line (the header holds the time it was taken at)
    const again = (await call(restarted, "GET", "/__mock/state", { key: null })).body.data.snapshot;
    expect(again.split("\n").slice(1)).toEqual(beforeStop.split("\n").slice(1));
  });

  it("rejects a damaged import with 400 and changes nothing; without --state the routes answer 409", async () => {
    const dir = stateDir();
    const server = (await start(dir, { verification: "immediate" })).server;
    await emit(server, 1, "kept");
    const before = await digest(server);
    const { snapshot } = (await call(server, "GET", "/__mock/state", { key: null })).body.data;
    const journal = readFileSync(join(dir, JOURNAL_FILE), "utf8");
    const damaged = (text: string) => [
      text.slice(0, -5),
      text.replace(/("delta\\?":)1\b/, "$12"),
      "",
      "not a state\n",
    ];
    for (const [field, text] of [
      ["snapshot", snapshot],
      ["journal", journal],
    ] as const) {
      // a snapshot without its end line is torn (a journal without its last record is just shorter)
      const cases =
        field === "snapshot"
          ? [...damaged(text), `${text.split("\n").slice(0, -2).join("\n")}\n`]
          : damaged(text);
      for (const bad of cases) {
        const answer = await call(server, "PUT", "/__mock/state", { key: null, body: { [field]: bad } });
        expect(answer.status, `${field}: ${bad.slice(-60)}`).toBe(400);
        expect(answer.body.error.code).toBe("VALIDATION_ERROR");
        expect(answer.body.error.details[0].path).toBe(`/${field}`);
      }
    }
    const wrongFormat = await call(server, "PUT", "/__mock/state", {
      key: null,
      body: { format: "pacspace-mock-state/0", journal },
    });
    expect(wrongFormat.body.error.details[0].path).toBe("/format");
    expect(await digest(server)).toEqual(before);

    const memoryOnly = (await start(undefined)).server;
    for (const method of ["GET", "PUT"]) {
      const answer = await call(memoryOnly, method, "/__mock/state", {
        key: null,
        ...(method === "PUT" ? { body: { snapshot } } : {}),
      });
      expect(answer.status).toBe(409);
      expect(answer.body.error.message).toContain("--state");
    }
  });

  it("refuses a state directory another live process holds, and takes over one a dead process left", async () => {
    const dir = stateDir();
    writeFileSync(join(dir, LOCK_FILE), String(process.ppid));
    await expect(start(dir)).rejects.toThrow(`in use by process ${process.ppid}`);

    const gone = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    writeFileSync(join(dir, LOCK_FILE), String(gone));
    const server = (await start(dir)).server;
    expect(readFileSync(join(dir, LOCK_FILE), "utf8")).toBe(String(process.pid));
    await stop(server);
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("starts a new generation at a reset: the journal starts again from the reset, and restarts into the same state", async () => {
    const dir = stateDir();
    const file = join(dir, JOURNAL_FILE);
    // a snapshot after every 5 records: the fifth emit leaves one behind (generation 1)
    const first = (await start(dir, { verification: "immediate", stateCompaction: { every: 5 } })).server;
    const initLine = readFileSync(file, "utf8").split("\n")[0] as string;
    for (let i = 1; i <= 5; i++) await emit(first, i, `before-reset-${i}`);
    await call(first, "GET", "/__mock/clock", { key: null }); // runs after the compaction
    expect(existsSync(join(dir, SNAPSHOT_FILE))).toBe(true);
    expect((await call(first, "POST", "/__mock/reset", { key: null })).status).toBe(200);
    const afterReset = readFileSync(file, "utf8").split("\n");
    expect(afterReset).toHaveLength(3); // init, the reset, the final line end
    expect(JSON.parse((afterReset[0] as string).slice(9))).toEqual({
      ...JSON.parse(initLine.slice(9)),
      g: 2,
    });
    expect(existsSync(join(dir, SNAPSHOT_FILE))).toBe(false);
    expect(afterReset[1]).toContain('"u":"/__mock/reset"');
    const kept = await emit(first, 9, "after-reset");
    const before = await digest(first);
    expect(before.deltas).toBe(1);
    await stop(first);

    const second = (await start(dir, { verification: "immediate" })).server;
    expect(await digest(second)).toEqual(before);
    expect((await emit(second, 9, "after-reset")).body.data.recordId).toBe(kept.body.data.recordId);
    // a key from before the reset is forgotten, as the reset forgot it
    expect((await emit(second, 1, "before-reset-1")).headers.get("Idempotent-Replayed")).toBeNull();
  });
});
