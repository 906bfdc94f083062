import { describe, expect, it } from "vitest";
import {
  type Hex,
  merkleRoot,
  nextVerificationReference,
  verifyAnchorChain,
  verifyDeltaProof,
  ZERO_HASH,
} from "../kernel/core.js";
import type { LedgerEvent } from "../kernel/events.js";
import { createFixture, delta } from "../ledger-fixture.js";

describe("verification lifecycle", () => {
  it("immediate: the accepting response says QUEUED, the record is VERIFIED right after", () => {
    const { api, clock } = createFixture();
    const accepted = api.emitDelta(delta("a", 1));
    expect(accepted.status).toBe("QUEUED");
    const now = api.getDeltaStatus(accepted.recordId);
    expect(now.status).toBe("VERIFIED");
    expect(now.verifiedAt).toBe(new Date(clock.now()).toISOString());
    expect(now.proof).toBeDefined();
  });

  it("delay: QUEUED → PROCESSING half-way → VERIFIED when due, driven by the clock and runDue (sessions run it)", () => {
    const { api, clock, ledger, apiKey } = createFixture({ verification: { delayMs: 250 } });
    const { recordId } = api.emitDelta(delta("a", 1));
    ledger.runDue();
    expect(api.getDeltaStatus(recordId).status).toBe("QUEUED");
    clock.advance(125);
    ledger.runDue();
    expect(api.getDeltaStatus(recordId).status).toBe("PROCESSING");
    clock.advance(124);
    ledger.runDue();
    expect(api.getDeltaStatus(recordId).status).toBe("PROCESSING");
    clock.advance(1);
    expect(ledger.session(apiKey).getDeltaStatus(recordId).status).toBe("VERIFIED");
    expect(api.deriveBalance("a").computedBalance).toBe(1);
  });

  it("delay: runDue promotes what came due since its last run, also after the clock was set back", () => {
    const { api, clock, ledger } = createFixture({ verification: { delayMs: 250 } });
    const first = api.emitDelta(delta("a", 1));
    clock.advance(200);
    ledger.runDue();
    expect(api.getDeltaStatus(first.recordId).status).toBe("PROCESSING");
    // accepted at the first one's time (acceptance never goes back): PROCESSING at +125, not before
    clock.set(clock.now() - 200);
    const second = api.emitDelta(delta("a", 2));
    clock.advance(125);
    ledger.runDue();
    expect(api.getDeltaStatus(second.recordId).status).toBe("PROCESSING");
    // in the same millisecond, and after a later delta was moved on by hand
    const third = api.emitDelta(delta("a", 3));
    const fourth = api.emitDelta(delta("a", 4));
    ledger.startProcessing((candidate) => candidate.recordId === fourth.recordId);
    clock.advance(125);
    ledger.runDue();
    expect(api.getDeltaStatus(third.recordId).status).toBe("PROCESSING");
    const fifth = api.emitDelta(delta("a", 5));
    ledger.runDue();
    expect(api.getDeltaStatus(fifth.recordId).status).toBe("QUEUED");
    clock.advance(125);
    expect(ledger.runDue()).toMatchObject({ verified: 2, processing: 1 });
    expect(api.getDeltaStatus(fifth.recordId).status).toBe("PROCESSING");
  });

  it("delay of 1 ms: a delta accepted in the millisecond of a run turns PROCESSING at once on the next", () => {
    const { api, clock, ledger } = createFixture({ verification: { delayMs: 1 } });
    api.emitDelta(delta("a", 1));
    ledger.runDue();
    const second = api.emitDelta(delta("a", 2));
    expect(ledger.runDue()).toMatchObject({ processing: 1 });
    expect(api.getDeltaStatus(second.recordId).status).toBe("PROCESSING");
    clock.advance(1);
    expect(ledger.runDue()).toMatchObject({ verified: 2 });
  });

  it("manual: nothing happens until verifyPending; startProcessing shows the middle state", () => {
    const { api, clock, ledger } = createFixture({ verification: "manual" });
    const { recordId } = api.emitDelta(delta("a", 1));
    clock.advance(10 * 24 * 3_600_000);
    ledger.runDue();
    expect(api.getDeltaStatus(recordId).status).toBe("QUEUED");
    expect(api.deriveBalance("a").deltasCount).toBe(0);
    expect(ledger.startProcessing().processing).toBe(1);
    expect(api.getDeltaStatus(recordId).status).toBe("PROCESSING");
    expect(ledger.verifyPending()).toMatchObject({ verified: 1, failed: 0 });
    expect(api.getDeltaStatus(recordId).status).toBe("VERIFIED");
  });

  it("markToFail by recordId or predicate: FAILED with an error, excluded from balances and roots", () => {
    const { api, ledger } = createFixture({ verification: "manual" });
    const keep = api.emitDelta(delta("a", 1));
    const byId = api.emitDelta(delta("a", 10));
    const byRule = api.emitDelta(delta("a", 100, { reason: "poison" }));
    ledger.markToFail(byId.recordId);
    const lift = ledger.markToFail((candidate) => candidate.reason === "poison", {
      code: "VALIDATION_ERROR",
      message: "bad",
    });
    expect(ledger.verifyPending()).toMatchObject({ verified: 1, failed: 2 });
    expect(api.getDeltaStatus(byId.recordId)).toMatchObject({
      status: "FAILED",
      error: { code: "INTERNAL_ERROR" },
    });
    expect(api.getDeltaStatus(byRule.recordId)).toMatchObject({
      status: "FAILED",
      error: { code: "VALIDATION_ERROR", message: "bad" },
    });
    expect(api.getDeltaStatus(byRule.recordId).proof).toBeUndefined();
    const verified = api.getDeltaStatus(keep.recordId);
    expect(verified.proof?.itemHashes).toEqual([keep.contentHash]);
    expect(api.deriveBalance("a")).toMatchObject({ computedBalance: 1, deltasCount: 1 });
    lift();
    const later = api.emitDelta(delta("a", 100, { reason: "poison" }));
    ledger.verifyPending();
    expect(api.getDeltaStatus(later.recordId).status).toBe("VERIFIED");
  });

  it("batches: proofHash = root of the batch's content hashes, chained by previousProofHash and verificationReference", () => {
    const { api, ledger } = createFixture({ verification: "manual", verificationBatchSize: 2 });
    const records = [1, 2, 3].map((n) => api.emitDelta(delta("a", n)));
    ledger.verifyPending();
    const [r1, r2, r3] = records.map((record) => api.getDeltaStatus(record.recordId));
    if (!r1 || !r2 || !r3 || !r1.proof || !r2.proof || !r3.proof) throw new Error("unverified");
    const [h1, h2, h3] = [r1, r2, r3].map((record) => record.contentHash as Hex) as [Hex, Hex, Hex];
    const firstRoot = merkleRoot([h1, h2]);
    expect(r1.proof).toEqual({
      proofHash: firstRoot,
      contentHash: r1.contentHash,
      itemHashes: [r1.contentHash, r2.contentHash],
      itemIndex: 0,
      previousProofHash: ZERO_HASH,
    });
    expect(r2.proof.itemIndex).toBe(1);
    expect(r3.proof).toMatchObject({
      proofHash: r3.contentHash,
      itemHashes: [r3.contentHash],
      previousProofHash: firstRoot,
    });
    const firstReference = nextVerificationReference(ZERO_HASH, firstRoot);
    expect(r1.verificationReference).toBe(firstReference);
    expect(r3.verificationReference).toBe(nextVerificationReference(firstReference, h3));
    for (const record of [r1, r2, r3]) {
      expect(
        verifyDeltaProof({
          contentHash: record.contentHash as Hex,
          proof: record.proof as never,
          payload: { customerId: record.customerId, delta: record.delta, reason: record.reason },
        }),
      ).toEqual({ valid: true });
    }
    const anchors = ledger.inspect().tenants[0]?.environments.sandbox.anchors ?? [];
    expect(verifyAnchorChain(anchors)).toEqual({ valid: true });
    // tamper: an altered earlier batch breaks the chain
    const tampered = anchors.map((anchor, i) => (i === 0 ? { ...anchor, itemHashes: [h3] } : anchor));
    expect(verifyAnchorChain(tampered).valid).toBe(false);
  });

  it("verification order follows acceptance order across customers; a filtered verifyPending may go out of order", () => {
    const { api, ledger } = createFixture({ verification: "manual" });
    const first = api.emitDelta(delta("a", 1));
    const second = api.emitDelta(delta("a", 2));
    const third = api.emitDelta(delta("a", 4));
    ledger.verifyPending((candidate) => candidate.recordId !== first.recordId);
    expect(api.deriveBalance("a")).toMatchObject({ computedBalance: 6, deltasCount: 2 });
    ledger.verifyPending();
    const derived = api.deriveBalance("a");
    expect(derived.computedBalance).toBe(7);
    expect(derived.deltas.map((row) => row.recordId)).toEqual([
      first.recordId,
      second.recordId,
      third.recordId,
    ]);
  });

  it("publishes events after commit, in the webhook envelope shape", () => {
    const { api, ledger, tenantId } = createFixture({ verification: "manual" });
    const events: LedgerEvent[] = [];
    const unsubscribe = ledger.onEvent((event) => events.push(event));
    const record = api.emitDelta(delta("a", 1));
    const failing = api.emitDelta(delta("a", 2));
    ledger.markToFail(failing.recordId);
    ledger.verifyPending();
    expect(events.map((event) => event.event)).toEqual([
      "customer.created",
      "delta.verified",
      "delta.failed",
    ]);
    const verified = events[1];
    expect(verified).toMatchObject({
      id: expect.stringMatching(/^evt_/),
      tenantId,
      environment: "sandbox",
      timestamp: expect.any(String),
      data: { recordId: record.recordId, status: "verified", sequenceNumber: "1", proof: expect.any(Object) },
    });
    expect(Object.keys(verified?.data ?? {}).sort()).toEqual(
      [
        "blockTimestamp",
        "customerId",
        "delta",
        "deltaIndex",
        "period",
        "proof",
        "receiptId",
        "recordId",
        "sequenceNumber",
        "status",
        "usage",
        "verification",
        "verificationId",
        "verificationReference",
        "verifiedAt",
      ].sort(),
    );
    expect(events[2]?.data).toMatchObject({ recordId: failing.recordId, error: expect.any(String) });
    unsubscribe();
    api.emitDelta(delta("b", 1));
    expect(events).toHaveLength(3);
  });

  it("a throwing listener never undoes the write", () => {
    const errors: unknown[] = [];
    const { api, ledger } = createFixture({ onListenerError: (error) => errors.push(error) });
    ledger.onEvent(() => {
      throw new Error("subscriber bug");
    });
    const record = api.emitDelta(delta("a", 1));
    expect(api.getDeltaStatus(record.recordId).status).toBe("VERIFIED");
    expect(errors.length).toBeGreaterThan(0);
  });
});
