import { crc32 } from "node:zlib";
import type { InitRecord } from "./journal-format.js";
import type { RecordingIdsState } from "./recording-ids.js";
import type { EncodedGraph, EncodedObject, EncodedValue } from "./snapshot-graph.js";

/**
 * The snapshot file of a state directory (`snapshot.log`), also what `GET /__mock/state`
 * answers: the whole mock at one instant, written in the journal's line form (`<crc32 as 8
 * hex digits> <JSON>\n`), so every line carries its own checksum:
 *
 * 1. the header: `{k: "snapshot", format, g, init, t, clock, ids}`: generation, the state's
 *    init record (what a reset goes back to), mock-clock time, clock offsets, id-stream position;
 * 2. one line per object of the state graph (`snapshot-graph.ts`), in order;
 * 3. the end: `{k: "end", objects, root}`: how many object lines came before it, and the root.
 *
 * A file without its end line, or with any damaged line, is refused as a whole.
 */

export const SNAPSHOT_FORMAT = "pacspace-mock-snapshot/1";

export interface SnapshotHeader {
  k: "snapshot";
  format: typeof SNAPSHOT_FORMAT;
  /** Generation: the journal that continues this snapshot starts with a base record of the same `g`. */
  g: number;
  init: InitRecord;
  /** Mock-clock time the snapshot was taken at. */
  t: number;
  /** Offsets of the mock clock from real time: the current one and the one a reset returns to. */
  clock: { offset: number; initialOffset: number };
  /** The id generator's seed and position, so ids and secrets continue as if nothing happened. */
  ids: RecordingIdsState | null;
}

export interface Snapshot {
  header: SnapshotHeader;
  graph: EncodedGraph;
}

export class SnapshotFormatError extends Error {
  override readonly name = "SnapshotFormatError";
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`snapshot line ${line}: ${message}`);
  }
}

function line(value: unknown): string {
  const json = JSON.stringify(value);
  return `${crc32(json).toString(16).padStart(8, "0")} ${json}\n`;
}

/** The snapshot as text, in pieces (one per line) so a large state need not be one string. */
export function* snapshotLines(snapshot: Snapshot): Generator<string> {
  yield line(snapshot.header);
  for (const object of snapshot.graph.objects) yield line(object);
  yield line({ k: "end", objects: snapshot.graph.objects.length, root: snapshot.graph.root });
}

export function snapshotText(snapshot: Snapshot): string {
  return [...snapshotLines(snapshot)].join("");
}

/** Whether `text` looks like a snapshot (rather than a journal). */
export function isSnapshotText(text: string): boolean {
  return /^[0-9a-f]{8} \{"k":"snapshot"/.test(text);
}

/** Reads a snapshot; any damaged, missing or extra line throws SnapshotFormatError. */
export function parseSnapshot(text: string): Snapshot {
  let header: SnapshotHeader | null = null;
  const objects: EncodedObject[] = [];
  let end: { objects: number; root: EncodedValue } | null = null;
  let offset = 0;
  let number = 0;
  while (offset < text.length) {
    number += 1;
    const stop = text.indexOf("\n", offset);
    if (stop === -1) throw new SnapshotFormatError(number, "cut short (no line end): the file is torn");
    const value = checkedJson(text.slice(offset, stop), number);
    offset = stop + 1;
    if (end !== null) throw new SnapshotFormatError(number, "a line after the end record");
    if (header === null) {
      header = readHeader(value, number);
    } else if (isEnd(value)) {
      if (value.objects !== objects.length) {
        throw new SnapshotFormatError(
          number,
          `the end record counts ${value.objects} objects, the file has ${objects.length}`,
        );
      }
      end = value;
    } else if (Array.isArray(value) && typeof value[0] === "string") {
      objects.push(value as EncodedObject);
    } else {
      throw new SnapshotFormatError(number, "not a snapshot object");
    }
  }
  if (header === null) throw new SnapshotFormatError(1, "the snapshot is empty");
  if (end === null) throw new SnapshotFormatError(number + 1, "the end record is missing: the file is torn");
  return { header, graph: { root: end.root, objects } };
}

function checkedJson(text: string, number: number): unknown {
  const match = /^([0-9a-f]{8}) (.*)$/.exec(text);
  if (!match) throw new SnapshotFormatError(number, "not a `<crc32> <json>` line");
  const [, checksum, json] = match as unknown as [string, string, string];
  if (crc32(json).toString(16).padStart(8, "0") !== checksum) {
    throw new SnapshotFormatError(number, "checksum mismatch (torn or damaged)");
  }
  try {
    return JSON.parse(json);
  } catch {
    throw new SnapshotFormatError(number, "not valid JSON");
  }
}

function readHeader(value: unknown, number: number): SnapshotHeader {
  const header = value as Partial<SnapshotHeader> | null;
  if (header?.k !== "snapshot" || header.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotFormatError(number, `the first record must be the ${SNAPSHOT_FORMAT} header`);
  }
  const clock = header.clock as Partial<SnapshotHeader["clock"]> | undefined;
  if (
    !Number.isInteger(header.g) ||
    typeof header.t !== "number" ||
    typeof clock?.offset !== "number" ||
    typeof clock.initialOffset !== "number" ||
    header.init?.k !== "init" ||
    !Array.isArray(header.init.i)
  ) {
    throw new SnapshotFormatError(number, "the header lacks g, t, clock or init");
  }
  return header as SnapshotHeader;
}

function isEnd(value: unknown): value is { k: "end"; objects: number; root: EncodedValue } {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    (value as { k?: unknown }).k === "end"
  );
}
