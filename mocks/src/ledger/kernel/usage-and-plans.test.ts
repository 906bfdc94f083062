import { describe, expect, it } from "vitest";
import { createFixture, delta } from "../ledger-fixture.js";
import { PLANS } from "./usage-and-plans.js";

describe("usage and plans", () => {
  it("plan terms match the published plans", () => {
    expect(PLANS.free).toMatchObject({ includedDeltas: 100, lifetimeCap: true, productionAllowed: false });
    expect(PLANS.pilot).toMatchObject({ includedDeltas: 10_000, planPriceUsd: 1_000, overagePriceUsd: 0.02 });
    expect(PLANS.starter).toMatchObject({
      includedDeltas: 100_000,
      planPriceUsd: 3_000,
      overagePriceUsd: 0.012,
    });
    expect(PLANS.growth).toMatchObject({
      includedDeltas: 500_000,
      planPriceUsd: 8_000,
      overagePriceUsd: 0.01,
    });
    expect(PLANS.scale).toMatchObject({
      includedDeltas: 2_000_000,
      planPriceUsd: 15_000,
      overagePriceUsd: 0.008,
    });
  });

  it("a delta counts when verified, in the month of verification, for paid plans", () => {
    const { api, ledger, clock } = createFixture({
      plan: "starter",
      verification: "manual",
      start: Date.UTC(2026, 3, 30, 23),
    });
    api.emitDelta(delta("a", 1));
    expect(api.getUsage()).toMatchObject({
      period: "2026-04",
      consumedDeltas: 0,
      remainingDeltas: 100_000,
      allowed: true,
    });
    clock.advance(2 * 3_600_000);
    ledger.verifyPending();
    expect(api.getUsage()).toMatchObject({
      period: "2026-05",
      plan: "starter",
      consumedDeltas: 1,
      remainingDeltas: 99_999,
    });
    expect(ledger.billingUsage(ledger.listTenants()[0]?.tenantId as string, "2026-04")).toMatchObject({
      consumedDeltas: 0,
    });
  });

  it("Free usage is lifetime and reports `allowed` from verified plus in-flight deltas", () => {
    const { api, ledger } = createFixture({ plan: "free", verification: "manual" });
    api.emitDeltaBatch({ deltas: Array.from({ length: 100 }, () => delta("a", 1)) });
    expect(api.getUsage()).toMatchObject({ consumedDeltas: 0, remainingDeltas: 100, allowed: false });
    ledger.verifyPending();
    expect(api.getUsage()).toMatchObject({ consumedDeltas: 100, remainingDeltas: 0, allowed: false });
  });
});
