import { describe, expect, it } from "vitest";
import { createFixture, delta, errorOf } from "../ledger-fixture.js";

describe("getSequenceGaps", () => {
  it("reports runs of non-verified sequence numbers by status", () => {
    const { api, ledger } = createFixture({ verification: "manual" });
    const records = Array.from({ length: 8 }, (_, i) => api.emitDelta(delta("a", i + 1)));
    ledger.markToFail(records[2]?.recordId as string);
    ledger.markToFail(records[3]?.recordId as string);
    ledger.verifyPending((candidate) => candidate.sequenceNumber <= 5);
    ledger.startProcessing((candidate) => candidate.sequenceNumber === 6);
    const gaps = api.getSequenceGaps("a");
    expect(gaps).toEqual({
      customerId: "a",
      fromSequence: 1,
      toSequence: 8,
      gaps: [
        { from: 3, to: 4, status: "FAILED" },
        { from: 6, to: 6, status: "PROCESSING" },
        { from: 7, to: 8, status: "QUEUED" },
      ],
      complete: false,
    });
    expect(api.getSequenceGaps("a", { fromSequence: "5", toSequence: "7" }).gaps).toEqual([
      { from: 6, to: 6, status: "PROCESSING" },
      { from: 7, to: 7, status: "QUEUED" },
    ]);
    expect(api.getSequenceGaps("a", { limit: 1 }).gaps).toHaveLength(1);
    expect(api.getSequenceGaps("a", { fromSequence: 1, toSequence: 2 })).toMatchObject({
      gaps: [],
      complete: true,
    });
  });

  it("clamps toSequence to the latest number; validates the range; unknown customers are CUSTOMER_NOT_FOUND", () => {
    const { api } = createFixture();
    api.emitDelta(delta("a", 1));
    expect(api.getSequenceGaps("a", { toSequence: 100 })).toMatchObject({ toSequence: 1, complete: true });
    expect(errorOf(() => api.getSequenceGaps("a", { fromSequence: 3, toSequence: 2 })).code).toBe(
      "VALIDATION_ERROR",
    );
    expect(errorOf(() => api.getSequenceGaps("a", { fromSequence: 0 })).code).toBe("VALIDATION_ERROR");
    expect(errorOf(() => api.getSequenceGaps("nobody")).code).toBe("CUSTOMER_NOT_FOUND");
  });
});
