import { describe, expect, it } from "vitest";
import { type ContentPayload, contentHash } from "../../src/core/content-hash.js";
import {
  ContractNotDeployedError,
  InternalServerError,
  PaymentRequiredError,
  ScopeTooWideError,
  ServiceUnavailableError,
  TimeoutError,
  ValidationError,
} from "../../src/errors.js";
import { PacSpace } from "../../src/index.js";
import { BASE, clientWith, envelope, failure, fakeApi, LIVE_KEY, TEST_KEY } from "./fake-api.js";

/**
 * The wire format of the official PacSpace SDKs, fed through this SDK with an injected fetch.
 * Bodies and fixtures come from PacSpace/python-sdk tests/test_sdk.py unless a test names
 * another source.
 */

const queued = (recordId: string) => envelope({ recordId, status: "QUEUED", receiptId: "0xdef" }, 201);

describe("adjusts (test_emit_carries_adjusts_reference / test_emit_carries_adjusts_record_id)", () => {
  it("sends {referenceId} and {recordId} as given", async () => {
    const { pac, requests } = clientWith([queued("rec_adj"), queued("rec_adj")]);
    await pac.balance.emit("cust_1", -10, "adjustment", { adjusts: { referenceId: "inv_001" } });
    await pac.balance.emit("cust_1", 25, "adjustment", { adjusts: { recordId: "rec_orig" } });
    expect(requests[0]?.body).toMatchObject({ adjusts: { referenceId: "inv_001" } });
    expect(requests[1]?.body).toMatchObject({ adjusts: { recordId: "rec_orig" } });
  });

  it("refuses an adjusts naming both or neither before sending", async () => {
    const { pac, requests } = clientWith([]);
    for (const adjusts of [{ referenceId: "inv_001", recordId: "rec_orig" }, {}]) {
      const error = await pac.balance
        .emit("cust_1", 1, "adjustment", { adjusts: adjusts as { recordId: string } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details?.[0]?.path).toBe("adjusts");
    }
    expect(requests).toHaveLength(0);
  });

  // RULES.md §7: adjusts is not part of the hashed payload.
  it("leaves adjusts out of the content hash", () => {
    const body = { customerId: "cust_1", delta: -10, reason: "adjustment", referenceId: "fix_1" };
    const withAdjusts = { ...body, adjusts: { referenceId: "inv_001" } } as ContentPayload;
    expect(contentHash(withAdjusts)).toBe(contentHash(body));
  });

  it("batch items carry adjusts objects too", async () => {
    const { pac, requests } = clientWith([
      envelope({ totalQueued: 1, totalFailed: 0, receiptId: null, results: [] }, 201),
    ]);
    await pac.balance.emitBatch([
      { customerId: "cust_1", delta: -1, reason: "fix", adjusts: { referenceId: "inv_001" } },
    ]);
    expect(requests[0]?.body).toMatchObject({ deltas: [{ adjusts: { referenceId: "inv_001" } }] });
  });
});

describe("batch results (test_submission_coordinator_flush_and_failures)", () => {
  it("reads error as a code string with the item's customerId and delta", async () => {
    const { pac } = clientWith([
      envelope(
        {
          totalQueued: 1,
          totalFailed: 1,
          receiptId: null,
          results: [
            { index: 0, customerId: "cust_1", delta: -1, status: "FAILED", error: "CADENCE_LIMIT" },
            { index: 1, customerId: "cust_2", delta: -2, status: "QUEUED", idempotent: true },
          ],
        },
        201,
      ),
    ]);
    const result = await pac.balance.emitBatch([
      { customerId: "cust_1", delta: -1, reason: "usage_summary" },
      { customerId: "cust_2", delta: -2, reason: "usage_summary" },
    ]);
    const failed = result.results.filter((item) => item.status === "FAILED");
    expect(failed.map((item) => [item.customerId, item.delta, item.error])).toEqual([
      ["cust_1", -1, "CADENCE_LIMIT"],
    ]);
    expect(result.results[1]?.idempotent).toBe(true);
  });
});

describe("compare (test_derive_compare_checkpoint_usage_flows, test_scoped_derive_and_compare_options)", () => {
  it("always sends startingBalance: 0 by default, the caller's value otherwise; reads the 201 fixture", async () => {
    const { pac, requests } = clientWith([
      envelope({ matchesYours: true, matchesTheirs: true }, 201),
      envelope({ matchesYours: true, matchesTheirs: false }, 201),
    ]);
    const first = await pac.balance.compare("cust_1", { yours: -575, theirs: -575 });
    await pac.balance.compare(
      "cust_1",
      { yours: 100, theirs: 90 },
      { period: "2026-04", startingBalance: 5 },
    );
    expect(first.matchesYours).toBe(true);
    expect(requests[0]?.body).toEqual({
      customerId: "cust_1",
      yourBalance: -575,
      theirBalance: -575,
      startingBalance: 0,
    });
    expect(requests[1]?.body).toMatchObject({ period: "2026-04", startingBalance: 5 });
  });
});

describe("checkpoint mode and fingerprints (pacspace_sdk/balance.py checkpoint)", () => {
  it("sends them in the body and reads the fixture answer", async () => {
    const { pac, requests } = clientWith([envelope({ checkpointId: "chk_1", status: "QUEUED" }, 201)]);
    const checkpoint = await pac.balance.checkpoint("cust_1", {
      period: "2026-03",
      mode: "selected",
      fingerprints: ["fp_1", "fp_2"],
    });
    expect(checkpoint.checkpointId).toBe("chk_1");
    expect(requests[0]?.body).toEqual({
      customerId: "cust_1",
      period: "2026-03",
      mode: "selected",
      fingerprints: ["fp_1", "fp_2"],
    });
  });

  it("refuses fingerprints that are not strings before sending", async () => {
    const { pac, requests } = clientWith([]);
    const error = await pac.balance
      .checkpoint("cust_1", { fingerprints: [5] as unknown as string[] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(requests).toHaveLength(0);
  });
});

describe("usage (test_derive_compare_checkpoint_usage_flows)", () => {
  it("reads remaining", async () => {
    const { pac } = clientWith([envelope({ remaining: 99, allowed: true })]);
    const usage = await pac.balance.usage();
    expect(usage.remaining).toBe(99);
  });
});

describe("waiting for a delta (https://docs.pacspace.io/sdk/typescript/, pacspace_sdk/balance.py)", () => {
  const stillQueued = () => envelope({ recordId: "rec_1", status: "QUEUED" });

  it("emitAndWait honours {timeout, pollInterval}", async () => {
    const { pac, requests } = clientWith((request) =>
      request.method === "POST" ? queued("rec_1") : stillQueued(),
    );
    const started = Date.now();
    const error = await pac.balance
      .emitAndWait("cust_1", -5, "usage", { timeout: 50, pollInterval: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.length).toBeLessThan(20);
  });

  it("still honours the deprecated timeoutMs/pollIntervalMs; the documented names win over them", async () => {
    const { pac } = clientWith((request) => (request.method === "POST" ? queued("rec_1") : stillQueued()));
    const started = Date.now();
    await expect(
      pac.balance.emitAndWait("cust_1", -5, "usage", { timeoutMs: 50, pollIntervalMs: 10 }),
    ).rejects.toBeInstanceOf(TimeoutError);
    await expect(
      pac.balance.emitAndWait("cust_1", -5, "usage", { timeout: 50, timeoutMs: 600_000, pollInterval: 10 }),
    ).rejects.toBeInstanceOf(TimeoutError);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  // test_wait_for_verified: QUEUED then VERIFIED, two calls.
  it("waitForVerified polls an existing delta until it settles", async () => {
    const { pac, requests } = clientWith([
      envelope({ recordId: "rec_1", status: "QUEUED" }),
      envelope({ recordId: "rec_1", status: "VERIFIED" }),
    ]);
    const result = await pac.balance.waitForVerified("rec_1", { pollInterval: 1, timeout: 1000 });
    expect(result.status).toBe("VERIFIED");
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /api/v1/balance/delta/rec_1",
      "GET /api/v1/balance/delta/rec_1",
    ]);
  });

  it("waitForVerified times out with TimeoutError", async () => {
    const { pac } = clientWith(() => stillQueued());
    await expect(
      pac.balance.waitForVerified("rec_1", { timeout: 30, pollInterval: 5 }),
    ).rejects.toBeInstanceOf(TimeoutError);
  });

  it("getRecordStatus is deltaStatus", async () => {
    const { pac, requests } = clientWith([envelope({ recordId: "rec_1", status: "QUEUED" })]);
    expect((await pac.balance.getRecordStatus("rec_1")).status).toBe("QUEUED");
    expect(requests[0]?.path).toBe("/api/v1/balance/delta/rec_1");
  });
});

describe("client options chainId and creditPoolId (pacspace_sdk/client.py)", () => {
  it("sends X-Chain-Id 296 with a pk_test_ key and 295 with a pk_live_ key, on every request", async () => {
    for (const [apiKey, chainId] of [
      [TEST_KEY, "296"],
      [LIVE_KEY, "295"],
    ] as const) {
      const api = fakeApi(() => envelope({ verified: true }));
      const pac = new PacSpace({ apiKey, baseUrl: BASE, maxRetries: 0, fetch: api.fetch });
      await pac.balance.usage();
      await pac.verify(`0x${"ab".repeat(32)}`);
      expect(api.requests.map((r) => r.headers.get("x-chain-id"))).toEqual([chainId, chainId]);
    }
  });

  it("sends the configured chainId and refuses one that is not a whole number", async () => {
    const { pac, requests } = clientWith([envelope({})], { chainId: 1234 });
    await pac.balance.usage();
    expect(requests[0]?.headers.get("x-chain-id")).toBe("1234");
    expect(() => new PacSpace({ apiKey: TEST_KEY, chainId: "abc" })).toThrow(RangeError);
  });

  it("a client-wide creditPoolId goes on writes; a call's own one wins", async () => {
    const { pac, requests } = clientWith(() => queued("rec_1"), { creditPoolId: 7 });
    await pac.balance.emit("cust_1", 1, "r");
    await pac.balance.emit("cust_1", 1, "r", { creditPoolId: "9" });
    await pac.balance.deltaStatus("rec_1");
    expect(requests.map((r) => r.headers.get("x-credit-pool-id"))).toEqual(["7", "9", null]);
  });
});

describe("server-issued ids in paths are opaque (CONTRACT.md §3)", () => {
  it("sends ids in other formats as given, URL-encoded", async () => {
    const { pac, requests } = clientWith(() => envelope({ recordId: "x", status: "QUEUED" }));
    await pac.balance.deltaStatus("record_v2.0001");
    await pac.balance.deltaStatus("rec:1");
    expect(requests.map((r) => r.path)).toEqual([
      "/api/v1/balance/delta/record_v2.0001",
      "/api/v1/balance/delta/rec%3A1",
    ]);
  });

  // https://docs.pacspace.io/balance-api/verify/ shows upper-case hex; marketing sends rcpt_… ids.
  it("pac.verify sends upper-case hex and receipt ids", async () => {
    const { pac, requests } = clientWith(() => envelope({ verified: false }));
    const upper = `0x${"7F3A9B2C".repeat(8)}`;
    await pac.verify(upper);
    await pac.verify("rcpt_01hv9b2d7f3q");
    expect(requests.map((r) => r.path)).toEqual([
      `/api/v1/verify/${upper}`,
      "/api/v1/verify/rcpt_01hv9b2d7f3q",
    ]);
  });
});

describe("error classes of the official SDK (pacspace_sdk/errors.py)", () => {
  it("412 → ContractNotDeployedError, 402 INSUFFICIENT_CREDITS → PaymentRequiredError, 503 → ServiceUnavailableError", async () => {
    const { pac } = clientWith([
      failure(412, "CONTRACT_NOT_DEPLOYED"),
      failure(402, "INSUFFICIENT_CREDITS"),
      failure(503, "SERVICE_UNAVAILABLE"),
      failure(400, "SCOPE_TOO_WIDE"),
    ]);
    await expect(pac.balance.emit("cust_1", 1, "r")).rejects.toBeInstanceOf(ContractNotDeployedError);
    await expect(pac.balance.emit("cust_1", 1, "r")).rejects.toBeInstanceOf(PaymentRequiredError);
    const unavailable = await pac.balance.usage().catch((e: unknown) => e);
    expect(unavailable).toBeInstanceOf(ServiceUnavailableError);
    expect(unavailable).toBeInstanceOf(InternalServerError);
    await expect(pac.balance.derive("cust_1")).rejects.toBeInstanceOf(PacSpace.ScopeTooWideError);
  });

  it("client statics are the exported classes", () => {
    expect(PacSpace.ContractNotDeployedError).toBe(ContractNotDeployedError);
    expect(PacSpace.ScopeTooWideError).toBe(ScopeTooWideError);
    expect(PacSpace.ServiceUnavailableError).toBe(ServiceUnavailableError);
    expect(PacSpace.ValidationError).toBe(ValidationError);
  });

  it("a client-side scope mix is an InvalidScopeCombinationError", async () => {
    const { pac, requests } = clientWith([]);
    const error = await pac.balance
      .derive("cust_1", { startingCheckpoint: "chk_1", period: "2026-04" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PacSpace.InvalidScopeCombinationError);
    expect(requests).toHaveLength(0);
  });
});
