import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTestMock } from "./support/harness.js";

describe("request validation from the spec", () => {
  it("names every bad body field once, as a JSON Pointer", async () => {
    const { api } = createTestMock();
    const response = await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "has space", delta: 0, reason: "", referenceId: 5, extra: true },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_ERROR");
    const byPath = Object.fromEntries(
      (response.body.error.details as Array<{ path: string; message: string }>).map((d) => [
        d.path,
        d.message,
      ]),
    );
    expect(Object.keys(byPath).sort()).toEqual([
      "/customerId",
      "/delta",
      "/extra",
      "/reason",
      "/referenceId",
    ]);
    expect(byPath["/delta"]).toBe("must be a non-zero number between -1000000000 and 1000000000");
    expect(byPath["/reason"]).toBe("must not be empty");
    expect(byPath["/extra"]).toBe("is not an accepted field");
  });

  it("reports missing required fields", async () => {
    const { api } = createTestMock();
    const response = await api("POST", "/api/v1/balance/delta", { body: {} });
    expect(response.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual([
      "/customerId",
      "/delta",
      "/reason",
    ]);
  });

  it("answers malformed or missing JSON with 400 VALIDATION_ERROR at path /", async () => {
    const { api } = createTestMock();
    for (const body of ['{"customerId":', "", "   "]) {
      const response = await api("POST", "/api/v1/balance/delta", {
        body,
        headers: { "Content-Type": "application/json" },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("VALIDATION_ERROR");
      expect(response.body.error.details[0].path).toBe("/");
    }
    const notObject = await api("POST", "/api/v1/balance/delta", { body: "[1,2]" });
    expect(notObject.body.error.details).toEqual([{ path: "/", message: "must be a JSON object" }]);
  });

  it("coerces query strings to the declared types and names bad parameters", async () => {
    const { api } = createTestMock();
    await api("POST", "/api/v1/balance/delta", { body: { customerId: "cust_q", delta: 1, reason: "r" } });
    const ok = await api("GET", "/api/v1/balance/derive/cust_q?limit=1&offset=0&startingBalance=2.5");
    expect(ok.status).toBe(200);
    expect(ok.body.data.computedBalance).toBe(3.5);
    expect(ok.body.data.pagination).toEqual({ limit: 1, offset: 0, total: 1 });

    const bad = await api(
      "GET",
      "/api/v1/balance/derive/cust_q?limit=abc&offset=-1&granularity=year&startDate=soon",
    );
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["granularity", "limit", "offset", "startDate"]);
  });

  it("rejects unknown and repeated query parameters", async () => {
    const { api } = createTestMock();
    const unknown = await api("GET", "/api/v1/balance/customers?pageSize=10");
    expect(unknown.body.error.details).toEqual([
      { path: "pageSize", message: "is not a query parameter of this operation" },
    ]);
    const repeated = await api("GET", "/api/v1/balance/customers?limit=1&limit=2");
    expect(repeated.body.error.details).toEqual([{ path: "limit", message: "must be given once" }]);
  });

  // Server-issued ids in paths are opaque (CONTRACT.md §3): a well-formed id that names
  // nothing is 404, never 400; only a value that is no URL-safe id at all is 400.
  it("validates path ids loosely: unknown → 404, not a URL-safe id → 400", async () => {
    const { api } = createTestMock();
    for (const path of [
      "/api/v1/balance/delta/not-a-record",
      "/api/v1/balance/delta/record_v2.0001",
      "/api/v1/balance/webhooks/event-x/retry",
      "/api/v1/balance/receipts/rcpt_unknown",
    ]) {
      const answer = await api(path.endsWith("/retry") ? "POST" : "GET", path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.error.code, path).toBe("NOT_FOUND");
    }
    // The docs send receipt ids and upper-case hex to verify (https://docs.pacspace.io/balance-api/verify/).
    for (const root of ["0xABC", "rcpt_01hv9b2d7f3q", `0x${"AB".repeat(32)}`]) {
      const answer = await api("GET", `/api/v1/verify/${root}`, { apiKey: null });
      expect(answer.status, root).toBe(404);
    }
    const spaced = await api("GET", "/api/v1/balance/delta/bad%20id");
    expect(spaced.status).toBe(400);
    expect(spaced.body.error.details[0].path).toBe("recordId");
    const long = await api("GET", `/api/v1/balance/delta/rec_${"x".repeat(253)}`);
    expect(long.status).toBe(400);
    const badRoot = await api("GET", "/api/v1/verify/0x%2Fab", { apiKey: null });
    expect(badRoot.status).toBe(400);
    expect(badRoot.body.error.details[0].path).toBe("proofRoot");
  });

  it("validates the batch wrapper only; items are judged one by one", async () => {
    const { api } = createTestMock();
    const empty = await api("POST", "/api/v1/balance/delta/batch", { body: { deltas: [] } });
    expect(empty.body.error.details).toEqual([{ path: "/deltas", message: "must hold at least 1 items" }]);
    const tooMany = await api("POST", "/api/v1/balance/delta/batch", {
      body: {
        deltas: Array.from({ length: 101 }, (_, i) => ({ customerId: "c", delta: i + 1, reason: "r" })),
      },
    });
    expect(tooMany.status).toBe(400);
    const partial = await api("POST", "/api/v1/balance/delta/batch", {
      body: {
        deltas: [
          { customerId: "c", delta: 1, reason: "ok" },
          { customerId: "c", delta: 0, reason: "zero" },
        ],
      },
    });
    expect(partial.status).toBe(201);
    expect(partial.body.data.totalQueued).toBe(1);
    expect(partial.body.data.results[1]).toMatchObject({
      index: 1,
      customerId: "c",
      status: "FAILED",
      error: "VALIDATION_ERROR",
      errorMessage: expect.stringContaining("/deltas/1/delta"),
    });
  });

  it("checks X-Credit-Pool-Id and echoes it", async () => {
    const { api } = createTestMock();
    const body = { customerId: "cust_pool", delta: 3, reason: "r" };
    const echoed = await api("POST", "/api/v1/balance/delta", {
      body,
      headers: { "X-Credit-Pool-Id": "pool-7" },
    });
    expect(echoed.headers.get("X-Credit-Pool-Id")).toBe("pool-7");
    const tooLong = await api("POST", "/api/v1/balance/delta", {
      body,
      headers: { "X-Credit-Pool-Id": "x".repeat(129) },
    });
    expect(tooLong.body.error.details).toEqual([
      { path: "X-Credit-Pool-Id", message: "must be 1–128 characters" },
    ]);
  });

  it("rejects a malformed Idempotency-Key without storing anything", async () => {
    const { api, pacspace } = createTestMock();
    const before = pacspace.snapshot();
    const response = await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "c", delta: 1, reason: "r" },
      headers: { "Idempotency-Key": "x".repeat(256) },
    });
    expect(response.body.error.details[0].path).toBe("Idempotency-Key");
    expect(pacspace.snapshot()).toBe(before);
  });
});

describe("routing", () => {
  it("answers unknown paths under /api/v1 and /__mock with a 404 envelope", async () => {
    const { api } = createTestMock();
    for (const path of ["/api/v1/balance/nope", "/api/v1/unknown/deeper/path", "/__mock/nothing"]) {
      const response = await api("GET", path);
      expect(response.status).toBe(404);
      expect(response.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    }
  });

  it("answers a known path with the wrong method with 405 and Allow", async () => {
    const { api } = createTestMock();
    const response = await api("DELETE", "/api/v1/balance/derive/cust_1");
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET");
    const control = await api("PUT", "/__mock/faults");
    expect(control.status).toBe(405);
    expect(control.headers.get("Allow")).toBe("GET, POST, DELETE");
  });

  it("routes /customers/summary to the summary, not to a customer called summary", async () => {
    const { api } = createTestMock();
    const response = await api("GET", "/api/v1/balance/customers/summary");
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveProperty("totalCustomers", 0);
  });
});

describe("bad input never reaches the catch-all 500", () => {
  const json = fc.jsonValue({ maxDepth: 3 });
  const junkText = fc.oneof(
    fc.string(),
    fc.json(),
    fc.constantFrom("{", "[", "null", '""', "0", '{"deltas":'),
  );
  const queryJunk = fc.dictionary(
    fc.constantFrom(
      "limit",
      "offset",
      "period",
      "startDate",
      "endDate",
      "timePreset",
      "startingBalance",
      "granularity",
      "x",
    ),
    fc.oneof(fc.string(), fc.integer().map(String), fc.constantFrom("", "NaN", "1e999", "-0", "2026-13")),
    { maxKeys: 4 },
  );

  it("fuzzed bodies on every write answer 2xx or 4xx with a conforming envelope", async () => {
    const { api } = createTestMock();
    const writes = [
      "/api/v1/balance/delta",
      "/api/v1/balance/delta/batch",
      "/api/v1/balance/compare",
      "/api/v1/balance/checkpoint",
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.oneof(
          json.map((v) => JSON.stringify(v)),
          junkText,
        ),
        async (path, body) => {
          const response = await api("POST", path, {
            body: body === "" ? " " : body,
            headers: { "Content-Type": "application/json" },
          });
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: 150, seed: 42 },
    );
  });

  it("fuzzed structured emits answer 201 or 400, never anything else", async () => {
    const { api } = createTestMock();
    const field = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), json);
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            customerId: field,
            delta: field,
            reason: field,
            referenceId: field,
            metadata: field,
            adjusts: field,
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const response = await api("POST", "/api/v1/balance/delta", { body });
          expect([201, 400]).toContain(response.status);
        },
      ),
      { numRuns: 150, seed: 7 },
    );
  });

  it("fuzzed query strings and path parameters on reads answer below 500", async () => {
    const { api } = createTestMock();
    await api("POST", "/api/v1/balance/delta", { body: { customerId: "cust_f", delta: 1, reason: "r" } });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "derive/cust_f",
          "receipt/cust_f",
          "checkpoints",
          "customers",
          "customers/cust_f",
          "gaps/cust_f",
        ),
        queryJunk,
        fc.string({ maxLength: 12 }),
        async (route, query, segment) => {
          const search = new URLSearchParams(query).toString();
          const response = await api("GET", `/api/v1/balance/${route}?${search}`);
          expect(response.status).toBeLessThan(500);
          const odd = await api("GET", `/api/v1/balance/derive/${encodeURIComponent(segment) || "x"}`);
          expect(odd.status).toBeLessThan(500);
        },
      ),
      { numRuns: 120, seed: 3 },
    );
  });
});

describe("unexpected failures", () => {
  it("answer 500 INTERNAL_ERROR in the error envelope and are reported", async () => {
    const reported: unknown[] = [];
    const { api, pacspace } = createTestMock({ onInternalError: (error) => reported.push(error) });
    pacspace.ledger.session = () => {
      throw new Error("boom");
    };
    const response = await api("GET", "/api/v1/balance/usage");
    expect(response.status).toBe(500);
    expect(response.body.error).toMatchObject({
      code: "INTERNAL_ERROR",
      message: "Unexpected error in the PacSpace mock",
    });
    expect(reported).toHaveLength(1);
  });
});

describe("base URL", () => {
  it('answers any origin with baseUrl "*"', async () => {
    const { api, fetch } = createTestMock({ baseUrl: "*" });
    expect((await api("GET", "/api/v1/balance/limits")).status).toBe(200);
    const elsewhere = await fetch("http://localhost:9999/api/v1/balance/limits");
    expect(elsewhere.status).toBe(401);
  });
});
