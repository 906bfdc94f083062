import { describe, expect, it } from "vitest";
import { keccak256Hex, utf8 } from "./core.js";
import { DeltaStore, DeltasById, SubmissionsByRoot } from "./delta-store.js";
import type { AnchorEntry } from "./state.js";

const hash = (n: number) => keccak256Hex(utf8(`row ${n}`));

function fill(store: DeltaStore, from: number, count: number, id = (n: number) => `rec_${n}`) {
  store.beginAcceptance(hash(-from), { processingAt: null, dueAt: from });
  const records = [];
  for (let n = from; n < from + count; n++) {
    records.push(
      store.append({
        recordId: id(n),
        customerId: `cust_${n % 7}`,
        delta: n / 100,
        reason: `reason ${n}`,
        referenceId: n % 10 === 0 ? `ref_${n}` : null,
        metadata: n % 15 === 0 ? { n } : null,
        adjusts: null,
        sequenceNumber: Math.floor(n / 7) + 1,
        contentHash: hash(n),
        createdAt: 1_000_000 + n,
      }),
    );
  }
  store.endAcceptance();
  return records;
}

describe("DeltaStore", () => {
  it("keeps every field of 10,000 rows across column chunks, and finds each by recordId", () => {
    const anchors: AnchorEntry[] = [];
    const store = new DeltaStore(anchors);
    const records = [...fill(store, 0, 6000), ...fill(store, 6000, 4000)];
    expect(store.size).toBe(10_000);
    for (const n of [0, 1, 15, 4095, 4096, 4097, 6000, 9999]) {
      const record = records[n];
      expect(record).toMatchObject({
        recordId: `rec_${n}`,
        customerId: `cust_${n % 7}`,
        delta: n / 100,
        reason: `reason ${n}`,
        referenceId: n % 10 === 0 ? `ref_${n}` : null,
        metadata: n % 15 === 0 ? { n } : null,
        adjusts: null,
        sequenceNumber: Math.floor(n / 7) + 1,
        contentHash: hash(n),
        receiptId: hash(n < 6000 ? 0 : -6000),
        createdAt: 1_000_000 + n,
        processingAt: null,
        dueAt: n < 6000 ? 0 : 6000,
        status: "QUEUED",
        verifiedAt: null,
        anchor: null,
        itemIndex: null,
        error: null,
      });
      expect(record?.amount.toString()).toBe(String(n / 100));
      expect(store.rowOf(`rec_${n}`)).toBe(n);
    }
    expect(store.rowOf("rec_unknown")).toBe(-1);
    expect(store.acceptanceOf(6001)).toMatchObject({ start: 6000, count: 4000, receiptId: hash(-6000) });
  });

  it("the verifier's fields change in place; an anchor must be one of this ledger's", () => {
    const anchors: AnchorEntry[] = [];
    const store = new DeltaStore(anchors);
    const [record] = fill(store, 0, 3);
    const anchor = { index: 0 } as AnchorEntry;
    anchors.push(anchor);
    if (!record) throw new Error("no record");
    record.status = "VERIFIED";
    record.verifiedAt = 5;
    record.anchor = anchor;
    record.itemIndex = 2;
    record.error = { code: "INTERNAL_ERROR", message: "m" };
    expect([record.status, record.verifiedAt, record.anchor, record.itemIndex, record.error]).toEqual([
      "VERIFIED",
      5,
      anchor,
      2,
      { code: "INTERNAL_ERROR", message: "m" },
    ]);
    expect(() => {
      record.anchor = { index: 0 } as AnchorEntry;
    }).toThrow();
    record.anchor = null;
    record.itemIndex = null;
    record.error = null;
    expect([record.anchor, record.itemIndex, record.error]).toEqual([null, null, null]);
  });

  it("truncate drops rows, their recordIds and emptied acceptances; colliding ids stay findable", () => {
    const store = new DeltaStore([]);
    // ids that share a hash bucket in small tables are likely among 3,000 short ids
    fill(store, 0, 1000, (n) => `r${n}`);
    fill(store, 1000, 1000, (n) => `r${n}`);
    fill(store, 2000, 1000, (n) => `r${n}`);
    store.truncate(1500);
    expect(store.size).toBe(1500);
    for (let n = 0; n < 3000; n++) expect(store.rowOf(`r${n}`), `r${n}`).toBe(n < 1500 ? n : -1);
    expect(store.acceptanceOf(1499)).toMatchObject({ start: 1000, count: 500 });
    const again = fill(store, 1500, 10, (n) => `again${n}`);
    expect(again[0]?.receiptId).toBe(hash(-1500));
    expect(store.rowOf("again1500")).toBe(1500);
    expect(store.rowOf("r1500")).toBe(-1);
    for (let n = 0; n < 1500; n += 37) expect(store.rowOf(`r${n}`)).toBe(n);
  });

  it("reads each row's receipt root, also after a rolled-back write's acceptance is reused and across stores", () => {
    const store = new DeltaStore([]);
    const other = new DeltaStore([]);
    const first = fill(store, 0, 3);
    const elsewhere = fill(other, 100, 2);
    expect(first.map((record) => record.receiptId)).toEqual([hash(-0), hash(-0), hash(-0)]);
    expect(elsewhere.map((record) => record.receiptId)).toEqual([hash(-100), hash(-100)]);
    const rolledBack = fill(store, 3, 2);
    expect(rolledBack[1]?.receiptId).toBe(hash(-3));
    store.truncate(3);
    // the same acceptance number, another root: the row reads the new one
    const again = fill(store, 7, 2);
    expect(again.map((record) => record.receiptId)).toEqual([hash(-7), hash(-7)]);
    expect(first[2]?.receiptId).toBe(hash(-0));
    expect(again[0]?.contentHash).toBe(hash(7));
  });

  it("indexes each receipt root's first write as its submission, forgetting it when the write is rolled back", () => {
    const store = new DeltaStore([]);
    const records = [...fill(store, 0, 3), ...fill(store, 3, 2)];
    const customers = new Map<string, { deltas: typeof records }>();
    for (const record of records) {
      const log = customers.get(record.customerId) ?? { deltas: [] };
      log.deltas[record.sequenceNumber - 1] = record;
      customers.set(record.customerId, log);
    }
    const submissions = new SubmissionsByRoot(store, new DeltasById(store, customers));
    expect(submissions.size).toBe(2);
    expect([...submissions.keys()]).toEqual([hash(-0), hash(-3)]);
    expect(submissions.get(hash(-3))?.records.map((record) => record.recordId)).toEqual(["rec_3", "rec_4"]);
    expect(submissions.get(hash(-3))?.createdAt).toBe(1_000_003);
    expect(submissions.has(hash(-4))).toBe(false);
    expect(submissions.has(hash(-3).toUpperCase())).toBe(false);
    expect(submissions.has("rcpt_1")).toBe(false);

    // a later write with a known root keeps the first as the submission
    store.beginAcceptance(hash(-0), { processingAt: null, dueAt: null });
    store.endAcceptance();
    fill(store, 5, 1, () => "rec_late");
    expect(submissions.size).toBe(3);
    store.truncate(5);
    expect(submissions.size).toBe(2);
    expect(submissions.has(hash(-5))).toBe(false);
    expect(submissions.get(hash(-0))?.records).toHaveLength(3);
    // many roots: the index grows and still finds each
    for (let n = 100; n < 400; n++) fill(store, 5 + n - 100, 1, (m) => `many_${m}`);
    for (let n = 100; n < 400; n++) expect(submissions.has(hash(-(5 + n - 100))), `root ${n}`).toBe(true);
  });

  it("refuses a content hash that is not 32 bytes of hex, and an append outside an acceptance", () => {
    const store = new DeltaStore([]);
    const row = {
      recordId: "rec_1",
      customerId: "c",
      delta: 1,
      reason: "r",
      referenceId: null,
      metadata: null,
      adjusts: null,
      sequenceNumber: 1,
      contentHash: hash(1),
      createdAt: 0,
    };
    expect(() => store.append(row)).toThrow("outside an acceptance");
    store.beginAcceptance(hash(1), { processingAt: null, dueAt: null });
    expect(() => store.append({ ...row, contentHash: "0x1234" })).toThrow("not a 32-byte hash");
    expect(() => store.append({ ...row, contentHash: `0x${"zz".repeat(32)}` })).toThrow("not a 32-byte hash");
    expect(() =>
      store.append({ ...row, contentHash: hash(1).toUpperCase().replace("0X", "0x") as never }),
    ).toThrow("not a 32-byte hash");
    expect(store.size).toBe(0);
    expect(store.append(row).contentHash).toBe(hash(1));
    expect(store.rowOf("rec_1")).toBe(0);
  });
});
