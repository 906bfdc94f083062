import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clientWith, envelope } from "../../test/client/fake-api.js";
import { ValidationError } from "../errors.js";

const ROOT = `0x${"ef".repeat(32)}`;

function deriveData(offset = 0, rows = 0, total = rows) {
  return {
    customerId: "cust_1",
    computedBalance: 10,
    deltas: Array.from({ length: rows }, (_, i) => ({ recordId: `rec_${offset + i}` })),
    pagination: { limit: rows, offset, total },
  };
}

describe("derive window helpers (fixed clock)", () => {
  beforeEach(() => {
    // Only Date is faked: the transport's timers stay real.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-04-15T10:30:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  async function queryOf(call: (pac: ReturnType<typeof clientWith>["pac"]) => PromiseLike<unknown>) {
    const { pac, requests } = clientWith(() => envelope(deriveData()));
    await call(pac);
    return requests[0]?.query;
  }

  it("deriveMonthsBack(3) runs from the first day two months back to the first day of next month", async () => {
    expect(await queryOf((pac) => pac.balance.deriveMonthsBack("cust_1", 3))).toEqual({
      timePreset: "custom",
      startDate: "2026-02-01T00:00:00.000Z",
      endDate: "2026-05-01T00:00:00.000Z",
    });
  });

  it("deriveMonthsBack(1) is the current month as a custom window", async () => {
    expect(await queryOf((pac) => pac.balance.deriveMonthsBack("cust_1", 1))).toMatchObject({
      startDate: "2026-04-01T00:00:00.000Z",
      endDate: "2026-05-01T00:00:00.000Z",
    });
  });

  it("deriveMonthsBack crosses year boundaries", async () => {
    vi.setSystemTime(new Date("2026-01-31T23:59:59Z"));
    expect(await queryOf((pac) => pac.balance.deriveMonthsBack("cust_1", 12, { limit: 5 }))).toEqual({
      timePreset: "custom",
      startDate: "2025-02-01T00:00:00.000Z",
      endDate: "2026-02-01T00:00:00.000Z",
      limit: "5",
    });
    vi.setSystemTime(new Date("2026-12-10T00:00:00Z"));
    expect(await queryOf((pac) => pac.balance.deriveMonthsBack("cust_1", 2))).toMatchObject({
      startDate: "2026-11-01T00:00:00.000Z",
      endDate: "2027-01-01T00:00:00.000Z",
    });
  });

  it("deriveDaysBack(7) covers today and the six days before, end exclusive at midnight tonight", async () => {
    expect(await queryOf((pac) => pac.balance.deriveDaysBack("cust_1", 7))).toEqual({
      timePreset: "custom",
      startDate: "2026-04-09T00:00:00.000Z",
      endDate: "2026-04-16T00:00:00.000Z",
    });
  });

  it("deriveDaysBack(1) is today", async () => {
    vi.setSystemTime(new Date("2026-03-01T00:00:00Z"));
    expect(await queryOf((pac) => pac.balance.deriveDaysBack("cust_1", 1))).toMatchObject({
      startDate: "2026-03-01T00:00:00.000Z",
      endDate: "2026-03-02T00:00:00.000Z",
    });
  });

  it.each([0, -1, 1.5, Number.NaN])("rejects %s months or days without a request", async (n) => {
    const { pac, requests } = clientWith([]);
    await expect(pac.balance.deriveMonthsBack("cust_1", n)).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
      details: [{ path: "months" }],
    });
    await expect(pac.balance.deriveDaysBack("cust_1", n)).rejects.toMatchObject({
      details: [{ path: "days" }],
    });
    expect(requests).toHaveLength(0);
  });

  it("rejects a future period on the client's clock", async () => {
    const { pac, requests } = clientWith([]);
    await expect(pac.balance.deriveForPeriod("cust_1", "2026-05")).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
      details: [{ path: "period" }],
    });
    expect(requests).toHaveLength(0);
  });
});

describe("scope rules (before any request)", () => {
  const combinations: [string, Record<string, unknown>, string][] = [
    ["period with timePreset", { period: "2026-01", timePreset: "current_month" }, "period"],
    [
      "period with startDate",
      { period: "2026-01", startDate: "2026-01-01", endDate: "2026-02-01" },
      "period",
    ],
    ["a checkpoint with a period", { startingCheckpoint: ROOT, period: "2026-01" }, "period"],
    [
      "a checkpoint with dates",
      { startingCheckpoint: ROOT, startDate: "2026-01-01", endDate: "2026-02-01" },
      "startDate",
    ],
    ["current_month with dates", { timePreset: "current_month", startDate: "2026-01-01" }, "startDate"],
  ];

  it.each(combinations)("derive rejects %s with INVALID_SCOPE_COMBINATION", async (_, scope, path) => {
    const { pac, requests } = clientWith([]);
    const error = await pac.balance.derive("cust_1", scope).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({
      code: "INVALID_SCOPE_COMBINATION",
      details: [{ path, message: expect.any(String) }],
    });
    expect(requests).toHaveLength(0);
  });

  it.each(combinations)("compare rejects %s with INVALID_SCOPE_COMBINATION", async (_, scope, path) => {
    const { pac, requests } = clientWith([]);
    const error = await pac.balance
      .compare("cust_1", { yours: 1, theirs: 1 }, scope)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_SCOPE_COMBINATION", details: [{ path }] });
    expect(requests).toHaveLength(0);
  });

  const invalid: [string, Record<string, unknown>, string][] = [
    ["custom without endDate", { timePreset: "custom", startDate: "2026-01-01" }, "endDate"],
    ["a lone startDate", { startDate: "2026-01-01" }, "endDate"],
    ["an end before the start", { startDate: "2026-02-01", endDate: "2026-01-01" }, "endDate"],
    ["a malformed period", { period: "2026-13" }, "period"],
    ["a malformed date", { startDate: "2026-02-30", endDate: "2026-03-01" }, "startDate"],
    ["an unknown preset", { timePreset: "last_month" }, "timePreset"],
    ["a malformed proofRoot checkpoint", { startingCheckpoint: "0x1234" }, "startingCheckpoint"],
    [
      "a checkpoint type without a checkpoint",
      { startingCheckpointType: "proofRoot" },
      "startingCheckpointType",
    ],
    ["a limit over 1000", { limit: 1001 }, "limit"],
    ["a negative offset", { offset: -1 }, "offset"],
    ["an unknown parameter", { perod: "2026-01" }, "perod"],
  ];

  it.each(invalid)("derive rejects %s with VALIDATION_ERROR", async (_, options, path) => {
    const { pac, requests } = clientWith([]);
    const error = await pac.balance.derive("cust_1", options).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "VALIDATION_ERROR" });
    expect((error as ValidationError).details?.map((d) => d.path)).toContain(path);
    expect(requests).toHaveLength(0);
  });

  it("checkpoint, receipt and listCheckpoints apply the same rules", async () => {
    const { pac, requests } = clientWith([]);
    const mixed = { period: "2026-01", timePreset: "custom" as const };
    await expect(pac.balance.checkpoint("cust_1", mixed)).rejects.toMatchObject({
      code: "INVALID_SCOPE_COMBINATION",
    });
    await expect(pac.balance.receipt("cust_1", mixed)).rejects.toMatchObject({
      code: "INVALID_SCOPE_COMBINATION",
    });
    await expect(pac.balance.listCheckpoints(mixed)).rejects.toMatchObject({
      code: "INVALID_SCOPE_COMBINATION",
    });
    expect(requests).toHaveLength(0);
  });

  it("leaves scope width to the server, which knows the tenant's limits", async () => {
    const { pac, requests } = clientWith(() => envelope(deriveData()));
    await pac.balance.derive("cust_1", { startDate: "2020-01-01", endDate: "2026-01-01" });
    expect(requests).toHaveLength(1);
  });
});

describe("balance.compare validation", () => {
  it("requires finite numbers for both balances", async () => {
    const { pac, requests } = clientWith([]);
    const error = await pac.balance
      .compare("cust_1", { yours: Number.NaN, theirs: "12" as unknown as number })
      .catch((e: unknown) => e);
    expect((error as ValidationError).details?.map((d) => d.path)).toEqual(["yourBalance", "theirBalance"]);
    expect(requests).toHaveLength(0);
  });
});

describe("derive pagination", () => {
  it("walks the delta rows page by page with offsets", async () => {
    const { pac, requests } = clientWith((request) => {
      const offset = Number(request.query.offset ?? 0);
      return envelope(deriveData(offset, Math.min(2, 5 - offset), 5));
    });
    const ids: string[] = [];
    for await (const row of pac.balance.derive("cust_1", { period: "2026-03", limit: 2 }))
      ids.push(row.recordId);
    expect(ids).toEqual(["rec_0", "rec_1", "rec_2", "rec_3", "rec_4"]);
    expect(requests.map((r) => r.query)).toEqual([
      { period: "2026-03", limit: "2" },
      { period: "2026-03", limit: "2", offset: "2" },
      { period: "2026-03", limit: "2", offset: "4" },
    ]);
  });
});
