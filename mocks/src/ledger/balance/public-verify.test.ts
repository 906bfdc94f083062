import { describe, expect, it } from "vitest";
import type { Checkpoint } from "../kernel/api-types.js";
import { type Hex, merkleRoot, verifyRootOverDeltas } from "../kernel/core.js";
import { createFixture, delta, errorOf } from "../ledger-fixture.js";

describe("public verifyProof", () => {
  it("a checkpoint root: summary and records, never customer ids or metadata; recomputable from the records", () => {
    const { api, ledger, clock } = createFixture({ start: Date.UTC(2026, 2, 5) });
    api.emitDelta(delta("secret-customer", 100, { metadata: { private: "p" }, referenceId: "inv-1" }));
    api.emitDelta(delta("secret-customer", -40));
    clock.set(Date.UTC(2026, 3, 1, 0, 5));
    const checkpoint = api.createCheckpoint({ customerId: "secret-customer", period: "2026-03" })
      .data as Checkpoint;
    // the key-less endpoint works from any tenant's point of view
    const result = ledger.verifyProof(checkpoint.proofRoot);
    // hex is case-insensitive on input; the answer carries the lower-case root
    expect(ledger.verifyProof(checkpoint.proofRoot.toUpperCase().replace("0X", "0x")).proofRoot).toBe(
      checkpoint.proofRoot,
    );
    expect(result).toMatchObject({
      verified: true,
      proofRoot: checkpoint.proofRoot,
      kind: "checkpoint",
      recordedAt: checkpoint.createdAt,
      summary: {
        recordCount: 2,
        netChange: 60,
        startingBalance: 0,
        endingBalance: 60,
        firstRecordAt: "2026-03-05T00:00:00.000Z",
        lastRecordAt: "2026-03-05T00:00:00.000Z",
      },
      verification: { verificationReference: expect.stringMatching(/^0x/), anchoredAt: expect.any(String) },
    });
    expect(result.records[0]).toEqual({
      sequenceNumber: 1,
      amount: 100,
      reason: "change of 100",
      referenceId: "inv-1",
      status: "VERIFIED",
      time: "2026-03-05T00:00:00.000Z",
      contentHash: expect.stringMatching(/^0x/),
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain("secret-customer");
    expect(text).not.toContain("private");
    const hashes = result.records.map((record) => record.contentHash as Hex);
    expect(
      verifyRootOverDeltas({
        proofRoot: result.proofRoot as Hex,
        deltaCount: result.summary.recordCount,
        contentHashes: hashes,
      }),
    ).toEqual({
      valid: true,
    });
  });

  it("a submission root (a batch's receiptId): verified only once every item is verified", () => {
    const { api, ledger } = createFixture({ verification: "manual" });
    const batch = api.emitDeltaBatch({ deltas: [delta("a", 1), delta("b", 2)] });
    const pending = ledger.verifyProof(batch.receiptId as string);
    expect(pending).toMatchObject({
      kind: "submission",
      verified: false,
      summary: { recordCount: 2, netChange: 3 },
      verification: { verificationReference: null, anchoredAt: null },
    });
    ledger.verifyPending();
    expect(ledger.verifyProof(batch.receiptId as string, { source: "both" })).toMatchObject({
      verified: true,
    });
  });

  it("a receipt root", () => {
    const { api, ledger } = createFixture();
    api.emitDelta(delta("a", 1));
    api.emitDelta(delta("a", 2));
    const receipt = api.getReceipt("a");
    expect(ledger.verifyProof(receipt.proofRoot)).toMatchObject({
      kind: "receipt",
      verified: true,
      summary: { recordCount: 2 },
    });
  });

  it("a one-delta root is known as a submission and as a checkpoint: the checkpoint wins", () => {
    const { api, ledger } = createFixture();
    const record = api.emitDelta(delta("a", 5));
    expect(ledger.verifyProof(record.receiptId).kind).toBe("submission");
    const checkpoint = api.createCheckpoint({ customerId: "a" }).data as Checkpoint;
    expect(checkpoint.proofRoot).toBe(merkleRoot([record.contentHash as Hex]));
    expect(ledger.verifyProof(record.receiptId).kind).toBe("checkpoint");
  });

  it("unknown roots are NOT_FOUND (the zero root too), and so is anything that is no root; bad sources are VALIDATION_ERROR", () => {
    const { ledger } = createFixture();
    expect(errorOf(() => ledger.verifyProof(`0x${"ab".repeat(32)}`)).code).toBe("NOT_FOUND");
    expect(errorOf(() => ledger.verifyProof(`0x${"0".repeat(64)}`)).code).toBe("NOT_FOUND");
    // a short hash, and the marketing page's receipt-id form (https://www.pacspace.io/verification.html)
    expect(errorOf(() => ledger.verifyProof("0xABC")).code).toBe("NOT_FOUND");
    expect(errorOf(() => ledger.verifyProof("rcpt_a1b2c3d4e5f6")).code).toBe("NOT_FOUND");
    expect(errorOf(() => ledger.verifyProof(`0x${"ab".repeat(32)}`, { source: "ledger" })).code).toBe(
      "VALIDATION_ERROR",
    );
  });

  it("a root in upper-case hex resolves to the same answer as its lower-case form", () => {
    const { api, ledger } = createFixture();
    api.emitDelta(delta("a", 7));
    const checkpoint = api.createCheckpoint({ customerId: "a" }).data as Checkpoint;
    const upper = `0x${checkpoint.proofRoot.slice(2).toUpperCase()}`;
    expect(upper).not.toBe(checkpoint.proofRoot);
    expect(ledger.verifyProof(upper)).toEqual(ledger.verifyProof(checkpoint.proofRoot));
    expect(ledger.verifyProof(`0X${checkpoint.proofRoot.slice(2)}`).proofRoot).toBe(checkpoint.proofRoot);
  });

  it("verification.verificationExplorerUrl repeats verifyUrl (https://docs.pacspace.io/balance-api/verify/)", () => {
    const { api, ledger } = createFixture();
    api.emitDelta(delta("a", 7));
    const { proofRoot } = api.createCheckpoint({ customerId: "a" }).data as Checkpoint;
    const { verification } = ledger.verifyProof(proofRoot);
    expect(verification.verifyUrl).toMatch(new RegExp(`/verify/${proofRoot}$`));
    expect(verification.verificationExplorerUrl).toBe(verification.verifyUrl);
  });
});
