/**
 * Records: `fingerprint()` against bare `node:crypto` SHA-256 over the same 100 MB (goal:
 * at least 0.8× its throughput, i.e. at most 1.25× its time), and `records.check` over a
 * history of 10^5 committed entries against reading that history once through
 * `pac.records.history(…).pages()` from an in-process fetch serving its 1,000 pages (goal:
 * check ≤ 1.5× the read, medians of 5 interleaved rounds).
 */
import { createHash, randomBytes } from "node:crypto";
import { PacSpace } from "../src/client.js";
import { ZERO_HASH } from "../src/core/hex.js";
import { recordContentHash, recordReceiptHash } from "../src/core/record-chain.js";
import { fingerprint } from "../src/fingerprint.js";
import { checkRecordHistory } from "../src/records/check.js";
import type { RecordHistoryBundle, RecordLifecycle, RecordReceipt } from "../src/records/types.js";
import { compare, format, goal, heading, line, type Timing } from "./harness.js";

const MEGABYTE = 1 << 20;
const FINGERPRINT_MB = 100;
const ENTRIES = 100_000;
const PAGE = 100;
const RECORD_KEY = `0x${"5a".repeat(32)}`;

async function benchFingerprint(): Promise<void> {
  heading(`fingerprint over ${FINGERPRINT_MB} MB (1 MB chunks)`);
  const chunk = randomBytes(MEGABYTE);
  function* chunks() {
    for (let i = 0; i < FINGERPRINT_MB; i++) yield chunk;
  }
  const [bare, print] = (await compare(
    [
      {
        name: "bare node:crypto sha256",
        run: () => {
          const hash = createHash("sha256");
          for (const part of chunks()) hash.update(part);
          return hash.digest("hex");
        },
      },
      { name: "fingerprint(iterable of chunks)", run: () => fingerprint(chunks()) },
    ],
    { rounds: 5, warmup: 1 },
  )) as [Timing, Timing];
  console.log(line(bare, FINGERPRINT_MB));
  console.log(line(print, FINGERPRINT_MB, bare));
  goal("fingerprint time / bare node:crypto time (≥ 0.8× throughput)", print.bestMs / bare.bestMs, 1.25);
}

/** A valid history: entry 0 recorded, then amendments of entry 0, each receipt chained to the last. */
function makeHistory(count: number): RecordHistoryBundle {
  const receipts: RecordReceipt[] = [];
  let previous: string = ZERO_HASH;
  for (let seq = 0; seq < count; seq++) {
    const lifecycle: RecordLifecycle = seq === 0 ? "recorded" : "amended";
    const recordContent = {
      title: `Agent step ${seq}`,
      occurredAt: "2026-04-15T12:00:00Z",
      actorId: "agent-7",
      payloads: [
        { alg: "sha-256" as const, digest: seq.toString(16).padStart(64, "0"), byteLength: String(seq) },
      ],
      ...(seq === 0 ? {} : { amends: { recordKey: RECORD_KEY, seq: 0 } }),
    };
    const contentHash = recordContentHash(lifecycle, recordContent);
    const committedAt = new Date(Date.UTC(2026, 3, 15, 12) + seq).toISOString();
    const receiptHash = recordReceiptHash({
      recordKey: RECORD_KEY,
      seq,
      lifecycle,
      contentHash,
      previousReceiptHash: previous,
      committedAt,
    });
    receipts.push({
      seq,
      status: "committed",
      receiptId: `anc_bench_${seq}`,
      recordKey: RECORD_KEY,
      lifecycle,
      recordContent,
      contentHash,
      previousReceiptHash: previous,
      receiptHash,
      committedAt,
    } as RecordReceipt);
    previous = receiptHash;
  }
  return {
    schema: "record-history-bundle/v1",
    recordKey: RECORD_KEY,
    fromSeq: 0,
    receipts,
    entries: receipts.map((receipt) => ({
      seq: receipt.seq,
      status: "committed",
      receiptId: receipt.receiptId,
    })),
  };
}

async function benchCheck(): Promise<void> {
  heading(`records.check over ${ENTRIES.toLocaleString("en-US")} entries`);
  const history = makeHistory(ENTRIES);
  const pages: string[] = [];
  for (let from = 0; from < ENTRIES; from += PAGE) {
    pages.push(
      JSON.stringify({
        ...history,
        fromSeq: from,
        receipts: history.receipts.slice(from, from + PAGE),
        entries: history.entries.slice(from, from + PAGE),
      }),
    );
  }
  const serve: typeof fetch = async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const from = Number(url.searchParams.get("fromSeq") ?? 0);
    const next = from + PAGE < ENTRIES ? { "x-next-from-seq": String(from + PAGE) } : undefined;
    return new Response(pages[from / PAGE], { headers: { "content-type": "application/json", ...next } });
  };
  const pac = new PacSpace({
    apiKey: "pk_test_bench01.c2VjcmV0LWJlbmNoLWtleQ",
    baseUrl: "https://api.pacspace.test",
    fetch: serve,
    signRequests: false,
  });
  const read = async () => {
    let entries = 0;
    for await (const page of pac.records.history("bench").pages()) entries += page.entries.length;
    return entries;
  };
  const [reading, checking] = (await compare(
    [
      { name: "read the history once (1,000 pages)", run: read },
      {
        name: "records.check(history)",
        run: async () => {
          const verdict = await checkRecordHistory(history);
          if (!verdict.ok) throw new Error(`the bench history failed its check: ${verdict.reason}`);
          return verdict;
        },
      },
    ],
    { rounds: 5, warmup: 1 },
  )) as [Timing, Timing];
  console.log(line(reading, ENTRIES));
  console.log(line(checking, ENTRIES, reading));
  console.log(`  medians: read ${format(reading.medianMs)} ms, check ${format(checking.medianMs)} ms`);
  goal(
    "records.check(10^5 entries) / reading the history once (medians)",
    checking.medianMs / reading.medianMs,
    1.5,
  );
}

export async function benchRecords(): Promise<void> {
  await benchFingerprint();
  await benchCheck();
}
