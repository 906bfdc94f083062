import { describe, expect, it } from "vitest";
import { createFixture, DAY, delta, errorOf, HOUR } from "../ledger-fixture.js";
import { stringifyJson } from "./exact-number.js";

const MARCH_10 = Date.UTC(2026, 2, 10, 12);

describe("deriveBalance", () => {
  it("a customer that never received a delta is CUSTOMER_NOT_FOUND, not a zero balance", () => {
    const { api } = createFixture();
    expect(errorOf(() => api.deriveBalance("never-seen")).code).toBe("CUSTOMER_NOT_FOUND");
    api.emitDelta(delta("never-seen", 1));
    expect(api.deriveBalance("never-seen").computedBalance).toBe(1);
  });

  it("sums exactly: 0.1 + 0.2 derives to 0.3", () => {
    const { api } = createFixture();
    api.emitDelta(delta("a", 0.1));
    api.emitDelta(delta("a", 0.2));
    expect(api.deriveBalance("a").computedBalance).toBe(0.3);
  });

  it("100,000 deltas of 0.01 derive to exactly 1000 (the million runs in the bench)", () => {
    const { api, clock } = createFixture();
    for (let batch = 0; batch < 1000; batch++) {
      api.emitDeltaBatch({
        deltas: Array.from({ length: 100 }, () => ({ customerId: "a", delta: 0.01, reason: "r" })),
      });
      clock.advance(1000);
    }
    const result = api.deriveBalance("a", { limit: "1" });
    expect(result.computedBalance).toBe(1000);
    expect(result.deltasCount).toBe(100_000);
    expect(api.deriveBalance("a", { startingBalance: "0.005" }).computedBalance).toBe(1000.005);
  }, 30_000);

  it("computedBalance = startingBalance + verified deltas only; page in sequence order; latest ids", () => {
    const { api, ledger } = createFixture({ verification: "manual" });
    const records = [5, -2, 7.25].map((n) => api.emitDelta(delta("a", n)));
    api.emitDelta(delta("b", 1000));
    expect(api.deriveBalance("a")).toMatchObject({
      computedBalance: 0,
      deltasCount: 0,
      latestRecordId: null,
      latestReceiptId: null,
    });
    ledger.verifyPending();
    api.emitDelta(delta("a", 1000)); // still queued: does not count
    const result = api.deriveBalance("a", { startingBalance: "100.5" });
    expect(result).toMatchObject({
      customerId: "a",
      computedBalance: 110.75,
      startingBalance: 100.5,
      deltasCount: 3,
      latestRecordId: records[2]?.recordId,
      latestReceiptId: records[2]?.receiptId,
      scope: { from: "2026-04-01T00:00:00.000Z", to: "2026-05-01T00:00:00.000Z", period: "2026-04" },
      pagination: { limit: 100, offset: 0, total: 3 },
    });
    expect(result.deltas.map((row) => row.sequenceNumber)).toEqual([1, 2, 3]);
    expect(result.deltas[0]).not.toHaveProperty("metadata");
    expect(result.deltas[0]).not.toHaveProperty("proof");
    expect(result.breakdown).toBeUndefined();
  });

  it("keeps its page as JSON text: rows read as objects, written as they read, replaceable", () => {
    const { api } = createFixture();
    const first = api.emitDelta(delta("a", 1, { referenceId: 'ref "1"', reason: "café \u2028" }));
    api.emitDelta(delta("a", 2, { adjusts: { recordId: first.recordId } }));
    api.emitDelta(delta("a", 1e9));
    const result = api.deriveBalance("a", { granularity: "day", startingBalance: "0.000000001" });
    expect(stringifyJson(result.computedBalance)).toBe("1000000003.000000001");
    const rows = result.deltas;
    expect(rows.map((row) => [row.recordId, row.referenceId, row.reason, row.adjusts])).toEqual([
      [first.recordId, 'ref "1"', "café \u2028", null],
      [expect.any(String), null, "change of 2", { recordId: first.recordId }],
      [expect.any(String), null, "change of 1000000000", null],
    ]);
    expect(result.deltas).toBe(rows);
    expect(Object.keys(result)).toEqual([
      "customerId",
      "computedBalance",
      "startingBalance",
      "deltasCount",
      "latestReceiptId",
      "latestRecordId",
      "scope",
      "deltas",
      "pagination",
      "breakdown",
    ]);
    // the text written is the text the rows it reads as would be written as
    const asRows = { ...result };
    expect(stringifyJson(result)).toBe(stringifyJson(asRows));
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(asRows)));
    expect(structuredClone(result)).toEqual(asRows);
    result.deltas = rows.slice(1);
    expect(result.deltas).toHaveLength(2);
    expect(JSON.parse(stringifyJson(result)).deltas).toEqual(JSON.parse(JSON.stringify(rows.slice(1))));
  });

  it("pages the rows but always sums the whole scope", () => {
    const { api } = createFixture();
    for (let i = 1; i <= 5; i++) api.emitDelta(delta("a", i));
    const page = api.deriveBalance("a", { limit: 2, offset: "3" });
    expect(page.computedBalance).toBe(15);
    expect(page.deltas.map((row) => row.delta)).toEqual([4, 5]);
    expect(page.pagination).toEqual({ limit: 2, offset: 3, total: 5 });
    expect(api.deriveBalance("a", { offset: 10 }).deltas).toEqual([]);
    for (const query of [
      { limit: 0 },
      { limit: 1001 },
      { offset: -1 },
      { limit: "1.5" },
      { startingBalance: "abc" },
      { granularity: "year" },
    ]) {
      expect(errorOf(() => api.deriveBalance("a", query)).code).toBe("VALIDATION_ERROR");
    }
    expect(errorOf(() => api.deriveBalance("a", { limit: 0 })).details?.[0]?.path).toBe("limit");
    expect(errorOf(() => api.deriveBalance("bad id")).code).toBe("VALIDATION_ERROR");
  });

  it("scope membership is by createdAt with half-open windows", () => {
    const { api, clock } = createFixture({ start: Date.UTC(2026, 2, 31, 23, 59, 59, 999) });
    api.emitDelta(delta("a", 1)); // March
    clock.set(Date.UTC(2026, 3, 1));
    api.emitDelta(delta("a", 10)); // first instant of April
    clock.set(Date.UTC(2026, 3, 15));
    api.emitDelta(delta("a", 100));
    expect(api.deriveBalance("a", { period: "2026-03" }).computedBalance).toBe(1);
    expect(api.deriveBalance("a", { period: "2026-04" }).computedBalance).toBe(110);
    expect(api.deriveBalance("a", { timePreset: "current_month" }).computedBalance).toBe(110);
    expect(
      api.deriveBalance("a", { startDate: "2026-03-31T23:59:59.999Z", endDate: "2026-04-15" })
        .computedBalance,
    ).toBe(11);
    expect(
      api.deriveBalance("a", {
        timePreset: "custom",
        startDate: "2026-04-01",
        endDate: "2026-04-15T00:00:00.001Z",
      }).scope,
    ).toEqual({ from: "2026-04-01T00:00:00.000Z", to: "2026-04-15T00:00:00.001Z" });
  });

  it.each([
    [{ period: "2026-04", startDate: "2026-04-01" }, "INVALID_SCOPE_COMBINATION"],
    [{ timePreset: "current_month", startDate: "2026-04-01" }, "INVALID_SCOPE_COMBINATION"],
    [{ startingCheckpoint: `0x${"a".repeat(64)}`, period: "2026-04" }, "INVALID_SCOPE_COMBINATION"],
    [{ startDate: "2026-04-01" }, "VALIDATION_ERROR"],
    [{ timePreset: "custom", endDate: "2026-04-02" }, "VALIDATION_ERROR"],
    [{ period: "2026-13" }, "VALIDATION_ERROR"],
    [{ period: "2026-05" }, "VALIDATION_ERROR"],
    [{ startDate: "2025-01-01", endDate: "2026-04-01" }, "SCOPE_TOO_WIDE"],
    [{ startDate: "2024-01-01", endDate: "2024-02-01" }, "SCOPE_TOO_WIDE"],
  ])("scope %j → %s", (query, code) => {
    const { api } = createFixture();
    expect(errorOf(() => api.deriveBalance("a", query)).code).toBe(code);
  });

  it("honours configured scope limits", () => {
    const { api } = createFixture({ limits: { maxScopeMonths: 1 } });
    expect(
      errorOf(() => api.deriveBalance("a", { startDate: "2026-02-01", endDate: "2026-04-01" })).code,
    ).toBe("SCOPE_TOO_WIDE");
    expect(api.getLimits()).toMatchObject({
      maxScopeMonths: 1,
      maxBatchSize: 100,
      maxDeltaAbs: 1_000_000_000,
    });
  });
});

describe("checkpoint mode", () => {
  function monthWithCheckpoint() {
    const fixture = createFixture({ start: MARCH_10 });
    const { api, clock } = fixture;
    api.emitDelta(delta("a", 100));
    api.emitDelta(delta("a", -30));
    api.emitDelta(delta("b", 5));
    clock.set(Date.UTC(2026, 3, 2));
    const checkpoint = api.createCheckpoint({ customerId: "a", period: "2026-03" }).data as {
      proofRoot: string;
      closingBalance: number;
      lastRecordId: string;
      lastSequenceNumber: number;
    };
    api.emitDelta(delta("a", 1.5));
    api.emitDelta(delta("a", 2.25));
    return { ...fixture, checkpoint };
  }

  it("balance = startingBalance + verified deltas after the checkpoint's last sequence number", () => {
    const { api, checkpoint } = monthWithCheckpoint();
    expect(checkpoint.closingBalance).toBe(70);
    const result = api.deriveBalance("a", {
      startingCheckpoint: checkpoint.proofRoot,
      startingCheckpointType: "proofRoot",
      startingBalance: checkpoint.closingBalance,
    });
    expect(result).toMatchObject({
      computedBalance: 73.75,
      deltasCount: 2,
      scope: {
        startingCheckpoint: checkpoint.proofRoot,
        startingCheckpointType: "proofRoot",
        afterSequenceNumber: 2,
      },
    });
    expect(result.deltas.map((row) => row.sequenceNumber)).toEqual([3, 4]);
  });

  it("finds the checkpoint by its last recordId too (legacy alias and inferred type)", () => {
    const { api, checkpoint } = monthWithCheckpoint();
    for (const query of [
      { startingCheckpoint: checkpoint.lastRecordId, startingCheckpointType: "recordId" },
      { startingCheckpoint: checkpoint.lastRecordId, startingCheckpointType: "anchorId" },
      { startingCheckpoint: checkpoint.lastRecordId },
      { startingCheckpoint: checkpoint.proofRoot, startingCheckpointType: "itemsRoot" },
    ]) {
      expect(api.deriveBalance("a", query).computedBalance).toBe(3.75);
    }
  });

  it("unknown, foreign-customer and other-tenant checkpoints are NOT_FOUND", () => {
    const { api, ledger, checkpoint } = monthWithCheckpoint();
    expect(errorOf(() => api.deriveBalance("a", { startingCheckpoint: `0x${"1".repeat(64)}` })).code).toBe(
      "NOT_FOUND",
    );
    expect(errorOf(() => api.deriveBalance("b", { startingCheckpoint: checkpoint.proofRoot })).code).toBe(
      "NOT_FOUND",
    );
    expect(errorOf(() => api.deriveBalance("a", { startingCheckpoint: "rec_notacheckpoint" })).code).toBe(
      "NOT_FOUND",
    );
    ledger.createTenant({ tenantId: "ten_other" });
    const other = ledger.forEnvironment("ten_other", "sandbox");
    other.emitDelta(delta("a", 1));
    expect(errorOf(() => other.deriveBalance("a", { startingCheckpoint: checkpoint.proofRoot })).code).toBe(
      "NOT_FOUND",
    );
    expect(errorOf(() => api.deriveBalance("a", { startingCheckpoint: "0xnothex" })).code).toBe(
      "VALIDATION_ERROR",
    );
  });
});

describe("breakdown", () => {
  it("month buckets over a period, with running closing balances", () => {
    const { api } = createFixture();
    api.emitDelta(delta("a", 5000));
    const result = api.deriveBalance("a", { granularity: "month", startingBalance: 10 });
    expect(result.breakdown).toEqual([
      {
        bucketStart: "2026-04-01T00:00:00.000Z",
        bucketEnd: "2026-05-01T00:00:00.000Z",
        netChange: 5000,
        deltasCount: 1,
        closingBalance: 5010,
      },
    ]);
  });

  it("day buckets tile the window; empty days carry the balance forward", () => {
    const { api, clock } = createFixture({ start: Date.UTC(2026, 3, 1, 1) });
    api.emitDelta(delta("a", 1));
    api.emitDelta(delta("a", 2));
    clock.advance(2 * DAY);
    api.emitDelta(delta("a", 4));
    const result = api.deriveBalance("a", {
      startDate: "2026-04-01T12:00:00Z",
      endDate: "2026-04-04",
      granularity: "day",
    });
    expect(result.computedBalance).toBe(4);
    expect(result.breakdown).toEqual([
      {
        bucketStart: "2026-04-01T12:00:00.000Z",
        bucketEnd: "2026-04-02T00:00:00.000Z",
        netChange: 0,
        deltasCount: 0,
        closingBalance: 0,
      },
      {
        bucketStart: "2026-04-02T00:00:00.000Z",
        bucketEnd: "2026-04-03T00:00:00.000Z",
        netChange: 0,
        deltasCount: 0,
        closingBalance: 0,
      },
      {
        bucketStart: "2026-04-03T00:00:00.000Z",
        bucketEnd: "2026-04-04T00:00:00.000Z",
        netChange: 4,
        deltasCount: 1,
        closingBalance: 4,
      },
    ]);
  });

  it("week buckets are ISO weeks starting Monday 00:00 UTC", () => {
    // 2026-04-01 is a Wednesday; the following Monday is 2026-04-06
    const { api, clock } = createFixture({ start: Date.UTC(2026, 3, 5, 23) });
    api.emitDelta(delta("a", 1)); // Sunday 5th → week of Mon 30 March (clipped to the window start)
    clock.advance(HOUR); // Monday 6th 00:00
    api.emitDelta(delta("a", 2));
    const buckets = api.deriveBalance("a", { granularity: "week" }).breakdown ?? [];
    expect(
      buckets.map((bucket) => [
        bucket.bucketStart.slice(0, 10),
        bucket.bucketEnd.slice(0, 10),
        bucket.deltasCount,
      ]),
    ).toEqual([
      ["2026-04-01", "2026-04-06", 1],
      ["2026-04-06", "2026-04-13", 1],
      ["2026-04-13", "2026-04-20", 0],
      ["2026-04-20", "2026-04-27", 0],
      ["2026-04-27", "2026-05-01", 0],
    ]);
    expect(buckets.at(-1)?.closingBalance).toBe(3);
  });

  it("in checkpoint mode the buckets span the covered deltas", () => {
    const { api, clock } = createFixture({ start: MARCH_10 });
    api.emitDelta(delta("a", 1));
    clock.set(Date.UTC(2026, 3, 3, 10));
    const { proofRoot } = api.createCheckpoint({ customerId: "a", period: "2026-03" }).data as {
      proofRoot: string;
    };
    api.emitDelta(delta("a", 2));
    clock.advance(DAY);
    api.emitDelta(delta("a", 3));
    const result = api.deriveBalance("a", {
      startingCheckpoint: proofRoot,
      startingBalance: 1,
      granularity: "day",
    });
    expect(
      result.breakdown?.map((bucket) => [
        bucket.bucketStart.slice(0, 10),
        bucket.netChange,
        bucket.closingBalance,
      ]),
    ).toEqual([
      ["2026-04-03", 2, 3],
      ["2026-04-04", 3, 6],
    ]);
  });
});

describe("checkpoint mode with deltas verified out of order", () => {
  function outOfOrder() {
    const fixture = createFixture({ verification: "manual" });
    const { api, ledger } = fixture;
    const records = [1, 10, 100].map((amount) => api.emitDelta(delta("a", amount)));
    const [first, second, third] = records.map((record) => record.recordId);
    ledger.verifyPending((candidate) => candidate.recordId === first || candidate.recordId === third);
    const checkpoint = api.createCheckpoint({ customerId: "a" }).data as {
      proofRoot: string;
      closingBalance: number;
    };
    ledger.verifyPending((candidate) => candidate.recordId === second);
    return { ...fixture, checkpoint, second };
  }

  it("counts a delta verified after the checkpoint though its sequence number is below the checkpoint's last", () => {
    const { api, checkpoint, second } = outOfOrder();
    expect(checkpoint.closingBalance).toBe(101);
    const fromCheckpoint = api.deriveBalance("a", {
      startingCheckpoint: checkpoint.proofRoot,
      startingBalance: checkpoint.closingBalance,
      granularity: "day",
    });
    expect(fromCheckpoint.computedBalance).toBe(111);
    expect(api.deriveBalance("a").computedBalance).toBe(111);
    expect(fromCheckpoint).toMatchObject({ deltasCount: 1, latestRecordId: second });
    expect(fromCheckpoint.deltas.map((row) => row.sequenceNumber)).toEqual([2]);
    expect(fromCheckpoint.breakdown).toEqual([
      expect.objectContaining({ netChange: 10, deltasCount: 1, closingBalance: 111 }),
    ]);
  });

  it("the late delta comes first in the page, then the deltas after the checkpoint", () => {
    const { api, checkpoint } = outOfOrder();
    api.emitDelta(delta("a", 1000));
    const fixture = api.deriveBalance("a", { startingCheckpoint: checkpoint.proofRoot });
    expect(fixture.computedBalance).toBe(10);
    expect(fixture.deltasCount).toBe(1);
    expect(api.deriveBalance("a", { startingCheckpoint: checkpoint.proofRoot, offset: 1 }).deltas).toEqual(
      [],
    );
  });

  it("compare from the checkpoint agrees with derive, and finds a divergence among the late deltas", () => {
    const { api, checkpoint } = outOfOrder();
    const compare = (claim: number) =>
      api.compareBalances({
        customerId: "a",
        yourBalance: claim,
        theirBalance: 0,
        startingBalance: checkpoint.closingBalance,
        startingCheckpoint: checkpoint.proofRoot,
      });
    expect(compare(111)).toMatchObject({ outcome: "yours_matches", neutralBalance: 111, deltasCount: 1 });
    expect(compare(101).divergence.yours).toEqual({
      lastMatchingSequenceNumber: null,
      lastMatchingRecordId: null,
      unmatchedDeltasCount: 1,
      unmatchedAmount: 10,
    });
  });
});

describe("exact balances", () => {
  it("derive writes every digit of a sum no double holds, and compare with those digits matches", async () => {
    const { api } = createFixture();
    api.emitDelta(delta("a", 1_000_000_000));
    api.emitDelta(delta("a", 1e-9));
    const { stringifyJson } = await import("./exact-number.js");
    const derived = api.deriveBalance("a");
    expect(stringifyJson(derived)).toContain('"computedBalance":1000000000.000000001');
    const raw = '{"customerId":"a","yourBalance":1000000000.000000001,"theirBalance":1000000000}';
    const result = api.compareBalances(JSON.parse(raw), raw);
    expect(result).toMatchObject({ matchesYours: true, matchesTheirs: false, outcome: "yours_matches" });
    expect(stringifyJson(result)).toContain('"theirDifference":-1e-9');
    // without the written digits the parsed double is what is compared
    expect(api.compareBalances(JSON.parse(raw)).outcome).toBe("neither_matches");
  });
});
