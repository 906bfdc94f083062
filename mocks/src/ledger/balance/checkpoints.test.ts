import { describe, expect, it } from "vitest";
import type { Checkpoint, CheckpointBatch } from "../kernel/api-types.js";
import { type Hex, merkleRoot, verifyAnchorChain, verifyRootOverDeltas, ZERO_HASH } from "../kernel/core.js";
import type { LedgerEvent } from "../kernel/events.js";
import { createFixture, DAY, delta, errorOf } from "../ledger-fixture.js";

const MARCH_2 = Date.UTC(2026, 2, 2);

/** February: +1000; March: +5000, −1250.5, −310.25 (and one failed delta); April: +7. */
function history(options: Parameters<typeof createFixture>[0] = {}) {
  const fixture = createFixture({ start: Date.UTC(2026, 1, 20), ...options });
  const { api, clock, ledger } = fixture;
  api.emitDelta(delta("a", 1000));
  clock.set(MARCH_2);
  const march = [5000, -1250.5].map((n) => api.emitDelta(delta("a", n)));
  ledger.markToFail((candidate) => candidate.delta === 99);
  const failing = api.emitDelta(delta("a", 99));
  march.push(api.emitDelta(delta("a", -310.25)));
  api.emitDelta(delta("b", 3));
  ledger.verifyPending();
  clock.set(Date.UTC(2026, 3, 1, 0, 5));
  api.emitDelta(delta("a", 7));
  ledger.verifyPending();
  if (api.getDeltaStatus(failing.recordId).status !== "FAILED") throw new Error("fixture: the 99 must fail");
  return { ...fixture, march };
}

describe("createCheckpoint", () => {
  it("roots the scope's verified deltas in sequence order; balances before and after the window", () => {
    const { api, march } = history();
    const outcome = api.createCheckpoint({ customerId: "a", period: "2026-03" });
    expect(outcome.status).toBe(201);
    expect(outcome.created).toBe(true);
    const checkpoint = outcome.data as Checkpoint;
    const hashes = march.map((record) => record.contentHash as Hex);
    expect(checkpoint).toMatchObject({
      checkpointId: expect.stringMatching(/^chk_/),
      customerId: "a",
      scope: { from: "2026-03-01T00:00:00.000Z", to: "2026-04-01T00:00:00.000Z", period: "2026-03" },
      proofRoot: merkleRoot(hashes),
      deltaCount: 3,
      startingBalance: 1000,
      netChange: 3439.25,
      closingBalance: 4439.25,
      firstSequenceNumber: 2,
      lastSequenceNumber: 5,
      lastRecordId: march[2]?.recordId,
      status: "QUEUED",
      verificationReference: null,
      verifyUrl: `http://127.0.0.1:4010/verify/${merkleRoot(hashes)}`,
      verificationApiUrl: `http://127.0.0.1:4010/api/v1/verify/${merkleRoot(hashes)}`,
    });
    expect(
      verifyRootOverDeltas({ proofRoot: checkpoint.proofRoot as Hex, deltaCount: 3, contentHashes: hashes }),
    ).toEqual({
      valid: true,
    });
    expect(
      verifyRootOverDeltas({
        proofRoot: checkpoint.proofRoot as Hex,
        deltaCount: 3,
        contentHashes: hashes.slice(0, 2),
      }).valid,
    ).toBe(false);
  });

  it("is idempotent per (customer, resolved scope): the second call returns the same checkpoint with 200", () => {
    const { api, ledger } = history();
    const first = api.createCheckpoint({ customerId: "a", period: "2026-03" });
    const second = api.createCheckpoint({ customerId: "a", startDate: "2026-03-01", endDate: "2026-04-01" });
    expect(second.status).toBe(200);
    expect(second.created).toBe(false);
    expect((second.data as Checkpoint).checkpointId).toBe((first.data as Checkpoint).checkpointId);
    expect((second.data as Checkpoint).status).toBe("VERIFIED"); // anchored right after the first response (immediate mode)
    expect(ledger.inspect().tenants[0]?.environments.sandbox.checkpoints).toHaveLength(1);
  });

  it("is anchored like a batch: VERIFIED with a reference chained into the anchor log, and a checkpoint.verified event", () => {
    const { api, ledger } = history({ verification: "manual" });
    const events: LedgerEvent[] = [];
    ledger.onEvent((event) => events.push(event));
    const created = api.createCheckpoint({ customerId: "a", period: "2026-03" }).data as Checkpoint;
    expect(created.status).toBe("QUEUED");
    ledger.verifyPending();
    const listed = api.listCheckpoints().checkpoints[0];
    expect(listed?.status).toBe("VERIFIED");
    const anchors = ledger.inspect().tenants[0]?.environments.sandbox.anchors ?? [];
    const last = anchors.at(-1);
    expect(last).toMatchObject({
      kind: "checkpoint",
      proofHash: created.proofRoot,
      verificationReference: listed?.verificationReference,
    });
    expect(verifyAnchorChain(anchors)).toEqual({ valid: true });
    expect(events.map((event) => event.event)).toEqual(["checkpoint.verified"]);
    expect(events[0]?.data).toMatchObject({ checkpointId: created.checkpointId, status: "VERIFIED" });
  });

  it("without customerId checkpoints every customer with verified deltas in the window", () => {
    const { api } = history();
    const outcome = api.createCheckpoint({ period: "2026-03" });
    const { checkpoints } = outcome.data as CheckpointBatch;
    expect(outcome.status).toBe(201);
    expect(checkpoints.map((checkpoint) => checkpoint.customerId)).toEqual(["a", "b"]);
    const again = api.createCheckpoint({ period: "2026-03" });
    expect(again.status).toBe(200);
    expect((again.data as CheckpointBatch).checkpoints.map((checkpoint) => checkpoint.checkpointId)).toEqual(
      checkpoints.map((checkpoint) => checkpoint.checkpointId),
    );
    expect((api.createCheckpoint({ period: "2026-01" }).data as CheckpointBatch).checkpoints).toEqual([]);
  });

  it("an empty window gives a zero root; checkpoint-mode derive then starts after everything before the window end", () => {
    const { api } = history();
    const empty = api.createCheckpoint({ customerId: "b", period: "2026-02" }).data as Checkpoint;
    expect(empty).toMatchObject({
      proofRoot: ZERO_HASH,
      deltaCount: 0,
      firstSequenceNumber: null,
      lastRecordId: null,
    });
    const later = api.createCheckpoint({ customerId: "a", startDate: "2026-03-03", endDate: "2026-03-04" })
      .data as Checkpoint;
    expect(later).toMatchObject({ deltaCount: 0, startingBalance: 4439.25, closingBalance: 4439.25 });
  });

  it("refuses unknown customers, checkpoint mode and bad scopes; writes nothing", () => {
    const { api, ledger } = history();
    const before = ledger.snapshot();
    expect(errorOf(() => api.createCheckpoint({ customerId: "nobody" })).code).toBe("CUSTOMER_NOT_FOUND");
    expect(
      errorOf(() => api.createCheckpoint({ customerId: "a", period: "2026-09" })).details?.[0]?.path,
    ).toBe("/period");
    expect(errorOf(() => api.createCheckpoint({ customerId: "a", startDate: "2026-03-01" })).code).toBe(
      "VALIDATION_ERROR",
    );
    expect(errorOf(() => api.createCheckpoint({ customerId: "bad id" })).details?.[0]?.path).toBe(
      "/customerId",
    );
    expect(errorOf(() => api.createCheckpoint("x")).code).toBe("VALIDATION_ERROR");
    expect(errorOf(() => api.createCheckpoint({ startingCheckpoint: ZERO_HASH })).code).toBe(
      "INVALID_SCOPE_COMBINATION",
    );
    expect(ledger.snapshot()).toBe(before);
  });

  it("counts the lengths of mode and fingerprints in code points, as the spec's maxLength does", () => {
    const { api } = history();
    // 64 and 256 emoji are twice as many UTF-16 units, but within the limits in characters.
    const mode = "🙂".repeat(64);
    const fingerprints = ["🙂".repeat(256)];
    const outcome = api.createCheckpoint({ customerId: "a", period: "2026-03", mode, fingerprints });
    expect(outcome.status).toBe(201);
    expect(
      errorOf(() => api.createCheckpoint({ customerId: "a", mode: "🙂".repeat(65) })).details?.[0]?.path,
    ).toBe("/mode");
  });

  it("a crash while creating leaves nothing behind", () => {
    let crash = false;
    const { api, ledger } = history({
      writeHook: (step) => {
        if (crash && step === "checkpoint") throw new Error("boom");
      },
    });
    const before = ledger.snapshot();
    crash = true;
    expect(() => api.createCheckpoint({ period: "2026-03" })).toThrow("boom");
    expect(ledger.snapshot()).toBe(before);
  });
});

describe("listCheckpoints", () => {
  it("newest first, filtered by customer and by scope containment, paginated", () => {
    const { api, clock } = history();
    api.createCheckpoint({ customerId: "a", period: "2026-02" });
    api.createCheckpoint({ customerId: "a", period: "2026-03" });
    api.createCheckpoint({ customerId: "b", period: "2026-03" });
    clock.advance(DAY);
    const all = api.listCheckpoints();
    expect(all.checkpoints.map((checkpoint) => [checkpoint.customerId, checkpoint.scope.period])).toEqual([
      ["b", "2026-03"],
      ["a", "2026-03"],
      ["a", "2026-02"],
    ]);
    expect(all.pagination).toEqual({ limit: 25, offset: 0, total: 3 });
    expect(api.listCheckpoints({ customerId: "a" }).pagination.total).toBe(2);
    expect(api.listCheckpoints({ period: "2026-03" }).pagination.total).toBe(2);
    expect(
      api.listCheckpoints({ startDate: "2026-02-01", endDate: "2026-04-01", customerId: "a" }).pagination
        .total,
    ).toBe(2);
    const page = api.listCheckpoints({ limit: 1, offset: 1 });
    expect(page.checkpoints.map((checkpoint) => checkpoint.customerId)).toEqual(["a"]);
    expect(errorOf(() => api.listCheckpoints({ limit: 101 })).code).toBe("VALIDATION_ERROR");
  });
});
