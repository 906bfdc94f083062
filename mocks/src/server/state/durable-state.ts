import { randomBytes } from "node:crypto";
import {
  closeSync,
  existsSync,
  fdatasync,
  fdatasyncSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import type { StateTransfer } from "../../handlers/control-routes.js";
import type { VerificationRun } from "../../ledger/verification/verification.js";
import { createJournalClock, type JournalClock } from "./journal-clock.js";
import {
  encodeLine,
  generationOf,
  type InitRecord,
  type JournalRecord,
  type ParsedJournal,
  parseJournal,
  type RequestRecord,
  STATE_FORMAT,
} from "./journal-format.js";
import { createRecordingIds, type RecordingIds } from "./recording-ids.js";
import {
  isSnapshotText,
  parseSnapshot,
  SNAPSHOT_FORMAT,
  type Snapshot,
  type SnapshotHeader,
  snapshotLines,
  snapshotText,
} from "./snapshot-format.js";
import { captureMockState, prepareMockState } from "./snapshot-state.js";

/**
 * Durable state of `pacspace-mock serve --state <dir>`: an append-only journal of the
 * commands that changed the mock (accepted write requests and clock-driven verification),
 * each with the mock-clock time it was applied at and the ids and secrets it drew, and a
 * snapshot of the whole mock that the journal continues. The mock is a deterministic
 * function of its snapshot and that list, so a restart loads the snapshot and replays the
 * journal's tail through the same handlers: deltas, ids, idempotency records, sessions,
 * keys, webhook endpoints, their deliveries and faults all come back.
 *
 * Units of work (a request, a clock tick) run one at a time with the clock frozen for
 * each, so the journal's order is the order they were applied in. A write's record is
 * written to the file before its answer leaves (a killed process loses nothing it
 * acknowledged); the file is flushed to disk every 100 ms (a power cut can lose those).
 * Reads, fault injection and the state routes themselves are not journaled (faults are
 * kept by snapshots).
 *
 * Compaction (every `compactEvery` records or `compactBytes` of journal, and at a graceful
 * close) writes a snapshot of generation g+1 (temporary file, fsync, rename), then
 * replaces the journal with one whose head says it continues generation g+1. A crash in
 * between leaves a journal of an older generation than the snapshot: every record in it
 * is in the snapshot, and it is dropped at start. A reset starts a new generation with a
 * journal headed by the state's init record and drops the snapshot.
 */

export const JOURNAL_FILE = "journal.log";
export const SNAPSHOT_FILE = "snapshot.log";
/** Holds the pid of the server using the directory: two servers appending to one journal would corrupt it. */
export const LOCK_FILE = "lock";
const FLUSH_EVERY_MS = 100;
export const DEFAULT_COMPACT_EVERY = 10_000;
export const DEFAULT_COMPACT_BYTES = 64 * 1024 * 1024;
const UNJOURNALED_PATHS = ["/__mock/faults", "/__mock/state"];
const UNJOURNALED_HEADERS = new Set([
  "connection",
  "content-length",
  "transfer-encoding",
  "keep-alive",
  "user-agent",
  "accept-encoding",
  // a secret of the server that received it; replay runs with the token of the server replaying
  "x-pacspace-mock-token",
]);
const utf8Strict = new TextDecoder("utf-8", { fatal: true });

/** One incoming request, as a unit of work sees it. */
export interface JournalEntry {
  method: string;
  /** Path and query. */
  target: string;
  /** Raw headers: name, value, name, value… */
  headers: string[];
  body: Buffer | null;
}

/** How a request was answered: its status and whether it was an idempotent replay; null = dropped. */
export type UnitOutcome = { status: number; replayed: boolean } | null;

/** The mock as durable state drives it. */
export interface DurableMock {
  tick(): VerificationRun;
  reset(): void;
}

/** The points of a compaction, in order (a test stops the process at one to prove a crash there loses nothing). */
export type CompactionStep =
  | "started"
  | "snapshot-written"
  | "snapshot-renamed"
  | "journal-written"
  | "journal-renamed";

export interface DurableState {
  /** What the mock is built with: the journal clock and the recording id generator. */
  readonly clock: JournalClock;
  readonly ids: RecordingIds["ids"];
  /** Builds the mock: recording its construction (a new state), fed from the journal, or loaded from the snapshot. */
  build<T extends { mock: DurableMock }>(create: () => T): T;
  /** Replays the journal's tail into the built mock; `execute` answers a request like the server does. */
  replay(mock: DurableMock, execute: (entry: JournalEntry) => Promise<unknown>): Promise<void>;
  /** Runs one request as a unit of work, journaling it when it was an accepted write. */
  handle<T>(entry: JournalEntry, answer: () => Promise<T>, outcome: (answer: T) => UnitOutcome): Promise<T>;
  /** Settles clock-driven work (the server's timer). */
  tick(): Promise<void>;
  /** Writes a snapshot and starts a new journal after it, between units of work. False when no snapshot could be taken. */
  compact(): Promise<boolean>;
  readonly transfer: StateTransfer;
  /** Compacts (when anything was journaled since the last snapshot), flushes and closes the journal. */
  close(): void;
}

export interface OpenDurableStateOptions {
  /** Seed of the id streams of a new state. */
  seed: string;
  /** Mock-clock time a new state starts at (default: now). */
  startAt?: Date | string | number | undefined;
  warn: (message: string) => void;
  /**
   * Compact after this many journal records. Without it: after 10 000 records, and not before
   * the journal holds half as many bytes as the last snapshot, so the cost of snapshots stays
   * in proportion to the writes however large the state grows.
   */
  compactEvery?: number | undefined;
  /** Compact once the journal holds this many bytes (default 64 MiB). */
  compactBytes?: number | undefined;
  /** Compact at `close()` (default true). */
  compactOnClose?: boolean | undefined;
  /** Called at each step of a compaction. */
  onCompactionStep?: ((step: CompactionStep) => void) | undefined;
}

export function openDurableState(dir: string, options: OpenDurableStateOptions): DurableState {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const lock = takeLock(join(dir, LOCK_FILE));
  removeTemporaryFiles(dir);
  const file = join(dir, JOURNAL_FILE);
  const snapshotFile = join(dir, SNAPSHOT_FILE);
  const compactEvery = positive(options.compactEvery, DEFAULT_COMPACT_EVERY, "compactEvery");
  const compactBytes = positive(options.compactBytes, DEFAULT_COMPACT_BYTES, "compactBytes");
  const proportional = options.compactEvery === undefined;
  const step = options.onCompactionStep ?? (() => {});
  let snapshot: Snapshot | null;
  let parsed: ParsedJournal | null;
  try {
    snapshot = readSnapshot(snapshotFile);
    const existing = readText(file);
    parsed = existing === null || existing === "" ? null : parseJournal(existing, true);
  } catch (error) {
    lock.release();
    throw error;
  }
  if (parsed?.dropped) {
    options.warn(
      `${file}: dropped a damaged journal tail at line ${parsed.dropped.line} (${parsed.dropped.reason}); ` +
        `only a write that was never acknowledged can be in it`,
    );
  }
  const journalGeneration = parsed ? generationOf(parsed.head) : -1;
  /** The journal's records to replay after the snapshot (or from the start). */
  let tail: JournalRecord[] = parsed?.records ?? [];
  /** The journal must be rewritten before appending (it belongs to an older generation). */
  let staleJournal = false;
  if (snapshot && journalGeneration < snapshot.header.g) {
    // a compaction stopped after its snapshot: every record of this journal is in it
    tail = [];
    staleJournal = true;
  } else if (snapshot && journalGeneration > snapshot.header.g) {
    // a reset stopped before it removed the snapshot: the journal starts over without it
    snapshot = null;
  }
  if (!snapshot && parsed?.head.k === "base") {
    lock.release();
    throw new Error(
      `${file} continues the snapshot of generation ${parsed.head.g}, but ${snapshotFile} is missing: ` +
        "restore that file, or move the journal away to start a new state",
    );
  }
  let generation = Math.max(snapshot?.header.g ?? 0, journalGeneration, 0);
  let init: InitRecord | null = snapshot?.header.init ?? (parsed?.head.k === "init" ? parsed.head : null);
  const recording = createRecordingIds(options.seed);
  const clock = createJournalClock(
    snapshot?.header.clock.initialOffset ?? init?.offset ?? startOffset(options.startAt),
  );
  let fd = openSync(file, "a+", 0o600);
  if (parsed && !staleJournal) ftruncateSync(fd, parsed.validBytes);
  let dirty = false;
  let mock: DurableMock | null = null;
  let execute: ((entry: JournalEntry) => Promise<unknown>) | null = null;
  let recordsSince = tail.length;
  /** A unit ran since the last snapshot: even a read changes bookkeeping (a key's last use, a fault's hits). */
  let touched = tail.length > 0 || staleJournal;
  let bytesSince = 0;
  /** Records after which the next compaction is tried (raised when a snapshot could not be taken). */
  let compactAt = compactEvery;
  /** Bytes of the directory's snapshot (0: none). */
  let snapshotBytes = existsSync(snapshotFile) ? statSync(snapshotFile).size : 0;
  const compactionDue = () =>
    (recordsSince >= compactAt || bytesSince >= compactBytes) &&
    (!proportional || bytesSince * 2 >= snapshotBytes);

  const append = (line: string) => {
    writeSync(fd, line);
    dirty = true;
    recordsSince += 1;
    bytesSince += Buffer.byteLength(line);
    if (compactionDue()) void serially(compactNow);
  };
  /** Replaces the whole journal (a crash leaves the old one or the new one) and appends after it. */
  const rewrite = (text: string, before?: () => void) => {
    replaceFile(file, [text], before);
    closeSync(fd);
    fd = openSync(file, "a+", 0o600);
    recordsSince = 0;
    bytesSince = 0;
    compactAt = compactEvery;
  };
  const flushTimer = setInterval(() => {
    if (!dirty) return;
    dirty = false;
    fdatasync(fd, () => {});
  }, FLUSH_EVERY_MS);
  flushTimer.unref();

  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(unit: () => Promise<T> | T): Promise<T> => {
    const run = queue.then(unit);
    queue = run.catch(() => {});
    return run;
  };

  const snapshotOf = (target: DurableMock): Snapshot => ({
    header: {
      k: "snapshot",
      format: SNAPSHOT_FORMAT,
      g: generation + 1,
      init: init as InitRecord,
      t: clock.now(),
      clock: { offset: clock.offset, initialOffset: clock.initialOffset },
      ids: recording.save(),
    },
    graph: captureMockState(target),
  });

  /** Snapshot, then a journal that continues it; false (with a warning) when the state cannot be captured. */
  const compactNow = (): boolean => {
    if (!mock || !init) return false;
    step("started");
    let next: Snapshot;
    try {
      next = snapshotOf(mock);
    } catch (error) {
      options.warn(
        `could not take a snapshot of the state (${String(error)}); the journal keeps every write`,
      );
      compactAt = recordsSince + compactEvery;
      return false;
    }
    persist(next);
    return true;
  };

  /** Writes `next` as the directory's snapshot, then a journal that continues it. */
  const persist = (next: Snapshot) => {
    replaceFile(snapshotFile, snapshotLines(next), () => step("snapshot-written"));
    step("snapshot-renamed");
    snapshotBytes = statSync(snapshotFile).size;
    rewrite(encodeLine({ k: "base", format: STATE_FORMAT, g: next.header.g }), () => step("journal-written"));
    generation = next.header.g;
    snapshot = null; // loaded already; the file holds it
    touched = false;
    step("journal-renamed");
  };

  /** Settles what came due at the current (frozen) time; journals it when anything changed. */
  const settleDue = () => {
    if (!mock) return;
    recording.startRecording();
    let run: VerificationRun | null = null;
    try {
      run = mock.tick();
    } finally {
      const drawn = recording.stopRecording();
      if ((run && changed(run)) || drawn.length > 0)
        append(encodeLine({ k: "tick", t: clock.now(), i: drawn }));
    }
  };

  /** Applies journal records to the mock, each at its recorded time with its recorded ids. */
  const apply = async (records: JournalRecord[], firstLine: number) => {
    const target = mock as DurableMock;
    for (const [index, record] of records.entries()) {
      clock.pin(record.t);
      recording.feed(record.i);
      try {
        if (record.k === "tick") target.tick();
        else await (execute as (entry: JournalEntry) => Promise<unknown>)(entryOf(record));
      } catch (error) {
        // one record that no longer applies must not keep the server from starting
        options.warn(`journal record ${index + firstLine} failed to replay: ${String(error)}`);
      } finally {
        recording.endFeed();
      }
    }
    // ids drawn from here on must be new: continue the stream only if it replayed exactly
    recording.endReplay(freshSeed(options.seed));
    clock.goLive();
  };

  /** Returns the built mock to the state's start, fed the init record's ids at its time. */
  const resetTo = (target: DurableMock, start: InitRecord) => {
    clock.pin(start.t);
    recording.feed(start.i);
    try {
      target.reset();
    } finally {
      recording.endFeed();
    }
  };

  const importSnapshot = (text: string) => {
    const imported = parseSnapshot(text);
    const target = mock as DurableMock;
    const load = prepareMockState(target, imported.graph);
    recording.reseed(freshSeed(options.seed));
    clock.restart(imported.header.init.offset);
    resetTo(target, imported.header.init);
    load();
    restorePosition(imported.header);
    init = imported.header.init;
    // the imported text is the state as it now is: it becomes the directory's snapshot
    persist({ header: { ...imported.header, g: generation + 1 }, graph: imported.graph });
    return { records: 0 };
  };

  const importJournal = async (text: string) => {
    const imported = parseJournal(text, false);
    if (imported.head.k !== "init") {
      throw Object.assign(new Error("line 1: a journal that continues a snapshot cannot be imported alone"), {
        line: 1,
      });
    }
    if (imported.head.ids) recording.load(imported.head.ids);
    else recording.reseed(freshSeed(options.seed));
    clock.restart(imported.head.offset);
    resetTo(mock as DurableMock, imported.head);
    await apply(imported.records, 2);
    const head = imported.head;
    init = {
      k: "init",
      format: STATE_FORMAT,
      t: head.t,
      offset: head.offset,
      i: head.i,
      ids: head.ids ?? null,
    };
    clock.goLive();
    if (!compactNow()) {
      // no snapshot of it: the journal is kept, as a new generation from the state's start
      generation += 1;
      rewrite([{ ...init, g: generation }, ...imported.records].map(encodeLine).join(""));
      rmSync(snapshotFile, { force: true });
      snapshotBytes = 0;
    }
    return { records: imported.records.length };
  };

  const restorePosition = (header: SnapshotHeader) => {
    if (header.ids) recording.load(header.ids);
    clock.restore(header.clock.initialOffset, header.clock.offset);
    clock.pin(header.t);
  };

  const transfer: StateTransfer = {
    format: SNAPSHOT_FORMAT,
    formats: [SNAPSHOT_FORMAT, STATE_FORMAT],
    exportState: () => ({ format: SNAPSHOT_FORMAT, snapshot: snapshotText(snapshotOf(mock as DurableMock)) }),
    async importState(text) {
      const result = isSnapshotText(text) ? importSnapshot(text) : await importJournal(text);
      clock.goLive();
      return result;
    },
  };

  return {
    clock,
    ids: recording.ids,
    transfer,
    build(create) {
      const start = init;
      if (start) {
        // the streams as the state began: a replay of its journal then draws what the original drew
        if (start.ids) recording.load(start.ids);
        clock.pin(start.t);
        recording.feed(start.i);
        let built: ReturnType<typeof create>;
        try {
          built = create();
        } finally {
          recording.endFeed();
        }
        if (snapshot) {
          prepareMockState(built.mock, snapshot.graph)();
          restorePosition(snapshot.header);
        }
        clock.goLive();
        return built;
      }
      const position = recording.save();
      recording.startRecording();
      let built: ReturnType<typeof create>;
      try {
        built = create();
      } finally {
        init = {
          k: "init",
          format: STATE_FORMAT,
          t: clock.now(),
          offset: clock.offset,
          i: recording.stopRecording(),
          ids: position,
        };
        append(encodeLine(init));
        // the head is not a write: compaction counts the records after it
        recordsSince = 0;
        bytesSince = 0;
      }
      return built;
    },
    replay(target, run) {
      mock = target;
      execute = run;
      return serially(async () => {
        if (staleJournal) rewrite(encodeLine({ k: "base", format: STATE_FORMAT, g: generation }));
        staleJournal = false;
        await apply(tail, 2);
        tail = [];
        if (compactionDue()) compactNow();
      });
    },
    handle(entry, answer, outcome) {
      return serially(async () => {
        touched = true;
        clock.refresh();
        settleDue();
        if (!isJournaled(entry)) return answer();
        recording.startRecording();
        let result: Awaited<ReturnType<typeof answer>>;
        let drawn: string[];
        try {
          result = await answer();
        } finally {
          drawn = recording.stopRecording();
        }
        const answered = outcome(result);
        if (answered !== null && answered.status < 400 && !answered.replayed) {
          const line = encodeLine(requestRecord(entry, clock.now(), drawn));
          if (isReset(entry)) {
            // after a reset nothing before it matters: a new generation starts from it
            generation += 1;
            rewrite(encodeLine({ ...(init as InitRecord), g: generation }) + line);
            rmSync(snapshotFile, { force: true });
            snapshotBytes = 0;
          } else append(line);
        }
        return result;
      });
    },
    tick: () =>
      serially(() => {
        clock.refresh();
        settleDue();
      }),
    compact: () => serially(compactNow),
    close() {
      clearInterval(flushTimer);
      try {
        if (options.compactOnClose !== false && (touched || recordsSince > 0)) compactNow();
      } finally {
        fdatasyncSync(fd);
        closeSync(fd);
        lock.release();
      }
    },
  };
}

function startOffset(startAt: OpenDurableStateOptions["startAt"]): number {
  if (startAt === undefined) return 0;
  const ms = typeof startAt === "number" ? startAt : new Date(startAt).getTime();
  return Number.isFinite(ms) ? ms - Date.now() : 0;
}

function changed(run: VerificationRun): boolean {
  return run.verified + run.failed + run.processing + run.checkpointsVerified > 0;
}

function isJournaled(entry: JournalEntry): boolean {
  if (entry.method === "GET" || entry.method === "HEAD" || entry.method === "OPTIONS") return false;
  const path = entry.target.split("?", 1)[0] as string;
  return !UNJOURNALED_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

function isReset(entry: JournalEntry): boolean {
  return entry.method === "POST" && entry.target.split("?", 1)[0] === "/__mock/reset";
}

function requestRecord(entry: JournalEntry, t: number, drawn: string[]): RequestRecord {
  const headers: string[] = [];
  for (let i = 0; i < entry.headers.length; i += 2) {
    const name = entry.headers[i] as string;
    if (!UNJOURNALED_HEADERS.has(name.toLowerCase())) headers.push(name, entry.headers[i + 1] as string);
  }
  const record: RequestRecord = { k: "req", t, m: entry.method, u: entry.target, h: headers, i: drawn };
  if (entry.body !== null) {
    try {
      record.b = utf8Strict.decode(entry.body);
    } catch {
      record.b64 = entry.body.toString("base64");
    }
  }
  return record;
}

function entryOf(record: RequestRecord): JournalEntry {
  const body =
    record.b64 !== undefined
      ? Buffer.from(record.b64, "base64")
      : record.b !== undefined
        ? Buffer.from(record.b, "utf8")
        : null;
  return { method: record.m, target: record.u, headers: record.h, body };
}

/**
 * Writes `file` in one step: a crash leaves the old file or the new one. `written` runs
 * once the new content is on disk under its temporary name.
 */
function replaceFile(file: string, pieces: Iterable<string>, written?: () => void): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w", 0o600);
  try {
    let buffered = "";
    for (const piece of pieces) {
      buffered += piece;
      if (buffered.length >= 1 << 20) {
        writeSync(fd, buffered);
        buffered = "";
      }
    }
    writeSync(fd, buffered);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  written?.();
  renameSync(temporary, file);
  syncDirectory(file);
}

/** Makes a rename durable: the directory entry is flushed too. */
function syncDirectory(file: string): void {
  const dir = join(file, "..");
  let fd: number;
  try {
    fd = openSync(dir, "r");
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // some file systems cannot fsync a directory; the rename itself is still atomic
  } finally {
    closeSync(fd);
  }
}

/** Temporary files a crash left behind: never renamed, so nothing in them was relied on. */
function removeTemporaryFiles(dir: string): void {
  for (const name of readdirSync(dir)) {
    if (
      name.endsWith(".tmp") &&
      (name.startsWith(`${JOURNAL_FILE}.`) || name.startsWith(`${SNAPSHOT_FILE}.`))
    ) {
      rmSync(join(dir, name), { force: true });
    }
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The snapshot file, or null without one; a damaged one is an error that says what to do. */
function readSnapshot(file: string): Snapshot | null {
  const text = readText(file);
  if (text === null) return null;
  try {
    return parseSnapshot(text);
  } catch (error) {
    throw new Error(
      `${file} is damaged (${(error as Error).message}); the state directory cannot be loaded. ` +
        "Restore the file from a copy, or move the directory away to start a new state.",
    );
  }
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer`);
  return value;
}

/**
 * Takes the directory for this process. A lock left by a process that is gone (killed) is
 * taken over; one held by a live process is an error.
 */
function takeLock(path: string): { release(): void } {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(path, String(process.pid), { flag: "wx", mode: 0o600 });
      return { release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(path, "utf8"), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
        throw new Error(`the state directory is in use by process ${holder} (${path})`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`cannot lock the state directory (${path})`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** A seed no earlier run of this state used, so ids drawn after a restart are new. */
function freshSeed(seed: string): string {
  return `${seed}:${randomBytes(16).toString("hex")}`;
}
