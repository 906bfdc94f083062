import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringifyJson } from "../balance/exact-number.js";
import type { AnchorEntry } from "./anchor-log.js";
import type { DeltaError, RecordStatus } from "./api-types.js";
import type { Hex } from "./core.js";
import { deltaRowsJson } from "./delta-rows-json.js";
import { type DeltaState, DeltaStore } from "./delta-store.js";
import { deltaRow } from "./views.js";

/** Text with what JSON escapes: quotes, backslashes, controls, DEL, U+2028, lone and paired surrogates. */
const text = fc.string({
  unit: fc.oneof(
    fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }),
    fc.constantFrom(
      '"',
      "\\",
      "\u0000",
      "\u0001",
      "\n",
      "\u001f",
      "\u007f",
      "\u00e9",
      "\u2028",
      "\ud800",
      "\udfff",
    ),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});
const hex = fc
  .uint8Array({ minLength: 32, maxLength: 32 })
  .map((bytes) => `0x${Buffer.from(bytes).toString("hex")}` as Hex);
/** Instants toISOString can write: before 1970, after 9999, fractional milliseconds. */
const instant = fc.oneof(
  fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 0, 2) }),
  fc.integer({ min: -8.64e15, max: 8.64e15 }),
  fc.double({ min: 0, max: 2e12, noNaN: true }),
);
const pick = fc.nat();

const scenario = fc.record({
  /** Pools, so that rows share values as the rows of a real page do. */
  customers: fc.array(text, { minLength: 1, maxLength: 3 }),
  instants: fc.array(instant, { minLength: 1, maxLength: 3 }),
  references: fc.array(hex, { minLength: 1, maxLength: 3 }),
  /** Rows per write, each write with its receipt. */
  writes: fc.array(fc.record({ receiptId: hex, rows: fc.integer({ min: 1, max: 5 }) }), {
    minLength: 1,
    maxLength: 6,
  }),
  rows: fc.array(
    fc.record({
      recordId: text,
      customer: pick,
      delta: fc.oneof(fc.double(), fc.constantFrom(0.01, -5, 1e21, 1e-7)),
      reason: text,
      referenceId: fc.option(text),
      adjusts: fc.option(fc.oneof(fc.record({ recordId: text }), fc.record({ referenceId: text }))),
      sequenceNumber: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
      contentHash: hex,
      createdAt: pick,
      status: fc.constantFrom<RecordStatus>("QUEUED", "PROCESSING", "VERIFIED", "FAILED"),
      verifiedAt: fc.option(pick),
      anchor: fc.option(pick),
      error: fc.option(fc.record({ code: text, message: text })),
    }),
    { minLength: 30, maxLength: 30 },
  ),
  /** The page: rows in any order, some twice. */
  page: fc.array(pick, { maxLength: 40 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function storeOf(input: Scenario): { store: DeltaStore; records: DeltaState[] } {
  const anchors: AnchorEntry[] = input.references.map((verificationReference, index) => ({
    index,
    kind: "checkpoint",
    proofHash: verificationReference,
    previousProofHash: verificationReference,
    previousReference: verificationReference,
    verificationReference,
    itemHashes: [],
    anchoredAt: 0,
  }));
  const store = new DeltaStore(anchors);
  const records: DeltaState[] = [];
  let next = 0;
  const of = <T>(pool: readonly T[], n: number) => pool[n % pool.length] as T;
  for (const write of input.writes) {
    store.beginAcceptance(write.receiptId, { processingAt: null, dueAt: null });
    for (let i = 0; i < write.rows && next < input.rows.length; i++, next++) {
      const row = input.rows[next] as Scenario["rows"][number];
      const record = store.append({
        recordId: `${row.recordId}#${next}`,
        customerId: of(input.customers, row.customer),
        delta: row.delta,
        reason: row.reason,
        referenceId: row.referenceId,
        metadata: null,
        adjusts: row.adjusts,
        sequenceNumber: row.sequenceNumber,
        contentHash: row.contentHash,
        createdAt: of(input.instants, row.createdAt),
      });
      record.status = row.status;
      record.verifiedAt = row.verifiedAt === null ? null : of(input.instants, row.verifiedAt);
      record.anchor = row.anchor === null ? null : of(anchors, row.anchor);
      record.error = row.error as DeltaError | null;
      records.push(record);
    }
    store.endAcceptance();
  }
  return { store, records };
}

describe("deltaRowsJson", () => {
  it("writes the bytes stringifyJson writes for the rows deltaRow makes, for any rows in any order", () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { store, records } = storeOf(input);
        const page = input.page.map((n) => records[n % records.length] as DeltaState);
        expect(deltaRowsJson(store, page)).toBe(stringifyJson(page.map(deltaRow)));
      }),
      { numRuns: 300 },
    );
  });

  it("writes an empty page as []", () => {
    expect(deltaRowsJson(new DeltaStore([]), [])).toBe("[]");
  });
});
