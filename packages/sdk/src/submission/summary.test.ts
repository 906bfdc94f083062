import { describe, expect, it } from "vitest";
import vectors from "../../test/submission/python-reference-ids.json" with { type: "json" };
import { InvalidSummaryError } from "./errors.js";
import { normalizeSummary, type SummaryInput, summaryReferenceId } from "./summary.js";

const QUEUED_AT = "2026-04-05T00:00:00.000Z";

describe("summary reference ids match the official Python SDK", () => {
  // packages/sdk/test/submission/python-reference-ids.json was computed with PacSpace/python-sdk
  // pacspace_sdk/submission.py (SubmissionCoordinator._normalize_summary), see its `source`.
  it.each(vectors.vectors.map((vector) => [vector.referenceId, vector] as const))("%s", (_, vector) => {
    const queued = normalizeSummary(vector.input as SummaryInput, "usage_summary", QUEUED_AT);
    expect(queued.customerId).toBe(vector.customerId);
    expect(queued.windowStart).toBe(vector.windowStart);
    expect(queued.windowEnd).toBe(vector.windowEnd);
    expect(queued.referenceId).toBe(vector.referenceId);
    expect(summaryReferenceId(queued)).toBe(vector.referenceId);
  });
});

function errorOf(input: unknown): InvalidSummaryError {
  try {
    normalizeSummary(input as SummaryInput, "usage_summary", QUEUED_AT);
  } catch (error) {
    if (error instanceof InvalidSummaryError) return error;
    throw error;
  }
  throw new Error("expected InvalidSummaryError");
}

const window = { windowStart: "2026-03-17T00:00:00Z", windowEnd: "2026-03-18T00:00:00Z" };

describe("normalizeSummary", () => {
  it("fills reason, metadata and the key, and keeps a caller's referenceId (trimmed)", () => {
    const queued = normalizeSummary(
      { customerId: "cust_1", delta: -4, ...window, referenceId: "  my-ref  ", metadata: { plan: "pro" } },
      "usage_summary",
      QUEUED_AT,
    );
    expect(queued).toEqual({
      customerId: "cust_1",
      delta: -4,
      ...window,
      reason: "usage_summary",
      referenceId: "my-ref",
      metadata: { plan: "pro" },
      queuedAt: QUEUED_AT,
      key: "cust_1|2026-03-17T00:00:00Z|2026-03-18T00:00:00Z",
    });
  });

  it("accepts Date windows", () => {
    const queued = normalizeSummary(
      {
        customerId: "c",
        delta: 1,
        windowStart: new Date(Date.UTC(2026, 2, 17)),
        windowEnd: new Date(Date.UTC(2026, 2, 17, 0, 0, 0, 250)),
      },
      "r",
      QUEUED_AT,
    );
    expect([queued.windowStart, queued.windowEnd]).toEqual([
      "2026-03-17T00:00:00Z",
      "2026-03-17T00:00:00.250000Z",
    ]);
  });

  it.each([
    [{ delta: 1, ...window }, "customerId"],
    [{ customerId: "   ", delta: 1, ...window }, "customerId"],
    [{ customerId: 42, delta: 1, ...window }, "customerId"],
    [{ customerId: "c", delta: 0, ...window }, "delta"],
    [{ customerId: "c", delta: Number.NaN, ...window }, "delta"],
    [{ customerId: "c", delta: Number.POSITIVE_INFINITY, ...window }, "delta"],
    [{ customerId: "c", delta: "5", ...window }, "delta"],
    [{ customerId: "c", delta: 1, windowStart: "soon", windowEnd: window.windowEnd }, "windowStart"],
    [
      { customerId: "c", delta: 1, windowStart: window.windowStart, windowEnd: new Date(Number.NaN) },
      "windowEnd",
    ],
    [
      { customerId: "c", delta: 1, windowStart: window.windowEnd, windowEnd: window.windowStart },
      "windowEnd",
    ],
    [
      { customerId: "c", delta: 1, windowStart: window.windowStart, windowEnd: "2026-03-17T01:00:00+01:00" },
      "windowEnd",
    ],
    [null, "customerId"],
  ])("refuses %j, naming %s", (input, field) => {
    const error = errorOf(input);
    expect(error.code).toBe("INVALID_SUMMARY");
    expect(error.details?.[0]?.path).toBe(field);
  });
});
