import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runContract } from "../src/runner.js";
import { startTinyServer, TINY_OPERATIONS, type TinyServer } from "./support/tiny-server.js";

let server: TinyServer;
beforeAll(async () => {
  server = await startTinyServer();
});
afterAll(async () => {
  await server.close();
});

/** Every request a run sends, as text, in a stable order (requests run concurrently). */
async function requestsOf(seed: number): Promise<string[]> {
  const sent: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = Object.entries((init?.headers ?? {}) as Record<string, string>)
      .map(([name, value]) => `${name}=${value}`)
      .sort()
      .join("&");
    sent.push(`${init?.method} ${url.pathname}${url.search} ${headers} ${String(init?.body ?? "")}`);
    return fetch(input, init);
  };
  await runContract({
    baseUrl: server.url,
    apiKey: server.apiKey,
    only: TINY_OPERATIONS,
    checks: ["valid", "invalid", "auth"],
    seed,
    runTag: "repro",
    fetch: recording,
  });
  return sent.sort();
}

describe("--seed", () => {
  it("sends exactly the same requests for the same seed and run tag", async () => {
    const first = await requestsOf(99);
    expect(first.length).toBeGreaterThan(30);
    expect(await requestsOf(99)).toEqual(first);
  });

  it("sends different requests for another seed", async () => {
    expect(await requestsOf(100)).not.toEqual(await requestsOf(99));
  });
});
