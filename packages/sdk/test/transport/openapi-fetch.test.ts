import { createHmac } from "node:crypto";
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { CadenceLimitError, errorFromResponse, TimeoutError, throwIfError } from "../../src/errors.js";
import { createPacSpaceFetch, getResponseMeta } from "../../src/transport/index.js";
import {
  errorBody,
  json,
  recordingSleep,
  scriptedFetch,
  TEST_API_KEY,
  TEST_SECRET,
} from "./scripted-fetch.js";

// A minimal hand-written `paths`: this test is about the transport, not the generated schema.
interface ErrorEnvelope {
  success: false;
  error: {
    code: string;
    message: string;
    requestId?: string;
    retryAfterSeconds?: number;
    customerId?: string;
  };
}
interface CompareBody {
  customerId: string;
  yourBalance: number;
}
interface paths {
  "/api/v1/balance/compare": {
    post: {
      requestBody: { content: { "application/json": CompareBody } };
      responses: {
        200: { content: { "application/json": { success: true; data: { matchesYours: boolean } } } };
        429: { content: { "application/json": ErrorEnvelope } };
      };
    };
  };
  "/api/v1/balance/derive/{customerId}": {
    get: {
      parameters: { path: { customerId: string } };
      responses: { 200: { content: { "application/json": { success: true; data: { balance: number } } } } };
    };
  };
}

const BASE = "https://api.pacspace.test";
const NOW = Date.parse("2026-03-01T12:00:00Z");

function client(steps: Parameters<typeof scriptedFetch>[0], timeout?: number) {
  const server = scriptedFetch(steps);
  const { sleep, delays } = recordingSleep();
  const api = createClient<paths>({
    baseUrl: BASE,
    fetch: createPacSpaceFetch({
      apiKey: TEST_API_KEY,
      fetch: server.fetch,
      sleep,
      now: () => NOW,
      ...(timeout === undefined ? {} : { timeout }),
    }),
  });
  return { api, requests: server.requests, delays };
}

describe("createPacSpaceFetch inside openapi-fetch", () => {
  it("retries a signed compare and hands openapi-fetch the parsed success", async () => {
    const { api, requests } = client([
      json(503, errorBody("SERVICE_UNAVAILABLE")),
      json(200, { success: true, data: { matchesYours: true } }, { "x-request-id": "req_final" }),
    ]);
    const { data, error, response } = await api.POST("/api/v1/balance/compare", {
      body: { customerId: "c1", yourBalance: 10 },
    });
    expect(error).toBeUndefined();
    expect(data?.data.matchesYours).toBe(true);
    expect(getResponseMeta(response)).toMatchObject({ attempts: 2, requestId: "req_final" });

    const body = JSON.stringify({ customerId: "c1", yourBalance: 10 });
    // The clock stands still, so the retry signs one second later: an identical signature would be a replay.
    const firstSecond = Math.floor(NOW / 1000);
    requests.forEach((request, attempt) => {
      const t = firstSecond + attempt;
      const v1 = createHmac("sha256", TEST_SECRET)
        .update(`${t}.POST./api/v1/balance/compare.${body}`)
        .digest("hex");
      expect(request.body).toBe(body);
      expect(request.headers.get("x-pacspace-request-signature")).toBe(`t=${t},v1=${v1}`);
      expect(request.headers.get("x-api-key")).toBe(TEST_API_KEY);
    });
    expect(requests[0]?.headers.get("idempotency-key")).toBe(requests[1]?.headers.get("idempotency-key"));
  });

  it("returns a non-retryable error for openapi-fetch to parse, ready for errorFromResponse", async () => {
    const { api, requests } = client([
      json(429, errorBody("CADENCE_LIMIT", { retryAfterSeconds: 90, customerId: "c1" })),
    ]);
    const { data, error, response } = await api.POST("/api/v1/balance/compare", {
      body: { customerId: "c1", yourBalance: 10 },
    });
    expect(data).toBeUndefined();
    expect(error?.error.code).toBe("CADENCE_LIMIT");
    expect(requests).toHaveLength(1);
    const typed = errorFromResponse(response, error);
    expect(typed).toBeInstanceOf(CadenceLimitError);
    expect(typed).toMatchObject({
      status: 429,
      customerId: "c1",
      retryAfterSeconds: 90,
      requestId: "req_body",
    });
    expect(() => throwIfError(response, error)).toThrow(CadenceLimitError);
  });

  it("lets a transport failure reject the openapi-fetch call", async () => {
    const { api, requests } = client(["hang", "hang", "hang"], 20);
    await expect(
      api.GET("/api/v1/balance/derive/{customerId}", { params: { path: { customerId: "c1" } } }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(requests.map((r) => r.url.pathname)).toEqual(Array(3).fill("/api/v1/balance/derive/c1"));
    expect(requests.every((r) => !r.headers.has("idempotency-key"))).toBe(true);
  });
});
