import { ValidationError } from "../errors.js";
import type { RecordEntryRef } from "./types.js";

/**
 * Entries are counted from 1 in this SDK, as the official SDK 0.4 and the docs pages count
 * them; the HTTP API's `seq` counts the same positions from 0 (`seq = entry − 1`).
 */
export function seqOfEntry(entry: unknown, field: string): number {
  if (typeof entry !== "number" || !Number.isSafeInteger(entry) || entry < 1) {
    throw new ValidationError(
      `${field} is ${String(entry)}. Entries count from 1: the first entry is entry 1. (The HTTP API's seq counts the same positions from 0.)`,
      { details: [{ path: field, message: "must be an integer ≥ 1" }] },
    );
  }
  return entry - 1;
}

/** An entry named by `{recordKey, entry}` (from 1) or by `{recordKey, seq}` (from 0), as the wire's `{recordKey, seq}`. */
export type EntryRefInput = { recordKey: string; entry: number } | { recordKey: string; seq: number };

export function wireRef(ref: EntryRefInput, field: string): RecordEntryRef {
  if ("entry" in ref && ref.entry !== undefined)
    return { recordKey: ref.recordKey, seq: seqOfEntry(ref.entry, `${field}.entry`) };
  if ("seq" in ref && ref.seq !== undefined) return { recordKey: ref.recordKey, seq: ref.seq };
  throw new ValidationError(`${field} names no entry. Give entry (counted from 1) with the recordKey.`, {
    details: [{ path: `${field}.entry`, message: "is required" }],
  });
}
