import { describe, expect, it } from "vitest";
import { dash, onboard } from "./support/dashboard.js";
import { createTestMock } from "./support/harness.js";

/**
 * Payloads the official PacSpace Python SDK sends and fields it reads, fed to the mock over
 * its handlers. Sources are named per test.
 */
describe("official SDK payloads against the mock", () => {
  // PacSpace/python-sdk tests/test_sdk.py: test_emit_carries_adjusts_reference / _record_id.
  it("accepts adjusts as {referenceId} or {recordId} and answers the object form", async () => {
    const { api } = createTestMock();
    const original = await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_1", delta: -5, reason: "usage", referenceId: "inv_001" },
    });
    const byReference = await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_1", delta: -10, reason: "adjustment", adjusts: { referenceId: "inv_001" } },
    });
    expect(byReference.status).toBe(201);
    expect(byReference.body.data.adjusts).toEqual({ referenceId: "inv_001" });
    const byRecord = await api("POST", "/api/v1/balance/delta", {
      body: {
        customerId: "cust_1",
        delta: 25,
        reason: "adjustment",
        adjusts: { recordId: original.body.data.recordId },
      },
    });
    expect(byRecord.body.data.adjusts).toEqual({ recordId: original.body.data.recordId });

    const unknown = await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_1", delta: 25, reason: "adjustment", adjusts: { recordId: "rec_orig" } },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe("VALIDATION_ERROR");
    expect(unknown.body.error.details).toEqual([
      { path: "/adjusts/recordId", message: "names no earlier delta of this customer" },
    ]);
    const both = await api("POST", "/api/v1/balance/delta", {
      body: {
        customerId: "cust_1",
        delta: 25,
        reason: "adjustment",
        adjusts: { recordId: original.body.data.recordId, referenceId: "inv_001" },
      },
    });
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].path).toBe("/adjusts");
  });

  it("still accepts the deprecated bare adjusts string", async () => {
    const { api } = createTestMock();
    await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_1", delta: -5, reason: "usage", referenceId: "inv_001" },
    });
    const legacy = await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_1", delta: 5, reason: "refund", adjusts: "inv_001" },
    });
    expect(legacy.status).toBe(201);
    expect(legacy.body.data.adjusts).toEqual({ referenceId: "inv_001" });
  });

  // PacSpace/python-sdk tests/test_sdk.py, test_submission_coordinator_flush_and_failures:
  // the coordinator reads results[].index, status, error (a code string) and idempotent.
  it("batch results carry customerId, delta and the error code as a string", async () => {
    const { api, pacspace } = createTestMock({ defaultCadenceMs: 60_000 });
    await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_1", delta: -1, reason: "usage" },
    });
    const batch = await api("POST", "/api/v1/balance/delta/batch", {
      body: {
        deltas: [
          { customerId: "cust_1", delta: -1, reason: "usage_summary" },
          { customerId: "cust_2", delta: -2, reason: "usage_summary" },
        ],
      },
    });
    expect(batch.status).toBe(201);
    expect(batch.body.data).toMatchObject({ totalQueued: 1, totalFailed: 1 });
    expect(batch.body.data.results[0]).toMatchObject({
      index: 0,
      customerId: "cust_1",
      delta: -1,
      status: "FAILED",
      error: "CADENCE_LIMIT",
      errorMessage: expect.stringContaining("cust_1"),
    });
    expect(batch.body.data.results[1]).toMatchObject({
      index: 1,
      customerId: "cust_2",
      delta: -2,
      status: "QUEUED",
    });
    expect(pacspace.inspect().tenants[0]?.environments.sandbox.deltas).toHaveLength(2);
  });

  // PacSpace/python-sdk tests/test_sdk.py, test_derive_compare_checkpoint_usage_flows:
  // compare without a startingBalance in the caller's options, usage read as `remaining`.
  it("compare reads a missing startingBalance as 0; usage carries remaining", async () => {
    const { api } = createTestMock();
    await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_1", delta: -575, reason: "usage" },
    });
    const withZero = await api("POST", "/api/v1/balance/compare", {
      body: { customerId: "cust_1", yourBalance: -575, theirBalance: -575, startingBalance: 0 },
    });
    const without = await api("POST", "/api/v1/balance/compare", {
      body: { customerId: "cust_1", yourBalance: -575, theirBalance: -575 },
    });
    expect(without.status).toBe(200);
    expect(without.body.data).toMatchObject({ matchesYours: true, matchesTheirs: true });
    expect(without.body.data).toEqual(withZero.body.data);
    const usage = await api("GET", "/api/v1/balance/usage");
    expect(usage.body.data.remaining).toBe(usage.body.data.remainingDeltas);
    expect(typeof usage.body.data.remaining).toBe("number");
  });

  // PacSpace/python-sdk pacspace_sdk/balance.py, checkpoint(): sends `mode` and `fingerprints`;
  // https://docs.pacspace.io/balance-api/checkpoint/.
  it("checkpoint accepts mode and fingerprints, echoes them and decides nothing on them", async () => {
    const { api } = createTestMock();
    await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_1", delta: 10, reason: "usage" },
    });
    const created = await api("POST", "/api/v1/balance/checkpoint", {
      body: { customerId: "cust_1", mode: "selected", fingerprints: ["fp_1", "fp_2"] },
      headers: { "X-Chain-Id": "296" },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      mode: "selected",
      fingerprints: ["fp_1", "fp_2"],
      deltaCount: 1,
    });
    const plain = await api("POST", "/api/v1/balance/checkpoint", { body: { customerId: "cust_1" } });
    expect(plain.status).toBe(200);
    expect(plain.body.data.checkpointId).toBe(created.body.data.checkpointId);
    for (const body of [
      { customerId: "cust_1", mode: 5 },
      { customerId: "cust_1", mode: "" },
      { customerId: "cust_1", fingerprints: "fp_1" },
      { customerId: "cust_1", fingerprints: [1] },
    ]) {
      const refused = await api("POST", "/api/v1/balance/checkpoint", { body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.details[0].path).toMatch(/^\/(mode|fingerprints)/);
    }
  });

  // PacSpace/python-sdk pacspace_sdk/errors.py: 412 → ContractNotDeployedError.
  it("answers writes 412 CONTRACT_NOT_DEPLOYED while the environment's contract is down", async () => {
    const { api, pacspace } = createTestMock();
    const tenantId = pacspace.defaultTenant?.tenantId as string;
    pacspace.setContractDeployed(tenantId, "test", false);
    const before = pacspace.snapshot();
    for (const [path, body] of [
      ["/api/v1/balance/delta", { customerId: "cust_1", delta: 1, reason: "r" }],
      ["/api/v1/balance/delta/batch", { deltas: [{ customerId: "cust_1", delta: 1, reason: "r" }] }],
      ["/api/v1/balance/checkpoint", {}],
    ] as const) {
      const refused = await api("POST", path, { body });
      expect(refused.status, path).toBe(412);
      expect(refused.body.error.code).toBe("CONTRACT_NOT_DEPLOYED");
    }
    expect(pacspace.snapshot()).toBe(before);
    expect((await api("GET", "/api/v1/balance/usage")).status).toBe(200);
    pacspace.setContractDeployed(tenantId, "test", true);
    const accepted = await api("POST", "/api/v1/balance/delta", {
      body: { customerId: "cust_1", delta: 1, reason: "r" },
    });
    expect(accepted.status).toBe(201);
  });

  // PacSpace/python-sdk CHANGELOG.md 0.3.0: a pk_live_ key on a sandbox-only host → 403.
  it("answers a pk_live_ key on a sandbox-only host 403 API_KEY_ENVIRONMENT_HOST_MISMATCH", async () => {
    const { api, pacspace } = createTestMock({
      baseUrl: "https://sandbox.pacspace.test",
      sandboxOnlyHosts: ["sandbox.pacspace.test"],
    });
    const live = pacspace.createTenant({ plan: "growth", environment: "live" });
    const refused = await api("GET", "/api/v1/balance/usage", { apiKey: live.apiKey });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("API_KEY_ENVIRONMENT_HOST_MISMATCH");
    expect((await api("GET", "/api/v1/balance/usage")).status).toBe(200);
  });
});

// https://docs.pacspace.io/dashboard-api/webhooks/ returns ids like `webhook_cmh2xyz3e50005l801abc123`:
// ids in dashboard paths are opaque too, so an id in another format is 404, not 400.
describe("dashboard ids in paths are opaque", () => {
  it("answers 404 for unknown key, webhook and delivery ids in any URL-safe format", async () => {
    const mock = createTestMock();
    const account = await onboard(mock, "ids@example.com");
    for (const path of [
      "/dashboard/api-keys/apikey_v2.0001",
      "/dashboard/webhooks/webhook_cmh2xyz3e50005l801abc123",
      "/dashboard/webhooks/webhook_cmh2xyz3e50005l801abc123/deliveries",
    ]) {
      const answer = await dash(mock, "GET", path, { token: account.token });
      expect([answer.status, answer.body.error.code], path).toEqual([404, "NOT_FOUND"]);
    }
    const refused = await dash(mock, "GET", "/dashboard/webhooks/has%20space", { token: account.token });
    expect(refused.status).toBe(400);
  });
});
