import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import type { paths } from "../generated/schema.js";
import type { OutgoingRequest } from "../transport/create-pacspace-fetch.js";
import { createDirectClient } from "./direct-client.js";

const BASE_URL = "https://api.pacspace.test/";

interface Sent {
  method: string;
  url: string;
  headers: [string, string][];
  body: string | undefined;
}

function answer(status: number, body: string | null, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "content-type": "application/json", ...headers } });
}

/** The same calls through openapi-fetch and through the direct client, each recording what it sent. */
function clients(reply: () => Response) {
  const viaOpenapi: Sent[] = [];
  const viaDirect: Sent[] = [];
  const openapi = createClient<paths>({
    baseUrl: BASE_URL,
    fetch: async (request: Request) => {
      const body = request.body === null ? undefined : await request.text();
      viaOpenapi.push({ method: request.method, url: request.url, headers: [...request.headers], body });
      return reply();
    },
  });
  const direct = createDirectClient(BASE_URL, async (request: OutgoingRequest) => {
    const body = typeof request.body === "string" ? request.body : undefined;
    viaDirect.push({ method: request.method, url: request.url, headers: [...request.headers], body });
    return reply();
  });
  return { openapi, direct, viaOpenapi, viaDirect };
}

describe("the direct client", () => {
  it("sends what openapi-fetch sends: path, exploded query, JSON body, header params", async () => {
    const { openapi, direct, viaOpenapi, viaDirect } = clients(() =>
      answer(200, '{"success":true,"data":{}}'),
    );
    const derive = {
      params: {
        path: { customerId: "cust a/b" },
        query: { period: "2026-01", limit: 10, deltaPage: undefined, includeDeltas: false },
      },
    } as const;
    await openapi.GET("/api/v1/balance/derive/{customerId}", derive);
    await direct.GET("/api/v1/balance/derive/{customerId}", derive);
    const emit = {
      body: { customerId: "cust_1", delta: -1.5, reason: "é usage" },
      params: { header: { "Idempotency-Key": "idem_1", "X-Credit-Pool-Id": undefined } },
    } as const;
    await openapi.POST("/api/v1/balance/delta", emit);
    await direct.POST("/api/v1/balance/delta", emit);
    await openapi.GET("/dashboard/webhooks", {
      params: { query: { events: ["delta.verified", "delta.failed"] } },
    } as never);
    await direct.GET("/dashboard/webhooks", {
      params: { query: { events: ["delta.verified", "delta.failed"] } },
    } as never);
    expect(viaDirect).toEqual(viaOpenapi);
  });

  it("answers what openapi-fetch answers: data, error, empty bodies, other formats", async () => {
    const replies = [
      () => answer(200, '{"success":true,"data":{"a":1}}'),
      () => answer(404, '{"success":false,"error":{"code":"NOT_FOUND"}}'),
      () => answer(500, "not json"),
      () => new Response(null, { status: 204 }),
      () => answer(200, "", { "content-length": "0" }),
    ];
    for (const reply of replies) {
      const { openapi, direct } = clients(reply);
      const [viaOpenapi, viaDirect] = await Promise.all([
        openapi.GET("/api/v1/balance/limits"),
        direct.GET("/api/v1/balance/limits"),
      ]);
      expect({ data: viaDirect.data, error: viaDirect.error }).toEqual({
        data: viaOpenapi.data,
        error: viaOpenapi.error,
      });
    }
    const { openapi, direct } = clients(() => answer(200, "%PDF-1.7"));
    const options = { params: { path: { receiptId: "rcpt_1" } }, parseAs: "arrayBuffer" } as const;
    const [pdf, directPdf] = await Promise.all([
      openapi.GET("/api/v1/receipt/{receiptId}.pdf", options),
      direct.GET("/api/v1/receipt/{receiptId}.pdf", options),
    ]);
    expect(directPdf.data).toBeInstanceOf(ArrayBuffer);
    expect(new Uint8Array(directPdf.data ?? new ArrayBuffer(0))).toEqual(
      new Uint8Array(pdf.data ?? new ArrayBuffer(0)),
    );
  });
});
