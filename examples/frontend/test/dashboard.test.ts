import { setupPacSpace } from "@pacspace/mocks/testing";
import { describe, expect, it } from "vitest";
import { DEMO_BALANCE, DEMO_CUSTOMER, demoFixture } from "../src/mocks/demo-fixture.js";
import { compareBalances, initialState, recordUsage, refresh } from "../src/ui/dashboard.js";
import { renderDashboard } from "../src/ui/render.js";
import { appBoundary, appClient } from "./support.js";

// The page's logic against the stateful mock: browser code → /app-api boundary (SDK + key)
// → PacSpace handlers, all in this process through msw/node.
const pacspace = setupPacSpace({ fixture: demoFixture, handlers: appBoundary });
const api = appClient();
const start = () => refresh(api, initialState(DEMO_CUSTOMER));

describe("dashboard", () => {
  it("shows the balance, the newest deltas and a checkpoint verified in the browser", async () => {
    const state = await start();
    expect(state.error).toBeNull();
    expect(state.overview?.balance).toBe(DEMO_BALANCE);
    expect(state.overview?.pendingCount).toBe(0);
    expect(state.overview?.recentDeltas.map((row) => row.reason).slice(0, 2)).toEqual([
      "API usage 2026-05-03",
      "API usage 2026-05-02",
    ]);
    expect(state.proof).toEqual({ state: "verified", checkpointId: expect.any(String), deltaCount: 31 });
    const html = renderDashboard(state);
    expect(html).toContain('data-state="verified"');
    expect(html).toContain("488.00");
  });

  it("records usage as a debit and shows the new balance", async () => {
    const state = await recordUsage(api, await start(), { amount: 12.5, reason: "Report export" });
    expect(state.error).toBeNull();
    expect(state.overview?.balance).toBe(DEMO_BALANCE - 12.5);
    expect(state.overview?.recentDeltas[0]).toMatchObject({ delta: -12.5, reason: "Report export" });
    pacspace.expectBalance(DEMO_CUSTOMER).toBe(DEMO_BALANCE - 12.5);
    expect(pacspace.deltas(DEMO_CUSTOMER).at(-1)).toMatchObject({ delta: -12.5, status: "VERIFIED" });
  });

  it("compares claimed balances all-time, continuing from the checkpoint", async () => {
    const state = await compareBalances(api, await start(), { yours: DEMO_BALANCE, theirs: 500 });
    expect(state.comparison).toMatchObject({
      outcome: "yours_matches",
      neutralBalance: DEMO_BALANCE,
      theirDifference: 500 - DEMO_BALANCE,
    });
    const april = await compareBalances(api, state, { yours: 545, theirs: 545, period: "2026-04" });
    expect(april.comparison).toMatchObject({ outcome: "both_match", neutralBalance: 545, deltasCount: 31 });
    expect(renderDashboard(april)).toContain('data-outcome="both_match"');
  });

  it("refuses bad input at the boundary and records nothing", async () => {
    const state = await recordUsage(api, await start(), { amount: 0, reason: "nothing" });
    expect(state.error).toMatchObject({ code: "BAD_INPUT", message: "amount must be greater than 0" });
    expect(state.overview?.balance).toBe(DEMO_BALANCE);
    pacspace.expectDeltas(DEMO_CUSTOMER).toHaveLength(34);
  });
});

describe("when PacSpace fails", () => {
  it("shows the error and keeps the last balance when every retry of the write fails", async () => {
    const before = await start();
    pacspace.failNext("emitDelta", { status: 503, times: 3 });
    const state = await recordUsage(api, before, { amount: 5, reason: "During an outage" });
    expect(state.error).toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      requestId: expect.stringMatching(/^req_/),
    });
    expect(state.overview?.balance).toBe(DEMO_BALANCE);
    expect(renderDashboard(state)).toContain('data-testid="error"');
    pacspace.expectDeltas(DEMO_CUSTOMER).toHaveLength(34);
  });

  it("rides out a single failure through the SDK's retry", async () => {
    pacspace.failNext("emitDelta", { status: 503 });
    const state = await recordUsage(api, await start(), { amount: 5, reason: "Blip" });
    expect(state.error).toBeNull();
    pacspace.expectBalance(DEMO_CUSTOMER).toBe(DEMO_BALANCE - 5);
  });

  it("shows a failed load from a one-off override", async () => {
    pacspace.use(
      pacspace.http.get("/api/v1/balance/customers/{customerId}", ({ response }) =>
        response("5XX").json(
          {
            success: false,
            error: { code: "INTERNAL_ERROR", message: "Ledger unavailable", requestId: "req_override" },
          },
          { status: 500, headers: { "Retry-After": "0" } },
        ),
      ),
    );
    const state = await start();
    expect(state.overview).toBeNull();
    expect(state.error).toEqual({
      code: "INTERNAL_ERROR",
      message: "Ledger unavailable",
      requestId: "req_override",
    });
  });
});
