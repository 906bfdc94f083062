import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../src/server/cli.js";
import { type CompactionStep, JOURNAL_FILE, SNAPSHOT_FILE } from "../src/server/state/durable-state.js";
import { type MockServer, type StartMockServerOptions, startMockServer } from "../src/server.js";

/**
 * Snapshots of `--state`: a mock restored from a snapshot (imported with `PUT
 * /__mock/state`, or restarted from a state directory whose journal continues one) answers
 * everything exactly as the mock that never stopped: balances, derive pages, checkpoints,
 * receipts, idempotent replays byte for byte, sessions, faults, and the ids and secrets
 * drawn next. A crash at any step of a compaction loses nothing; a damaged snapshot stops
 * the start with a clear error.
 */

const servers: MockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const stateDir = () => mkdtempSync(join(tmpdir(), "pacspace-snapshot-"));

async function start(state: string, options: StartMockServerOptions = {}) {
  const warnings: string[] = [];
  const server = await startMockServer({
    verification: "manual",
    state,
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

interface Answer {
  status: number;
  replayed: string | null;
  cookie: string | null;
  text: string;
}

async function call(
  server: MockServer,
  method: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; key?: string | null } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { "Content-Type": "application/json", ...init.headers };
  if (init.key !== null) headers["X-Api-Key"] = init.key ?? server.pacspace.apiKey;
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return {
    status: response.status,
    replayed: response.headers.get("Idempotent-Replayed"),
    cookie: response.headers.get("Set-Cookie"),
    // links name the server's own port: the one thing two servers may differ in
    text: (await response.text()).replaceAll(new URL(server.url).host, "SERVER"),
  };
}

const CUSTOMERS = ["cust_a", "cust_b", "cust_c"];

/** A write the property test applies: what the journal keeps (faults: what only snapshots keep). */
type Command =
  | { kind: "emit"; customer: number; delta: number; key: number | null }
  | { kind: "batch"; customer: number; deltas: number[] }
  | { kind: "verify" }
  | { kind: "checkpoint"; customer: number }
  | { kind: "fail"; customer: number }
  | { kind: "advance"; ms: number }
  | { kind: "fault"; times: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("emit" as const),
      customer: fc.nat(2),
      delta: fc.oneof(
        fc.integer({ min: -500, max: 500 }),
        fc.double({ min: -10, max: 10, noNaN: true }).map((n) => Math.round(n * 1000) / 1000),
      ),
      key: fc.option(fc.nat(3), { nil: null }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("batch" as const),
      customer: fc.nat(2),
      deltas: fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 4 }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: "verify" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("checkpoint" as const), customer: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("fail" as const), customer: fc.nat(2) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      ms: fc.integer({ min: 1, max: 40 * 86_400_000 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("fault" as const), times: fc.integer({ min: 1, max: 3 }) }),
  },
);

async function apply(server: MockServer, step: Command): Promise<Answer> {
  const customerId = (n: number) => CUSTOMERS[n] as string;
  switch (step.kind) {
    case "emit":
      return call(server, "POST", "/api/v1/balance/delta", {
        body: { customerId: customerId(step.customer), delta: step.delta, reason: "usage" },
        headers: step.key === null ? {} : { "Idempotency-Key": `key-${step.key}` },
      });
    case "batch":
      return call(server, "POST", "/api/v1/balance/delta/batch", {
        body: {
          deltas: step.deltas.map((delta) => ({
            customerId: customerId(step.customer),
            delta,
            reason: "batch",
          })),
        },
      });
    case "verify":
      return call(server, "POST", "/__mock/verify", { key: null, body: {} });
    case "checkpoint":
      return call(server, "POST", "/api/v1/balance/checkpoint", {
        body: { customerId: customerId(step.customer) },
      });
    case "fail":
      return call(server, "POST", "/__mock/deltas/fail", {
        key: null,
        body: { customerIds: [customerId(step.customer)] },
      });
    case "advance":
      return call(server, "POST", "/__mock/clock/advance", { key: null, body: { ms: step.ms } });
    case "fault":
      return call(server, "POST", "/__mock/faults", {
        key: null,
        body: { route: "getLimits", status: 503, times: step.times },
      });
  }
}

const EMAIL = "grace@example.com";
const PASSWORD = "SecurePass1";

/** A dashboard account with a webhook endpoint whose receiver is down (its deliveries wait for retries). */
async function dashboardAccount(server: MockServer): Promise<void> {
  const approval = await call(server, "POST", "/__mock/approval-tokens", {
    key: null,
    body: { email: EMAIL },
  });
  const { approvalToken } = JSON.parse(approval.text).data;
  await call(server, "POST", "/dashboard/auth/register", {
    key: null,
    body: { name: "Grace", email: EMAIL, password: PASSWORD, approvalToken },
  });
  const session = await login(server);
  const endpoint = await call(server, "POST", "/dashboard/webhooks", {
    key: null,
    headers: { Cookie: session, "X-Pacspace-CSRF": "1" },
    // nothing listens on port 9: every attempt fails and the delivery waits for its retry
    body: { url: "http://127.0.0.1:9/hook", events: ["delta.verified", "delta.failed"] },
  });
  expect(endpoint.status).toBe(201);
}

async function login(server: MockServer): Promise<string> {
  const answer = await call(server, "POST", "/dashboard/auth/login", {
    key: null,
    body: { email: EMAIL, password: PASSWORD },
  });
  const session = (answer.cookie ?? "").split(";")[0] as string;
  expect(session).toMatch(/^pacspace_session=pss_\w+$/);
  return session;
}

function withoutRequestIds(answer: Answer): Answer {
  return { ...answer, text: answer.text.replace(/req_[a-z0-9]{20}/g, "req_…") };
}

const TIMESTAMP = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g;

/**
 * Two servers answer alike: equal but for the times of what each writes now (the mock
 * clock is real time plus an offset, so two servers asked one after the other stand a few
 * ms apart). Times of the restored state itself are compared exactly by the state digest.
 */
function expectAlike(actual: Answer, expected: Answer, label: string) {
  const times = (answer: Answer) => (answer.text.match(TIMESTAMP) ?? []).map((time) => Date.parse(time));
  const blank = (answer: Answer) => ({ ...answer, text: answer.text.replace(TIMESTAMP, "<time>") });
  expect(blank(actual), label).toEqual(blank(expected));
  const expectedTimes = times(expected);
  for (const [i, time] of times(actual).entries()) {
    expect(Math.abs(time - (expectedTimes[i] as number)), `${label}: time ${i}`).toBeLessThan(5_000);
  }
}

async function inspection(server: MockServer): Promise<Answer> {
  const text = JSON.stringify(server.pacspace.inspect()).replaceAll(new URL(server.url).host, "SERVER");
  return { status: 200, replayed: null, cookie: null, text };
}

interface Probe {
  ask(server: MockServer): Promise<Answer>;
  /**
   * Shows what only snapshots keep (faults, webhook delivery attempts), so a restart from
   * the directory may not have the newest.
   */
  snapshotOnly?: true;
  /** Compared exactly, times included (what it shows was all written before the restore). */
  exact?: true;
}

/**
 * Everything a client can observe, asked of each server in turn: reads, the replay of
 * every Idempotency-Key, the session, and new writes that draw ids and secrets.
 */
function probes(session: string): Probe[] {
  const dashboard = { key: null, headers: { Cookie: session, "X-Pacspace-CSRF": "1" } };
  const list: Probe[] = [
    // the whole ledger (every delta, checkpoint, anchor, receipt, key, session), times included,
    // exactly (the state digest would differ: checkpoints name the server's own address)
    { ask: async (server) => inspection(server), exact: true },
    { ask: (server) => call(server, "GET", "/dashboard/auth/me", dashboard) },
    { ask: (server) => call(server, "GET", "/dashboard/webhooks", dashboard), snapshotOnly: true },
    { ask: (server) => call(server, "GET", "/api/v1/balance/usage") },
    { ask: (server) => call(server, "GET", "/api/v1/balance/customers") },
    { ask: (server) => call(server, "GET", "/__mock/faults", { key: null }), snapshotOnly: true },
    { ask: (server) => call(server, "GET", "/api/v1/balance/limits"), snapshotOnly: true },
  ];
  for (const customerId of CUSTOMERS) {
    list.push(
      { ask: (server) => call(server, "GET", `/api/v1/balance/derive/${customerId}`) },
      { ask: (server) => call(server, "GET", `/api/v1/balance/derive/${customerId}?limit=2`) },
      { ask: (server) => call(server, "GET", `/api/v1/balance/checkpoints?customerId=${customerId}`) },
      // a new receipt draws a receipt id (a secret): every server must draw the same
      { ask: (server) => call(server, "GET", `/api/v1/balance/receipt/${customerId}`) },
    );
  }
  for (let key = 0; key < 4; key++) {
    for (const customer of [0, 1, 2]) {
      list.push({ ask: (server) => apply(server, { kind: "emit", customer, delta: 1, key }) });
    }
  }
  list.push(
    { ask: (server) => apply(server, { kind: "emit", customer: 0, delta: 7, key: null }) },
    { ask: (server) => apply(server, { kind: "verify" }) },
    {
      ask: (server) =>
        call(server, "POST", "/dashboard/api-keys", {
          ...dashboard,
          body: { name: "next", environment: "test" },
        }),
    },
    {
      ask: (server) =>
        call(server, "POST", "/__mock/approval-tokens", { key: null, body: { email: "next@example.com" } }),
    },
    {
      ask: (server) =>
        call(server, "POST", "/api/v1/balance/checkpoint", { body: { customerId: "cust_new" } }),
    },
  );
  return list;
}

describe("state snapshots (--state)", { timeout: 240_000 }, () => {
  it("a mock restored from a snapshot, or restarted on its snapshot and journal tail, answers as the mock that never stopped", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 20 }), async (steps) => {
        const dir = stateDir();
        // a snapshot after every 6 journal records: the copied directory has one plus a tail
        const { server: original, warnings: originalWarnings } = await start(dir, {
          stateCompaction: { every: 6 },
        });
        await dashboardAccount(original);
        for (const step of steps) await apply(original, step);
        const session = await login(original);
        await call(original, "GET", "/__mock/clock", { key: null }); // runs after a compaction the last write queued

        // what a kill -9 leaves: the directory as it is now (its lock names this process, which may take it over)
        const copy = stateDir();
        cpSync(dir, copy, { recursive: true });
        const exported = JSON.parse((await call(original, "GET", "/__mock/state", { key: null })).text).data;
        expect(exported.format).toBe("pacspace-mock-snapshot/1");

        const { server: imported } = await start(stateDir());
        const put = await call(imported, "PUT", "/__mock/state", { key: null, body: exported });
        expect(put.status, put.text).toBe(200);
        const { server: restarted, warnings } = await start(copy);
        expect(originalWarnings).toEqual([]);
        expect(warnings).toEqual([]);

        for (const [index, probe] of probes(session).entries()) {
          const expected = await probe.ask(original);
          const fromImport = await probe.ask(imported);
          if (probe.exact) expect(fromImport, `probe ${index} (imported)`).toEqual(expected);
          expectAlike(fromImport, expected, `probe ${index} (imported)`);
          // reads draw request ids and are not journaled: after a replay that stream alone starts afresh
          const answer = await probe.ask(restarted);
          if (probe.exact)
            expect(withoutRequestIds(answer), `probe ${index} (restarted)`).toEqual(
              withoutRequestIds(expected),
            );
          if (!probe.snapshotOnly) {
            expectAlike(withoutRequestIds(answer), withoutRequestIds(expected), `probe ${index} (restarted)`);
          }
        }
        await Promise.all([original, imported, restarted].map(stop));
        for (const path of [dir, copy]) rmSync(path, { recursive: true, force: true });
      }),
      { numRuns: 5 },
    );
  });
});

describe("compaction and damaged snapshots", { timeout: 60_000 }, () => {
  const emitWithKey = (server: MockServer, n: number) =>
    call(server, "POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_crash", delta: n, reason: "usage" },
      headers: { "Idempotency-Key": `crash-${n}` },
    });

  for (const crashAt of [
    "snapshot-written",
    "snapshot-renamed",
    "journal-written",
    "journal-renamed",
  ] as const) {
    it(`a crash when the compaction reached ${crashAt} loses no acknowledged write`, async () => {
      const dir = stateDir();
      const crashed = stateDir();
      const steps: CompactionStep[] = [];
      // what a kill -9 at that step leaves: the directory copied from inside the compaction
      const onStep = (step: CompactionStep) => {
        steps.push(step);
        if (step === crashAt && steps.filter((seen) => seen === crashAt).length === 1) {
          cpSync(dir, crashed, { recursive: true });
        }
      };
      const { server } = await start(dir, { stateCompaction: { every: 8, onStep } });
      const acknowledged: Array<{ n: number; text: string }> = [];
      for (let n = 1; n <= 8; n++) {
        const answer = await emitWithKey(server, n);
        expect(answer.status).toBe(201);
        acknowledged.push({ n, text: answer.text });
      }
      await call(server, "GET", "/__mock/clock", { key: null }); // queued after the compaction
      expect(steps).toEqual([
        "started",
        "snapshot-written",
        "snapshot-renamed",
        "journal-written",
        "journal-renamed",
      ]);
      const expected = await inspection(server);
      const next = await emitWithKey(server, 100);

      const { server: restarted, warnings } = await start(crashed);
      expect(warnings).toEqual([]);
      expect(await inspection(restarted)).toEqual(expected);
      for (const { n, text } of acknowledged) {
        const replay = await emitWithKey(restarted, n);
        expect(replay.replayed, `crash-${n}`).toBe("true");
        expect(JSON.parse(replay.text).data.recordId).toBe(JSON.parse(text).data.recordId);
      }
      const fresh = JSON.parse((await emitWithKey(restarted, 100)).text).data.recordId;
      expect(acknowledged.map(({ text }) => JSON.parse(text).data.recordId)).not.toContain(fresh);
      if (crashAt !== "snapshot-written") {
        // the snapshot was in place: ids continue exactly as the server that went on
        expect(fresh).toBe(JSON.parse(next.text).data.recordId);
      }
    });
  }

  it("by default waits for the journal to reach half the snapshot's size, so a large state is not rewritten every few writes", async () => {
    const dir = stateDir();
    let snapshots = 0;
    const onStep = (step: CompactionStep) => {
      if (step === "journal-renamed") snapshots += 1;
    };
    // a byte trigger of 1 wants a snapshot after every write; only the proportion holds it back
    const { server } = await start(dir, { stateCompaction: { bytes: 1, onStep } });
    const batch = (n: number) =>
      call(server, "POST", "/api/v1/balance/delta/batch", {
        body: {
          deltas: Array.from({ length: 100 }, (_, i) => ({
            customerId: "cust_big",
            delta: 1,
            reason: `r${n}-${i}`,
          })),
        },
      });
    expect((await batch(0)).status).toBe(201);
    await call(server, "GET", "/__mock/clock", { key: null }); // after the compaction it queued
    const taken = snapshots;
    expect(taken).toBeGreaterThanOrEqual(1);
    const snapshotBytes = readFileSync(join(dir, SNAPSHOT_FILE)).length;
    const journalBytes = () => readFileSync(join(dir, JOURNAL_FILE)).length;
    const emptyJournal = journalBytes();
    let before = emptyJournal;
    let writes = 0;
    while (snapshots === taken && writes < 1000) {
      expect((await emitWithKey(server, 1000 + writes)).status).toBe(201);
      writes += 1;
      await call(server, "GET", "/__mock/clock", { key: null });
      if (snapshots === taken) before = journalBytes();
    }
    // the byte trigger fired on every write, yet the snapshot came only once the journal
    // (with the last write's record) held half the snapshot's bytes
    // (the journal's records, after the line that names the snapshot it continues)
    const recorded = before - emptyJournal;
    const line = recorded / (writes - 1);
    expect(writes).toBeGreaterThan(20);
    expect((recorded + line) * 2).toBeGreaterThanOrEqual(snapshotBytes);
    expect(recorded * 2).toBeLessThan(snapshotBytes);
    expect(snapshots).toBe(taken + 1);
  });

  it("a graceful stop leaves a snapshot and a journal that only names it; a restart reads no records", async () => {
    const dir = stateDir();
    const { server } = await start(dir);
    for (let n = 1; n <= 3; n++) await emitWithKey(server, n);
    const expected = await inspection(server);
    await stop(server);
    const journal = readFileSync(join(dir, JOURNAL_FILE), "utf8").split("\n");
    expect(journal).toHaveLength(2);
    expect(JSON.parse((journal[0] as string).slice(9))).toEqual({
      k: "base",
      format: "pacspace-mock-state/1",
      g: 1,
    });
    const snapshot = readFileSync(join(dir, SNAPSHOT_FILE), "utf8").split("\n");
    expect(JSON.parse((snapshot[0] as string).slice(9))).toMatchObject({ k: "snapshot", g: 1 });
    expect(JSON.parse((snapshot.at(-2) as string).slice(9))).toMatchObject({
      k: "end",
      objects: snapshot.length - 3,
    });
    const { server: restarted } = await start(dir);
    expect(await inspection(restarted)).toEqual(expected);
  });

  it("a damaged, torn or missing snapshot stops the start with an error that says what to do", async () => {
    const dir = stateDir();
    const { server } = await start(dir);
    await emitWithKey(server, 1);
    await stop(server);
    const file = join(dir, SNAPSHOT_FILE);
    const intact = readFileSync(file, "utf8");
    const lines = intact.split("\n");
    const middle = Math.floor(lines.length / 2);
    const cases: Array<[string, string | null, RegExp]> = [
      [
        "a changed byte",
        lines
          .map((line, i) =>
            i === middle ? line.replace(/(\d)(?=[^\d]*$)/, (d) => String((Number(d) + 1) % 10)) : line,
          )
          .join("\n"),
        /line \d+: checksum mismatch/,
      ],
      ["a torn end", intact.slice(0, intact.length - 20), /cut short|torn/],
      ["no end record", `${lines.slice(0, -2).join("\n")}\n`, /end record is missing/],
      ["no snapshot", null, /continues the snapshot of generation 1, but .*snapshot\.log is missing/],
    ];
    for (const [what, text, reason] of cases) {
      if (text === null) rmSync(file);
      else writeFileSync(file, text);
      await expect(start(dir), what).rejects.toThrow(reason);
      if (text !== null)
        await expect(start(dir), what).rejects.toThrow(/snapshot\.log is damaged .*Restore the file/);
    }
    // the CLI says so in one line and exits 1
    writeFileSync(file, intact.replace(/"k":"end"/, '"k":"End"'));
    const stderr: string[] = [];
    const code = await runCli(["serve", "--port", "0", "--state", dir], {
      stdout: () => {},
      stderr: (text) => stderr.push(text),
    });
    expect(code).toBe(1);
    expect(stderr.join("")).toMatch(
      /^pacspace-mock: cannot start: .*snapshot\.log is damaged \(snapshot line \d+: checksum mismatch/,
    );
    writeFileSync(file, intact);
    expect((await start(dir)).warnings).toEqual([]);
  });
});
