import { crc32 } from "node:zlib";
import type { RecordingIdsState } from "./recording-ids.js";

/**
 * The journal's line format: `<crc32 as 8 hex digits> <JSON of the record>\n`. JSON text
 * never holds a raw newline, so a line is a record; the checksum catches a record cut short
 * or damaged on disk. The first record is the journal's head: `init` (the state from its
 * start) or `base` (the state continues the snapshot of the same generation `g`).
 */

export const STATE_FORMAT = "pacspace-mock-state/1";

/** First record of every journal: the mock as it was built, before any request. */
export interface InitRecord {
  k: "init";
  format: typeof STATE_FORMAT;
  /** Mock-clock time the mock was built at. */
  t: number;
  /** Offset of the mock clock from real time when the state began, in ms. */
  offset: number;
  /** Ids and secrets drawn while the mock was built (default tenant, seed scenario), in order. */
  i: string[];
  /** Generation (absent: 0); a reset starts a new one. */
  g?: number;
  /** Where the id streams stood before the build, so a replay from here continues them exactly. */
  ids?: RecordingIdsState | null;
}

/** First record of a journal that continues the snapshot of generation `g`. */
export interface BaseRecord {
  k: "base";
  format: typeof STATE_FORMAT;
  g: number;
}

export type JournalHead = InitRecord | BaseRecord;

/** The generation a journal head belongs to. */
export function generationOf(head: JournalHead): number {
  return head.g ?? 0;
}

/** An accepted write request, as received, with the mock-clock time it was applied at. */
export interface RequestRecord {
  k: "req";
  t: number;
  /** Method. */
  m: string;
  /** Path and query. */
  u: string;
  /** Headers, as name/value pairs (connection headers left out). */
  h: string[];
  /** Body as UTF-8 text, or base64 (`b64`) when it is not valid UTF-8; absent without a body. */
  b?: string;
  b64?: string;
  /** Ids and secrets the request drew, in order. */
  i: string[];
}

/** Verification (or other clock-driven work) settled at `t` without a write request. */
export interface TickRecord {
  k: "tick";
  t: number;
  i: string[];
}

export type JournalRecord = RequestRecord | TickRecord;

export function encodeLine(record: JournalHead | JournalRecord): string {
  const json = JSON.stringify(record);
  return `${crc32(json).toString(16).padStart(8, "0")} ${json}\n`;
}

export interface ParsedJournal {
  head: JournalHead;
  records: JournalRecord[];
  /** Bytes of the intact prefix (everything up to the first bad line). */
  validBytes: number;
  /** Why the rest was dropped (a torn or damaged line), or null when every line was intact. */
  dropped: { line: number; reason: string } | null;
}

export class JournalFormatError extends Error {
  override readonly name = "JournalFormatError";
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
  }
}

/**
 * Reads a journal. `tolerant` (reading the state directory at start): a bad line and
 * everything after it are dropped and reported in `dropped`, since only the last append can
 * be torn by a crash. Strict (an import): any bad line throws JournalFormatError.
 */
export function parseJournal(text: string, tolerant: boolean): ParsedJournal {
  const records: JournalRecord[] = [];
  let init: JournalHead | null = null;
  let offset = 0;
  let line = 0;
  let dropped: ParsedJournal["dropped"] = null;
  while (offset < text.length) {
    line += 1;
    const end = text.indexOf("\n", offset);
    const problem =
      end === -1 ? "the last record is cut short (no line end)" : checkLine(text.slice(offset, end));
    if (typeof problem === "string") {
      if (!tolerant || init === null) throw new JournalFormatError(line, problem);
      dropped = { line, reason: problem };
      break;
    }
    if (init === null) {
      if ((problem.k !== "init" && problem.k !== "base") || problem.format !== STATE_FORMAT) {
        throw new JournalFormatError(
          line,
          `the first record must be the ${STATE_FORMAT} init or base record`,
        );
      }
      init = problem;
    } else if (problem.k === "req" || problem.k === "tick") {
      records.push(problem);
    } else {
      const reason = `unknown record kind ${JSON.stringify(problem.k)}`;
      if (!tolerant) throw new JournalFormatError(line, reason);
      dropped = { line, reason };
      break;
    }
    offset = (end as number) + 1;
  }
  if (init === null) throw new JournalFormatError(1, "the journal is empty");
  return { head: init, records, validBytes: Buffer.byteLength(text.slice(0, offset)), dropped };
}

function checkLine(line: string): string | JournalHead | JournalRecord {
  const match = /^([0-9a-f]{8}) (.*)$/.exec(line);
  if (!match) return "not a `<crc32> <json>` line";
  const [, checksum, json] = match as unknown as [string, string, string];
  if (crc32(json).toString(16).padStart(8, "0") !== checksum) return "checksum mismatch (torn or damaged)";
  let record: unknown;
  try {
    record = JSON.parse(json);
  } catch {
    return "not valid JSON";
  }
  if (!isRecord(record)) return "not a journal record";
  return record;
}

function isRecord(value: unknown): value is JournalHead | JournalRecord {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  const ids = Array.isArray(record.i) && record.i.every((id) => typeof id === "string");
  const generation = record.g === undefined || Number.isInteger(record.g);
  if (record.k === "init") {
    return ids && generation && typeof record.offset === "number" && typeof record.t === "number";
  }
  if (record.k === "base") return Number.isInteger(record.g);
  if (record.k === "tick") return ids && typeof record.t === "number";
  if (record.k === "req") {
    return (
      ids &&
      typeof record.t === "number" &&
      typeof record.m === "string" &&
      typeof record.u === "string" &&
      Array.isArray(record.h) &&
      record.h.every((part) => typeof part === "string")
    );
  }
  return typeof record.k === "string";
}
