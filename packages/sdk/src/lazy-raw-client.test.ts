import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { createRawClient } from "./lazy-raw-client.js";

const BASE_URL = "http://127.0.0.1:4010";
const limits = { maxScopeMonths: 12, maxLastNDays: 90, maxRetentionDays: 730, maxBatchSize: 100 };

function answering() {
  const seen: Request[] = [];
  const fetch = async (request: Request) => {
    seen.push(request);
    return new Response(JSON.stringify({ success: true, data: limits }), {
      headers: { "content-type": "application/json" },
    });
  };
  return { fetch, seen };
}

const tagging = (tag: string): Middleware => ({
  onRequest({ request }) {
    request.headers.append("x-tags", tag);
    return request;
  },
});

describe("createRawClient as @pacspace/sdk exports it (openapi-fetch loaded on the first request)", () => {
  it("answers like openapi-fetch, with the API key", async () => {
    const { fetch, seen } = answering();
    const raw = createRawClient({ baseUrl: BASE_URL, apiKey: "pk_test_pub.secret", fetch });
    const { data, response } = await raw.GET("/api/v1/balance/limits");
    expect(response.status).toBe(200);
    expect(data).toEqual({ success: true, data: limits });
    expect(seen[0]?.url).toBe(`${BASE_URL}/api/v1/balance/limits`);
    expect(seen[0]?.headers.get("x-api-key")).toBe("pk_test_pub.secret");
  });

  it("keeps middleware registered before the first request, in order, without the ejected ones", async () => {
    const { fetch, seen } = answering();
    const raw = createRawClient({ baseUrl: BASE_URL, fetch });
    const [a, b, c] = [tagging("a"), tagging("b"), tagging("c")];
    raw.use(a, b, c);
    raw.eject(b);
    await raw.GET("/api/v1/balance/limits");
    expect(seen[0]?.headers.get("x-tags")).toBe("a, c");
    // After the load, use() and eject() go to openapi-fetch itself.
    raw.use(b);
    raw.eject(a);
    await raw.GET("/api/v1/balance/limits");
    expect(seen[1]?.headers.get("x-tags")).toBe("c, b");
  });

  it("refuses a middleware that is not one synchronously, as openapi-fetch does", () => {
    const raw = createRawClient({ baseUrl: BASE_URL, fetch: answering().fetch });
    expect(() => raw.use({} as Middleware)).toThrow("Middleware must be an object");
    expect(() => raw.use(undefined as unknown as Middleware)).not.toThrow();
  });
});
