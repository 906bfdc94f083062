import { describe, expect, it } from "vitest";
import { lifecycleBreach } from "./record-rules.js";
import type { RecordEntry, RecordLifecycle, RecordLog } from "./record-types.js";

const KEY = `0x${"ab".repeat(32)}`;

function log(lastCommitted: RecordLifecycle | null): RecordLog {
  return {
    scope: { tenantId: "t", environment: "sandbox" },
    recordType: "machine-action-record",
    entityId: "r",
    recordKey: KEY,
    entries: [],
    byReferenceId: new Map(),
    settledUpTo: 0,
    headReceiptHash: `0x${"0".repeat(64)}`,
    lastCommitted,
  };
}

function entry(lifecycle: RecordLifecycle, extra: Partial<RecordEntry["content"]> = {}): RecordEntry {
  return {
    seq: 1,
    receiptId: "anc_x_1",
    referenceId: null,
    lifecycle,
    content: { title: "t", occurredAt: "2026-04-15T12:00:00Z", actorId: "a", payloads: [], ...extra },
    requestIdentity: "",
    status: "queued",
    dueAt: 0,
  };
}

const committed = () => true;
const nothingCommitted = () => false;
const amends = { recordKey: KEY, seq: 0 };

describe("lifecycleBreach", () => {
  it("lets a record open with recorded, then amended and closed", () => {
    expect(lifecycleBreach(log(null), entry("recorded"), committed)).toBeNull();
    expect(lifecycleBreach(log("recorded"), entry("amended", { amends }), committed)).toBeNull();
    expect(lifecycleBreach(log("amended"), entry("closed"), committed)).toBeNull();
  });

  it.each([
    ["opening with amended", log(null), entry("amended", { amends }), "RECORD_GENESIS_MISMATCH"],
    ["opening with closed", log(null), entry("closed"), "RECORD_GENESIS_MISMATCH"],
    ["recorded twice", log("recorded"), entry("recorded"), "RECORD_GENESIS_MISMATCH"],
    ["amended without amends", log("recorded"), entry("amended"), "RECORD_AMENDS_REQUIRED"],
    ["amends on closed", log("recorded"), entry("closed", { amends }), "RECORD_AMENDS_UNEXPECTED"],
    ["anything after closed", log("closed"), entry("amended", { amends }), "RECORD_CLOSED"],
  ])("refuses %s", (_name, record, candidate, code) => {
    expect(lifecycleBreach(record, candidate, committed)?.code).toBe(code);
  });

  it("refuses amends and references that name no committed entry", () => {
    expect(lifecycleBreach(log("recorded"), entry("amended", { amends }), nothingCommitted)?.code).toBe(
      "RECORD_REFERENCE_UNKNOWN",
    );
    const referring = entry("closed", { references: [{ recordKey: KEY, seq: 5 }] });
    expect(lifecycleBreach(log("recorded"), referring, (ref) => ref.seq !== 5)).toMatchObject({
      code: "RECORD_REFERENCE_UNKNOWN",
      sentence: `No committed entry 5 in record ${KEY}.`,
    });
  });
});
