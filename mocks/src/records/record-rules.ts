import type { RecordEntry, RecordEntryRef, RecordLog } from "./record-types.js";

/** Why an entry cannot commit: the code and sentence its history row and `record.failed` carry. */
export interface RecordRuleBreach {
  code: string;
  sentence: string;
}

/** Finds whether `ref` names a committed entry of any record of the same environment. */
export type CommittedLookup = (ref: RecordEntryRef) => boolean;

/**
 * The lifecycle rules, checked when an entry commits against the entries committed before it
 * in its record: a record opens with `recorded` (once), `amended` names what it amends,
 * nothing follows `closed`, and every named entry has committed.
 */
export function lifecycleBreach(
  log: RecordLog,
  entry: RecordEntry,
  isCommitted: CommittedLookup,
): RecordRuleBreach | null {
  const { lifecycle, content } = entry;
  if (log.lastCommitted === "closed") {
    return { code: "RECORD_CLOSED", sentence: "The record is closed; nothing follows closed." };
  }
  if (log.lastCommitted === null && lifecycle !== "recorded") {
    return {
      code: "RECORD_GENESIS_MISMATCH",
      sentence: "A record opens with recorded; amended and closed come after it.",
    };
  }
  if (log.lastCommitted !== null && lifecycle === "recorded") {
    return {
      code: "RECORD_GENESIS_MISMATCH",
      sentence: "A record opens with recorded once; later entries are amended or closed.",
    };
  }
  if (lifecycle === "amended" && content.amends === undefined) {
    return {
      code: "RECORD_AMENDS_REQUIRED",
      sentence: "An amended entry names the entry it amends in amends.",
    };
  }
  if (lifecycle !== "amended" && content.amends !== undefined) {
    return { code: "RECORD_AMENDS_UNEXPECTED", sentence: "Only an amended entry names an entry in amends." };
  }
  const named = [...(content.amends ? [content.amends] : []), ...(content.references ?? [])];
  const unknown = named.find((ref) => !isCommitted(ref));
  if (unknown) {
    return {
      code: "RECORD_REFERENCE_UNKNOWN",
      sentence: `No committed entry ${unknown.seq} in record ${unknown.recordKey}.`,
    };
  }
  return null;
}
