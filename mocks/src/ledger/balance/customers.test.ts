import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../kernel/events.js";
import { createFixture, delta, errorOf, HOUR } from "../ledger-fixture.js";

describe("customers", () => {
  it("a customer record appears on first use, once, with a deterministic reference", () => {
    const { api, ledger, clock } = createFixture();
    const events: LedgerEvent[] = [];
    ledger.onEvent((event) => events.push(event));
    api.emitDelta(delta("cust_acme", 5));
    clock.advance(HOUR);
    api.emitDelta(delta("cust_acme", -2));
    expect(events.filter((event) => event.event === "customer.created")).toHaveLength(1);
    const summary = api.listCustomers().customers[0];
    expect(summary).toEqual({
      customerId: "cust_acme",
      customerReference: expect.stringMatching(/^0x[0-9a-f]{40}$/),
      totalDeltas: 2,
      computedBalance: 3,
      firstActivityAt: "2026-04-01T08:00:00.000Z",
      lastActivityAt: "2026-04-01T09:00:00.000Z",
      latestCheckpoint: null,
    });
    const again = createFixture();
    again.api.emitDelta(delta("cust_acme", 1));
    expect(again.api.getCustomer("cust_acme").customerReference).toBe(summary?.customerReference);
  });

  it("lists most recently active first, with search and page pagination", () => {
    const { api, clock } = createFixture();
    for (const id of ["alpha", "beta", "gamma", "ALPINE"]) {
      api.emitDelta(delta(id, 1));
      clock.advance(1000);
    }
    api.emitDelta(delta("alpha", 1));
    const list = api.listCustomers({ limit: "2" });
    expect(list.customers.map((customer) => customer.customerId)).toEqual(["alpha", "ALPINE"]);
    expect(list.pagination).toEqual({ page: 1, limit: 2, total: 4, totalPages: 2 });
    expect(api.listCustomers({ page: 2, limit: 2 }).customers.map((customer) => customer.customerId)).toEqual(
      ["gamma", "beta"],
    );
    expect(api.listCustomers({ search: "alp" }).customers.map((customer) => customer.customerId)).toEqual([
      "alpha",
      "ALPINE",
    ]);
    expect(errorOf(() => api.listCustomers({ limit: 101 })).code).toBe("VALIDATION_ERROR");
    expect(errorOf(() => api.listCustomers({ page: 0 })).code).toBe("VALIDATION_ERROR");
  });

  it("summary counts statuses and sums verified deltas only", () => {
    const { api, ledger } = createFixture({ verification: "manual" });
    api.emitDelta(delta("a", 10));
    const failing = api.emitDelta(delta("b", 1000));
    ledger.markToFail(failing.recordId);
    ledger.verifyPending();
    api.emitDelta(delta("a", 5));
    expect(api.getCustomersSummary()).toEqual({
      totalCustomers: 2,
      totalDeltas: 3,
      verifiedDeltas: 1,
      pendingDeltas: 1,
      failedDeltas: 1,
      netBalance: 10,
    });
  });

  it("detail: all-time figures, newest-first activity paged, period filter, latest checkpoint", () => {
    const { api, clock } = createFixture({ start: Date.UTC(2026, 2, 30) });
    api.emitDelta(delta("a", 1));
    clock.set(Date.UTC(2026, 3, 2));
    const checkpoint = api.createCheckpoint({ customerId: "a", period: "2026-03" }).data as {
      checkpointId: string;
    };
    for (const n of [2, 3, 4]) api.emitDelta(delta("a", n));
    const detail = api.getCustomer("a", { deltaLimit: 2 });
    expect(detail).toMatchObject({
      totalDeltas: 4,
      computedBalance: 10,
      latestCheckpoint: checkpoint.checkpointId,
    });
    expect(detail.recentActivity.items.map((row) => row.delta)).toEqual([4, 3]);
    expect(detail.recentActivity.pagination).toEqual({ page: 1, limit: 2, total: 4, totalPages: 2 });
    expect(
      api.getCustomer("a", { deltaLimit: 2, deltaPage: 2 }).recentActivity.items.map((row) => row.delta),
    ).toEqual([2, 1]);
    const march = api.getCustomer("a", { period: "2026-03" });
    expect(march.recentActivity.items.map((row) => row.delta)).toEqual([1]);
    expect(march.computedBalance).toBe(10);
    expect(errorOf(() => api.getCustomer("nobody")).code).toBe("CUSTOMER_NOT_FOUND");
    expect(errorOf(() => api.getCustomer("a", { period: "March" })).code).toBe("VALIDATION_ERROR");
  });

  it("detail: recent activity items carry `time`, the acceptance time, as the customer-records docs read them", () => {
    // https://docs.pacspace.io/customer-records/querying: recentActivity.items[] {…, status, time, recordId, …}
    const { api } = createFixture({ start: Date.UTC(2026, 1, 14, 14, 22) });
    api.emitDelta(delta("cust_001", 100, { referenceId: "txn_01" }));
    const [item] = api.getCustomer("cust_001").recentActivity.items;
    expect(item).toMatchObject({
      delta: 100,
      referenceId: "txn_01",
      time: "2026-02-14T14:22:00.000Z",
      recordId: expect.stringMatching(/^rec_/),
    });
    expect(item?.time).toBe(item?.createdAt);
    expect(item?.status.toLowerCase()).toBe("verified");
  });

  it("detail: a period after the clock's month is refused (the spec's Period), the current month is not", () => {
    const { api } = createFixture({ start: Date.UTC(2026, 3, 30, 23, 59) });
    api.emitDelta(delta("a", 1));
    expect(api.getCustomer("a", { period: "2026-04" }).recentActivity.items).toHaveLength(1);
    const future = errorOf(() => api.getCustomer("a", { period: "2026-05" }));
    expect(future.code).toBe("VALIDATION_ERROR");
    expect(future.details).toEqual([{ path: "period", message: "must not be in the future" }]);
  });

  it("search and profile lengths count code points, as the spec's maxLength does", () => {
    const { api } = createFixture();
    api.emitDelta(delta("a", 1));
    const astral = "😀".repeat(128); // 256 UTF-16 units, 128 code points
    expect(api.listCustomers({ search: astral }).customers).toEqual([]);
    expect(errorOf(() => api.listCustomers({ search: `${astral}x` })).code).toBe("VALIDATION_ERROR");
    expect(api.createCustomer({ displayName: "😀".repeat(256) }).customerId).toMatch(/^cust_/);
    expect(errorOf(() => api.createCustomer({ displayName: "😀".repeat(257) })).code).toBe(
      "VALIDATION_ERROR",
    );
  });

  it("explicit creation: generated or chosen id, 409 on duplicates, cadence settings", () => {
    const { api, clock } = createFixture();
    const made = api.createCustomer({ displayName: "Acme" });
    expect(made.customerId).toMatch(/^cust_/);
    expect(made.totalDeltas).toBe(0);
    api.createCustomer({ customerId: "slow", minEmitIntervalMs: 60_000 });
    expect(errorOf(() => api.createCustomer({ customerId: "slow" })).code).toBe("CONFLICT");
    expect(errorOf(() => api.createCustomer({ customerId: "bad id" })).details?.[0]?.path).toBe(
      "/customerId",
    );
    api.emitDelta(delta("slow", 1));
    expect(errorOf(() => api.emitDelta(delta("slow", 1))).code).toBe("CADENCE_LIMIT");
    clock.advance(60_000);
    api.emitDelta(delta("slow", 1));
    expect(errorOf(() => api.setCustomerCadence("nobody", 1)).code).toBe("CUSTOMER_NOT_FOUND");
  });
});
