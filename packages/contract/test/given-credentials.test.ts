import { describe, expect, it } from "vitest";
import { runContract } from "../src/runner.js";

/**
 * The kit never ends or changes the session or key it was given: logout, revokeApiKey and
 * rotateApiKey run on a session or key the run created for itself, and the run ends what
 * it created. A scripted server answers, so every request the kit sends is on record.
 */

interface Sent {
  method: string;
  path: string;
  authorization: string | null;
}

function scriptedServer() {
  const sent: Sent[] = [];
  let made = 0;
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const path = new URL(request.url).pathname;
    sent.push({ method: request.method, path, authorization: request.headers.get("authorization") });
    if (request.method === "POST" && path === "/dashboard/api-keys") {
      made++;
      return json(201, { statusCode: 201, data: { id: `key_own${made}` } });
    }
    if (request.method === "POST" && path === "/dashboard/auth/login") {
      made++;
      return json(200, { success: true, data: { token: `own-session-${made}` } });
    }
    return json(200, { success: true, data: {} });
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

const GIVEN = { apiKey: "pk_test_given.secret", bearerToken: "given-session" };

describe("the credentials a run is given", () => {
  it("are never ended or changed: the run makes its own and ends them", async () => {
    const server = scriptedServer();
    const report = await runContract({
      baseUrl: "http://contract.test",
      ...GIVEN,
      login: { email: "owner@example.com", password: "correct horse" },
      only: ["logout", "revokeApiKey", "rotateApiKey"],
      checks: ["valid", "invalid"],
      validPerOp: 2,
      fetch: server.fetch,
    });
    const logouts = server.sent.filter((request) => request.path === "/dashboard/auth/logout");
    expect(logouts.length).toBeGreaterThan(0);
    for (const logout of logouts) expect(logout.authorization).toMatch(/^Bearer own-session-\d+$/);
    // Every well-formed key id the run names is one it made (the others are deliberately malformed).
    const keyChanges = server.sent.filter((request) => /^\/dashboard\/api-keys\/key_/.test(request.path));
    expect(keyChanges.length).toBeGreaterThan(0);
    for (const change of keyChanges)
      expect(change.path).toMatch(/^\/dashboard\/api-keys\/key_own\d+(\/rotate)?$/);

    // Every key and session the run made is ended, by a check or by the clean-up.
    const createdKeys = server.sent.filter((r) => r.method === "POST" && r.path === "/dashboard/api-keys");
    const revoked = new Set(keyChanges.filter((r) => r.method === "DELETE").map((r) => r.path));
    expect(revoked.size).toBe(createdKeys.length);
    const opened = server.sent.filter((r) => r.path === "/dashboard/auth/login").length;
    expect(new Set(logouts.map((r) => r.authorization)).size).toBe(opened);

    // The checks that end or change a credential ran (the scripted answers need not conform).
    const results = report.operations.flatMap((summary) => summary.results);
    for (const operationId of ["logout", "revokeApiKey", "rotateApiKey"]) {
      const valid = results.filter((r) => r.operationId === operationId && r.category === "valid");
      expect(
        valid.map((r) => r.name),
        operationId,
      ).toEqual(["valid #1", "valid #2"]);
      expect(valid.every((r) => r.outcome !== "skipped")).toBe(true);
    }
  });

  it("skips the logout checks without a login, and still never sends the given session to logout", async () => {
    const server = scriptedServer();
    const report = await runContract({
      baseUrl: "http://contract.test",
      ...GIVEN,
      only: ["logout"],
      checks: ["valid", "invalid"],
      fetch: server.fetch,
    });
    expect(server.sent).toEqual([]);
    const results = report.operations.flatMap((summary) => summary.results);
    expect(results.map((r) => [r.category, r.outcome]).sort()).toEqual([
      ["invalid", "skipped"],
      ["valid", "skipped"],
    ]);
    for (const result of results) expect(result.messages[0]).toContain("--login-email");
  });
});
