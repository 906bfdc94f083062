import { afterEach, describe, expect, it } from "vitest";
import { createManualClock } from "../src/clock.js";
import { type MockServer, type StartMockServerOptions, startMockServer } from "../src/server.js";
import { createConformanceChecker } from "./support/conformance.js";

/**
 * Smoke tests of the standalone server over its real port, with plain `fetch` (no MSW in
 * this file): the rules that matter most to a client on another process. Every answer is
 * checked against the specs as well.
 */

const T0 = Date.UTC(2026, 3, 15, 12);
const checker = createConformanceChecker();
const servers: MockServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields
  body: any;
}

interface CallOptions {
  body?: unknown;
  /** Default: the default tenant's sandbox key; null sends none. */
  apiKey?: string | null;
  idempotencyKey?: string;
  /** Check the answer against the spec (default true). */
  check?: boolean;
}

async function start(options: StartMockServerOptions = {}) {
  const server = await startMockServer({
    clock: createManualClock(T0),
    verification: "immediate",
    seed: "smoke",
    ...options,
  });
  servers.push(server);
  const call = async (method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = {};
    const apiKey = options.apiKey === undefined ? server.pacspace.apiKey : options.apiKey;
    if (apiKey !== null) headers["X-Api-Key"] = apiKey;
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    if (options.idempotencyKey !== undefined) headers["Idempotency-Key"] = options.idempotencyKey;
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    if (options.check !== false) {
      expect(await checker.check(method, response.url, response.clone()), `${method} ${path}`).toEqual([]);
    }
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
  };
  const control = (method: string, path: string, body?: unknown) =>
    call(method, `/__mock${path}`, { apiKey: null, ...(body === undefined ? {} : { body }) });
  const digest = async () => (await control("GET", "/snapshot")).body.data.digest as string;
  return { server, call, control, digest };
}

describe("the server over a real port", () => {
  it("1000 concurrent requests with one Idempotency-Key make exactly one delta", async () => {
    const { server, call } = await start();
    const body = { customerId: "cust_idem", delta: 7.25, reason: "concurrent" };
    const answers = await Promise.all(
      Array.from({ length: 1000 }, () =>
        call("POST", "/api/v1/balance/delta", { body, idempotencyKey: "same-key", check: false }),
      ),
    );
    const created = answers.filter((answer) => answer.status === 201);
    const pending = answers.filter((answer) => answer.status === 202);
    expect(created.length + pending.length).toBe(1000);
    const originals = created.filter((answer) => answer.headers.get("Idempotent-Replayed") !== "true");
    expect(originals).toHaveLength(1);
    // every 201 is the stored answer, byte for byte; a 202 is the documented pending answer
    expect(new Set(created.map((answer) => answer.text))).toEqual(new Set([originals[0]?.text]));
    for (const answer of pending) expect(answer.body.data.code).toBe("IDEMPOTENCY_PENDING");
    const requestIds = new Set(answers.map((answer) => answer.headers.get("X-Request-Id")));
    expect(requestIds.size).toBe(1000);
    const customer = await call("GET", "/api/v1/balance/customers/cust_idem");
    expect(customer.body.data.totalDeltas).toBe(1);
    expect((await call("GET", "/api/v1/balance/derive/cust_idem")).body.data.computedBalance).toBe(7.25);
    expect(server.pacspace.inspect().tenants[0]?.environments.sandbox.deltas).toHaveLength(1);
  }, 60_000);

  it("while the first of 1000 same-key requests is held in flight, the others get 202 or the replay", async () => {
    const { server, call } = await start();
    // the first request to reach the ledger stays in flight for 300 ms
    server.pacspace.faults.inject({ route: "emitDelta", latencyMs: 300, times: 1 });
    const body = { customerId: "cust_slow", delta: 1, reason: "slow" };
    const answers = await Promise.all(
      Array.from({ length: 1000 }, () =>
        call("POST", "/api/v1/balance/delta", { body, idempotencyKey: "held", check: false }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.every((status) => status === 201 || status === 202)).toBe(true);
    expect(statuses.filter((status) => status === 202).length).toBeGreaterThan(0);
    const originals = answers.filter(
      (answer) => answer.status === 201 && answer.headers.get("Idempotent-Replayed") !== "true",
    );
    expect(originals).toHaveLength(1);
    const pending = answers.find((answer) => answer.status === 202) as Answer;
    expect(pending.headers.get("Retry-After")).toBe("1");
    expect(pending.body.data).toEqual({ status: "PROCESSING", code: "IDEMPOTENCY_PENDING" });
    // one of each kind through the spec check
    await call("POST", "/api/v1/balance/delta", { body, idempotencyKey: "held" });
    expect((await call("GET", "/api/v1/balance/customers/cust_slow")).body.data.totalDeltas).toBe(1);
  }, 60_000);

  it("0.1 + 0.2 derives to exactly 0.3 and compares equal to 0.3", async () => {
    const { call } = await start();
    for (const delta of [0.1, 0.2]) {
      expect(
        (
          await call("POST", "/api/v1/balance/delta", {
            body: { customerId: "cust_dec", delta, reason: "r" },
          })
        ).status,
      ).toBe(201);
    }
    const derived = await call("GET", "/api/v1/balance/derive/cust_dec");
    expect(derived.text).toContain('"computedBalance":0.3,');
    const compared = await call("POST", "/api/v1/balance/compare", {
      body: { customerId: "cust_dec", yourBalance: 0.3, theirBalance: 0.30000000000000004 },
    });
    expect(compared.body.data).toMatchObject({
      neutralBalance: 0.3,
      matchesYours: true,
      matchesTheirs: false,
    });
  });

  it("rejects bad scopes with their codes and the field named", async () => {
    const { call } = await start();
    await call("POST", "/api/v1/balance/delta", { body: { customerId: "cust_s", delta: 1, reason: "r" } });
    const cases: Array<[string, number, string, string]> = [
      ["period=2026-04&startDate=2026-04-01", 400, "INVALID_SCOPE_COMBINATION", "period"],
      ["period=2026-05", 400, "VALIDATION_ERROR", "period"],
      ["period=2026-13", 400, "VALIDATION_ERROR", "period"],
      ["startDate=2024-01-01&endDate=2026-04-01", 400, "SCOPE_TOO_WIDE", ""],
    ];
    for (const [query, status, code, field] of cases) {
      const answer = await call("GET", `/api/v1/balance/derive/cust_s?${query}`);
      expect([answer.status, answer.body.error.code], query).toEqual([status, code]);
      if (field) expect(answer.body.error.details?.[0]?.path, query).toBe(field);
    }
    const checkpoint = await call("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_s", period: "2026-04", startDate: "2026-04-01" },
    });
    expect(checkpoint.body.error.code).toBe("INVALID_SCOPE_COMBINATION");
    const customer = await call("GET", "/api/v1/balance/customers/cust_s?period=2027-01");
    expect([customer.status, customer.body.error.code]).toEqual([400, "VALIDATION_ERROR"]);
  });

  it("isolates tenants and environments: another ledger's customer and record look unknown", async () => {
    const { call, control } = await start();
    const a = (
      await control("POST", "/tenants", {
        name: "A",
        plan: "growth",
        apiKeys: [{ environment: "test" }, { environment: "live" }],
      })
    ).body.data;
    const b = (await control("POST", "/tenants", { name: "B", plan: "growth" })).body.data;
    const [aTest, aLive] = a.apiKeys.map((key: { apiKey: string }) => key.apiKey);
    const emitted = await call("POST", "/api/v1/balance/delta", {
      apiKey: aTest,
      body: { customerId: "cust_shared", delta: 5, reason: "a-test" },
    });
    const recordId = emitted.body.data.recordId as string;
    await call("POST", "/api/v1/balance/delta", {
      apiKey: aLive,
      body: { customerId: "cust_live_only", delta: 9, reason: "a-live" },
    });

    const strip = (answer: Answer) => ({ ...answer.body, error: { ...answer.body.error, requestId: "" } });
    for (const [who, key] of [
      ["tenant B", b.apiKey],
      ["A's production", aLive],
    ] as const) {
      const foreign = await call("GET", "/api/v1/balance/derive/cust_shared", { apiKey: key });
      const unknown = await call("GET", "/api/v1/balance/derive/cust_never", { apiKey: key });
      expect([foreign.status, strip(foreign)], who).toEqual([404, strip(unknown)]);
      const foreignRecord = await call("GET", `/api/v1/balance/delta/${recordId}`, { apiKey: key });
      const unknownRecord = await call("GET", "/api/v1/balance/delta/rec_unknown1", { apiKey: key });
      expect([foreignRecord.status, strip(foreignRecord)], who).toEqual([404, strip(unknownRecord)]);
    }
    expect(
      (await call("GET", "/api/v1/balance/customers", { apiKey: b.apiKey })).body.data.customers,
    ).toEqual([]);
    const live = await call("GET", "/api/v1/balance/customers", { apiKey: aLive });
    expect(live.body.data.customers.map((c: { customerId: string }) => c.customerId)).toEqual([
      "cust_live_only",
    ]);
    // the same customer id in B is B's own
    await call("POST", "/api/v1/balance/delta", {
      apiKey: b.apiKey,
      body: { customerId: "cust_shared", delta: 1, reason: "b" },
    });
    expect(
      (await call("GET", "/api/v1/balance/derive/cust_shared", { apiKey: b.apiKey })).body.data
        .computedBalance,
    ).toBe(1);
    expect(
      (await call("GET", "/api/v1/balance/derive/cust_shared", { apiKey: aTest })).body.data.computedBalance,
    ).toBe(5);
  });

  it("Free plan: the 100th verified delta is accepted, the 101st is 402 and changes nothing", async () => {
    const { call, control, digest } = await start();
    const free = (await control("POST", "/tenants", { plan: "free" })).body.data;
    const emit = (delta: unknown) =>
      call("POST", "/api/v1/balance/delta", { apiKey: free.apiKey, body: delta });
    const batch = await call("POST", "/api/v1/balance/delta/batch", {
      apiKey: free.apiKey,
      body: {
        deltas: Array.from({ length: 99 }, (_, i) => ({ customerId: "cust_f", delta: 1, reason: `u${i}` })),
      },
    });
    expect(batch.body.data.totalQueued).toBe(99);
    const hundredth = await emit({ customerId: "cust_f", delta: 1, reason: "100th" });
    expect([hundredth.status, hundredth.body.data.sequenceNumber]).toEqual([201, 100]);
    const before = await digest();
    const refused = await emit({ customerId: "cust_f", delta: 1, reason: "101st" });
    expect([refused.status, refused.body.error.code]).toEqual([402, "PLAN_LIMIT_REACHED"]);
    const refusedBatch = await call("POST", "/api/v1/balance/delta/batch", {
      apiKey: free.apiKey,
      body: { deltas: [{ customerId: "cust_g", delta: 1, reason: "other customer" }] },
    });
    expect(refusedBatch.status).toBe(402);
    expect(await digest()).toBe(before);
    const usage = await call("GET", "/api/v1/balance/usage", { apiKey: free.apiKey });
    expect(usage.body.data).toMatchObject({ plan: "free" });
    expect(
      (await call("GET", "/api/v1/balance/derive/cust_f", { apiKey: free.apiKey })).body.data,
    ).toMatchObject({ computedBalance: 100, deltasCount: 100 });
  });

  it("an injected fault never half-applies a write: before → nothing, after → stored and replayed", async () => {
    const { call, control, digest } = await start();
    const body = { customerId: "cust_fault", delta: 3, reason: "r" };

    const start0 = await digest();
    await control("POST", "/faults", { route: "emitDelta", status: 503, retryAfterSeconds: 2, times: 1 });
    const failed = await call("POST", "/api/v1/balance/delta", { body, idempotencyKey: "f-before" });
    expect([failed.status, failed.headers.get("Retry-After")]).toEqual([503, "2"]);
    expect(await digest()).toBe(start0);
    const retried = await call("POST", "/api/v1/balance/delta", { body, idempotencyKey: "f-before" });
    expect([retried.status, retried.headers.get("Idempotent-Replayed")]).toEqual([201, null]);

    const start1 = await digest();
    await control("POST", "/faults", {
      route: "POST /api/v1/balance/delta/batch",
      status: 500,
      when: "after",
      times: 1,
    });
    const batchBody = { deltas: [{ customerId: "cust_fault", delta: -1, reason: "b" }] };
    const afterFault = await call("POST", "/api/v1/balance/delta/batch", {
      body: batchBody,
      idempotencyKey: "f-after",
    });
    expect(afterFault.status).toBe(500);
    const written = await digest();
    expect(written).not.toBe(start1); // the write happened
    const replay = await call("POST", "/api/v1/balance/delta/batch", {
      body: batchBody,
      idempotencyKey: "f-after",
    });
    expect([replay.status, replay.headers.get("Idempotent-Replayed")]).toEqual([201, "true"]);
    expect(await digest()).toBe(written); // …and only once

    await control("POST", "/faults", { route: "emitDelta", networkError: true, times: 1 });
    const beforeDrop = await digest();
    await expect(
      fetch(`${(servers.at(-1) as MockServer).url}/api/v1/balance/delta`, {
        method: "POST",
        headers: {
          "X-Api-Key": (servers.at(-1) as MockServer).pacspace.apiKey,
          "Content-Type": "application/json",
        },
        body: JSON.stringify(body),
      }),
    ).rejects.toThrow();
    expect(await digest()).toBe(beforeDrop);

    const derived = await call("GET", "/api/v1/balance/derive/cust_fault");
    expect(derived.body.data).toMatchObject({ computedBalance: 2, deltasCount: 2 });
  });

  it("two fresh servers with one seed answer one request sequence with identical bytes and request ids", async () => {
    async function transcript(port: number): Promise<{ port: number; lines: string[] }> {
      const { server, call, control } = await start({ seed: "determinism", port });
      const lines: string[] = [];
      const record = async (method: string, path: string, options: CallOptions = {}) => {
        const answer = await call(method, path, options);
        lines.push(`${method} ${path} ${answer.status} ${answer.headers.get("X-Request-Id")} ${answer.text}`);
        return answer;
      };
      const first = await record("POST", "/api/v1/balance/delta", {
        body: { customerId: "c1", delta: 12.5, reason: "a", referenceId: "r-1" },
        idempotencyKey: "k1",
      });
      await record("POST", "/api/v1/balance/delta", {
        body: { customerId: "c1", delta: 12.5, reason: "a", referenceId: "r-1" },
        idempotencyKey: "k1",
      });
      await record("POST", "/api/v1/balance/delta/batch", {
        body: {
          deltas: [
            { customerId: "c1", delta: -2.25, reason: "b" },
            { customerId: "c2", delta: 0, reason: "bad" },
            { customerId: "c2", delta: 4, reason: "c", metadata: { plan: "x" } },
          ],
        },
      });
      await control("POST", "/clock/advance", { ms: 3_600_000 });
      await record("GET", `/api/v1/balance/delta/${first.body.data.recordId}`);
      await record("GET", "/api/v1/balance/derive/c1?granularity=day");
      await record("POST", "/api/v1/balance/compare", {
        body: { customerId: "c1", yourBalance: 10.25, theirBalance: 12.5 },
      });
      const checkpoint = await record("POST", "/api/v1/balance/checkpoint", { body: { customerId: "c1" } });
      const receipt = await record("GET", "/api/v1/balance/receipt/c1");
      await record("GET", `/api/v1/verify/${checkpoint.body.data.proofRoot}`, { apiKey: null });
      await record("GET", `/api/v1/receipt/${receipt.body.data.receiptId}`, { apiKey: null });
      await record("GET", "/api/v1/balance/customers");
      await record("GET", "/api/v1/balance/customers/c1");
      await record("GET", "/api/v1/balance/usage");
      await record("GET", "/api/v1/balance/gaps/c1");
      await record("POST", "/api/v1/balance/delta", { body: { customerId: "c1", delta: 0, reason: "" } });
      await record("GET", "/api/v1/balance/nowhere");
      lines.push((await control("GET", "/snapshot")).text.replace(/"requestId":"[^"]*"/, ""));
      const used = server.port;
      await server.close();
      servers.splice(servers.indexOf(server), 1);
      // let fetch's pool see the closed keep-alive sockets before a new server takes the port
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { port: used, lines };
    }
    // The second server takes the first one's port, so even the verify links are equal.
    const one = await transcript(0);
    const two = await transcript(one.port);
    expect(two.port).toBe(one.port);
    expect(two.lines).toEqual(one.lines);
    expect(one.lines.join("\n")).toContain(`http://127.0.0.1:${one.port}/verify/0x`);
    const requestIds = one.lines.slice(0, -1).map((line) => line.split(" ")[3]);
    expect(requestIds.every((id) => /^req_/.test(id ?? ""))).toBe(true);
    expect(new Set(requestIds).size).toBe(requestIds.length);
  }, 30_000);
});
