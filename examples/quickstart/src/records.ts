import { fingerprint, PacSpace } from "@pacspace/sdk";

/**
 * The quickstart's records section: an agent's action recorded with the fingerprint of what
 * it produced, amended when the agent restates it, and the record's history checked offline,
 * including that the bytes kept locally are the ones that were committed.
 */

export interface RecordsWalkthroughOptions {
  baseUrl: string;
  apiKey: string;
  print: (line: string) => void;
}

export interface RecordsWalkthroughResult {
  entries: number;
  historyValid: boolean;
  alteredReportValid: boolean;
}

const RECORD = "agent-run-2026-11-03";

export async function runRecordsWalkthrough({
  baseUrl,
  apiKey,
  print,
}: RecordsWalkthroughOptions): Promise<RecordsWalkthroughResult> {
  const pac = new PacSpace({ apiKey, baseUrl });
  print("\n── 7. An agent's action is recorded, amended, and its history checked (Records API)");

  const report = new TextEncoder().encode("refund 12 EUR to cust_globex: duplicate charge on 2026-11-03\n");
  const reportFingerprint = await fingerprint(report);
  const recorded = await pac.records.emit({
    record: RECORD,
    title: "Refund issued",
    occurredAt: "2026-11-03T10:15:00Z",
    actorId: "billing-agent",
    instructedBy: "ops@vendor.example",
    payloads: [reportFingerprint],
    referenceId: "refund-1103",
  });
  print(
    `emit recorded  → ${recorded.receiptId} ${recorded.status}, payload sha-256 ${reportFingerprint.digest.slice(0, 12)}…`,
  );

  const corrected = new TextEncoder().encode(
    "refund 12.50 EUR to cust_globex: duplicate charge on 2026-11-03\n",
  );
  const amended = await pac.records.emit({
    record: RECORD,
    lifecycle: "amended",
    title: "Refund amount corrected",
    occurredAt: "2026-11-03T10:20:00Z",
    actorId: "billing-agent",
    payloads: [await fingerprint(corrected)],
    amends: { recordKey: recorded.recordKey, entry: 1 },
    note: "the first report rounded the amount",
    referenceId: "refund-1103-fix",
  });
  print(`emit amended   → ${amended.receiptId} ${amended.status}, amends entry 1`);

  const history = await waitUntilCommitted(pac, 2);
  const check = await pac.records.check(history, {
    source: [
      { entry: 1, payloads: [report] },
      { entry: 2, payloads: [corrected] },
    ],
  });
  print(
    `records.check of the history → ok ${check.ok} (chain checked ${check.chainChecked}, bytes checked ${check.sourceChecked})`,
  );

  const altered = report.slice();
  altered[8] = 0x39; // "12" becomes "19"
  const tampered = await pac.records.check(history, { source: [{ entry: 1, payloads: [altered] }] });
  print(`same check with one byte of the report changed → ok ${tampered.ok} (${tampered.reason})`);

  return { entries: history.entries.length, historyValid: check.ok, alteredReportValid: tampered.ok };
}

async function waitUntilCommitted(pac: PacSpace, count: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const history = await pac.records.historyBundle(RECORD);
    if (history.entries.length >= count && history.entries.every((row) => row.status !== "queued"))
      return history;
    if (Date.now() > deadline) throw new Error(`${RECORD} still had queued entries after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
