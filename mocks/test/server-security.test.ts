import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Clock } from "../src/clock.js";
import { type MockServer, type StartMockServerOptions, startMockServer } from "../src/server.js";

/**
 * The local server attacked the way a careless network or a hostile page would, over real
 * HTTP: who may drive the control API, which secrets an instance hands out, where
 * webhooks may point, what the clock accepts, and the exact balances of derive/compare.
 */

const servers: MockServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: StartMockServerOptions = {}): Promise<MockServer> {
  const server = await startMockServer(options);
  servers.push(server);
  return server;
}

const JSON_TYPE = { "Content-Type": "application/json" };

async function send(
  server: MockServer,
  method: string,
  path: string,
  init: { body?: string; headers?: Record<string, string> } = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: init.headers ?? {},
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await response.text();
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields
  const body: any = text === "" ? undefined : JSON.parse(text);
  return { status: response.status, headers: response.headers, text, body };
}

/** A JSON call; `apiKey` defaults to the server's default sandbox key. */
function json(server: MockServer, method: string, path: string, body?: unknown, headers = {}) {
  return send(server, method, path, {
    headers: { ...JSON_TYPE, "X-Api-Key": server.pacspace.apiKey, ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function deltaCount(server: MockServer, headers: Record<string, string> = {}): Promise<number> {
  return (await send(server, "GET", "/__mock/snapshot", { headers })).body.data.deltas;
}

describe("the control API and other origins", () => {
  it("answers no CORS, so a page on another origin can neither preflight nor read it", async () => {
    const server = await start();
    const origin = { Origin: "https://evil.example" };
    const preflight = await send(server, "OPTIONS", "/__mock/reset", {
      headers: {
        ...origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    const reset = await send(server, "POST", "/__mock/reset", { headers: { ...origin, ...JSON_TYPE } });
    for (const answer of [preflight, reset]) {
      expect(answer.headers.get("Access-Control-Allow-Origin")).toBeNull();
      expect(answer.headers.get("Access-Control-Allow-Credentials")).toBeNull();
      expect(answer.headers.get("Access-Control-Allow-Headers")).toBeNull();
    }
    // in any case and under any prefix the routes match
    const upper = await send(server, "GET", "/x/__MOCK/snapshot", { headers: origin });
    expect(upper.status).toBe(200);
    expect(upper.headers.get("Access-Control-Allow-Origin")).toBeNull();
    // the Balance API keeps answering browser apps on other ports
    const api = await json(server, "GET", "/api/v1/balance/limits", undefined, origin);
    expect(api.headers.get("Access-Control-Allow-Origin")).toBe("https://evil.example");
  });

  it("refuses a text/plain or bodiless POST (no preflight in a browser) with 415, and changes nothing", async () => {
    const server = await start();
    await json(server, "POST", "/api/v1/balance/delta", { customerId: "c", delta: 1, reason: "r" });
    const attempts = [
      send(server, "POST", "/__mock/reset", { headers: { "Content-Type": "text/plain" }, body: "{}" }),
      send(server, "POST", "/__mock/reset"),
      send(server, "POST", "/__mock/faults", {
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: '{"route":"*","status":500}',
      }),
      send(server, "POST", "/__mock/approval-tokens", {
        headers: { "Content-Type": "text/plain;charset=UTF-8" },
        body: '{"email":"mallory@evil.example"}',
      }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.status).toBe(415);
      expect(answer.body).toMatchObject({ success: false, error: { code: "UNSUPPORTED_MEDIA_TYPE" } });
      expect(answer.body.error.requestId).toMatch(/^req_/);
    }
    expect(await deltaCount(server)).toBe(1);
    expect((await send(server, "GET", "/__mock/faults")).body.data.faults).toEqual([]);
    const reset = await send(server, "POST", "/__mock/reset", {
      headers: { "Content-Type": "application/json; charset=utf-8" },
    });
    expect(reset.status).toBe(200);
    expect(await deltaCount(server)).toBe(0);
  });
});

describe("the control token", () => {
  it("on loopback without a token, none is needed", async () => {
    const server = await start();
    expect(server.controlToken).toBeNull();
    expect((await send(server, "GET", "/__mock/clock")).status).toBe(200);
  });

  it("a token set on a loopback server is enforced on every control call (401 without it)", async () => {
    const controlToken = "t0ken-for-the-control-api";
    const server = await start({ controlToken });
    expect(server.controlToken).toBe(controlToken);
    const missing = await send(server, "GET", "/__mock/snapshot");
    const wrong = await send(server, "POST", "/__mock/reset", {
      headers: { ...JSON_TYPE, "X-PacSpace-Mock-Token": "t0ken-for-the-control-apX" },
    });
    for (const answer of [missing, wrong]) {
      expect(answer.status).toBe(401);
      expect(answer.body.error).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(answer.body.error.message).toContain("X-PacSpace-Mock-Token");
    }
    const right = await send(server, "GET", "/__mock/snapshot", {
      headers: { "X-PacSpace-Mock-Token": controlToken },
    });
    expect(right.status).toBe(200);
    // the Balance API does not need it
    expect((await json(server, "GET", "/api/v1/balance/limits")).status).toBe(200);
  });

  it("bound beyond loopback, a random token is made up and required", async () => {
    const [one, two] = await Promise.all([start({ host: "0.0.0.0" }), start({ host: "0.0.0.0" })]);
    const token = one.controlToken as string;
    expect(token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(two.controlToken).not.toBe(token);
    const local = `http://127.0.0.1:${one.port}`;
    const without = await fetch(`${local}/__mock/reset`, { method: "POST", headers: JSON_TYPE });
    expect(without.status).toBe(401);
    const other = await fetch(`${local}/__mock/clock`, {
      headers: { "X-PacSpace-Mock-Token": two.controlToken as string },
    });
    expect(other.status).toBe(401);
    const withToken = await fetch(`${local}/__mock/clock`, { headers: { "X-PacSpace-Mock-Token": token } });
    expect(withToken.status).toBe(200);
  });

  it("every control operation of spec/mock-control.yaml refuses a call without the token", async () => {
    const spec = parse(readFileSync(new URL("../../spec/mock-control.yaml", import.meta.url), "utf8")) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const server = await start({ controlToken: "t0ken-for-the-control-api" });
    const calls = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((method) => ["get", "post", "put", "patch", "delete"].includes(method))
        .map((method) => [method.toUpperCase(), path.replace(/\{[^}]+\}/g, "x")] as const),
    );
    expect(calls.length).toBeGreaterThan(15);
    for (const [method, path] of calls) {
      const answer = await send(server, method, path, {
        headers: JSON_TYPE,
        ...(method === "GET" || method === "DELETE" ? {} : { body: "{}" }),
      });
      expect(answer.status, `${method} ${path}`).toBe(401);
    }
  });

  it("refuses a token that is too short to be one", async () => {
    await expect(start({ controlToken: "short" })).rejects.toThrow(/controlToken/);
  });
});

describe("secrets", () => {
  async function sessionOn(server: MockServer): Promise<{ token: string; approvalToken: string }> {
    const email = "jane@acme.example";
    const approval = await json(server, "POST", "/__mock/approval-tokens", { email });
    const approvalToken = approval.body.data.approvalToken as string;
    await json(server, "POST", "/dashboard/auth/register", {
      name: "Jane",
      email,
      password: "SecurePass1",
      organization: "Acme",
      approvalToken,
    });
    const login = await json(server, "POST", "/dashboard/auth/login", { email, password: "SecurePass1" });
    expect(login.status).toBe(200);
    return { token: login.body.data.token, approvalToken };
  }

  it("differ between fresh instances: a session token from one does not log into another", async () => {
    const [mine, theirs] = await Promise.all([start(), start()]);
    const [own, victim] = [await sessionOn(mine), await sessionOn(theirs)];
    expect(own.token).not.toBe(victim.token);
    expect(own.approvalToken).not.toBe(victim.approvalToken);
    const me = await send(theirs, "GET", "/dashboard/auth/me", {
      headers: { Authorization: `Bearer ${own.token}` },
    });
    expect(me.status).toBe(401);
    const ownMe = await send(mine, "GET", "/dashboard/auth/me", {
      headers: { Authorization: `Bearer ${own.token}` },
    });
    expect(ownMe.status).toBe(200);
    const tenants = await Promise.all(
      [mine, theirs].map((server) => json(server, "POST", "/__mock/tenants", { name: "T" })),
    );
    const [a, b] = tenants.map((tenant) => tenant.body.data.apiKey as string);
    expect((a as string).split(".")[0]).toBe((b as string).split(".")[0]);
    expect(a).not.toBe(b);
  });

  it("repeat across instances with deterministic: true, and the demo key stays what it is", async () => {
    const options = { deterministic: true, defaultTenant: { apiKey: "pk_test_demo.demo_secret" } };
    const [one, two] = await Promise.all([start(options), start(options)]);
    expect((await sessionOn(one)).token).toBe((await sessionOn(two)).token);
    expect(one.pacspace.apiKey).toBe("pk_test_demo.demo_secret");
  });

  it("survive a reset unchanged (the default key keeps working)", async () => {
    const server = await start();
    const key = server.pacspace.apiKey;
    await send(server, "POST", "/__mock/reset", { headers: JSON_TYPE });
    expect(server.pacspace.apiKey).toBe(key);
    expect((await json(server, "GET", "/api/v1/balance/limits")).status).toBe(200);
  });
});

describe("webhook URLs pointing at the server itself", () => {
  async function dashboardSession(server: MockServer): Promise<Record<string, string>> {
    const email = "ops@acme.example";
    const approval = await json(server, "POST", "/__mock/approval-tokens", { email });
    await json(server, "POST", "/dashboard/auth/register", {
      name: "Ops",
      email,
      password: "SecurePass1",
      organization: "Acme",
      approvalToken: approval.body.data.approvalToken,
    });
    const login = await json(server, "POST", "/dashboard/auth/login", { email, password: "SecurePass1" });
    return { Authorization: `Bearer ${login.body.data.token}`, "X-Pacspace-CSRF": "1" };
  }

  it("are refused with a 400 naming /url, in every spelling of a loopback host; other ports are fine", async () => {
    const server = await start();
    const auth = await dashboardSession(server);
    const port = server.port;
    for (const url of [
      `http://127.0.0.1:${port}/__mock/reset`,
      `http://localhost:${port}/__mock/reset`,
      `http://LOCALHOST.:${port}/x`,
      `http://[::1]:${port}/__mock/reset`,
      `http://0.0.0.0:${port}/__mock/reset`,
      `http://127.1.2.3:${port}/`,
      `http://2130706433:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
    ]) {
      const refused = await json(server, "POST", "/dashboard/webhooks", { url }, auth);
      expect(refused.status, url).toBe(400);
      expect(refused.body.error.code, url).toBe("VALIDATION_ERROR");
      expect(refused.body.error.details, url).toEqual([
        { path: "/url", message: expect.stringContaining("must not point at this mock server itself") },
      ]);
    }
    const elsewhere = await json(
      server,
      "POST",
      "/dashboard/webhooks",
      { url: `http://127.0.0.1:${port === 65535 ? 1 : port + 1}/hooks` },
      auth,
    );
    expect(elsewhere.status).toBe(201);
    const moved = await json(
      server,
      "PATCH",
      `/dashboard/webhooks/${elsewhere.body.data.id}`,
      { url: `http://localhost:${port}/__mock/reset` },
      auth,
    );
    expect(moved.status).toBe(400);
    expect(moved.body.error.details[0].path).toBe("/url");
  });

  it("are accepted when the allow-list names them", async () => {
    const server = await start({ webhooks: { allowUrls: ["http://127.0.0.1:"] } });
    const auth = await dashboardSession(server);
    const allowed = await json(
      server,
      "POST",
      "/dashboard/webhooks",
      { url: `http://127.0.0.1:${server.port}/receiver` },
      auth,
    );
    expect(allowed.status).toBe(201);
    const other = await json(
      server,
      "POST",
      "/dashboard/webhooks",
      { url: `http://localhost:${server.port}/receiver` },
      auth,
    );
    expect(other.status).toBe(400);
  });
});

describe("the clock", () => {
  it("refuses non-finite, negative and absurd values with a 400 naming the field, and keeps serving", async () => {
    const server = await start({ verification: "delay:10" });
    for (const body of ['{"ms":1e308}', '{"ms":-1}', '{"ms":"soon"}', '{"ms":3e14}']) {
      const answer = await send(server, "POST", "/__mock/clock/advance", { headers: JSON_TYPE, body });
      expect(answer.status, body).toBe(400);
      expect(answer.body.error.details[0].path, body).toBe("/ms");
    }
    for (const body of ['{"time":8.64e15}', '{"time":-5}', '{"time":"+275760-09-13T00:00:00Z"}']) {
      const answer = await send(server, "POST", "/__mock/clock/set", { headers: JSON_TYPE, body });
      expect(answer.status, body).toBe(400);
      expect(answer.body.error.details[0].path, body).toBe("/time");
    }
    const emitted = await json(server, "POST", "/api/v1/balance/delta", {
      customerId: "c",
      delta: 1,
      reason: "r",
    });
    expect(emitted.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await send(server, "GET", "/__mock/clock")).status).toBe(200);
    expect(() => server.pacspace.clock.advance(1e308)).toThrow(RangeError);
  });

  it("a clock beyond any date does not end the process from the verification timer", async () => {
    let now = Date.UTC(2026, 3, 15);
    const clock: Clock = { now: () => now };
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const server = await start({ clock, verification: "delay:10", tickMs: 5 });
      await json(server, "POST", "/api/v1/balance/delta", { customerId: "c", delta: 1, reason: "r" });
      now = 1e308;
      await new Promise((resolve) => setTimeout(resolve, 60));
      now = Date.UTC(2026, 3, 15, 0, 1);
      expect(errors.length).toBeGreaterThan(0);
      expect((await send(server, "GET", "/__mock/clock")).status).toBe(200);
    } finally {
      console.error = original;
    }
  });
});

describe("derive and compare over HTTP", () => {
  it("checkpoint-mode derive counts a delta verified after the checkpoint below its last sequence number", async () => {
    const server = await start({ verification: "manual" });
    const ids: string[] = [];
    for (const delta of [1, 10, 100]) {
      const emitted = await json(server, "POST", "/api/v1/balance/delta", {
        customerId: "c",
        delta,
        reason: "r",
      });
      ids.push(emitted.body.data.recordId);
    }
    await json(server, "POST", "/__mock/verify", { recordIds: [ids[0], ids[2]] });
    const checkpoint = (await json(server, "POST", "/api/v1/balance/checkpoint", { customerId: "c" })).body
      .data;
    expect(checkpoint.closingBalance).toBe(101);
    await json(server, "POST", "/__mock/verify", { recordIds: [ids[1]] });
    const query = `startingCheckpoint=${checkpoint.proofRoot}&startingBalance=${checkpoint.closingBalance}`;
    const fromCheckpoint = await json(server, "GET", `/api/v1/balance/derive/c?${query}`);
    const full = await json(server, "GET", "/api/v1/balance/derive/c");
    expect(fromCheckpoint.body.data.computedBalance).toBe(111);
    expect(full.body.data.computedBalance).toBe(111);
  });

  it("derive writes 1000000000 + 1e-9 with every digit, and compare with that number matches", async () => {
    const server = await start({ verification: "immediate" });
    for (const delta of ["1000000000", "1e-9"]) {
      const emitted = await send(server, "POST", "/api/v1/balance/delta", {
        headers: { ...JSON_TYPE, "X-Api-Key": server.pacspace.apiKey },
        body: `{"customerId":"c","delta":${delta},"reason":"r"}`,
      });
      expect(emitted.status).toBe(201);
    }
    const derived = await json(server, "GET", "/api/v1/balance/derive/c");
    expect(derived.text).toContain('"computedBalance":1000000000.000000001');
    const compared = await send(server, "POST", "/api/v1/balance/compare", {
      headers: { ...JSON_TYPE, "X-Api-Key": server.pacspace.apiKey },
      body: '{"customerId":"c","yourBalance":1000000000.000000001,"theirBalance":1000000000}',
    });
    expect(compared.status).toBe(200);
    expect(compared.body.data).toMatchObject({
      matchesYours: true,
      matchesTheirs: false,
      outcome: "yours_matches",
    });
    expect(compared.text).toContain('"neutralBalance":1000000000.000000001');
  });
});
