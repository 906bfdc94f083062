import { describe, expect, it } from "vitest";
import { contentHash, merkleRoot } from "../kernel/core.js";
import { createFixture, delta, errorOf } from "../ledger-fixture.js";

describe("emitDelta", () => {
  it("accepts a delta as QUEUED with its content hash, a one-item receiptId and sequence 1", () => {
    const { api, clock } = createFixture({ verification: "manual" });
    const body = {
      customerId: "cust_acme",
      delta: -310.25,
      reason: "usage",
      referenceId: "ref-1",
      metadata: { units: 12 },
    };
    const record = api.emitDelta(body);
    const hash = contentHash({
      customerId: "cust_acme",
      delta: -310.25,
      reason: "usage",
      referenceId: "ref-1",
      metadata: { units: 12 },
    });
    expect(record).toEqual({
      recordId: expect.stringMatching(/^rec_/),
      customerId: "cust_acme",
      delta: -310.25,
      reason: "usage",
      referenceId: "ref-1",
      metadata: { units: 12 },
      adjusts: null,
      status: "QUEUED",
      sequenceNumber: 1,
      contentHash: hash,
      receiptId: hash,
      createdAt: new Date(clock.now()).toISOString(),
      verifiedAt: null,
      verificationReference: null,
      error: null,
    });
    expect(api.getDeltaStatus(record.recordId)).toEqual(record);
  });

  it("reports every bad field in details, with JSON Pointer paths", () => {
    const { api } = createFixture();
    const error = errorOf(() =>
      api.emitDelta({
        customerId: "bad id!",
        delta: 0,
        reason: "",
        referenceId: "",
        metadata: [1],
        adjusts: "",
      }),
    );
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.status).toBe(400);
    expect(error.details?.map((issue) => issue.path)).toEqual([
      "/customerId",
      "/delta",
      "/reason",
      "/referenceId",
      "/metadata",
      "/adjusts",
    ]);
  });

  it.each([
    ["missing customerId", { delta: 1, reason: "r" }, "/customerId"],
    ["customerId too long", delta("c".repeat(129), 1), "/customerId"],
    ["delta as string", { customerId: "c", delta: "1", reason: "r" }, "/delta"],
    ["delta NaN", { customerId: "c", delta: Number.NaN, reason: "r" }, "/delta"],
    ["delta Infinity", { customerId: "c", delta: Number.POSITIVE_INFINITY, reason: "r" }, "/delta"],
    ["delta -0", { customerId: "c", delta: -0, reason: "r" }, "/delta"],
    ["delta beyond 1e9", delta("c", 1_000_000_000.01), "/delta"],
    ["reason 501 chars", { customerId: "c", delta: 1, reason: "x".repeat(501) }, "/reason"],
    ["referenceId 257 chars", delta("c", 1, { referenceId: "x".repeat(257) }), "/referenceId"],
    ["metadata over 16 KiB", delta("c", 1, { metadata: { blob: "x".repeat(16 * 1024) } }), "/metadata"],
    ["metadata not an object", delta("c", 1, { metadata: "x" }), "/metadata"],
    ["body not an object", [1, 2], "/"],
  ])("refuses %s", (_name, body, path) => {
    const { api, ledger } = createFixture();
    const before = ledger.snapshot();
    const error = errorOf(() => api.emitDelta(body));
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.[0]?.path).toBe(path);
    expect(ledger.snapshot()).toBe(before);
  });

  it("accepts the boundaries: ±1e9, 500-char reason (in code points), 256-char referenceId, exactly 16 KiB metadata", () => {
    const { api } = createFixture();
    api.emitDelta(delta("c", 1_000_000_000));
    api.emitDelta(delta("c", -1_000_000_000));
    api.emitDelta({ customerId: "c", delta: 1, reason: "😀".repeat(500) });
    api.emitDelta(delta("c", 1, { referenceId: "x".repeat(256) }));
    const filler = "x".repeat(16 * 1024 - '{"b":""}'.length);
    api.emitDelta(delta("c", 1, { metadata: { b: filler } }));
  });

  it("sequence numbers are contiguous per customer from 1, across single emits and batches", () => {
    const { api } = createFixture();
    const seq = (customerId: string) => api.emitDelta(delta(customerId, 1)).sequenceNumber;
    expect([seq("a"), seq("a"), seq("b"), seq("a"), seq("b")]).toEqual([1, 2, 1, 3, 2]);
    const batch = api.emitDeltaBatch({ deltas: [delta("a", 1), delta("c", 1), delta("a", 1)] });
    const numbers = batch.results.map(
      (result) => api.getDeltaStatus(result.recordId as string).sequenceNumber,
    );
    expect(numbers).toEqual([4, 1, 5]);
  });

  // The object form the official SDK sends (PacSpace/python-sdk tests/test_sdk.py,
  // test_emit_carries_adjusts_reference / test_emit_carries_adjusts_record_id).
  it("adjusts names an earlier delta of the same customer as {referenceId} or {recordId}", () => {
    const { api } = createFixture();
    const original = api.emitDelta(delta("a", -50, { referenceId: "inv_001" }));
    const other = api.emitDelta(delta("b", 1));
    const byRecord = api.emitDelta(delta("a", 25, { adjusts: { recordId: original.recordId } }));
    expect(byRecord.adjusts).toEqual({ recordId: original.recordId });
    const byReference = api.emitDelta(delta("a", -10, { adjusts: { referenceId: "inv_001" } }));
    expect(byReference.adjusts).toEqual({ referenceId: "inv_001" });
    expect(api.getDeltaStatus(byReference.recordId).adjusts).toEqual({ referenceId: "inv_001" });
    // adjusts is not part of the content hash (RULES.md §7)
    const plain = api.emitDelta(delta("a", -10));
    expect(byReference.contentHash).toBe(plain.contentHash);
    const unknown: Array<[unknown, string]> = [
      [{ recordId: other.recordId }, "/adjusts/recordId"],
      [{ recordId: "rec_unknown" }, "/adjusts/recordId"],
      [{ referenceId: "inv-unknown" }, "/adjusts/referenceId"],
      [{ referenceId: original.recordId }, "/adjusts/referenceId"],
      [{ recordId: "inv_001" }, "/adjusts/recordId"],
    ];
    for (const [adjusts, path] of unknown) {
      const error = errorOf(() => api.emitDelta(delta("a", 1, { adjusts })));
      expect(error.code).toBe("VALIDATION_ERROR");
      expect(error.details?.[0]?.path).toBe(path);
    }
    for (const adjusts of [{}, { recordId: original.recordId, referenceId: "inv_001" }, { other: "x" }, 5]) {
      const error = errorOf(() => api.emitDelta(delta("a", 1, { adjusts })));
      expect(error.code).toBe("VALIDATION_ERROR");
      expect(error.details?.[0]?.path).toBe("/adjusts");
    }
  });

  it("still accepts the deprecated bare adjusts string, stored in the object form it names", () => {
    const { api } = createFixture();
    const original = api.emitDelta(delta("a", -50, { referenceId: "inv-1" }));
    expect(api.emitDelta(delta("a", 50, { adjusts: original.recordId })).adjusts).toEqual({
      recordId: original.recordId,
    });
    expect(api.emitDelta(delta("a", 50, { adjusts: "inv-1" })).adjusts).toEqual({ referenceId: "inv-1" });
    const error = errorOf(() => api.emitDelta(delta("a", 1, { adjusts: "inv-unknown" })));
    expect(error.details?.[0]?.path).toBe("/adjusts");
  });

  it("getDeltaStatus: any id that names no delta is NOT_FOUND, never VALIDATION_ERROR", () => {
    const { api } = createFixture();
    expect(errorOf(() => api.getDeltaStatus("rec_nothere")).code).toBe("NOT_FOUND");
    expect(errorOf(() => api.getDeltaStatus("nope")).code).toBe("NOT_FOUND");
    expect(errorOf(() => api.getDeltaStatus("record_v2_0001")).code).toBe("NOT_FOUND");
  });

  it("the log is a copy: mutating a returned record or the sent metadata changes nothing", () => {
    const { api } = createFixture({ verification: "manual" });
    const metadata = { nested: { n: 1 } };
    const record = api.emitDelta(delta("a", 1, { metadata }));
    metadata.nested.n = 2;
    (record.metadata as { nested: { n: number } }).nested.n = 3;
    expect(api.getDeltaStatus(record.recordId).metadata).toEqual({ nested: { n: 1 } });
  });
});

describe("emitDeltaBatch", () => {
  it("validates items one by one: partial success with index/status/recordId/error", () => {
    const { api, ledger } = createFixture({ verification: "manual" });
    const result = api.emitDeltaBatch({
      deltas: [delta("a", 1), { customerId: "a", delta: 0, reason: "r" }, delta("b", 2.5)],
    });
    expect(result.totalQueued).toBe(2);
    expect(result.totalFailed).toBe(1);
    // Items echo customerId and delta, and a failure's error is the code string
    // (PacSpace/python-sdk tests/test_sdk.py, test_submission_coordinator_flush_and_failures).
    expect(result.results[0]).toEqual({
      index: 0,
      customerId: "a",
      delta: 1,
      status: "QUEUED",
      recordId: expect.stringMatching(/^rec_/),
    });
    expect(result.results[1]).toEqual({
      index: 1,
      customerId: "a",
      status: "FAILED",
      error: "VALIDATION_ERROR",
      errorMessage: "/deltas/1/delta: must not be zero",
    });
    const records = ledger.inspect().tenants[0]?.environments.sandbox.deltas ?? [];
    expect(records).toHaveLength(2);
    expect(result.receiptId).toBe(merkleRoot(records.map((record) => record.contentHash as `0x${string}`)));
    expect(records.every((record) => record.receiptId === result.receiptId)).toBe(true);
  });

  it("an envelope error fails the whole request; so does a batch over maxBatchSize", () => {
    const { api, ledger } = createFixture({ limits: { maxBatchSize: 3 } });
    const before = ledger.snapshot();
    for (const body of [
      {},
      { deltas: [] },
      { deltas: "x" },
      { deltas: Array(4).fill(delta("a", 1)) },
      null,
    ]) {
      const error = errorOf(() => api.emitDeltaBatch(body));
      expect(error.code).toBe("VALIDATION_ERROR");
    }
    expect(ledger.snapshot()).toBe(before);
    expect(api.emitDeltaBatch({ deltas: Array(3).fill(delta("a", 1)) }).totalQueued).toBe(3);
  });

  it("all items failing is still a 201 result with receiptId null and nothing written", () => {
    const { api, ledger } = createFixture();
    const before = ledger.snapshot();
    const result = api.emitDeltaBatch({ deltas: [delta("a", 0)] });
    expect(result).toMatchObject({ totalQueued: 0, totalFailed: 1, receiptId: null });
    expect(ledger.snapshot()).toBe(before);
  });

  it("items already recorded (same content incl. referenceId) are flagged idempotent, not recorded again", () => {
    const { api, ledger } = createFixture({ verification: "manual" });
    const first = api.emitDeltaBatch({ deltas: [delta("a", 1, { referenceId: "r1" }), delta("a", 2)] });
    const again = api.emitDeltaBatch({
      deltas: [
        delta("a", 1, { referenceId: "r1" }),
        delta("a", 2),
        delta("a", 3, { referenceId: "r3" }),
        delta("a", 3, { referenceId: "r3" }),
      ],
    });
    expect(again.results[0]).toEqual({
      index: 0,
      customerId: "a",
      delta: 1,
      status: "QUEUED",
      recordId: first.results[0]?.recordId,
      idempotent: true,
    });
    expect(again.results[1]?.idempotent).toBeUndefined(); // no referenceId: a new delta
    expect(again.results[3]).toEqual({
      index: 3,
      customerId: "a",
      delta: 3,
      status: "QUEUED",
      recordId: again.results[2]?.recordId,
      idempotent: true,
    });
    expect(ledger.inspect().tenants[0]?.environments.sandbox.deltas).toHaveLength(4);
  });
});

describe("plan cap (Free: 100 lifetime verified deltas)", () => {
  it("the 100th delta is accepted, the 101st is 402 PLAN_LIMIT_REACHED and writes nothing", () => {
    const { api, ledger } = createFixture({ plan: "free" });
    api.emitDeltaBatch({ deltas: Array.from({ length: 99 }, (_, i) => delta("a", i + 1)) });
    expect(api.emitDelta(delta("a", 100)).sequenceNumber).toBe(100);
    expect(api.getUsage()).toMatchObject({
      plan: "free",
      includedDeltas: 100,
      consumedDeltas: 100,
      remainingDeltas: 0,
      allowed: false,
    });
    const before = ledger.snapshot();
    const error = errorOf(() => api.emitDelta(delta("a", 101)));
    expect(error.code).toBe("PLAN_LIMIT_REACHED");
    expect(error.status).toBe(402);
    expect(errorOf(() => api.emitDeltaBatch({ deltas: [delta("b", 1)] })).code).toBe("PLAN_LIMIT_REACHED");
    expect(ledger.snapshot()).toBe(before);
  });

  it("in-flight deltas count toward the cap, so it cannot be overshot; failed ones release their place", () => {
    const { api, ledger } = createFixture({ plan: "free", verification: "manual" });
    api.emitDeltaBatch({ deltas: Array.from({ length: 100 }, (_, i) => delta("a", i + 1)) });
    expect(errorOf(() => api.emitDelta(delta("a", 1))).code).toBe("PLAN_LIMIT_REACHED");
    const lastId = ledger.inspect().tenants[0]?.environments.sandbox.deltas[99]?.recordId as string;
    ledger.markToFail(lastId);
    ledger.verifyPending();
    expect(api.getUsage()).toMatchObject({ consumedDeltas: 99, remainingDeltas: 1, allowed: true });
    api.emitDelta(delta("a", 1));
    expect(errorOf(() => api.emitDelta(delta("a", 1))).code).toBe("PLAN_LIMIT_REACHED");
  });

  it("a batch that would cross the cap is refused whole", () => {
    const { api, ledger } = createFixture({ plan: "free" });
    api.emitDeltaBatch({ deltas: Array.from({ length: 98 }, () => delta("a", 1)) });
    const before = ledger.snapshot();
    expect(
      errorOf(() => api.emitDeltaBatch({ deltas: Array.from({ length: 3 }, () => delta("a", 1)) })).code,
    ).toBe("PLAN_LIMIT_REACHED");
    expect(ledger.snapshot()).toBe(before);
    expect(api.emitDeltaBatch({ deltas: [delta("a", 1), delta("a", 1)] }).totalQueued).toBe(2);
  });

  it("paid plans never block and count overage", () => {
    const { api, ledger, tenantId } = createFixture({ plan: "pilot" });
    ledger.updateTenant(tenantId, { includedDeltas: 2 });
    for (let i = 0; i < 5; i++) api.emitDelta(delta("a", 1));
    expect(api.getUsage()).toMatchObject({
      plan: "pilot",
      includedDeltas: 2,
      consumedDeltas: 5,
      remainingDeltas: 0,
      allowed: true,
    });
    expect(ledger.billingUsage(tenantId)).toMatchObject({ overageCount: 3, overageChargesUsd: 0.06 });
  });
});

describe("cadence (per-customer minimum interval)", () => {
  it("is off by default", () => {
    const { api } = createFixture();
    for (let i = 0; i < 5; i++) api.emitDelta(delta("a", 1));
  });

  it("refuses an early emit with CADENCE_LIMIT, retryAfterSeconds and customerId; other customers are unaffected", () => {
    const { api, clock, ledger } = createFixture({ defaultCadenceMs: 60_000 });
    api.emitDelta(delta("a", 1));
    clock.advance(15_500);
    const before = ledger.snapshot();
    const error = errorOf(() => api.emitDelta(delta("a", 1)));
    expect(error).toMatchObject({
      code: "CADENCE_LIMIT",
      status: 429,
      retryAfterSeconds: 45,
      customerId: "a",
    });
    expect(ledger.snapshot()).toBe(before);
    api.emitDelta(delta("b", 1));
    clock.advance(44_500);
    api.emitDelta(delta("a", 1));
  });

  it("per-customer settings override the default; batch items fail one by one", () => {
    const { api, clock } = createFixture();
    api.emitDelta(delta("slow", 1));
    api.setCustomerCadence("slow", 30_000);
    const result = api.emitDeltaBatch({ deltas: [delta("slow", 1), delta("fast", 1), delta("fast", 2)] });
    expect(result.results.map((item) => item.status)).toEqual(["FAILED", "QUEUED", "QUEUED"]);
    expect(result.results[0]?.error).toBe("CADENCE_LIMIT");
    clock.advance(30_000);
    api.emitDelta(delta("slow", 1));
    api.setCustomerCadence("slow", null);
    api.emitDelta(delta("slow", 1));
  });
});

describe("atomic writes", () => {
  it.each(["accept-item", "accept-submission"])("a crash at %s leaves no partial state", (step) => {
    let crashAt: string | null = null;
    const { api, ledger } = createFixture({
      verification: "manual",
      writeHook: (name) => {
        if (name === crashAt) throw new Error("injected crash");
      },
    });
    api.emitDelta(delta("a", 1));
    const before = ledger.snapshot();
    crashAt = step;
    expect(() =>
      api.emitDeltaBatch({ deltas: [delta("a", 2), delta("new-customer", 3), delta("a", 4)] }),
    ).toThrow("injected crash");
    expect(() => api.emitDelta(delta("b", 1))).toThrow("injected crash");
    expect(ledger.snapshot()).toBe(before);
    crashAt = null;
    // the ledger stays consistent: the next write continues the sequence
    expect(api.emitDelta(delta("a", 5)).sequenceNumber).toBe(2);
    expect(api.getUsage().allowed).toBe(true);
  });

  it("a crash inside verification rolls the whole batch back; a later run verifies it", () => {
    let crash = false;
    const { api, ledger } = createFixture({
      verification: "manual",
      writeHook: (name) => {
        if (crash && name === "verification-batch") throw new Error("verifier down");
      },
    });
    api.emitDeltaBatch({ deltas: [delta("a", 1), delta("a", 2)] });
    const before = ledger.snapshot();
    crash = true;
    expect(() => ledger.verifyPending()).toThrow("verifier down");
    expect(ledger.snapshot()).toBe(before);
    crash = false;
    expect(ledger.verifyPending().verified).toBe(2);
    expect(api.deriveBalance("a").computedBalance).toBe(3);
  });
});
