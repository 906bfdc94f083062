import { describe, expect, it } from "vitest";
import { clientWith, envelope, failure, fakeApi, LIVE_KEY, TEST_KEY } from "../test/client/fake-api.js";
import { DEFAULT_BASE_URL, PacSpace } from "./client.js";
import {
  AuthenticationError,
  CadenceLimitError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PacSpaceError,
  ValidationError,
} from "./errors.js";
import * as proofs from "./proofs.js";

const ROOT = `0x${"ab".repeat(32)}`;

describe("new PacSpace: routing by key prefix", () => {
  async function hostFor(options: ConstructorParameters<typeof PacSpace>[0]) {
    const api = fakeApi(() => envelope({ ok: true }));
    const pac = new PacSpace({ ...options, fetch: api.fetch });
    await pac.balance.usage();
    return { origin: api.requests[0]?.url.origin, pac };
  }

  it("sends both environments to https://app.pacspace.io by default", async () => {
    expect(DEFAULT_BASE_URL).toBe("https://app.pacspace.io");
    expect((await hostFor({ apiKey: TEST_KEY })).origin).toBe("https://app.pacspace.io");
    expect((await hostFor({ apiKey: LIVE_KEY })).origin).toBe("https://app.pacspace.io");
  });

  it("sends pk_test_ keys to sandboxUrl and pk_live_ keys to productionUrl", async () => {
    const urls = { sandboxUrl: "https://sandbox.example.com/", productionUrl: "https://prod.example.com" };
    const test = await hostFor({ apiKey: TEST_KEY, ...urls });
    const live = await hostFor({ apiKey: LIVE_KEY, ...urls });
    expect(test.origin).toBe("https://sandbox.example.com");
    expect(test.pac.environment).toBe("test");
    expect(test.pac.baseUrl).toBe("https://sandbox.example.com");
    expect(live.origin).toBe("https://prod.example.com");
    expect(live.pac.environment).toBe("live");
  });

  it("lets baseUrl override both, keeping a path prefix", async () => {
    const api = fakeApi(() => envelope({ ok: true }));
    const pac = new PacSpace({
      apiKey: LIVE_KEY,
      baseUrl: "http://127.0.0.1:4010/prefix/",
      sandboxUrl: "https://sandbox.example.com",
      productionUrl: "https://prod.example.com",
      fetch: api.fetch,
    });
    await pac.balance.limits();
    expect(api.requests[0]?.url.href).toBe("http://127.0.0.1:4010/prefix/api/v1/balance/limits");
  });

  it("rejects URLs that are not absolute http(s) without credentials", () => {
    expect(() => new PacSpace({ apiKey: TEST_KEY, baseUrl: "app.pacspace.io" })).toThrow(TypeError);
    expect(() => new PacSpace({ apiKey: TEST_KEY, sandboxUrl: "ftp://x.example" })).toThrow(TypeError);
    expect(() => new PacSpace({ apiKey: LIVE_KEY, productionUrl: "https://u:p@x.example" })).toThrow(
      TypeError,
    );
  });
});

describe("new PacSpace: key errors before any network", () => {
  const cases: [string, unknown][] = [
    ["missing", undefined],
    ["empty", ""],
    ["not a string", 42],
    ["without a secret", "pk_test_pub123"],
    ["with an unknown environment", "pk_prod_pub123.secret"],
    ["a secret key", "sk_live_abc.def"],
  ];
  it.each(cases)("throws AuthenticationError INVALID_API_KEY for a key %s", (_, apiKey) => {
    const api = fakeApi([]);
    let error: unknown;
    try {
      new PacSpace({ apiKey: apiKey as string, fetch: api.fetch });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: "INVALID_API_KEY" });
    expect(api.requests).toHaveLength(0);
  });

  it("never exposes the key on the client object", () => {
    const pac = new PacSpace({ apiKey: TEST_KEY });
    expect(JSON.stringify(Object.entries(pac))).not.toContain("s3cret");
  });

  it("passes transport option errors through", () => {
    expect(() => new PacSpace({ apiKey: TEST_KEY, maxRetries: -1 })).toThrow(RangeError);
    expect(() => new PacSpace({ apiKey: TEST_KEY, timeout: 0 })).toThrow(RangeError);
  });
});

describe("requests through the transport", () => {
  it("authenticates with X-Api-Key and identifies the SDK", async () => {
    const { pac, requests } = clientWith([envelope({ ok: true })]);
    await pac.balance.usage();
    expect(requests[0]?.headers.get("x-api-key")).toBe(TEST_KEY);
    expect(requests[0]?.headers.get("user-agent")).toMatch(/^pacspace-sdk-typescript\//);
  });

  it("signs compare and checkpoint, and not the other calls", async () => {
    const { pac, requests } = clientWith(() => envelope({ ok: true }));
    await pac.balance.compare("cust_1", { yours: 1, theirs: 2 });
    await pac.balance.checkpoint("cust_1");
    await pac.balance.emit("cust_1", 1, "credit");
    expect(requests.map((r) => r.headers.has("x-pacspace-request-signature"))).toEqual([true, true, false]);
  });

  it("timestamps signatures with the given clock (e.g. a mock server's pinned clock)", async () => {
    const pinned = Date.UTC(2026, 3, 15, 12);
    const { pac, requests } = clientWith(() => envelope({ ok: true }), { now: () => pinned });
    await pac.balance.compare("cust_1", { yours: 1, theirs: 2 });
    expect(requests[0]?.headers.get("x-pacspace-request-signature")).toMatch(
      new RegExp(`^t=${Math.floor(pinned / 1000)},v1=[0-9a-f]{64}$`),
    );
  });

  it("does not sign when signRequests is false", async () => {
    const { pac, requests } = clientWith(() => envelope({ ok: true }), { signRequests: false });
    await pac.balance.compare("cust_1", { yours: 1, theirs: 2 });
    expect(requests[0]?.headers.has("x-pacspace-request-signature")).toBe(false);
  });

  it("calls the public endpoints without the API key", async () => {
    const { pac, requests } = clientWith(() => envelope({ verified: true }));
    await pac.verify(ROOT, { source: "both" });
    await pac.publicReceipt("rcpt_1");
    expect(requests[0]).toMatchObject({
      method: "GET",
      path: `/api/v1/verify/${ROOT}`,
      query: { source: "both" },
    });
    expect(requests[1]).toMatchObject({ method: "GET", path: "/api/v1/receipt/rcpt_1", query: {} });
    expect(requests.map((r) => r.headers.has("x-api-key"))).toEqual([false, false]);
  });

  it("exposes the typed openapi-fetch client over the same transport as raw", async () => {
    const { pac, requests } = clientWith([envelope({ maxScopeMonths: 12 })]);
    const { data, response } = await pac.raw.GET("/api/v1/balance/limits");
    expect(response.status).toBe(200);
    expect(data?.data.maxScopeMonths).toBe(12);
    expect(requests[0]?.headers.get("x-api-key")).toBe(TEST_KEY);
  });

  it("exposes every offline proof function as pac.proofs, resolving with its result", async () => {
    const pac = new PacSpace({ apiKey: TEST_KEY });
    const functionNames = Object.keys(proofs).filter(
      (name) => typeof (proofs as Record<string, unknown>)[name] === "function",
    );
    expect(Object.keys(pac.proofs).sort()).toEqual(functionNames.sort());
    const leaves = [`0x${"11".repeat(32)}`, `0x${"22".repeat(32)}`, `0x${"33".repeat(32)}`] as const;
    const root = proofs.merkleRoot([...leaves]);
    await expect(pac.proofs.merkleRoot([...leaves])).resolves.toBe(root);
    const proof = await pac.proofs.buildInclusionProof([...leaves], 1);
    expect(proof).toEqual(proofs.buildInclusionProof([...leaves], 1));
    await expect(pac.proofs.verifyInclusion(proof)).resolves.toEqual({ valid: true });
    await expect(pac.proofs.verifyInclusion({ ...proof, leaf: leaves[2] })).resolves.toMatchObject({
      valid: false,
    });
  });
});

describe("withResponse()", () => {
  it("gives the data, the response, the request id and the attempt count", async () => {
    const { pac } = clientWith(
      [failure(503, "SERVICE_UNAVAILABLE", {}, { "retry-after": "0" }), envelope({ plan: "free" }, 200)],
      { maxRetries: 2 },
    );
    const result = await pac.balance.usage().withResponse();
    expect(result.data).toEqual({ plan: "free" });
    expect(result.response).toBeInstanceOf(Response);
    expect(result.response.status).toBe(200);
    expect(result.requestId).toBe("req_200");
    expect(result.attempts).toBe(2);
  });

  it("reports the Idempotency-Key a write carried", async () => {
    const { pac, requests } = clientWith([envelope({ recordId: "rec_1" }, 201)]);
    const result = await pac.balance
      .emit("cust_1", 5, "credit", { idempotencyKey: "usage:cust_1:1" })
      .withResponse();
    expect(result.idempotencyKey).toBe("usage:cust_1:1");
    expect(requests[0]?.headers.get("idempotency-key")).toBe("usage:cust_1:1");
  });

  it("is still a promise of the unwrapped data", async () => {
    const { pac } = clientWith([envelope({ plan: "free" })]);
    const usage = pac.balance.usage();
    expect(usage).toBeInstanceOf(Promise);
    expect(await usage).toEqual({ plan: "free" });
    // then/catch/finally chain into plain promises
    await expect(usage.then((u) => u.plan)).resolves.toBe("free");
  });
});

describe("error mapping", () => {
  it("turns a 404 into NotFoundError with the request id", async () => {
    const { pac } = clientWith([failure(404, "NOT_FOUND")]);
    const error = await pac.balance.deltaStatus("rec_missing").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: "NOT_FOUND", requestId: "req_err_404" });
  });

  it("keeps the server's validation details", async () => {
    const details = [{ path: "reason", message: "must be 1–500 characters" }];
    const { pac } = clientWith([failure(400, "VALIDATION_ERROR", { details })]);
    const error = await pac.balance.emit("cust_1", 1, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 400, details });
  });

  it("maps cadence limits without retrying them", async () => {
    const { pac, requests } = clientWith(
      [failure(429, "CADENCE_LIMIT", { retryAfterSeconds: 120, customerId: "cust_1" })],
      { maxRetries: 2 },
    );
    const error = await pac.balance.emit("cust_1", 1, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CadenceLimitError);
    expect(error).toMatchObject({ retryAfterSeconds: 120, customerId: "cust_1" });
    expect(requests).toHaveLength(1);
  });

  it("maps 5xx after the retries are used up", async () => {
    const { pac, requests } = clientWith(() => failure(500, "INTERNAL_ERROR", {}, { "retry-after": "0" }), {
      maxRetries: 1,
    });
    await expect(pac.balance.limits()).rejects.toBeInstanceOf(InternalServerError);
    expect(requests).toHaveLength(2);
  });

  it("lets transport failures through as ConnectionError", async () => {
    const { pac } = clientWith([new TypeError("fetch failed")]);
    await expect(pac.balance.limits()).rejects.toBeInstanceOf(ConnectionError);
  });

  it("rejects a 2xx answer that is not an envelope", async () => {
    const { pac } = clientWith([new Response(JSON.stringify({ plan: "free" }), { status: 200 })]);
    const error = await pac.balance.usage().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PacSpaceError);
    expect(error).toMatchObject({ code: "UNEXPECTED_RESPONSE", status: 200 });
  });
});
