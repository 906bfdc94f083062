import { describe, expect, it } from "vitest";
import { clientWith, envelope } from "../../test/client/fake-api.js";
import { NotFoundError, ValidationError } from "../errors.js";

// The documented payloads below are copied from PacSpace/python-sdk, tests/test_sdk.py
// (RecordsFlowsTest, official SDK 0.4.0): the emit answer, the history body with its
// x-next-from-seq header, the entry numbering, and the two records.check fixtures.

const DIGEST_AA = "aa".repeat(32);

function bare(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { "content-type": "application/json", ...headers },
  });
}

const emitInput = {
  record: "build-1",
  title: "Build passed",
  occurredAt: "2026-09-15T16:04:17Z",
  actorId: "ci",
  payloads: [{ alg: "sha-256" as const, digest: DIGEST_AA, byteLength: "1" }],
};

describe("records.emit / history (PacSpace/python-sdk tests/test_sdk.py test_emit_and_history)", () => {
  it("posts the transition with lifecycle recorded and referenceId, and reads the documented answers", async () => {
    const { pac, requests } = clientWith([
      envelope({
        receiptId: "anc_1",
        recordType: "machine-action-record",
        entityId: "build-1",
        recordKey: "0xab",
        status: "QUEUED",
      }),
      bare(
        {
          schema: "record-history-bundle/v1",
          recordKey: "0xab",
          receipts: [],
          entries: [{ seq: 0, status: "queued" }],
        },
        { "x-next-from-seq": "1" },
      ),
    ]);
    const emitted = await pac.records.emit({ ...emitInput, idempotencyKey: "build-1:t" });
    expect(emitted.status).toBe("QUEUED");
    expect(requests[0]?.path).toBe("/api/v1/records/machine-action-record/build-1/transitions");
    expect(requests[0]?.body).toEqual({
      lifecycle: "recorded",
      referenceId: "build-1:t",
      content: {
        title: "Build passed",
        occurredAt: "2026-09-15T16:04:17Z",
        actorId: "ci",
        payloads: emitInput.payloads,
      },
    });
    const history = await pac.records.history("build-1");
    expect(history.entries[0]?.status).toBe("queued");
    expect(history.nextFromSeq).toBe(1);
  });

  it("counts entries from 1: amends entry 1 is seq 0, a seq given as seq goes as it is", async () => {
    const { pac, requests } = clientWith([envelope({ receiptId: "anc_2", status: "QUEUED" })]);
    await pac.records.emit({
      ...emitInput,
      title: "Handoff restated",
      lifecycle: "amended",
      amends: { recordKey: `0x${"ab".repeat(32)}`, entry: 1 },
      references: [
        { recordKey: `0x${"cd".repeat(32)}`, entry: 3 },
        { recordKey: `0x${"ef".repeat(32)}`, seq: 4 },
      ],
      note: "handoff restated",
    });
    const content = (requests[0]?.body as { content: Record<string, unknown> } | undefined)?.content ?? {};
    expect(content.amends).toEqual({ recordKey: `0x${"ab".repeat(32)}`, seq: 0 });
    expect(content.references).toEqual([
      { recordKey: `0x${"cd".repeat(32)}`, seq: 2 },
      { recordKey: `0x${"ef".repeat(32)}`, seq: 4 },
    ]);
  });

  it("refuses an entry below 1 (and a reference with no entry) before anything is sent", async () => {
    const { pac, requests } = clientWith([]);
    const key = `0x${"ab".repeat(32)}`;
    await expect(pac.records.emit({ ...emitInput, amends: { recordKey: key, entry: 0 } })).rejects.toThrow(
      "amends.entry is 0. Entries count from 1: the first entry is entry 1. (The HTTP API's seq counts the same positions from 0.)",
    );
    await expect(
      pac.records.emit({ ...emitInput, references: [{ recordKey: key, entry: true as unknown as number }] }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      pac.records.emit({ ...emitInput, amends: { recordKey: key } as never }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(pac.records.receipt("build-1", 0)).rejects.toBeInstanceOf(ValidationError);
    await expect(pac.records.history("build-1", { fromEntry: 0 })).rejects.toBeInstanceOf(ValidationError);
    // Iterated rather than awaited: the error reaches the loop, and no rejection is left unhandled.
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const walk = async () => {
        for await (const _ of pac.records.history("build-1", { fromEntry: 0 })) break;
      };
      await expect(walk()).rejects.toBeInstanceOf(ValidationError);
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
    expect(unhandled).toEqual([]);
    await expect(
      pac.records.check({ receipts: [] }, { expect: [{ entry: 0, payloads: [] }] }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      pac.records.emit({
        ...emitInput,
        payloads: [{ alg: "md5" as "sha-256", digest: "x", byteLength: "1" }],
      }),
    ).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    expect(requests).toEqual([]);
  });

  it("addresses receipts and history windows by seq on the wire", async () => {
    const { pac, requests } = clientWith([
      envelope({ receipt: { seq: 0, status: "committed", receiptId: "anc_1", recordContent: emitInput } }),
      bare({ schema: "record-history-bundle/v1", recordKey: "0xab", receipts: [], entries: [] }),
    ]);
    await pac.records.receipt("build-1", 1);
    expect(requests[0]?.path).toBe("/api/v1/records/machine-action-record/build-1/receipts/0");
    await pac.records.history("build-1", { fromEntry: 2, toEntry: 5 });
    expect(requests[1]?.path).toBe("/api/v1/records/machine-action-record/build-1/history");
    expect(requests[1]?.query).toEqual({ fromSeq: "1", toSeq: "4" });
  });

  it("encodes the record id and a custom record type in the path", async () => {
    const { pac, requests } = clientWith([envelope({ receipt: {} })]);
    await pac.records.receipt("build/1 a", 2, { recordType: "deploy-record" });
    expect(requests[0]?.path).toBe("/api/v1/records/deploy-record/build%2F1%20a/receipts/1");
  });

  it("follows x-next-from-seq across pages when iterated, keeping the window's toSeq", async () => {
    const page = (seqs: number[], next?: string) =>
      bare(
        {
          schema: "record-history-bundle/v1",
          recordKey: "0xab",
          receipts: [],
          entries: seqs.map((seq) => ({ seq, status: "queued" })),
        },
        next ? { "x-next-from-seq": next } : {},
      );
    const { pac, requests } = clientWith([page([0, 1], "2"), page([2, 3], "4"), page([4])]);
    const seen: number[] = [];
    for await (const entry of pac.records.history("build-1", { toEntry: 5 })) seen.push(entry.seq);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(requests.map((request) => request.query)).toEqual([
      { toSeq: "4" },
      { fromSeq: "2", toSeq: "4" },
      { fromSeq: "4", toSeq: "4" },
    ]);
  });

  it("maps a 404 for an entry that has not committed to NotFoundError", async () => {
    const { pac } = clientWith([
      new Response(
        JSON.stringify({ success: false, error: { code: "NOT_FOUND", message: "not committed" } }),
        {
          status: 404,
          headers: { "content-type": "application/json" },
        },
      ),
    ]);
    await expect(pac.records.receipt("build-1", 1)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("records.check (PacSpace/python-sdk tests/test_sdk.py)", () => {
  it("speaks entry numbers and reports an expected fingerprint (test_check_speaks_entry_numbers)", async () => {
    const { pac } = clientWith([]);
    const result = await pac.records.check(
      {
        schema: "record-history-bundle/v1",
        receipts: [
          {
            seq: 0,
            status: "committed",
            recordContent: { payloads: [{ alg: "sha-256", digest: DIGEST_AA, byteLength: "1" }] },
          },
        ],
        entries: [{ seq: 0, status: "committed" }],
      },
      { expect: [{ entry: 1, payloads: [{ alg: "sha-256", digest: DIGEST_AA, byteLength: "1" }] }] },
    );
    expect(result.entries[0]?.entry).toBe(1);
    expect(result.entries[0]?.expected).toBe(true);
    expect(result).toMatchObject({ ok: true, chainChecked: false, sourceChecked: false });
  });

  it("fails on a failed entry with the schema check (test_check_failed_entry)", async () => {
    const { pac } = clientWith([]);
    const result = await pac.records.check({
      schema: "record-history-bundle/v1",
      receipts: [],
      entries: [
        {
          seq: 0,
          status: "failed",
          code: "RECORD_GENESIS_MISMATCH",
          sentence: "A record opens with recorded; amended and closed come after it.",
        },
      ],
    });
    expect(result.ok).toBe(false);
    expect(result.failedCheck).toBe("schema");
    expect(result.entries[0]?.status).toBe("failed");
    expect(result.reason).toBe("A record opens with recorded; amended and closed come after it.");
  });

  it("reports a fingerprint that was not committed as semantic, and bytes that do not match as source", async () => {
    const { pac } = clientWith([]);
    const history = {
      receipts: [
        {
          seq: 0,
          status: "committed",
          recordContent: { payloads: [{ alg: "sha-256", digest: DIGEST_AA, byteLength: "1" }] },
        },
      ],
    };
    const missing = await pac.records.check(history, {
      expect: [{ entry: 1, payloads: [{ alg: "sha-256", digest: "bb".repeat(32), byteLength: "1" }] }],
    });
    expect(missing).toMatchObject({ ok: false, failedCheck: "semantic" });
    const bytes = await pac.records.check(history, {
      source: [{ entry: 1, payloads: [new Uint8Array([1])] }],
    });
    expect(bytes).toMatchObject({ ok: false, failedCheck: "source", sourceChecked: true });
    expect(bytes.entries[0]?.sourceMatched).toBe(false);
    const absent = await pac.records.check(history, {
      source: [{ entry: 2, payloads: [new Uint8Array([1])] }],
    });
    expect(absent.failedCheck).toBe("source");
  });

  it("fails on entries out of order and on a history with nothing committed", async () => {
    const { pac } = clientWith([]);
    const swapped = await pac.records.check({
      entries: [
        { seq: 1, status: "committed" },
        { seq: 0, status: "committed" },
      ],
    });
    expect(swapped.failedCheck).toBe("sequence");
    const queued = await pac.records.check({ entries: [{ seq: 0, status: "queued" }] });
    expect(queued).toMatchObject({ ok: false, failedCheck: "schema", reason: "No committed entries." });
    await expect(pac.records.check(null as never)).rejects.toBeInstanceOf(ValidationError);
  });
});
