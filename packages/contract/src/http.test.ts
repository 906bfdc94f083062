import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { send } from "./http.js";

describe("send", () => {
  it("names what happened when a request gets no response", async () => {
    // a port that was just free: nothing listens, so the connection is refused
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    await expect(
      send(
        { method: "post", target: "/api/v1/balance/delta", headers: {}, body: "{}" },
        { baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 5_000 },
      ),
    ).rejects.toThrow(
      /POST \/api\/v1\/balance\/delta: no response \(TypeError: fetch failed: ECONNREFUSED: /,
    );
  });
});
