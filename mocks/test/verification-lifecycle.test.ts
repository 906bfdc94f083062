import { describe, expect, it } from "vitest";
import { createTestMock } from "./support/harness.js";

const emit = { customerId: "cust_life", delta: 40, reason: "usage" };

describe("emit → status lifecycle", () => {
  it("immediate: accepted QUEUED, VERIFIED with a proof on the next read", async () => {
    const { api } = createTestMock({ verification: "immediate" });
    const created = await api("POST", "/api/v1/balance/delta", { body: emit });
    expect(created.body.data.status).toBe("QUEUED");
    const status = await api("GET", `/api/v1/balance/delta/${created.body.data.recordId}`);
    expect(status.body.data.status).toBe("VERIFIED");
    expect(status.body.data.proof).toMatchObject({
      contentHash: created.body.data.contentHash,
      itemIndex: 0,
    });
    expect(status.body.data.verificationReference).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it("delay: PROCESSING half-way, VERIFIED once the delay has passed on the mock clock", async () => {
    const { api, pacspace } = createTestMock({ verification: "delay:1000" });
    const { recordId } = (await api("POST", "/api/v1/balance/delta", { body: emit })).body.data;
    const read = async () => (await api("GET", `/api/v1/balance/delta/${recordId}`)).body.data.status;
    expect(await read()).toBe("QUEUED");
    pacspace.clock.advance(500);
    expect(await read()).toBe("PROCESSING");
    pacspace.clock.advance(500);
    expect(await read()).toBe("VERIFIED");
  });

  it("delay: derive only counts the delta once it is verified", async () => {
    const { api, pacspace } = createTestMock({ verification: { delayMs: 250 } });
    await api("POST", "/api/v1/balance/delta", { body: emit });
    expect((await api("GET", "/api/v1/balance/derive/cust_life")).body.data.computedBalance).toBe(0);
    pacspace.clock.advance(250);
    expect((await api("GET", "/api/v1/balance/derive/cust_life")).body.data.computedBalance).toBe(40);
  });

  it("manual: nothing moves until verifyPending() (or POST /__mock/verify)", async () => {
    const { api, pacspace } = createTestMock({ verification: "manual" });
    const first = (await api("POST", "/api/v1/balance/delta", { body: emit })).body.data.recordId;
    const second = (await api("POST", "/api/v1/balance/delta", { body: { ...emit, delta: 2 } })).body.data
      .recordId;
    pacspace.clock.advance(3_600_000);
    expect((await api("GET", `/api/v1/balance/delta/${first}`)).body.data.status).toBe("QUEUED");

    expect(pacspace.verifyPending({ recordIds: [first] })).toMatchObject({ verified: 1 });
    expect((await api("GET", `/api/v1/balance/delta/${first}`)).body.data.status).toBe("VERIFIED");
    expect((await api("GET", `/api/v1/balance/delta/${second}`)).body.data.status).toBe("QUEUED");

    const control = await api("POST", "/__mock/verify", { apiKey: null });
    expect(control.body.data).toMatchObject({ verified: 1, failed: 0 });
    expect((await api("GET", `/api/v1/balance/delta/${second}`)).body.data.status).toBe("VERIFIED");
  });

  it("failDeltas: a marked delta ends FAILED with its error and never counts", async () => {
    const { api, pacspace } = createTestMock({ verification: "manual" });
    pacspace.failDeltas({ referenceIds: ["doomed"] }, { code: "INTERNAL_ERROR", message: "anchor rejected" });
    const ok = (await api("POST", "/api/v1/balance/delta", { body: emit })).body.data.recordId;
    const doomed = (
      await api("POST", "/api/v1/balance/delta", { body: { ...emit, delta: 7, referenceId: "doomed" } })
    ).body.data.recordId;
    expect(pacspace.verifyPending()).toMatchObject({ verified: 1, failed: 1 });
    const failed = (await api("GET", `/api/v1/balance/delta/${doomed}`)).body.data;
    expect(failed).toMatchObject({
      status: "FAILED",
      error: { code: "INTERNAL_ERROR", message: "anchor rejected" },
    });
    expect((await api("GET", `/api/v1/balance/delta/${ok}`)).body.data.status).toBe("VERIFIED");
    expect((await api("GET", "/api/v1/balance/derive/cust_life")).body.data.computedBalance).toBe(40);
    const gaps = (await api("GET", "/api/v1/balance/gaps/cust_life")).body.data;
    expect(gaps).toMatchObject({ complete: false, gaps: [{ from: 2, to: 2, status: "FAILED" }] });
  });

  it("POST /__mock/deltas/fail marks records by id over HTTP", async () => {
    const { api } = createTestMock({ verification: "manual" });
    const recordId = (await api("POST", "/api/v1/balance/delta", { body: emit })).body.data.recordId;
    const marked = await api("POST", "/__mock/deltas/fail", {
      apiKey: null,
      body: { recordIds: [recordId] },
    });
    expect(marked.status).toBe(200);
    await api("POST", "/__mock/verify", { apiKey: null, body: {} });
    expect((await api("GET", `/api/v1/balance/delta/${recordId}`)).body.data.status).toBe("FAILED");
  });

  it("POST /__mock/clock/advance settles what came due and reports it", async () => {
    const { api } = createTestMock({ verification: "delay:250" });
    await api("POST", "/api/v1/balance/delta", { body: emit });
    const advanced = await api("POST", "/__mock/clock/advance", { apiKey: null, body: { ms: 250 } });
    expect(advanced.body.data).toMatchObject({
      now: "2026-04-15T12:00:00.250Z",
      verification: { verified: 1 },
    });
  });
});
