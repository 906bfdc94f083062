import { describe, expect, it } from "vitest";
import { createFixture, delta, errorOf } from "../ledger-fixture.js";

/** Three verified deltas: +5000, −1250.5, −310.25 → 3439.25 (the spec's example). */
function april() {
  const fixture = createFixture();
  const records = [5000, -1250.5, -310.25].map((n) => fixture.api.emitDelta(delta("cust_acme", n)));
  return { ...fixture, records };
}

describe("compareBalances", () => {
  it("an unknown customer is CUSTOMER_NOT_FOUND", () => {
    const { api } = april();
    const compareUnknown = () =>
      api.compareBalances({ customerId: "never-seen", yourBalance: 0, theirBalance: 0 });
    expect(errorOf(compareUnknown).code).toBe("CUSTOMER_NOT_FOUND");
  });

  it("yours matches, theirs misses the last charge (spec example)", () => {
    const { api, records } = april();
    const result = api.compareBalances({
      customerId: "cust_acme",
      yourBalance: 3439.25,
      theirBalance: 3749.5,
      period: "2026-04",
    });
    expect(result).toEqual({
      customerId: "cust_acme",
      neutralBalance: 3439.25,
      yourBalance: 3439.25,
      theirBalance: 3749.5,
      matchesYours: true,
      matchesTheirs: false,
      yourDifference: 0,
      theirDifference: 310.25,
      outcome: "yours_matches",
      deltasCount: 3,
      scope: { from: "2026-04-01T00:00:00.000Z", to: "2026-05-01T00:00:00.000Z", period: "2026-04" },
      divergence: {
        yours: {
          lastMatchingSequenceNumber: 3,
          lastMatchingRecordId: records[2]?.recordId,
          unmatchedDeltasCount: 0,
          unmatchedAmount: 0,
        },
        theirs: {
          lastMatchingSequenceNumber: 2,
          lastMatchingRecordId: records[1]?.recordId,
          unmatchedDeltasCount: 1,
          unmatchedAmount: -310.25,
        },
      },
    });
  });

  it.each([
    [3439.25, 3439.25, "both_match"],
    [1, 3439.25, "theirs_matches"],
    [1, 2, "neither_matches"],
  ])("your %s, their %s → %s", (yourBalance, theirBalance, outcome) => {
    const { api } = april();
    expect(api.compareBalances({ customerId: "cust_acme", yourBalance, theirBalance }).outcome).toBe(outcome);
  });

  it("compares exact decimals: 0.1 + 0.2 equals a claim of 0.3", () => {
    const { api } = createFixture();
    api.emitDelta(delta("a", 0.1));
    api.emitDelta(delta("a", 0.2));
    const result = api.compareBalances({
      customerId: "a",
      yourBalance: 0.3,
      theirBalance: 0.30000000000000004,
    });
    expect(result).toMatchObject({ matchesYours: true, matchesTheirs: false, theirDifference: 4e-17 });
  });

  it("divergence: the LAST matching prefix, the empty prefix (sequence null), or null when none matches", () => {
    const { api } = createFixture();
    // running balances: 0 (empty), 10, 0, 10
    const [, second, third] = [10, -10, 10].map((n) => api.emitDelta(delta("a", n)));
    const compare = (yourBalance: number, theirBalance: number) =>
      api.compareBalances({ customerId: "a", yourBalance, theirBalance }).divergence;
    const both = compare(10, 0);
    expect(both.yours).toMatchObject({
      lastMatchingSequenceNumber: 3,
      lastMatchingRecordId: third?.recordId,
      unmatchedDeltasCount: 0,
    });
    expect(both.theirs).toMatchObject({
      lastMatchingSequenceNumber: 2,
      lastMatchingRecordId: second?.recordId,
      unmatchedDeltasCount: 1,
      unmatchedAmount: 10,
    });
    // with startingBalance 5 the running balances are 5, 15, 5, 15: a claim of 5 matches at sequence 2, not the empty prefix
    expect(
      api.compareBalances({ customerId: "a", yourBalance: 5, theirBalance: 0, startingBalance: 5 }).divergence
        .yours,
    ).toMatchObject({ lastMatchingSequenceNumber: 2, unmatchedDeltasCount: 1 });
    api.emitDelta(delta("b", 10));
    api.emitDelta(delta("b", 20));
    const empty = api.compareBalances({
      customerId: "b",
      yourBalance: 5,
      theirBalance: 7,
      startingBalance: 5,
    }).divergence;
    expect(empty.yours).toEqual({
      lastMatchingSequenceNumber: null,
      lastMatchingRecordId: null,
      unmatchedDeltasCount: 2,
      unmatchedAmount: 30,
    });
    expect(empty.theirs).toBeNull();
  });

  it("uses the derive scope rules, including checkpoint mode", () => {
    const { api, clock } = createFixture({ start: Date.UTC(2026, 2, 15) });
    api.emitDelta(delta("a", 100));
    clock.set(Date.UTC(2026, 3, 2));
    const { proofRoot, closingBalance } = api.createCheckpoint({ customerId: "a", period: "2026-03" })
      .data as {
      proofRoot: string;
      closingBalance: number;
    };
    api.emitDelta(delta("a", -40));
    const result = api.compareBalances({
      customerId: "a",
      yourBalance: 60,
      theirBalance: 100,
      startingBalance: closingBalance,
      startingCheckpoint: proofRoot,
      granularity: "day",
    });
    expect(result).toMatchObject({
      neutralBalance: 60,
      outcome: "yours_matches",
      deltasCount: 1,
      scope: { afterSequenceNumber: 1 },
      divergence: {
        theirs: { lastMatchingSequenceNumber: null, unmatchedDeltasCount: 1, unmatchedAmount: -40 },
      },
    });
    expect(result.breakdown).toHaveLength(1);
    expect(
      api.compareBalances({ customerId: "a", yourBalance: 100, theirBalance: 100, period: "2026-03" })
        .outcome,
    ).toBe("both_match");
  });

  it("validates the body with JSON Pointer paths", () => {
    const { api } = createFixture();
    const error = errorOf(() =>
      api.compareBalances({ customerId: "a", yourBalance: "10", startingBalance: Number.NaN }),
    );
    expect(error.code).toBe("VALIDATION_ERROR");
    expect(error.details?.map((issue) => issue.path)).toEqual([
      "/yourBalance",
      "/theirBalance",
      "/startingBalance",
    ]);
    expect(
      errorOf(() => api.compareBalances({ customerId: "a", yourBalance: 1, theirBalance: 1, period: "x" }))
        .details?.[0]?.path,
    ).toBe("/period");
    expect(
      errorOf(() =>
        api.compareBalances({
          customerId: "a",
          yourBalance: 1,
          theirBalance: 1,
          period: "2026-04",
          startDate: "2026-04-01",
        }),
      ).code,
    ).toBe("INVALID_SCOPE_COMBINATION");
    expect(errorOf(() => api.compareBalances(null)).code).toBe("VALIDATION_ERROR");
  });
});
