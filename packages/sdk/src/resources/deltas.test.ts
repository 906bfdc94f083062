import { describe, expect, it } from "vitest";
import { clientWith, envelope, type RecordedRequest } from "../../test/client/fake-api.js";
import { TimeoutError, ValidationError } from "../errors.js";
import { MAX_BATCH_SIZE } from "./deltas.js";

const ROOT = (n: number) => `0x${n.toString(16).padStart(64, "0")}`;

function item(i: number) {
  return { customerId: `cust_${i % 3}`, delta: i + 1, reason: `usage ${i}` };
}

/** Answers each batch chunk like the server: item 1 of every chunk FAILED, the rest QUEUED. */
function batchServer(request: RecordedRequest): Response {
  const { deltas } = request.body as { deltas: unknown[] };
  const results = deltas.map((_, index) =>
    index === 1
      ? { index, status: "FAILED", error: "CADENCE_LIMIT", errorMessage: "too often" }
      : { index, status: "QUEUED", recordId: `rec_${index}` },
  );
  return envelope(
    { totalQueued: deltas.length - 1, totalFailed: 1, receiptId: ROOT(deltas.length), results },
    201,
  );
}

describe("balance.emitBatch", () => {
  it("takes its chunk size from the spec", () => {
    expect(MAX_BATCH_SIZE).toBe(100);
  });

  it("sends 250 deltas as 3 requests in order and merges the results with caller indexes", async () => {
    const { pac, requests } = clientWith(batchServer);
    const deltas = Array.from({ length: 250 }, (_, i) => item(i));
    const result = await pac.balance.emitBatch(deltas, { idempotencyKey: "flush:2026-04-03" });

    expect(requests.map((r) => [r.method, r.path])).toEqual([
      ["POST", "/api/v1/balance/delta/batch"],
      ["POST", "/api/v1/balance/delta/batch"],
      ["POST", "/api/v1/balance/delta/batch"],
    ]);
    expect(requests.map((r) => (r.body as { deltas: unknown[] }).deltas.length)).toEqual([100, 100, 50]);
    expect((requests[2]?.body as { deltas: unknown[] } | undefined)?.deltas[0]).toEqual(item(200));
    expect(requests.map((r) => r.headers.get("idempotency-key"))).toEqual([
      "flush:2026-04-03:0",
      "flush:2026-04-03:1",
      "flush:2026-04-03:2",
    ]);

    expect(result.totalQueued).toBe(247);
    expect(result.totalFailed).toBe(3);
    expect(result.results).toHaveLength(250);
    expect(result.results.map((r) => r.index)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(result.results.filter((r) => r.status === "FAILED").map((r) => r.index)).toEqual([1, 101, 201]);
    expect(result.receiptIds).toEqual([ROOT(100), ROOT(100), ROOT(50)]);
    expect(result.receiptId).toBeNull();
  });

  it("sends one chunk with the caller's key unchanged and keeps its receiptId", async () => {
    const { pac, requests } = clientWith(batchServer);
    const result = await pac.balance.emitBatch([item(0), item(1), item(2)], { idempotencyKey: "k" });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers.get("idempotency-key")).toBe("k");
    expect(result.receiptId).toBe(ROOT(3));
    expect(result.receiptIds).toEqual([ROOT(3)]);
  });

  it("gives every chunk its own generated key when the caller gives none", async () => {
    const { pac, requests } = clientWith(batchServer);
    await pac.balance.emitBatch(Array.from({ length: 150 }, (_, i) => item(i)));
    const keys = requests.map((r) => r.headers.get("idempotency-key"));
    expect(keys.every(Boolean)).toBe(true);
    expect(new Set(keys).size).toBe(2);
  });

  it("validates every chunk before sending any, naming items by their index in the caller's array", async () => {
    const { pac, requests } = clientWith(batchServer);
    const deltas = Array.from({ length: 250 }, (_, i) => item(i));
    deltas[150] = { ...item(150), reason: "" };
    deltas[240] = { ...item(240), delta: 0 };
    const error = await pac.balance.emitBatch(deltas).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details?.map((d) => d.path)).toEqual([
      "deltas.150.reason",
      "deltas.240.delta",
    ]);
    expect(requests).toHaveLength(0);
  });

  it("rejects an empty batch without a request", async () => {
    const { pac, requests } = clientWith(batchServer);
    const error = await pac.balance.emitBatch([]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details?.[0]?.path).toBe("deltas");
    expect(requests).toHaveLength(0);
  });

  it("withResponse() describes the last request", async () => {
    const { pac } = clientWith(batchServer);
    const { data, requestId, attempts } = await pac.balance
      .emitBatch(Array.from({ length: 101 }, (_, i) => item(i)))
      .withResponse();
    expect(data.results).toHaveLength(101);
    expect(requestId).toBe("req_201");
    expect(attempts).toBe(1);
  });
});

function record(status: string) {
  return { recordId: "rec_1", customerId: "cust_1", delta: 5, reason: "credit", status };
}

describe("balance.emitAndWait", () => {
  it("emits once, then polls deltaStatus until VERIFIED", async () => {
    const { pac, requests } = clientWith([
      envelope(record("QUEUED"), 201),
      envelope(record("PROCESSING")),
      envelope(record("VERIFIED")),
    ]);
    const result = await pac.balance.emitAndWait("cust_1", 5, "credit", {
      referenceId: "ref-1",
      timeoutMs: 5_000,
      pollIntervalMs: 1,
    });
    expect(result.status).toBe("VERIFIED");
    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      "POST /api/v1/balance/delta",
      "GET /api/v1/balance/delta/rec_1",
      "GET /api/v1/balance/delta/rec_1",
    ]);
    expect(requests[0]?.body).toEqual({
      customerId: "cust_1",
      delta: 5,
      reason: "credit",
      referenceId: "ref-1",
    });
  });

  it("returns a FAILED delta instead of waiting on", async () => {
    const { pac } = clientWith([envelope(record("QUEUED"), 201), envelope(record("FAILED"))]);
    const result = await pac.balance.emitAndWait("cust_1", 5, "credit", { pollIntervalMs: 1 });
    expect(result.status).toBe("FAILED");
  });

  it("does not poll when the emit answer is already terminal", async () => {
    const { pac, requests } = clientWith([envelope(record("VERIFIED"), 201)]);
    await pac.balance.emitAndWait("cust_1", 5, "credit");
    expect(requests).toHaveLength(1);
  });

  it("throws TimeoutError naming the record when verification takes longer than timeoutMs", async () => {
    const { pac, requests } = clientWith((request) =>
      envelope(record("PROCESSING"), request.method === "POST" ? 201 : 200),
    );
    const error = await pac.balance
      .emitAndWait("cust_1", 5, "credit", { timeoutMs: 40, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toContain("rec_1");
    expect(requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(requests.length).toBeGreaterThan(2);
  });

  it("stops polling when the caller aborts", async () => {
    const { pac } = clientWith((request) =>
      envelope(record("QUEUED"), request.method === "POST" ? 201 : 200),
    );
    const controller = new AbortController();
    const waiting = pac.balance.emitAndWait("cust_1", 5, "credit", {
      pollIntervalMs: 1_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(new Error("cancelled")), 10);
    await expect(waiting).rejects.toThrow("cancelled");
  });

  it("rejects non-positive timing options", async () => {
    const { pac, requests } = clientWith([]);
    await expect(pac.balance.emitAndWait("cust_1", 5, "credit", { timeoutMs: 0 })).rejects.toBeInstanceOf(
      RangeError,
    );
    expect(requests).toHaveLength(0);
  });
});

describe("balance.emit validation (before any request)", () => {
  const cases: [string, [string, number, string], string][] = [
    ["a customerId with a space", ["cust 1", 5, "credit"], "customerId"],
    ["an empty customerId", ["", 5, "credit"], "customerId"],
    ["a customerId over 128 characters", ["c".repeat(129), 5, "credit"], "customerId"],
    ["a zero delta", ["cust_1", 0, "credit"], "delta"],
    ["a NaN delta", ["cust_1", Number.NaN, "credit"], "delta"],
    ["an infinite delta", ["cust_1", Number.POSITIVE_INFINITY, "credit"], "delta"],
    ["a delta over 1e9", ["cust_1", 1e9 + 1, "credit"], "delta"],
    ["a delta under -1e9", ["cust_1", -1e9 - 1, "credit"], "delta"],
    ["an empty reason", ["cust_1", 5, ""], "reason"],
    ["a reason over 500 characters", ["cust_1", 5, "r".repeat(501)], "reason"],
  ];

  it.each(cases)("rejects %s", async (_, [customerId, delta, reason], path) => {
    const { pac, requests } = clientWith([]);
    const error = await pac.balance.emit(customerId, delta, reason).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: "VALIDATION_ERROR", status: undefined });
    expect((error as ValidationError).details).toEqual([{ path, message: expect.any(String) }]);
    expect(requests).toHaveLength(0);
  });

  it("reports every bad field at once", async () => {
    const { pac } = clientWith([]);
    const error = (await pac.balance.emit("bad id", 0, "").catch((e: unknown) => e)) as ValidationError;
    expect(error.details?.map((d) => d.path)).toEqual(["customerId", "delta", "reason"]);
    expect(error.message).toMatch(/^Invalid emitDelta request: customerId: .*; delta: .*; reason: /);
  });

  it("explains the delta rule from the spec", async () => {
    const { pac } = clientWith([]);
    const error = (await pac.balance.emit("cust_1", 0, "credit").catch((e: unknown) => e)) as ValidationError;
    expect(error.details?.[0]?.message).toMatch(/non-zero, between -1,000,000,000 and 1,000,000,000/);
  });

  it("accepts the limits themselves", async () => {
    const { pac, requests } = clientWith(() => envelope(record("QUEUED"), 201));
    await pac.balance.emit("c".repeat(128), 1e9, "r".repeat(500));
    await pac.balance.emit("a.b:c-d_e", -1e9, "debit");
    await pac.balance.emit("cust_1", 0.000001, "tiny");
    expect(requests).toHaveLength(3);
  });

  it("counts reason length in characters, not UTF-16 units", async () => {
    const { pac, requests } = clientWith(() => envelope(record("QUEUED"), 201));
    await pac.balance.emit("cust_1", 1, "🚀".repeat(500));
    expect(requests).toHaveLength(1);
    await expect(pac.balance.emit("cust_1", 1, "🚀".repeat(501))).rejects.toBeInstanceOf(ValidationError);
  });

  it("rejects a recordId that is no URL-safe id (empty, a slash, over 256 characters)", async () => {
    const { pac, requests } = clientWith([]);
    for (const recordId of ["", "rec/1", "rec 1", `rec_${"x".repeat(253)}`]) {
      const error = await pac.balance.deltaStatus(recordId).catch((e: unknown) => e);
      expect(error, recordId).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details?.[0]?.path, recordId).toBe("recordId");
    }
    expect(requests).toHaveLength(0);
  });
});
