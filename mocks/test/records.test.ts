import { PacSpace } from "@pacspace/sdk";
import { describe, expect, it } from "vitest";
import type { LedgerEvent } from "../src/index.js";
import { BASE_URL, createTestMock } from "./support/harness.js";

const PATH = "/api/v1/records/machine-action-record/build-1";
const DIGEST = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

const content = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  occurredAt: "2026-04-15T12:00:00Z",
  actorId: "agent-7",
  payloads: [{ alg: "sha-256", digest: DIGEST, byteLength: "5" }],
  ...extra,
});

function sdkOf(mock: ReturnType<typeof createTestMock>) {
  return new PacSpace({ apiKey: mock.pacspace.apiKey, baseUrl: BASE_URL, maxRetries: 0 });
}

describe("Records API on the mock", () => {
  it("accepts an entry QUEUED and commits it at once in immediate mode, with a chained receipt", async () => {
    const { api } = createTestMock({ verification: "immediate" });
    const created = await api("POST", `${PATH}/transitions`, {
      body: { lifecycle: "recorded", referenceId: "build-1:t", content: content("Build passed") },
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      recordType: "machine-action-record",
      entityId: "build-1",
      seq: 0,
      status: "QUEUED",
      recordKey: expect.stringMatching(/^0x[0-9a-f]{64}$/),
    });
    const { receipt } = (await api("GET", `${PATH}/receipts/0`)).body.data;
    expect(receipt).toMatchObject({
      seq: 0,
      status: "committed",
      receiptId: created.body.data.receiptId,
      previousReceiptHash: `0x${"0".repeat(64)}`,
      recordContent: content("Build passed"),
    });
  });

  it("commits after the delay on the mock clock, and only on /__mock/verify in manual mode", async () => {
    const delayed = createTestMock({ verification: "delay:1000" });
    await delayed.api("POST", `${PATH}/transitions`, { body: { content: content("a") } });
    expect((await delayed.api("GET", `${PATH}/receipts/0`)).status).toBe(404);
    delayed.pacspace.clock.advance(1000);
    expect((await delayed.api("GET", `${PATH}/receipts/0`)).status).toBe(200);

    const manual = createTestMock({ verification: "manual" });
    await manual.api("POST", `${PATH}/transitions`, { body: { content: content("a") } });
    manual.pacspace.clock.advance(60_000);
    expect((await manual.api("GET", `${PATH}/history`)).body.entries[0].status).toBe("queued");
    await manual.api("POST", "/__mock/verify", { body: {} });
    expect((await manual.api("GET", `${PATH}/history`)).body.entries[0].status).toBe("committed");
  });

  it("fails entries that break the lifecycle, with the code and sentence, and keeps them out of the chain", async () => {
    const { api } = createTestMock({ verification: "immediate" });
    const post = (body: unknown, path = PATH) => api("POST", `${path}/transitions`, { body });
    await post({ lifecycle: "amended", content: content("too early") });
    const opened = await post({ lifecycle: "recorded", content: content("opened") });
    const key = opened.body.data.recordKey;
    await post({ lifecycle: "recorded", content: content("opened twice") });
    await post({ lifecycle: "amended", content: content("amends nothing") });
    await post({ lifecycle: "closed", content: content("closes", { amends: { recordKey: key, seq: 1 } }) });
    await post({
      lifecycle: "amended",
      content: content("unknown ref", { amends: { recordKey: key, seq: 9 } }),
    });
    await post({
      lifecycle: "amended",
      content: content("restated", { amends: { recordKey: key, seq: 1 } }),
    });
    await post({ lifecycle: "closed", content: content("closed") });
    await post({
      lifecycle: "amended",
      content: content("after close", { amends: { recordKey: key, seq: 1 } }),
    });
    const history = (await api("GET", `${PATH}/history`)).body;
    expect(history.entries.map((row: { status: string; code?: string }) => row.code ?? row.status)).toEqual([
      "RECORD_GENESIS_MISMATCH",
      "committed",
      "RECORD_GENESIS_MISMATCH",
      "RECORD_AMENDS_REQUIRED",
      "RECORD_AMENDS_UNEXPECTED",
      "RECORD_REFERENCE_UNKNOWN",
      "committed",
      "committed",
      "RECORD_CLOSED",
    ]);
    expect(history.entries[0].sentence).toBe(
      "A record opens with recorded; amended and closed come after it.",
    );
    expect(history.receipts.map((receipt: { seq: number }) => receipt.seq)).toEqual([1, 6, 7]);
    expect(history.receipts[1].previousReceiptHash).toBe(history.receipts[0].receiptHash);
  });

  it("references must name committed entries of any record of the environment", async () => {
    const { api } = createTestMock({ verification: "immediate" });
    const other = await api("POST", "/api/v1/records/machine-action-record/other/transitions", {
      body: { content: content("other") },
    });
    const ref = { recordKey: other.body.data.recordKey, seq: 0 };
    await api("POST", `${PATH}/transitions`, { body: { content: content("refers", { references: [ref] }) } });
    expect((await api("GET", `${PATH}/history`)).body.entries[0].status).toBe("committed");
  });

  it("treats referenceId as the idempotency key: same body answers the same entry, another body is 409", async () => {
    const { api } = createTestMock({ verification: "manual" });
    const body = { referenceId: "r-1", content: content("once") };
    const first = await api("POST", `${PATH}/transitions`, { body });
    const again = await api("POST", `${PATH}/transitions`, { body });
    expect(again.body.data).toMatchObject({ receiptId: first.body.data.receiptId, seq: 0, idempotent: true });
    const clash = await api("POST", `${PATH}/transitions`, { body: { ...body, content: content("twice") } });
    expect(clash.status).toBe(409);
    expect(clash.body.error).toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
      details: [{ path: "/referenceId" }],
    });
    expect((await api("GET", `${PATH}/history`)).body.entries).toHaveLength(1);
  });

  it("refuses malformed content with 400 and the offending field, appending nothing", async () => {
    const { api } = createTestMock();
    const bad = await api("POST", `${PATH}/transitions`, {
      body: { content: { ...content("x"), payloads: [{ alg: "md5", digest: "zz", byteLength: "1" }] } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toContain("/content/payloads/0/alg");
    expect((await api("GET", `${PATH}/history`)).status).toBe(404);
    expect((await api("GET", `${PATH}/receipts/x`)).status).toBe(400);
  });

  it("pages the history by x-next-from-seq, within fromSeq/toSeq", async () => {
    const { api } = createTestMock({ verification: "immediate" });
    await api("POST", `${PATH}/transitions`, { body: { content: content("open") } });
    const key = (await api("GET", `${PATH}/history`)).body.recordKey;
    for (let i = 1; i < 230; i++) {
      await api("POST", `${PATH}/transitions`, {
        body: { lifecycle: "amended", content: content(`n${i}`, { amends: { recordKey: key, seq: 0 } }) },
      });
    }
    const first = await api("GET", `${PATH}/history`);
    expect(first.body.entries).toHaveLength(100);
    expect(first.headers.get("x-next-from-seq")).toBe("100");
    const last = await api("GET", `${PATH}/history?fromSeq=200`);
    expect(last.body.entries.map((row: { seq: number }) => row.seq)).toEqual(
      Array.from({ length: 30 }, (_, i) => 200 + i),
    );
    expect(last.headers.get("x-next-from-seq")).toBeNull();
    const window = await api("GET", `${PATH}/history?fromSeq=5&toSeq=7`);
    expect(window.body.receipts.map((receipt: { seq: number }) => receipt.seq)).toEqual([5, 6, 7]);
    expect((await api("GET", `${PATH}/history?fromSeq=7&toSeq=5`)).status).toBe(400);
  });

  it("fails injected entries with record.failed, and sends record.committed for the others", async () => {
    const mock = createTestMock({ verification: "manual" });
    const events: LedgerEvent[] = [];
    mock.pacspace.ledger.onEvent((event) => events.push(event));
    const rule = await mock.api("POST", "/__mock/records/fail", {
      body: { referenceIds: ["doomed"], code: "X_FAIL" },
    });
    expect(rule.status).toBe(200);
    expect((await mock.api("POST", "/__mock/records/fail", { body: { seq: 1 } })).status).toBe(400);
    await mock.api("POST", `${PATH}/transitions`, { body: { referenceId: "doomed", content: content("a") } });
    await mock.api("POST", `${PATH}/transitions`, { body: { referenceId: "fine", content: content("b") } });
    mock.pacspace.verifyPending();
    expect(events.map((event) => [event.event, event.data.seq, event.data.code])).toEqual([
      ["record.failed", 0, "X_FAIL"],
      ["record.committed", 1, undefined],
    ]);
    expect(events[1]?.data).toMatchObject({ entityId: "build-1", itemCount: 1, status: "committed" });
  });

  it("keeps records per tenant environment, in the snapshot, and drops them on reset", async () => {
    const mock = createTestMock({ verification: "immediate" });
    const before = mock.pacspace.snapshot();
    await mock.api("POST", `${PATH}/transitions`, { body: { content: content("a") } });
    expect(mock.pacspace.snapshot()).not.toBe(before);
    const stranger = mock.pacspace.createTenant({ name: "Other" });
    expect((await mock.api("GET", `${PATH}/history`, { apiKey: stranger.apiKey })).status).toBe(404);
    mock.pacspace.reset();
    expect(mock.pacspace.snapshot()).toBe(before);
    expect((await mock.api("GET", `${PATH}/history`)).status).toBe(404);
  });

  it("gives histories that the SDK's records.check accepts, across pages", async () => {
    const mock = createTestMock({ verification: "immediate" });
    const pac = sdkOf(mock);
    const opened = await pac.records.emit({
      record: "build-1",
      title: "Build passed",
      occurredAt: "2026-04-15T12:00:00Z",
      actorId: "agent-7",
      payloads: [{ alg: "sha-256", digest: DIGEST, byteLength: "5" }],
    });
    for (let i = 0; i < 120; i++) {
      await pac.records.emit({
        record: "build-1",
        lifecycle: "amended",
        title: `step ${i}`,
        occurredAt: "2026-04-15T12:00:00Z",
        actorId: "agent-7",
        payloads: [],
        amends: { recordKey: opened.recordKey, entry: 1 },
      });
    }
    const pages = [];
    for await (const page of pac.records.history("build-1").pages()) pages.push(page.entries.length);
    expect(pages).toEqual([100, 21]);
    const bundle = await pac.records.historyBundle("build-1");
    const verdict = await pac.records.check(bundle, {
      expect: [{ entry: 1, payloads: [{ alg: "sha-256", digest: DIGEST, byteLength: "5" }] }],
      source: [{ entry: 1, payloads: [new TextEncoder().encode("hello")] }],
    });
    expect(verdict).toMatchObject({ ok: true, chainChecked: true, sourceChecked: true, failedCheck: null });
    expect((await pac.records.receipt("build-1", 121)).receipt.seq).toBe(120);
    const tampered = structuredClone(bundle);
    (tampered.receipts[3] as { recordContent: { title: string } }).recordContent.title = "edited";
    expect((await pac.records.check(tampered)).failedCheck).toBe("chain");
  });
});
