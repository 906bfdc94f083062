import { setupPacSpace } from "@pacspace/mocks/testing";
import { expect, it } from "vitest";
import { DEMO_BALANCE, DEMO_CUSTOMER, demoFixture } from "../src/mocks/demo-fixture.js";
import { initialState, recordUsage, refresh } from "../src/ui/dashboard.js";
import { renderDashboard } from "../src/ui/render.js";
import { appBoundary, appClient } from "./support.js";

// Manual verification: nothing is verified or anchored until the test says so.
const pacspace = setupPacSpace({
  verification: "manual",
  fixture: demoFixture,
  handlers: appBoundary,
});
const api = appClient();

it("shows a checkpoint whose root matches but is not anchored yet as pending", async () => {
  const state = await refresh(api, initialState(DEMO_CUSTOMER));
  expect(state.proof).toMatchObject({ state: "pending", deltaCount: 31 });
  expect(renderDashboard(state)).toContain('data-state="pending"');
});

it("keeps new usage out of the balance until it is verified", async () => {
  const recorded = await recordUsage(api, await refresh(api, initialState(DEMO_CUSTOMER)), {
    amount: 7,
    reason: "Queued export",
  });
  expect(recorded.notice).toContain("pending verification");
  expect(recorded.overview).toMatchObject({ balance: DEMO_BALANCE, pendingCount: 1 });
  expect(recorded.overview?.recentDeltas[0]?.status).toBe("QUEUED");
  expect(renderDashboard(recorded)).toContain("1 delta pending verification");
  expect(pacspace.pendingDeltas(DEMO_CUSTOMER)).toHaveLength(1);

  pacspace.verifyPending();
  const settled = await refresh(api, recorded);
  expect(settled.overview).toMatchObject({ balance: DEMO_BALANCE - 7, pendingCount: 0 });
  expect(settled.proof).toMatchObject({ state: "verified" });
});
