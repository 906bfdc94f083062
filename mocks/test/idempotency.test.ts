import { describe, expect, it, vi } from "vitest";
import { captureMockState, prepareMockState } from "../src/server/state/snapshot-state.js";
import { createTestMock } from "./support/harness.js";

const body = { customerId: "cust_idem", delta: 25, reason: "top-up", referenceId: "topup-1" };
const withKey = (key: string, payload: unknown = body) => ({
  body: payload,
  headers: { "Idempotency-Key": key },
});

function deltaCount(pacspace: ReturnType<typeof createTestMock>["pacspace"]): number {
  return pacspace
    .inspect()
    .tenants.reduce((sum, tenant) => sum + tenant.environments.sandbox.deltas.length, 0);
}

describe("Idempotency-Key", () => {
  it("replays the first response byte for byte, with Idempotent-Replayed: true, and writes once", async () => {
    const { api, pacspace } = createTestMock();
    const first = await api("POST", "/api/v1/balance/delta", withKey("key-1"));
    expect(first.status).toBe(201);
    expect(first.headers.get("Idempotent-Replayed")).toBeNull();
    const second = await api("POST", "/api/v1/balance/delta", withKey("key-1"));
    expect(second.status).toBe(201);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.text).toBe(first.text);
    expect(second.headers.get("X-Request-Id")).not.toBe(first.headers.get("X-Request-Id"));
    expect(deltaCount(pacspace)).toBe(1);
  });

  it("replays an emit byte for byte after the delta was verified (the answer is rebuilt as accepted)", async () => {
    const { api, pacspace } = createTestMock({ verification: "manual" });
    const metadata = { plan: "pro", tags: ["a", "b"] };
    const first = await api("POST", "/api/v1/balance/delta", withKey("key-v", { ...body, metadata }));
    expect(first.body.data.status).toBe("QUEUED");
    pacspace.verifyPending();
    const now = await api("GET", `/api/v1/balance/delta/${first.body.data.recordId}`);
    expect(now.body.data.status).toBe("VERIFIED");
    expect(now.body.data.proof).toBeDefined();
    const replay = await api("POST", "/api/v1/balance/delta", withKey("key-v", { ...body, metadata }));
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(replay.text).toBe(first.text);
  });

  it("treats the same JSON with other whitespace or key order as the same request", async () => {
    const { api } = createTestMock();
    await api("POST", "/api/v1/balance/delta", withKey("key-ws"));
    const reordered = `{ "reason": "top-up", "referenceId": "topup-1",  "delta": 25, "customerId": "cust_idem" }`;
    const replay = await api("POST", "/api/v1/balance/delta", withKey("key-ws", reordered));
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
  });

  it("answers 409 IDEMPOTENCY_KEY_REUSED for the same key with another body, writing nothing", async () => {
    const { api, pacspace } = createTestMock();
    await api("POST", "/api/v1/balance/delta", withKey("key-2"));
    const before = pacspace.snapshot();
    const conflict = await api("POST", "/api/v1/balance/delta", withKey("key-2", { ...body, delta: 26 }));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe("IDEMPOTENCY_KEY_REUSED");
    expect(pacspace.snapshot()).toBe(before);
  });

  it("keys are per endpoint: the same key on another path is a different request (409)", async () => {
    const { api } = createTestMock();
    await api("POST", "/api/v1/balance/delta", withKey("key-path"));
    const batch = await api("POST", "/api/v1/balance/delta/batch", withKey("key-path", { deltas: [body] }));
    expect(batch.status).toBe(409);
  });

  it("does not store a request that failed validation: the fixed request may reuse the key", async () => {
    const { api, pacspace } = createTestMock();
    const before = pacspace.snapshot();
    const invalid = await api("POST", "/api/v1/balance/delta", withKey("key-3", { ...body, delta: 0 }));
    expect(invalid.status).toBe(400);
    expect(pacspace.snapshot()).toBe(before);
    const fixed = await api("POST", "/api/v1/balance/delta", withKey("key-3"));
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("does not store a ledger rejection either (e.g. 429 CADENCE_LIMIT)", async () => {
    const { api } = createTestMock({ defaultCadenceMs: 60_000 });
    await api("POST", "/api/v1/balance/delta", { body: { ...body, referenceId: "first" } });
    const limited = await api("POST", "/api/v1/balance/delta", withKey("key-cadence"));
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: "CADENCE_LIMIT", customerId: "cust_idem" });
    expect(Number(limited.headers.get("Retry-After"))).toBe(limited.body.error.retryAfterSeconds);
  });

  it("ten concurrent identical requests with one key record exactly one delta", async () => {
    const { api, pacspace } = createTestMock();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => api("POST", "/api/v1/balance/delta", withKey("key-race"))),
    );
    const fresh = responses.filter(
      (response) => response.status === 201 && !response.headers.get("Idempotent-Replayed"),
    );
    expect(fresh).toHaveLength(1);
    for (const response of responses) {
      expect([201, 202]).toContain(response.status);
      if (response.status === 201) expect(response.text).toBe(fresh[0]?.text);
    }
    expect(deltaCount(pacspace)).toBe(1);
  });

  it("answers 202 IDEMPOTENCY_PENDING while the first request is still in flight", async () => {
    const { api, pacspace } = createTestMock();
    pacspace.faults.inject({ route: "emitDelta", latencyMs: 60, times: 1 });
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => api("POST", "/api/v1/balance/delta", withKey("key-slow"))),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 202)).toHaveLength(9);
    const pending = responses.find((response) => response.status === 202);
    expect(pending?.body).toEqual({
      success: true,
      data: { status: "PROCESSING", code: "IDEMPOTENCY_PENDING" },
      message: "A request with this Idempotency-Key is still being processed",
    });
    expect(pending?.headers.get("Retry-After")).toBe("1");
    expect(deltaCount(pacspace)).toBe(1);
    const later = await api("POST", "/api/v1/balance/delta", withKey("key-slow"));
    expect(later.headers.get("Idempotent-Replayed")).toBe("true");
  });

  it("scopes keys per tenant: another tenant may use the same key", async () => {
    const { api, pacspace } = createTestMock();
    const other = pacspace.createTenant({ plan: "growth" });
    await api("POST", "/api/v1/balance/delta", withKey("shared"));
    const theirs = await api("POST", "/api/v1/balance/delta", { ...withKey("shared"), apiKey: other.apiKey });
    expect(theirs.status).toBe(201);
    expect(theirs.headers.get("Idempotent-Replayed")).toBeNull();
  });

  it("replays checkpoints and batches too", async () => {
    const { api } = createTestMock();
    await api("POST", "/api/v1/balance/delta", { body });
    const checkpoint = await api(
      "POST",
      "/api/v1/balance/checkpoint",
      withKey("chk", { customerId: "cust_idem" }),
    );
    const again = await api(
      "POST",
      "/api/v1/balance/checkpoint",
      withKey("chk", { customerId: "cust_idem" }),
    );
    expect(checkpoint.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.text).toBe(checkpoint.text);
    const batch = { deltas: [{ customerId: "cust_b", delta: 1, reason: "r" }] };
    const firstBatch = await api("POST", "/api/v1/balance/delta/batch", withKey("batch", batch));
    const replayBatch = await api("POST", "/api/v1/balance/delta/batch", withKey("batch", batch));
    expect(replayBatch.text).toBe(firstBatch.text);
  });

  it("replays a batch byte for byte from its deltas in the log, after verification and after a state round trip", async () => {
    const { api, pacspace } = createTestMock({ verification: "manual" });
    const session = pacspace.ledger.session(pacspace.apiKey);
    const acceptedBatch = vi.spyOn(session, "acceptedBatch");
    const batch = {
      deltas: [
        { customerId: "cust_a", delta: 0.1, reason: "one" },
        { customerId: "cust_b", delta: -2.5, reason: "two", referenceId: "ref-2" },
        { customerId: "cust_a", delta: 1e-7, reason: "three", metadata: { n: 1 } },
      ],
    };
    const first = await api("POST", "/api/v1/balance/delta/batch", withKey("batch-log", batch));
    expect(first.body.data.totalQueued).toBe(3);
    pacspace.verifyPending();
    const replay = await api("POST", "/api/v1/balance/delta/batch", withKey("batch-log", batch));
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    expect(replay.text).toBe(first.text);
    expect(acceptedBatch).toHaveBeenCalledWith(first.body.data.results[0].recordId);

    const saved = JSON.parse(JSON.stringify(captureMockState(pacspace)));
    const restored = createTestMock({ verification: "manual" });
    prepareMockState(restored.pacspace, saved)();
    const afterRestore = await restored.api(
      "POST",
      "/api/v1/balance/delta/batch",
      withKey("batch-log", batch),
    );
    expect(afterRestore.headers.get("Idempotent-Replayed")).toBe("true");
    expect(afterRestore.text).toBe(first.text);
  });

  it("keeps the answer of a batch with a failed or an already recorded item as it was given", async () => {
    const { api, pacspace } = createTestMock();
    const acceptedBatch = vi.spyOn(pacspace.ledger.session(pacspace.apiKey), "acceptedBatch");
    await api("POST", "/api/v1/balance/delta", { body });
    const batch = {
      deltas: [
        { customerId: "cust_c", delta: 2, reason: "new" },
        { customerId: "cust_c", delta: 0, reason: "invalid" },
        body,
      ],
    };
    const first = await api("POST", "/api/v1/balance/delta/batch", withKey("batch-mixed", batch));
    expect(first.body.data.totalFailed).toBe(1);
    expect(first.body.data.results[2].idempotent).toBe(true);
    const replay = await api("POST", "/api/v1/balance/delta/batch", withKey("batch-mixed", batch));
    expect(replay.text).toBe(first.text);
    expect(acceptedBatch).not.toHaveBeenCalled();
  });

  it("expires keys after 24 hours on the mock clock", async () => {
    const { api, pacspace } = createTestMock();
    await api("POST", "/api/v1/balance/delta", withKey("key-ttl"));
    pacspace.clock.advance(24 * 3_600_000 + 1);
    const later = await api("POST", "/api/v1/balance/delta", withKey("key-ttl"));
    expect(later.headers.get("Idempotent-Replayed")).toBeNull();
    expect(deltaCount(pacspace)).toBe(2);
  });
});
