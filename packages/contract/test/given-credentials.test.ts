import { describe, expect, it } from "vitest";
import { runContract } from "../src/runner.js";

/**
 * The kit never ends or changes the session or key it was given: logout, revokeApiKey and
 * rotateApiKey get no valid or invalid-input request under those credentials.
 */
describe("the credentials a run is given", () => {
  it("are never sent to an operation that would end or change them", async () => {
    const sent: { url: string; authorization: string | null; apiKey: string | null }[] = [];
    const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      sent.push({
        url: request.url,
        authorization: request.headers.get("authorization"),
        apiKey: request.headers.get("x-api-key"),
      });
      return new Response(JSON.stringify({ success: true, data: {} }), {
        headers: { "content-type": "application/json" },
      });
    };
    const report = await runContract({
      baseUrl: "http://contract.test",
      apiKey: "pk_test_given.secret",
      bearerToken: "given-session",
      only: ["logout", "revokeApiKey", "rotateApiKey"],
      checks: ["valid", "invalid"],
      fetch: fetch as typeof globalThis.fetch,
    });
    expect(sent).toEqual([]);
    const results = report.operations.flatMap((summary) => summary.results);
    expect(results.map((result) => [result.operationId, result.category, result.outcome]).sort()).toEqual([
      ["logout", "invalid", "skipped"],
      ["logout", "valid", "skipped"],
      ["revokeApiKey", "invalid", "skipped"],
      ["revokeApiKey", "valid", "skipped"],
      ["rotateApiKey", "invalid", "skipped"],
      ["rotateApiKey", "valid", "skipped"],
    ]);
    expect(results.every((result) => result.messages[0]?.includes("this run was given"))).toBe(true);
  });
});
