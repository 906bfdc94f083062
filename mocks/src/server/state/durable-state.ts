import { randomBytes } from "node:crypto";
import {
  closeSync,
  fdatasync,
  fdatasyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import type { StateTransfer } from "../../handlers/control-routes.js";
import type { VerificationRun } from "../../ledger/verification/verification.js";
import { createJournalClock, type JournalClock } from "./journal-clock.js";
import {
  encodeLine,
  type InitRecord,
  type JournalRecord,
  parseJournal,
  type RequestRecord,
  STATE_FORMAT,
} from "./journal-format.js";
import { createRecordingIds, type RecordingIds } from "./recording-ids.js";

/**
 * Durable state of `pacspace-mock serve --state <dir>`: an append-only journal of the
 * commands that changed the mock (accepted write requests and clock-driven verification),
 * each with the mock-clock time it was applied at and the ids and secrets it drew. The
 * mock is a deterministic function of that list, so a restart rebuilds it by replaying
 * the journal through the same handlers: deltas, ids, idempotency records, sessions,
 * keys, webhook endpoints and their queued deliveries all come back.
 *
 * Units of work (a request, a clock tick) run one at a time with the clock frozen for
 * each, so the journal's order is the order they were applied in. A write's record is
 * written to the file before its answer leaves (a killed process loses nothing it
 * acknowledged); the file is flushed to disk every 100 ms (a power cut can lose those).
 * Reads, fault injection and the state routes themselves are not journaled. A reset
 * compacts the journal: it is rewritten as its first record plus the reset.
 */

export const JOURNAL_FILE = "journal.log";
/** Holds the pid of the server using the directory: two servers appending to one journal would corrupt it. */
export const LOCK_FILE = "lock";
const FLUSH_EVERY_MS = 100;
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

export interface DurableState {
  /** What the mock is built with: the journal clock and the recording id generator. */
  readonly clock: JournalClock;
  readonly ids: RecordingIds["ids"];
  /** Builds the mock: recording its construction (a new state) or fed from the journal. */
  build<T>(create: () => T): T;
  /** Replays the journal into the built mock; `execute` answers a request like the server does. */
  replay(mock: DurableMock, execute: (entry: JournalEntry) => Promise<unknown>): Promise<void>;
  /** Runs one request as a unit of work, journaling it when it was an accepted write. */
  handle<T>(entry: JournalEntry, answer: () => Promise<T>, outcome: (answer: T) => UnitOutcome): Promise<T>;
  /** Settles clock-driven work (the server's timer). */
  tick(): Promise<void>;
  readonly transfer: StateTransfer;
  /** Flushes and closes the journal. */
  close(): void;
}

export interface OpenDurableStateOptions {
  /** Seed of the id streams of a new state (later starts draw from a fresh stream). */
  seed: string;
  /** Mock-clock time a new state starts at (default: now). */
  startAt?: Date | string | number | undefined;
  warn: (message: string) => void;
}

export function openDurableState(dir: string, options: OpenDurableStateOptions): DurableState {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const lock = takeLock(join(dir, LOCK_FILE));
  const file = join(dir, JOURNAL_FILE);
  let existing: string | null = null;
  try {
    existing = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  let parsed = existing === null || existing === "" ? null : parseJournal(existing, true);
  if (parsed?.dropped) {
    options.warn(
      `${file}: dropped a damaged journal tail at line ${parsed.dropped.line} (${parsed.dropped.reason}); ` +
        `only a write that was never acknowledged can be in it`,
    );
  }
  const recording = createRecordingIds(parsed ? freshSeed(options.seed) : options.seed);
  const clock = createJournalClock(parsed?.init.offset ?? startOffset(options.startAt));
  let fd = openSync(file, "a+", 0o600);
  if (parsed) ftruncateSync(fd, parsed.validBytes);
  /** The journal's first line: what a compaction keeps. */
  let initLine = parsed ? encodeLine(parsed.init) : "";
  let dirty = false;
  let mock: DurableMock | null = null;
  let execute: ((entry: JournalEntry) => Promise<unknown>) | null = null;

  const append = (line: string) => {
    writeSync(fd, line);
    dirty = true;
  };
  /** Replaces the whole journal (a crash leaves the old one or the new one) and appends after it. */
  const rewrite = (text: string) => {
    replaceFile(file, text);
    closeSync(fd);
    fd = openSync(file, "a+", 0o600);
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
  const apply = async (records: JournalRecord[]) => {
    const target = mock as DurableMock;
    for (const [index, record] of records.entries()) {
      clock.pin(record.t);
      recording.feed(record.i);
      try {
        if (record.k === "tick") target.tick();
        else await (execute as (entry: JournalEntry) => Promise<unknown>)(entryOf(record));
      } catch (error) {
        // one record that no longer applies must not keep the server from starting
        options.warn(`journal record ${index + 2} failed to replay: ${String(error)}`);
      } finally {
        recording.endFeed();
      }
    }
    clock.goLive();
  };

  const transfer: StateTransfer = {
    format: STATE_FORMAT,
    exportState: () => ({ format: STATE_FORMAT, journal: readFileSync(file, "utf8") }),
    async importState(journal) {
      const imported = parseJournal(journal, false);
      recording.reseed(freshSeed(options.seed));
      clock.restart(imported.init.offset);
      clock.pin(imported.init.t);
      recording.feed(imported.init.i);
      try {
        (mock as DurableMock).reset();
      } finally {
        recording.endFeed();
      }
      await apply(imported.records);
      rewrite(journal);
      initLine = encodeLine(imported.init);
      parsed = imported;
      return { records: imported.records.length };
    },
  };

  return {
    clock,
    ids: recording.ids,
    transfer,
    build(create) {
      if (parsed) {
        clock.pin(parsed.init.t);
        recording.feed(parsed.init.i);
        try {
          return create();
        } finally {
          recording.endFeed();
          clock.goLive();
        }
      }
      recording.startRecording();
      let built: ReturnType<typeof create>;
      try {
        built = create();
      } finally {
        const init: InitRecord = {
          k: "init",
          format: STATE_FORMAT,
          t: clock.now(),
          offset: clock.offset,
          i: recording.stopRecording(),
        };
        initLine = encodeLine(init);
        append(initLine);
      }
      return built;
    },
    replay(target, run) {
      mock = target;
      execute = run;
      const records = parsed?.records ?? [];
      return serially(() => apply(records));
    },
    handle(entry, answer, outcome) {
      return serially(async () => {
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
          // after a reset nothing before it matters: the journal starts again from it
          if (isReset(entry)) rewrite(initLine + line);
          else append(line);
        }
        return result;
      });
    },
    tick: () =>
      serially(() => {
        clock.refresh();
        settleDue();
      }),
    close() {
      clearInterval(flushTimer);
      fdatasyncSync(fd);
      closeSync(fd);
      lock.release();
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

/** Writes `text` as the journal in one step: a crash leaves the old file or the new one. */
function replaceFile(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, "w", 0o600);
  try {
    writeSync(fd, text);
    fdatasyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
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
