import { afterEach, describe, expect, it, vi } from "vitest";
import type { components } from "./generated/schema.js";
import { createRawClient } from "./raw-client.js";

const BASE_URL = "http://127.0.0.1:4010";
const API_KEY = "pk_test_pub123.secret456";

type Envelope<T> = { success: true; data: T };

/** A fetch double that records every Request and answers with the queued response (default: 200 `{}`). */
function recordingFetch(
  respond: (request: Request) => Response = () => json(200, { success: true, data: {} }),
) {
  const requests: Request[] = [];
  const fetch = vi.fn(async (request: Request) => {
    requests.push(request.clone());
    return respond(request);
  });
  return { fetch, requests };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-request-id": "req_test_1", ...headers },
  });
}

function only(requests: Request[]): Request {
  expect(requests).toHaveLength(1);
  return requests[0] as Request;
}

const deltaRecord: components["schemas"]["DeltaRecord"] = {
  recordId: "rec_01hv8k3m2x4s",
  customerId: "cust_acme",
  delta: -310.25,
  reason: "API usage 2026-04-03",
  referenceId: "usage:cust_acme:2026-04-03",
  metadata: null,
  adjusts: null,
  status: "QUEUED",
  sequenceNumber: 3,
  contentHash: "0x3edb4af0a0f7c03b911f09f72820d409dd0c9d86d183cac8a35848a8fc30a756",
  receiptId: "0x3edb4af0a0f7c03b911f09f72820d409dd0c9d86d183cac8a35848a8fc30a756",
  createdAt: "2026-04-03T23:59:00.000Z",
};

describe("createRawClient", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("emitDelta: POSTs the JSON body with the API key and the Idempotency-Key header", async () => {
    const { fetch, requests } = recordingFetch(() =>
      json(201, { success: true, data: deltaRecord } satisfies Envelope<typeof deltaRecord>),
    );
    const client = createRawClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch });

    const { data, error, response } = await client.POST("/api/v1/balance/delta", {
      params: { header: { "Idempotency-Key": "usage:cust_acme:2026-04-03" } },
      body: { customerId: "cust_acme", delta: -310.25, reason: "API usage 2026-04-03" },
    });

    const request = only(requests);
    expect(request.method).toBe("POST");
    expect(request.url).toBe(`${BASE_URL}/api/v1/balance/delta`);
    expect(request.headers.get("X-Api-Key")).toBe(API_KEY);
    expect(request.headers.get("Idempotency-Key")).toBe("usage:cust_acme:2026-04-03");
    expect(request.headers.get("Content-Type")).toBe("application/json");
    expect(await request.json()).toEqual({
      customerId: "cust_acme",
      delta: -310.25,
      reason: "API usage 2026-04-03",
    });

    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data).toEqual({ success: true, data: deltaRecord });
  });

  it("getDeltaStatus: puts the recordId in the path", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createRawClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch });

    await client.GET("/api/v1/balance/delta/{recordId}", {
      params: { path: { recordId: "rec_01hv8k3m2x4s" } },
    });

    const request = only(requests);
    expect(request.method).toBe("GET");
    expect(request.url).toBe(`${BASE_URL}/api/v1/balance/delta/rec_01hv8k3m2x4s`);
    expect(request.headers.get("X-Api-Key")).toBe(API_KEY);
  });

  it("deriveBalance: encodes the customerId path segment and serialises the query", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createRawClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch });

    await client.GET("/api/v1/balance/derive/{customerId}", {
      params: {
        path: { customerId: "tenant:eu/acme 1" },
        query: { period: "2026-04", limit: 50, startingBalance: 12.5 },
      },
    });

    const url = new URL(only(requests).url);
    expect(url.pathname).toBe("/api/v1/balance/derive/tenant%3Aeu%2Facme%201");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      period: "2026-04",
      limit: "50",
      startingBalance: "12.5",
    });
  });

  it("listCustomers: sends page, limit and an encoded search term", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createRawClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch });

    await client.GET("/api/v1/balance/customers", {
      params: { query: { page: 2, limit: 25, search: "acme & co" } },
    });

    const url = new URL(only(requests).url);
    expect(url.pathname).toBe("/api/v1/balance/customers");
    expect(url.search).toBe("?page=2&limit=25&search=acme%20%26%20co");
    expect(url.searchParams.get("search")).toBe("acme & co");
  });

  it("createCheckpoint: sends an empty body for 'every customer, current month'", async () => {
    const { fetch, requests } = recordingFetch(() => json(201, { success: true, data: { checkpoints: [] } }));
    const client = createRawClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch });

    const { data } = await client.POST("/api/v1/balance/checkpoint", { body: {} });

    const request = only(requests);
    expect(request.method).toBe("POST");
    expect(request.url).toBe(`${BASE_URL}/api/v1/balance/checkpoint`);
    expect(await request.json()).toEqual({});
    expect(data?.data).toEqual({ checkpoints: [] });
  });

  it("retryWebhookEvent: POSTs without a body", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createRawClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch });

    await client.POST("/api/v1/balance/webhooks/{eventId}/retry", {
      params: { path: { eventId: "evt_01hv9c4e8g2r" } },
    });

    const request = only(requests);
    expect(request.method).toBe("POST");
    expect(request.url).toBe(`${BASE_URL}/api/v1/balance/webhooks/evt_01hv9c4e8g2r/retry`);
    expect(await request.text()).toBe("");
  });

  it("verifyProof: works without an API key and sends the source query", async () => {
    const { fetch, requests } = recordingFetch();
    const client = createRawClient({ baseUrl: `${BASE_URL}/`, fetch });
    const root = "0x9ea51b7182d986b4009a5afd3919a7fc697cc6d383088575c265db439d955a77";

    await client.GET("/api/v1/verify/{proofRoot}", {
      params: { path: { proofRoot: root }, query: { source: "both" } },
    });

    const request = only(requests);
    expect(request.url).toBe(`${BASE_URL}/api/v1/verify/${root}?source=both`);
    expect(request.headers.has("X-Api-Key")).toBe(false);
  });

  it("returns the error envelope of a non-2xx answer as `error`", async () => {
    const envelope: components["schemas"]["ErrorEnvelope"] = {
      success: false,
      error: { code: "NOT_FOUND", message: "Record rec_missing not found", requestId: "req_test_1" },
    };
    const { fetch } = recordingFetch(() => json(404, envelope));
    const client = createRawClient({ baseUrl: BASE_URL, apiKey: API_KEY, fetch });

    const { data, error, response } = await client.GET("/api/v1/balance/delta/{recordId}", {
      params: { path: { recordId: "rec_missing" } },
    });

    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(response.headers.get("x-request-id")).toBe("req_test_1");
    expect(error).toEqual(envelope);
  });

  it("uses the globalThis.fetch current at request time when none is injected", async () => {
    const client = createRawClient({ baseUrl: BASE_URL, apiKey: API_KEY });
    const { fetch, requests } = recordingFetch(() =>
      json(200, {
        success: true,
        data: {
          maxScopeMonths: 12,
          maxLastNDays: 365,
          maxRetentionDays: 730,
          maxBatchSize: 100,
          maxDeltaAbs: 1_000_000_000,
          maxReasonLength: 500,
        },
      }),
    );
    vi.stubGlobal("fetch", fetch);

    const { data } = await client.GET("/api/v1/balance/limits");

    expect(only(requests).url).toBe(`${BASE_URL}/api/v1/balance/limits`);
    expect(data?.data.maxBatchSize).toBe(100);
  });
});
