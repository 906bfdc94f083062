import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  errorBody,
  json,
  ok,
  recordingSleep,
  type Step,
  scriptedFetch,
  TEST_API_KEY,
  TEST_SECRET,
} from "../../test/transport/scripted-fetch.js";
import { CadenceLimitError, ConnectionError, errorFromResponse, TimeoutError } from "../errors.js";
import {
  createPacSpaceFetch,
  createPacSpaceTransport,
  getResponseMeta,
  type PacSpaceFetchOptions,
} from "./create-pacspace-fetch.js";

const BASE = "https://api.pacspace.test";
const NOW = Date.parse("2026-03-01T12:00:00Z");

function setup(steps: Step[], options: PacSpaceFetchOptions = {}) {
  const server = scriptedFetch(steps);
  const { sleep, delays } = recordingSleep();
  const pacFetch = createPacSpaceFetch({
    fetch: server.fetch,
    sleep,
    random: () => 0,
    now: () => NOW,
    ...options,
  });
  return { pacFetch, requests: server.requests, delays };
}

function post(path: string, body: unknown, headers: Record<string, string> = {}): [string, RequestInit] {
  return [
    `${BASE}${path}`,
    {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    },
  ];
}

function expectedSignature(t: number, method: string, pathWithQuery: string, body: string): string {
  const hex = createHmac("sha256", TEST_SECRET)
    .update(`${t}.${method}.${pathWithQuery}.${body}`)
    .digest("hex");
  return `t=${t},v1=${hex}`;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("retry matrix", () => {
  const retried: [string, () => Response][] = [
    ["408", () => json(408, errorBody("REQUEST_TIMEOUT"))],
    ["429 RATE_LIMITED", () => json(429, errorBody("RATE_LIMITED"))],
    ["429 without a code", () => json(429, { message: "slow down" })],
    ["500", () => json(500, errorBody("INTERNAL_ERROR"))],
    ["502 with an HTML body", () => new Response("<html>Bad Gateway</html>", { status: 502 })],
    ["503", () => json(503, errorBody("SERVICE_UNAVAILABLE"))],
    ["504", () => json(504, {})],
    ["202 IDEMPOTENCY_PENDING (error envelope)", () => json(202, errorBody("IDEMPOTENCY_PENDING"))],
    [
      "202 PROCESSING with code IDEMPOTENCY_PENDING in data",
      () => json(202, { success: true, data: { status: "PROCESSING", code: "IDEMPOTENCY_PENDING" } }),
    ],
    [
      "202 PROCESSING marked Idempotent-Replayed",
      () => json(202, { success: true, data: { status: "PROCESSING" } }, { "idempotent-replayed": "true" }),
    ],
  ];

  it.each(retried)("retries %s and returns the later success", async (_, first) => {
    const { pacFetch, requests, delays } = setup([first(), ok()]);
    const response = await pacFetch(...post("/api/v1/balance/delta", { delta: 1 }));
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(2);
    expect(delays).toHaveLength(1);
    expect(getResponseMeta(response)?.attempts).toBe(2);
  });

  const notRetried: [string, () => Response][] = [
    ["400", () => json(400, errorBody("VALIDATION_ERROR"))],
    ["401", () => json(401, errorBody("INVALID_API_KEY"))],
    ["402", () => json(402, errorBody("PLAN_LIMIT_REACHED"))],
    ["403", () => json(403, errorBody("FORBIDDEN"))],
    ["404", () => json(404, errorBody("NOT_FOUND"))],
    ["409", () => json(409, errorBody("IDEMPOTENCY_KEY_REUSED"))],
    ["422", () => json(422, errorBody("VALIDATION_ERROR"))],
    [
      "429 CADENCE_LIMIT",
      () => json(429, errorBody("CADENCE_LIMIT", { retryAfterSeconds: 5, customerId: "c1" })),
    ],
    ["429 CADENCE_LIMIT (flat body)", () => json(429, { code: "CADENCE_LIMIT", retryAfterSeconds: 5 })],
    ["501", () => json(501, errorBody("NOT_IMPLEMENTED"))],
    ["200", () => ok()],
    ["201", () => json(201, { success: true, data: { status: "QUEUED" } })],
    ["202 accepted (QUEUED)", () => json(202, { success: true, data: { status: "QUEUED" } })],
    [
      "202 accepted (PROCESSING, not a replay)",
      () => json(202, { success: true, data: { status: "PROCESSING" } }),
    ],
  ];

  it.each(notRetried)("does not retry %s and returns it as-is", async (_, only) => {
    const expected = only();
    const expectedStatus = expected.status;
    const { pacFetch, requests, delays } = setup([expected]);
    const response = await pacFetch(...post("/api/v1/balance/delta", { delta: 1 }));
    expect(response).toBe(expected);
    expect(response.status).toBe(expectedStatus);
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
    expect(getResponseMeta(response)?.attempts).toBe(1);
  });

  it("returns the last response, body intact, once retries are exhausted", async () => {
    const { pacFetch, requests, delays } = setup([
      json(503, errorBody("SERVICE_UNAVAILABLE")),
      json(503, errorBody("SERVICE_UNAVAILABLE")),
      json(503, errorBody("SERVICE_UNAVAILABLE", { message: "last one" })),
    ]);
    const response = await pacFetch(`${BASE}/api/v1/balance/limits`);
    expect(response.status).toBe(503);
    expect(requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
    expect(await response.json()).toMatchObject({ error: { message: "last one" } });
    expect(getResponseMeta(response)).toEqual({ attempts: 3, requestId: "req_503" });
  });

  it("leaves a non-retried error body readable for errorFromResponse", async () => {
    const { pacFetch } = setup([
      json(429, errorBody("CADENCE_LIMIT", { retryAfterSeconds: 30, customerId: "c9" })),
    ]);
    const response = await pacFetch(...post("/api/v1/balance/delta", { delta: 1 }));
    const error = errorFromResponse(response, await response.json());
    expect(error).toBeInstanceOf(CadenceLimitError);
    expect(error).toMatchObject({ customerId: "c9", retryAfterSeconds: 30 });
  });

  it("makes a single attempt with maxRetries 0", async () => {
    const { pacFetch, requests, delays } = setup([json(503, {})], { maxRetries: 0 });
    const response = await pacFetch(`${BASE}/api/v1/balance/limits`);
    expect(response.status).toBe(503);
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("honours a larger maxRetries", async () => {
    const steps = [json(500, {}), json(500, {}), json(500, {}), json(500, {}), ok()];
    const { pacFetch, requests } = setup(steps, { maxRetries: 4 });
    expect((await pacFetch(`${BASE}/x`)).status).toBe(200);
    expect(requests).toHaveLength(5);
  });

  it("rejects invalid options", () => {
    expect(() => createPacSpaceFetch({ maxRetries: -1 })).toThrow(RangeError);
    expect(() => createPacSpaceFetch({ maxRetries: 1.5 })).toThrow(RangeError);
    expect(() => createPacSpaceFetch({ timeout: 0 })).toThrow(RangeError);
  });
});

describe("retry delays", () => {
  it.each([
    ["Retry-After seconds", { "retry-after": "3" }, 3000],
    ["fractional Retry-After", { "retry-after": "1.5" }, 1500],
    ["Retry-After HTTP date", { "retry-after": new Date(NOW + 5000).toUTCString() }, 5000],
    ["Retry-After date in the past", { "retry-after": new Date(NOW - 5000).toUTCString() }, 0],
    ["retry-after-ms", { "retry-after-ms": "250" }, 250],
    ["retry-after-ms over Retry-After", { "retry-after-ms": "250", "retry-after": "9" }, 250],
    ["exactly the 60 s cap", { "retry-after": "60" }, 60_000],
  ])("waits as the server says: %s", async (_, headers, expected) => {
    const { pacFetch, delays } = setup([json(429, errorBody("RATE_LIMITED"), headers), ok()]);
    await pacFetch(`${BASE}/x`);
    expect(delays).toEqual([expected]);
  });

  it("takes body retryAfterSeconds, ahead of the headers", async () => {
    const { pacFetch, delays } = setup([
      json(429, errorBody("RATE_LIMITED", { retryAfterSeconds: 2 }), { "retry-after": "7" }),
      json(503, { retryAfterSeconds: "4" }),
      ok(),
    ]);
    await pacFetch(`${BASE}/x`);
    expect(delays).toEqual([2000, 4000]);
  });

  it("falls back to backoff when Retry-After is unparsable", async () => {
    const { pacFetch, delays } = setup([json(503, {}, { "retry-after": "soon" }), ok()]);
    await pacFetch(`${BASE}/x`);
    expect(delays).toEqual([500]);
  });

  it.each([
    ["Retry-After", json(429, errorBody("RATE_LIMITED"), { "retry-after": "61" })],
    ["retry-after-ms", json(503, {}, { "retry-after-ms": "60001" })],
    ["body retryAfterSeconds", json(503, errorBody("SERVICE_UNAVAILABLE", { retryAfterSeconds: 120 }))],
  ])("surfaces a demand above 60 s (%s) at once instead of sleeping", async (_, response) => {
    const { pacFetch, requests, delays } = setup([response, ok()]);
    const result = await pacFetch(`${BASE}/x`);
    expect(result).toBe(response);
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("backs off exponentially without jitter when random() is 0", async () => {
    const steps = [json(500, {}), json(500, {}), json(500, {}), json(500, {}), json(500, {}), ok()];
    const { pacFetch, delays } = setup(steps, { maxRetries: 5, random: () => 0 });
    await pacFetch(`${BASE}/x`);
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it("subtracts up to 25 % jitter", async () => {
    const steps = [json(500, {}), json(500, {}), ok()];
    const { pacFetch, delays } = setup(steps, { random: () => 0.999999 });
    await pacFetch(`${BASE}/x`);
    expect(delays[0]).toBeCloseTo(375, 3);
    expect(delays[1]).toBeCloseTo(750, 3);
  });

  it("uses the same backoff for network errors", async () => {
    const { pacFetch, delays } = setup([new TypeError("fetch failed"), new TypeError("fetch failed"), ok()], {
      random: () => 0.5,
    });
    await pacFetch(`${BASE}/x`);
    expect(delays).toEqual([437.5, 875]);
  });
});

describe("request headers", () => {
  it("sends one generated Idempotency-Key on every attempt of a write", async () => {
    let generated = 0;
    const { pacFetch, requests } = setup([json(503, {}), json(502, {}), ok()], {
      idempotencyKey: () => `key-${++generated}`,
    });
    const response = await pacFetch(...post("/api/v1/balance/delta", { delta: 1 }));
    expect(generated).toBe(1);
    expect(requests.map((r) => r.headers.get("idempotency-key"))).toEqual(["key-1", "key-1", "key-1"]);
    expect(getResponseMeta(response)?.idempotencyKey).toBe("key-1");
  });

  it("generates a new key per logical call, by default a UUID", async () => {
    const { pacFetch, requests } = setup([ok(), ok()]);
    await pacFetch(...post("/api/v1/balance/delta", { delta: 1 }));
    await pacFetch(...post("/api/v1/balance/delta", { delta: 1 }));
    const [first, second] = requests.map((r) => r.headers.get("idempotency-key"));
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second).not.toBe(first);
  });

  it("keeps the caller's own Idempotency-Key across retries", async () => {
    const generator = vi.fn(() => "generated");
    const { pacFetch, requests } = setup([json(500, {}), ok()], { idempotencyKey: generator });
    await pacFetch(
      ...post("/api/v1/balance/delta", { delta: 1 }, { "Idempotency-Key": "usage:acme:2026-03-01" }),
    );
    expect(generator).not.toHaveBeenCalled();
    expect(requests.map((r) => r.headers.get("idempotency-key"))).toEqual([
      "usage:acme:2026-03-01",
      "usage:acme:2026-03-01",
    ]);
  });

  it.each(["PUT", "PATCH", "DELETE"])("adds an Idempotency-Key to %s", async (method) => {
    const { pacFetch, requests } = setup([ok()], { idempotencyKey: () => "k" });
    await pacFetch(`${BASE}/dashboard/webhooks/1`, { method });
    expect(requests[0]?.headers.get("idempotency-key")).toBe("k");
  });

  it("adds no Idempotency-Key to GET", async () => {
    const { pacFetch, requests } = setup([json(503, {}), ok()]);
    const response = await pacFetch(`${BASE}/api/v1/balance/derive/c1`);
    expect(requests.map((r) => r.headers.has("idempotency-key"))).toEqual([false, false]);
    expect(getResponseMeta(response)?.idempotencyKey).toBeUndefined();
  });

  it("counts retries in X-PacSpace-Retry-Count", async () => {
    const { pacFetch, requests } = setup([json(503, {}), new TypeError("fetch failed"), ok()]);
    await pacFetch(`${BASE}/x`);
    expect(requests.map((r) => r.headers.get("x-pacspace-retry-count"))).toEqual(["0", "1", "2"]);
  });

  it("identifies the SDK in User-Agent, with an optional suffix", async () => {
    const plain = setup([ok()]);
    await plain.pacFetch(`${BASE}/x`);
    expect(plain.requests[0]?.headers.get("user-agent")).toBe("pacspace-sdk-typescript/0.1.0");

    const suffixed = setup([ok()], { userAgent: "billing-worker/2.0" });
    await suffixed.pacFetch(`${BASE}/x`);
    expect(suffixed.requests[0]?.headers.get("user-agent")).toBe(
      "pacspace-sdk-typescript/0.1.0 billing-worker/2.0",
    );
  });

  it("sends X-Api-Key from options unless the request has one", async () => {
    const { pacFetch, requests } = setup([ok(), ok()], { apiKey: TEST_API_KEY });
    await pacFetch(`${BASE}/x`);
    await pacFetch(`${BASE}/x`, { headers: { "X-Api-Key": "pk_live_other.s" } });
    expect(requests.map((r) => r.headers.get("x-api-key"))).toEqual([TEST_API_KEY, "pk_live_other.s"]);

    const anonymous = setup([ok()]);
    await anonymous.pacFetch(`${BASE}/api/v1/verify/abc`);
    expect(anonymous.requests[0]?.headers.has("x-api-key")).toBe(false);
  });

  it("keeps the caller's other headers and resends the body byte for byte", async () => {
    const body = JSON.stringify({ customerId: "c1", delta: 0.1, note: "héllo ✓" });
    const { pacFetch, requests } = setup([json(500, {}), json(500, {}), ok()]);
    await pacFetch(`${BASE}/api/v1/balance/delta`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-custom": "yes" },
      body,
    });
    expect(requests.map((r) => r.body)).toEqual([body, body, body]);
    expect(requests.every((r) => r.headers.get("x-custom") === "yes")).toBe(true);
    expect(requests.every((r) => r.headers.get("content-type") === "application/json")).toBe(true);
  });

  it("accepts a Request as input", async () => {
    const { pacFetch, requests } = setup([json(503, {}), ok()]);
    const request = new Request(`${BASE}/api/v1/balance/delta?dry=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"delta":1}',
    });
    await pacFetch(request);
    expect(requests.map((r) => [r.method, r.url.href, r.body])).toEqual([
      ["POST", `${BASE}/api/v1/balance/delta?dry=1`, '{"delta":1}'],
      ["POST", `${BASE}/api/v1/balance/delta?dry=1`, '{"delta":1}'],
    ]);
  });

  it("hands fetch-only init options (e.g. undici's dispatcher) through to fetch", async () => {
    const dispatcher = { marker: true };
    const { pacFetch, requests } = setup([ok()]);
    await pacFetch(`${BASE}/x`, { dispatcher } as RequestInit);
    expect((requests[0]?.init as { dispatcher?: unknown } | undefined)?.dispatcher).toBe(dispatcher);
  });
});

describe("signed calls", () => {
  const signedSetup = (steps: Step[], options: PacSpaceFetchOptions = {}) =>
    setup(steps, { apiKey: TEST_API_KEY, ...options });

  it.each(["/api/v1/balance/compare", "/api/v1/balance/checkpoint"])(
    "signs POST %s verifiably with the key's secret",
    async (path) => {
      const body = JSON.stringify({ customerId: "c1", yourBalance: 12.5 });
      const { pacFetch, requests } = signedSetup([ok()]);
      await pacFetch(`${BASE}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      const t = Math.floor(NOW / 1000);
      expect(requests[0]?.headers.get("x-pacspace-request-signature")).toBe(
        expectedSignature(t, "POST", path, body),
      );
    },
  );

  it("reads the path a direct send names, and still signs the URL it sends, query included", async () => {
    const server = scriptedFetch([ok()]);
    const shouldSign = vi.fn(() => true);
    const paths: unknown[] = [];
    const transport = createPacSpaceTransport({
      fetch: server.fetch,
      apiKey: TEST_API_KEY,
      now: () => NOW,
      maxRetries: 0,
      shouldSign,
      logger: { debug: (_message, context) => paths.push(context?.path) },
    });
    await transport.send({
      method: "POST",
      url: `${BASE}/api/v1/balance/compare?mode=strict`,
      pathname: "/api/v1/balance/compare",
      headers: new Headers({ "content-type": "application/json" }),
      body: '{"a":1}',
      signal: undefined,
    });
    expect(shouldSign).toHaveBeenCalledWith("POST", "/api/v1/balance/compare");
    expect(paths).toEqual(["/api/v1/balance/compare"]);
    expect(String(server.requests[0]?.url)).toBe(`${BASE}/api/v1/balance/compare?mode=strict`);
    expect(server.requests[0]?.headers.get("x-pacspace-request-signature")).toBe(
      expectedSignature(Math.floor(NOW / 1000), "POST", "/api/v1/balance/compare?mode=strict", '{"a":1}'),
    );
  });

  it("includes the query string in the signed path", async () => {
    const { pacFetch, requests } = signedSetup([ok()]);
    await pacFetch(...post("/api/v1/balance/compare?mode=strict", { a: 1 }));
    const t = Math.floor(NOW / 1000);
    expect(requests[0]?.headers.get("x-pacspace-request-signature")).toBe(
      expectedSignature(t, "POST", "/api/v1/balance/compare?mode=strict", '{"a":1}'),
    );
  });

  it.each([
    ["GET /api/v1/balance/checkpoint", "GET", "/api/v1/balance/checkpoint"],
    ["POST /api/v1/balance/delta", "POST", "/api/v1/balance/delta"],
    ["POST /api/v1/balance/compare-extra", "POST", "/api/v1/balance/compare-extra"],
  ])("does not sign %s", async (_, method, path) => {
    const { pacFetch, requests } = signedSetup([ok()]);
    await pacFetch(`${BASE}${path}`, method === "GET" ? { method } : { method, body: "{}" });
    expect(requests[0]?.headers.has("x-pacspace-request-signature")).toBe(false);
  });

  it("re-signs every attempt with a fresh timestamp over the identical body", async () => {
    let clock = NOW;
    const { pacFetch, requests } = signedSetup([json(503, {}), json(429, errorBody("RATE_LIMITED")), ok()], {
      now: () => {
        clock += 7000;
        return clock;
      },
    });
    const body = JSON.stringify({ customerId: "c1", yourBalance: 3 });
    await pacFetch(...post("/api/v1/balance/compare", { customerId: "c1", yourBalance: 3 }));

    const headers = requests.map((r) => r.headers.get("x-pacspace-request-signature") ?? "");
    const timestamps = headers.map((h) => Number(/^t=(\d+),/.exec(h)?.[1]));
    expect(new Set(timestamps).size).toBe(3);
    expect(timestamps[1]).toBeGreaterThan(timestamps[0] as number);
    expect(timestamps[2]).toBeGreaterThan(timestamps[1] as number);
    requests.forEach((r, i) => {
      expect(r.body).toBe(body);
      expect(headers[i]).toBe(
        expectedSignature(timestamps[i] as number, "POST", "/api/v1/balance/compare", body),
      );
    });
  });

  it("never signs two identical requests alike within one second, so neither is refused as a replay", async () => {
    const { pacFetch, requests } = signedSetup([ok(), json(503, {}), ok(), ok()]);
    const sameCall = () => pacFetch(...post("/api/v1/balance/checkpoint", { customerId: "c1" }));
    await sameCall();
    await sameCall(); // second call, first attempt 503, then a retry: all at the same clock reading
    await pacFetch(...post("/api/v1/balance/checkpoint", { customerId: "c2" }));

    const signatures = requests.map((r) => r.headers.get("x-pacspace-request-signature") ?? "");
    const timestamps = signatures.map((h) => Number(/^t=(\d+),/.exec(h)?.[1]));
    const second = Math.floor(NOW / 1000);
    expect(timestamps).toEqual([second, second + 1, second + 2, second]);
    expect(new Set(signatures).size).toBe(4);
    expect(signatures[3]).toBe(
      expectedSignature(second, "POST", "/api/v1/balance/checkpoint", JSON.stringify({ customerId: "c2" })),
    );
  });

  it("signs with the per-request X-Api-Key when one is given", async () => {
    const { pacFetch, requests } = setup([ok()], { apiKey: "pk_live_zzz.other-secret" });
    await pacFetch(...post("/api/v1/balance/compare", {}, { "x-api-key": TEST_API_KEY }));
    const t = Math.floor(NOW / 1000);
    expect(requests[0]?.headers.get("x-pacspace-request-signature")).toBe(
      expectedSignature(t, "POST", "/api/v1/balance/compare", "{}"),
    );
  });

  it("does not sign when signing is off, no key is known, or the key is malformed", async () => {
    for (const options of [
      { signRequests: false },
      { apiKey: undefined },
      { apiKey: "not-a-pacspace-key" },
    ]) {
      const { pacFetch, requests } = signedSetup([ok()], options);
      await pacFetch(...post("/api/v1/balance/compare", {}));
      expect(requests[0]?.headers.has("x-pacspace-request-signature")).toBe(false);
    }
  });

  it("follows a custom shouldSign", async () => {
    const shouldSign = vi.fn((_method: string, pathname: string) => pathname === "/api/v1/balance/delta");
    const { pacFetch, requests } = signedSetup([ok(), ok()], { shouldSign });
    await pacFetch(...post("/api/v1/balance/delta", {}));
    await pacFetch(...post("/api/v1/balance/compare", {}));
    expect(requests.map((r) => r.headers.has("x-pacspace-request-signature"))).toEqual([true, false]);
    expect(shouldSign).toHaveBeenCalledWith("POST", "/api/v1/balance/delta");
  });
});

describe("aborts, timeouts and network failures", () => {
  it("stops during a backoff sleep with the caller's abort reason", async () => {
    const server = scriptedFetch([json(503, {}), ok()]);
    const controller = new AbortController();
    const reason = new Error("caller gave up");
    const pacFetch = createPacSpaceFetch({
      fetch: server.fetch,
      // A sleep that ignores the signal: the transport must still stop at once.
      sleep: () => {
        queueMicrotask(() => controller.abort(reason));
        return new Promise<void>(() => {});
      },
    });
    await expect(pacFetch(`${BASE}/x`, { signal: controller.signal })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(1);
  });

  it("interrupts the default sleep when aborted", async () => {
    const server = scriptedFetch([json(503, {}, { "retry-after": "30" }), ok()]);
    const controller = new AbortController();
    const pacFetch = createPacSpaceFetch({ fetch: server.fetch });
    const pending = pacFetch(`${BASE}/x`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(server.requests).toHaveLength(1);
  });

  it("aborts an in-flight attempt", async () => {
    const { pacFetch, requests } = setup(["hang"]);
    const controller = new AbortController();
    const pending = pacFetch(`${BASE}/x`, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("stop")), 10);
    await expect(pending).rejects.toThrow("stop");
    expect(requests).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const { pacFetch, requests } = setup([ok()]);
    const reason = new Error("already");
    await expect(pacFetch(`${BASE}/x`, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(requests).toHaveLength(0);
  });

  it("retries an attempt that timed out", async () => {
    const { pacFetch, requests, delays } = setup(["hang", ok()], { timeout: 20 });
    const response = await pacFetch(...post("/api/v1/balance/delta", { delta: 1 }));
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(2);
    expect(delays).toEqual([500]);
    expect(requests[0]?.headers.get("idempotency-key")).toBe(requests[1]?.headers.get("idempotency-key"));
  });

  it("throws TimeoutError when the last attempt times out", async () => {
    const { pacFetch, requests } = setup(["hang", "hang", "hang"], { timeout: 20 });
    const error = await pacFetch(`${BASE}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ name: "TimeoutError", code: "TIMEOUT" });
    expect(requests).toHaveLength(3);
  });

  it("throws ConnectionError, with the cause, after the last network error", async () => {
    const cause = new TypeError("fetch failed");
    const { pacFetch, requests } = setup([
      new TypeError("fetch failed"),
      new TypeError("fetch failed"),
      cause,
    ]);
    const error = await pacFetch(`${BASE}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: "CONNECTION_ERROR", cause });
    expect((error as Error).message).toContain("3 attempts");
    expect(requests).toHaveLength(3);
  });

  it("throws ConnectionError at once with maxRetries 0", async () => {
    const { pacFetch, requests, delays } = setup([new TypeError("fetch failed")], { maxRetries: 0 });
    await expect(pacFetch(`${BASE}/x`)).rejects.toBeInstanceOf(ConnectionError);
    expect(requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  it("recovers from a network error", async () => {
    const { pacFetch, requests } = setup([new TypeError("fetch failed"), ok()]);
    expect((await pacFetch(`${BASE}/x`)).status).toBe(200);
    expect(requests).toHaveLength(2);
  });
});

describe("defaults", () => {
  it("looks globalThis.fetch up on every call", async () => {
    const pacFetch = createPacSpaceFetch();
    const first = scriptedFetch([ok({ n: 1 })]);
    const second = scriptedFetch([ok({ n: 2 })]);
    vi.stubGlobal("fetch", first.fetch);
    await pacFetch(`${BASE}/x`);
    vi.stubGlobal("fetch", second.fetch);
    await pacFetch(`${BASE}/x`);
    expect(first.requests).toHaveLength(1);
    expect(second.requests).toHaveLength(1);
  });
});

describe("logging", () => {
  it("logs a debug line per attempt and a warn per retry, never the secret or the signature", async () => {
    const lines: { level: string; text: string }[] = [];
    const capture =
      (level: string) =>
      (...args: unknown[]) =>
        lines.push({
          level,
          text: args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "),
        });
    const logger = {
      debug: capture("debug"),
      info: capture("info"),
      warn: capture("warn"),
      error: capture("error"),
    };

    const signed = setup([json(503, {}), new TypeError(`fetch failed for ${BASE}`), ok()], {
      apiKey: TEST_API_KEY,
      logger,
    });
    await signed.pacFetch(...post("/api/v1/balance/compare", { customerId: "c1", yourBalance: 1 }));
    const failing = setup([new TypeError("fetch failed"), "hang"], {
      apiKey: TEST_API_KEY,
      logger,
      timeout: 20,
      maxRetries: 1,
    });
    await failing.pacFetch(...post("/api/v1/balance/checkpoint", {})).catch(() => undefined);

    expect(lines.filter((l) => l.level === "debug" && l.text.includes("attempt"))).toHaveLength(5);
    expect(lines.filter((l) => l.level === "warn")).toHaveLength(3);
    const everything = lines.map((l) => l.text).join("\n");
    const signatures = [...signed.requests, ...failing.requests].map(
      (r) => r.headers.get("x-pacspace-request-signature") ?? "",
    );
    expect(signatures.every((s) => s.startsWith("t="))).toBe(true);
    expect(everything).not.toContain(TEST_SECRET);
    expect(everything).not.toContain(TEST_API_KEY);
    for (const signature of signatures) expect(everything).not.toContain(signature.split("v1=")[1]);
  });
});
