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

  it("tells the transport the URL's path only when it is the one the URL parser reads", async () => {
    const sent = (baseUrl: string) => {
      const outgoing: OutgoingRequest[] = [];
      const direct = createDirectClient(baseUrl, async (request) => {
        outgoing.push(request);
        return answer(200, '{"success":true,"data":{}}');
      });
      return { direct, outgoing };
    };
    const { direct, outgoing } = sent("https://api.pacspace.test/v2/");
    const ids = ["cust a/b", "ü", "a.b", "%2e", ".", "..", "..."];
    for (const customerId of ids) {
      await direct.GET("/api/v1/balance/derive/{customerId}", {
        params: { path: { customerId }, query: { period: "2026-01" } },
      });
    }
    await direct.GET("/api/v1/balance/derive/{customerId}", { params: { path: {} } } as never);
    for (const request of outgoing) {
      if (request.pathname !== undefined) expect(request.pathname).toBe(new URL(request.url).pathname);
    }
    // Dot segments and an unfilled placeholder are the parser's to rewrite.
    expect(outgoing.map((request) => request.pathname === undefined)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      false,
      true,
    ]);
    expect(outgoing[0]?.pathname).toBe("/v2/api/v1/balance/derive/cust%20a%2Fb");
    // A base URL the parser would write otherwise: the transport parses every URL itself.
    for (const baseUrl of [
      "https://API.pacspace.test",
      "https://api.pacspace.test:443",
      "https://api.pacspace.test/a b",
    ]) {
      const other = sent(baseUrl);
      await other.direct.GET("/api/v1/balance/limits");
      expect(other.outgoing[0]?.pathname).toBeUndefined();
    }
    const plain = sent("https://api.pacspace.test");
    await plain.direct.GET("/api/v1/balance/limits");
    expect(plain.outgoing[0]?.pathname).toBe("/api/v1/balance/limits");
  });
});
