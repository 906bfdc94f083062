import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createManualClock } from "../src/clock.js";
import { type MockServer, type StartMockServerOptions, startMockServer } from "../src/server.js";

/**
 * The server's input limits over raw sockets (a client can send what fetch never would): an
 * oversized or never-finished body, a malformed path or Host, a non-JSON body, text with a
 * lone surrogate. Each gets its status and the JSON error envelope naming the problem,
 * never a 500, never a held connection.
 */

const T0 = Date.UTC(2026, 3, 15, 12);
const servers: MockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: StartMockServerOptions = {}) {
  const server = await startMockServer({
    clock: createManualClock(T0),
    verification: "immediate",
    seed: "limits",
    ...options,
  });
  servers.push(server);
  return server;
}

interface RawAnswer {
  status: number;
  head: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON fields
  body: any;
  /** The server closed the connection. */
  closed: boolean;
  /** ms from the first byte written to the answer. */
  ms: number;
}

/**
 * Writes `head` (and then each of `chunks`) on a new connection and reads the first answer;
 * `closed` tells whether the server then closed the connection (within `closeWithinMs`).
 */
function raw(port: number, head: string, chunks: Array<string | Buffer> = [], closeWithinMs = 2_000) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const started = performance.now();
    let received = "";
    let answeredAt: number | null = null;
    const finish = (closed: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      const [headText = "", bodyText = ""] = received.split("\r\n\r\n");
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headText)?.[1] ?? 0);
      resolve({
        status,
        head: headText,
        body: bodyText === "" ? null : JSON.parse(bodyText),
        closed,
        ms: (answeredAt ?? performance.now()) - started,
      });
    };
    let timer = setTimeout(() => finish(false), 15_000);
    socket.on("data", (data) => {
      received += data.toString("latin1");
      if (answeredAt === null) {
        answeredAt = performance.now();
        clearTimeout(timer);
        timer = setTimeout(() => finish(false), closeWithinMs);
      }
    });
    socket.on("close", () => finish(true));
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "ECONNRESET" && error.code !== "EPIPE") reject(error);
    });
    socket.write(head);
    for (const chunk of chunks) if (!socket.destroyed) socket.write(chunk);
  });
}

function post(path: string, headers: Record<string, string>): string {
  return `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("")}\r\n`;
}

describe("request body limits", () => {
  it("answers 413 as soon as the declared Content-Length exceeds the cap, without reading the body", async () => {
    const server = await start();
    const answer = await raw(
      server.port,
      post("/api/v1/balance/delta", {
        "X-Api-Key": server.pacspace.apiKey,
        "Content-Type": "application/json",
        "Content-Length": String(100 * 1024 * 1024),
      }),
      [Buffer.alloc(64 * 1024, 0x20)],
    );
    expect(answer.status).toBe(413);
    expect(answer.body.success).toBe(false);
    expect(answer.body.error).toMatchObject({
      code: "VALIDATION_ERROR",
      details: [{ path: "body", message: "must be at most 1048576 bytes" }],
    });
    expect(answer.closed).toBe(true);
  });

  it("answers 413 while a chunked body streams past the cap (--max-body), and stops reading it", async () => {
    const server = await start({ maxBodyBytes: 1024 });
    const chunk = `${(400).toString(16)}\r\n${"x".repeat(400)}\r\n`;
    const answer = await raw(
      server.port,
      post("/api/v1/balance/delta", {
        "X-Api-Key": server.pacspace.apiKey,
        "Content-Type": "application/json",
        "Transfer-Encoding": "chunked",
      }),
      [chunk, chunk, chunk, chunk],
    );
    expect(answer.status).toBe(413);
    expect(answer.body.error.details).toEqual([{ path: "body", message: "must be at most 1024 bytes" }]);
    expect(answer.closed).toBe(true);
    expect(server.pacspace.inspect().tenants[0]?.environments.sandbox?.deltas).toHaveLength(0);
  });

  it("accepts a body up to the cap", async () => {
    const server = await start({ maxBodyBytes: 200 });
    const body = JSON.stringify({ customerId: "c1", delta: 1, reason: "r".repeat(120) });
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(200);
    const response = await fetch(`${server.url}/api/v1/balance/delta`, {
      method: "POST",
      headers: { "X-Api-Key": server.pacspace.apiKey, "Content-Type": "application/json" },
      body,
    });
    expect(response.status).toBe(201);
  });
});

describe("server timeouts", () => {
  it("a declared length larger than what arrives ends in 408 and a closed connection, not a held request", async () => {
    const server = await start({ requestTimeoutMs: 400 });
    const answer = await raw(
      server.port,
      post("/api/v1/balance/delta", {
        "X-Api-Key": server.pacspace.apiKey,
        "Content-Type": "application/json",
        "Content-Length": "1000",
      }),
      ['{"customerId":'],
    );
    expect(answer.status).toBe(408);
    expect(answer.body.error.code).toBe("VALIDATION_ERROR");
    expect(answer.closed).toBe(true);
    expect(answer.ms).toBeLessThan(5_000);
  });

  it("cuts off a client that never finishes its headers", async () => {
    const server = await start({ requestTimeoutMs: 400, headersTimeoutMs: 300 });
    const answer = await raw(server.port, "GET /api/v1/balance/limits HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    expect(answer.status).toBe(408);
    expect(answer.closed).toBe(true);
  });

  it("announces a 65-second keep-alive and keeps an idle connection open", async () => {
    const server = await start();
    const answer = await raw(server.port, "GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", [], 1_500);
    expect(answer.status).toBe(404);
    expect(answer.head).toMatch(/^keep-alive: timeout=65$/im);
    expect(answer.closed).toBe(false);
  });

  it("closes an idle connection after keepAliveTimeoutMs", async () => {
    const server = await start({ keepAliveTimeoutMs: 300 });
    const answer = await raw(server.port, "GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", [], 3_000);
    expect(answer.status).toBe(404);
    expect(answer.closed).toBe(true);
  });
});

describe("request targets and Host", () => {
  it("answers a malformed percent-encoding in the path with 400 in the error envelope", async () => {
    const server = await start();
    for (const path of ["/api/v1/balance/derive/%E0%A4%A", "/api/v1/%ZZ", "/nowhere/%E0"]) {
      const answer = await raw(
        server.port,
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: ${server.pacspace.apiKey}\r\n\r\n`,
      );
      expect(answer.status, path).toBe(400);
      expect(answer.head, path).toMatch(/content-type: application\/json/i);
      expect(answer.body.error, path).toMatchObject({
        code: "VALIDATION_ERROR",
        details: [{ path: "path" }],
      });
    }
  });

  it("answers an unparsable Host with 400, and never routes by it", async () => {
    const server = await start();
    const limits = (host: string) =>
      raw(
        server.port,
        `GET /api/v1/balance/limits HTTP/1.1\r\nHost: ${host}\r\nX-Api-Key: ${server.pacspace.apiKey}\r\n\r\n`,
        [],
        100,
      );
    const crafted = await limits("127.0.0.1/__mock/snapshot?");
    expect(crafted.status).toBe(400);
    expect(crafted.body.error.details).toEqual([
      { path: "Host", message: "must be a host name or address with an optional port" },
    ]);
    expect(JSON.stringify(crafted.body)).not.toContain("tenants");
    for (const host of ["a b", "[::1", "host:port"]) expect((await limits(host)).status, host).toBe(400);
    // a well-formed but unrelated Host still reaches the route the path names
    const elsewhere = await limits("snapshot.example:9");
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.data).toHaveProperty("maxScopeMonths");
    const absolute = await raw(
      server.port,
      `GET http://127.0.0.1/__mock/snapshot/../../api/v1/balance/limits HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Api-Key: ${server.pacspace.apiKey}\r\n\r\n`,
      [],
      100,
    );
    expect(absolute.status).toBe(200);
    expect(absolute.body.data).toHaveProperty("maxScopeMonths");
  });
});

describe("bodies", () => {
  it("answers a JSON route sent anything but JSON with 415, naming Content-Type", async () => {
    const server = await start();
    const body = JSON.stringify({ customerId: "c1", delta: 1, reason: "r" });
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", null]) {
      const answer = await raw(
        server.port,
        post("/api/v1/balance/delta", {
          "X-Api-Key": server.pacspace.apiKey,
          "Content-Length": String(body.length),
          ...(contentType === null ? {} : { "Content-Type": contentType }),
        }),
        [body],
        100,
      );
      expect(answer.status, String(contentType)).toBe(415);
      expect(answer.body.error.details[0].path).toBe("Content-Type");
    }
    for (const contentType of [
      "application/json; charset=utf-8",
      "Application/JSON",
      "application/merge+json",
    ]) {
      const response = await fetch(`${server.url}/api/v1/balance/delta`, {
        method: "POST",
        headers: { "X-Api-Key": server.pacspace.apiKey, "Content-Type": contentType },
        body: JSON.stringify({ customerId: "c1", delta: 1, reason: contentType }),
      });
      expect(response.status, contentType).toBe(201);
    }
    expect(server.pacspace.inspect().tenants[0]?.environments.sandbox?.deltas).toHaveLength(3);
  });

  it("refuses a lone surrogate with 400 naming the field; in a batch only that item fails", async () => {
    const server = await start();
    const send = (path: string, body: string) =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "X-Api-Key": server.pacspace.apiKey, "Content-Type": "application/json" },
        body,
      });
    const single = await send("/api/v1/balance/delta", '{"customerId":"c1","delta":1,"reason":"x\\ud800"}');
    expect(single.status).toBe(400);
    expect((await single.json()).error.details).toEqual([
      { path: "/reason", message: "must be well-formed Unicode text (no lone surrogate \\ud800–\\udfff)" },
    ]);
    const batch = await send(
      "/api/v1/balance/delta/batch",
      '{"deltas":[{"customerId":"c1","delta":1,"reason":"good"},{"customerId":"c1","delta":2,"reason":"x\\udc00"},{"customerId":"c1","delta":3,"reason":"also good"}]}',
    );
    expect(batch.status).toBe(201);
    const results = (await batch.json()).data.results;
    expect(results.map((result: { status: string }) => result.status)).toEqual([
      "QUEUED",
      "FAILED",
      "QUEUED",
    ]);
    expect(results[1].errorMessage).toContain("/deltas/1/reason");
    const snapshot = await fetch(`${server.url}/__mock/snapshot`);
    expect(snapshot.status).toBe(200);
  });

  it("validates batch items exactly like single emits: an unknown field fails its item, named", async () => {
    const server = await start();
    const send = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "X-Api-Key": server.pacspace.apiKey, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    const typo = { customerId: "c1", delta: 1, reason: "r", referenceID: "ref-1" };
    const single = await send("/api/v1/balance/delta", typo);
    expect(single.status).toBe(400);
    expect((await single.json()).error.details).toEqual([
      { path: "/referenceID", message: "is not an accepted field" },
    ]);
    const batch = await send("/api/v1/balance/delta/batch", {
      deltas: [typo, { customerId: "c1", delta: 2, reason: "fine" }],
    });
    expect(batch.status).toBe(201);
    const results = (await batch.json()).data.results;
    expect(results[0]).toMatchObject({ status: "FAILED", error: "VALIDATION_ERROR" });
    expect(results[0].errorMessage).toContain("/deltas/0/referenceID: is not an accepted field");
    expect(results[1].status).toBe("QUEUED");
  });
});
