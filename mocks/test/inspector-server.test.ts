import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server.js";

// The local server's inspector routes without a browser: the page's files with their
// content types and caching, and the live event stream of the control API.

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ verification: "manual" });
}, 60_000);
afterAll(() => server?.close());

describe("/__mock/ui/", () => {
  it("serves the page with content types and caching: index revalidated, hashed assets immutable", async () => {
    const index = await fetch(`${server.url}/__mock/ui/`);
    expect(index.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(index.headers.get("cache-control")).toBe("no-cache");
    const html = await index.text();
    const script = /src="(assets\/inspector-[\w]+\.js)"/.exec(html)?.[1];
    const style = /href="(assets\/inspector-[\w]+\.css)"/.exec(html)?.[1];
    expect(script && style).toBeTruthy();
    const js = await fetch(`${server.url}/__mock/ui/${script}`);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(js.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const css = await fetch(`${server.url}/__mock/ui/${style}`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const again = await fetch(`${server.url}/__mock/ui/`, {
      headers: { "If-None-Match": index.headers.get("etag") as string },
    });
    expect(again.status).toBe(304);
    const bare = await fetch(`${server.url}/__mock/ui?token=t`, { redirect: "manual" });
    expect([bare.status, bare.headers.get("location")]).toEqual([308, "/__mock/ui/?token=t"]);
    for (const path of ["assets/../../../package.json", "assets/missing.js", "other.html"]) {
      expect((await fetch(`${server.url}/__mock/ui/${path}`)).status, path).toBe(404);
    }
    expect((await fetch(`${server.url}/__mock/ui/`, { method: "POST" })).status).toBe(405);
  });
});

/** Reads server-sent events until `until` holds for the frames so far. */
async function readEvents(
  body: ReadableStream<Uint8Array>,
  until: (events: Array<{ event: string; data: Record<string, unknown> }>) => boolean,
) {
  const reader = body
    .pipeThrough(new TextDecoderStream() as ReadableWritablePair<string, Uint8Array>)
    .getReader();
  const events: Array<{ event: string; data: Record<string, unknown> }> = [];
  let buffer = "";
  while (!until(events)) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    for (let end = buffer.indexOf("\n\n"); end !== -1; end = buffer.indexOf("\n\n")) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.+)$/m.exec(frame)?.[1];
      const data = /^data: (.+)$/m.exec(frame)?.[1];
      if (event && data) events.push({ event, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

describe("GET /__mock/events/stream", () => {
  it("streams ready, then every answered request and every ledger event as they happen", async () => {
    const controller = new AbortController();
    const stream = await fetch(`${server.url}/__mock/events/stream`, { signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(stream.headers.get("cache-control")).toBe("no-store");
    const reading = readEvents(stream.body as ReadableStream<Uint8Array>, (events) =>
      events.some((entry) => entry.event === "ledger" && entry.data.event === "delta.verified"),
    );
    const emitted = await fetch(`${server.url}/api/v1/balance/delta`, {
      method: "POST",
      headers: { "X-Api-Key": server.pacspace.apiKey, "Content-Type": "application/json" },
      body: JSON.stringify({ customerId: "cust_live", delta: 3, reason: "live" }),
    });
    expect(emitted.status).toBe(201);
    await fetch(`${server.url}/__mock/verify`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
    });
    const events = await reading;
    controller.abort();
    expect(events[0]?.event).toBe("ready");
    const request = events.find((entry) => entry.event === "request");
    expect(request?.data).toMatchObject({
      method: "POST",
      path: "/api/v1/balance/delta",
      status: 201,
      requestId: emitted.headers.get("X-Request-Id"),
    });
    const ledger = events.filter((entry) => entry.event === "ledger").map((entry) => entry.data.event);
    expect(ledger).toEqual(["customer.created", "delta.verified"]);
    const verified = events.find((entry) => entry.data.event === "delta.verified");
    expect(verified?.data).toEqual({
      id: expect.stringMatching(/^evt_/),
      event: "delta.verified",
      timestamp: expect.any(String),
      tenantId: server.pacspace.defaultTenant?.tenantId,
      environment: "sandbox",
    });
  });

  it("stops listening to the ledger when the last stream closes", async () => {
    const controller = new AbortController();
    const stream = await fetch(`${server.url}/__mock/events/stream`, { signal: controller.signal });
    await readEvents(stream.body as ReadableStream<Uint8Array>, (events) => events.length > 0);
    controller.abort();
    await expect.poll(() => server.pacspace.requests.listening).toBe(false);
  });
});

describe("the event stream with a control token in force", () => {
  it("is refused without the token and opens with it", async () => {
    const guarded = await startMockServer({ controlToken: "stream-token-0123456789" });
    try {
      const refused = await fetch(`${guarded.url}/__mock/events/stream`);
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
      const controller = new AbortController();
      const stream = await fetch(`${guarded.url}/__mock/events/stream`, {
        headers: { "X-PacSpace-Mock-Token": "stream-token-0123456789" },
        signal: controller.signal,
      });
      expect(stream.status).toBe(200);
      const events = await readEvents(stream.body as ReadableStream<Uint8Array>, (list) => list.length > 0);
      controller.abort();
      expect(events[0]?.event).toBe("ready");
    } finally {
      await guarded.close();
    }
  });
});
