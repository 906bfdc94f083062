import { ConflictError, type PacSpaceError } from "@pacspace/sdk";
import { describe, expect, it } from "vitest";
import {
  clientFor,
  defaultTenantId,
  fastRetryingBalance,
  sandboxOf,
  useInProcessMock,
} from "./support/in-process.js";

const mock = useInProcessMock();

describe("idempotency through the SDK", () => {
  it("the same Idempotency-Key twice: one delta, the same record, Idempotent-Replayed visible through withResponse()", async () => {
    const pacspace = mock.start();
    const pac = clientFor(pacspace.apiKey);
    const first = await pac.balance
      .emit("cust_acme", 25, "Top-up", { idempotencyKey: "topup-2026-04-01" })
      .withResponse();
    const second = await pac.balance
      .emit("cust_acme", 25, "Top-up", { idempotencyKey: "topup-2026-04-01" })
      .withResponse();

    expect(first.response.status).toBe(201);
    expect(first.response.headers.get("Idempotent-Replayed")).toBeNull();
    expect(second.response.status).toBe(201);
    expect(second.response.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.data.recordId).toBe(first.data.recordId);
    expect(second.data).toEqual(first.data); // the stored answer, byte for byte
    expect([first.idempotencyKey, second.idempotencyKey]).toEqual(["topup-2026-04-01", "topup-2026-04-01"]);
    expect(sandboxOf(pacspace, defaultTenantId(pacspace)).deltas).toHaveLength(1);
    expect((await pac.balance.derive("cust_acme")).computedBalance).toBe(25);
  });

  it("the same key with another body is ConflictError IDEMPOTENCY_KEY_REUSED, not retried", async () => {
    const pacspace = mock.start();
    const pac = clientFor(pacspace.apiKey, { maxRetries: 4 });
    await pac.balance.emit("cust_acme", 25, "Top-up", { idempotencyKey: "k-1" });
    const error = await pac.balance.emit("cust_acme", 26, "Top-up", { idempotencyKey: "k-1" }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: "IDEMPOTENCY_KEY_REUSED" });
    expect((error as PacSpaceError).requestId).toBe(
      mock.requests.at(-1)?.responseHeaders.get("X-Request-Id"),
    );
    expect(mock.requestsTo("POST", "/api/v1/balance/delta")).toHaveLength(2);
    expect(sandboxOf(pacspace, defaultTenantId(pacspace)).deltas).toHaveLength(1);
  });

  it("a write applied before its answer was lost (503, 429 or a dropped connection) is retried with the same key and replayed", async () => {
    const pacspace = mock.start();
    const balance = fastRetryingBalance(pacspace.apiKey, { maxRetries: 3 });
    const faults = [{ networkError: true as const }, { status: 503 as const }, { status: 429 as const }];
    const recordIds: string[] = [];
    for (const [i, fault] of faults.entries()) {
      pacspace.faults.inject({ route: "emitDelta", when: "after", times: 1, ...fault });
      const { data, attempts, idempotencyKey, response } = await balance
        .emit("cust_acme", 5, `Refund ${i}`)
        .withResponse();
      recordIds.push(data.recordId);
      expect(attempts).toBe(2);
      expect(response.headers.get("Idempotent-Replayed")).toBe("true");
      const sent = mock.requestsTo("POST", "/api/v1/balance/delta").slice(-2);
      expect(sent.map((request) => request.status)).toEqual([fault.status ?? 0, 201]);
      expect(sent.map((request) => request.requestHeaders.get("Idempotency-Key"))).toEqual([
        idempotencyKey,
        idempotencyKey,
      ]);
    }
    const deltas = sandboxOf(pacspace, defaultTenantId(pacspace)).deltas;
    expect(deltas.map((delta) => delta.recordId)).toEqual(recordIds);
  });

  it("concurrent calls with one key while the first is in flight: 202 IDEMPOTENCY_PENDING is waited out, one effect", async () => {
    const pacspace = mock.start();
    const pac = clientFor(pacspace.apiKey);
    pacspace.faults.inject({ route: "emitDelta", latencyMs: 150, times: 1 });
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        pac.balance.emit("cust_acme", 7, "Top-up", { idempotencyKey: "burst" }),
      ),
    );
    expect(new Set(results.map((record) => record.recordId)).size).toBe(1);
    const statuses = mock.requestsTo("POST", "/api/v1/balance/delta").map((request) => request.status);
    expect(statuses.filter((status) => status === 202)).toHaveLength(3);
    expect(statuses.filter((status) => status === 201)).toHaveLength(4);
    expect(sandboxOf(pacspace, defaultTenantId(pacspace)).deltas).toHaveLength(1);
  });

  it("an attempt that times out while the server still writes: the retry gets 202 until the write lands, then its replay", async () => {
    const pacspace = mock.start();
    const balance = fastRetryingBalance(pacspace.apiKey, {
      timeout: 50,
      maxRetries: 30,
      sleep: () => new Promise((resolve) => setTimeout(resolve, 20)),
    });
    pacspace.faults.inject({ route: "emitDelta", latencyMs: 200, times: 1 });
    const { data, attempts, response } = await balance.emit("cust_acme", 9, "slow write").withResponse();
    expect(response.headers.get("Idempotent-Replayed")).toBe("true");
    expect(attempts).toBeGreaterThanOrEqual(3);
    const statuses = mock.requestsTo("POST", "/api/v1/balance/delta").map((request) => request.status);
    // The first attempt was abandoned by the client (its answer still reached MSW), the next ones waited.
    expect(statuses.filter((status) => status === 202).length).toBeGreaterThanOrEqual(1);
    expect(statuses.at(-1)).toBe(201);
    expect(sandboxOf(pacspace, defaultTenantId(pacspace)).deltas.map((delta) => delta.recordId)).toEqual([
      data.recordId,
    ]);
  });
});
