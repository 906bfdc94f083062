import { afterEach, describe, expect, it, vi } from "vitest";

const BASE_URL = "https://api.pacspace.test";

function cannedFetch() {
  return vi.fn(async (_request: Request) => Response.json({ success: true, data: {} }));
}

afterEach(() => {
  vi.doUnmock("./create-pacspace-fetch.js");
  vi.resetModules();
});

describe("createLazyTransport", () => {
  it("checks its options when built, before anything is loaded", async () => {
    const { createLazyTransport } = await import("./lazy-pacspace-fetch.js");
    expect(() => createLazyTransport({ maxRetries: -1 })).toThrow(RangeError);
    expect(() => createLazyTransport({ timeout: 0 })).toThrow(RangeError);
  });

  it("sends the first calls once the transport is loaded and later ones straight to it", async () => {
    const { createLazyTransport } = await import("./lazy-pacspace-fetch.js");
    const fetch = cannedFetch();
    const transport = createLazyTransport({ fetch, maxRetries: 0 });
    const outgoing = () => ({
      method: "GET",
      url: `${BASE_URL}/api/v1/balance/limits`,
      headers: new Headers(),
      body: undefined,
      signal: undefined,
    });
    const first = await Promise.all([transport.send(outgoing()), transport.fetch(`${BASE_URL}/a`)]);
    expect(first.map((response) => response.status)).toEqual([200, 200]);
    const later = await Promise.all([transport.send(outgoing()), transport.fetch(`${BASE_URL}/b`)]);
    expect(later.map((response) => response.status)).toEqual([200, 200]);
    expect(fetch.mock.calls.map(([request]) => new URL(request.url).pathname)).toEqual([
      "/api/v1/balance/limits",
      "/a",
      "/api/v1/balance/limits",
      "/b",
    ]);
  });

  it("tries a failed load again on the next call", async () => {
    let loads = 0;
    vi.doMock("./create-pacspace-fetch.js", async (importOriginal) => {
      loads++;
      if (loads === 1) throw new Error("chunk failed to load");
      return importOriginal();
    });
    const { createLazyTransport } = await import("./lazy-pacspace-fetch.js");
    const fetch = cannedFetch();
    const transport = createLazyTransport({ fetch, maxRetries: 0 });
    await expect(transport.fetch(`${BASE_URL}/a`)).rejects.toThrow(); // the failed load (vitest wraps its error)
    expect((await transport.fetch(`${BASE_URL}/a`)).status).toBe(200);
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
