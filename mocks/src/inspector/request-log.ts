import { iso } from "../ledger/kernel/scope.js";

/**
 * The last requests the mock answered, for the inspector page and `GET /__mock/requests`:
 * a ring of the newest entries (older ones fall off) with a sequence number, so a live
 * view can tell which entries it has already shown.
 */

export interface RequestLogEntry {
  /** 1, 2, 3… in answer order (the log outlives a mock reset). */
  seq: number;
  /** When the answer was given, on the mock clock (ISO 8601). */
  at: string;
  method: string;
  /** Path and query string. */
  path: string;
  /** null when the connection was dropped (an injected network error). */
  status: number | null;
  /** Real time spent answering, in ms. */
  durationMs: number;
  requestId: string | null;
  /** The answer was a stored idempotent response (`Idempotent-Replayed: true`). */
  idempotentReplayed: boolean;
  /** Record ids in a replayed answer, so a delta table can mark replays. */
  replayedRecordIds: string[];
  /** Injected faults that struck this request. */
  faultIds: string[];
}

export type RequestLogListener = (entry: RequestLogEntry) => void;

export interface RequestLogQuery {
  method?: string;
  /** Substring of the path. */
  path?: string;
  /** Exact status, or a class such as `4xx`. */
  status?: string;
  replayedOnly?: boolean;
  faultedOnly?: boolean;
  /** Only entries with a larger `seq`. */
  afterSeq?: number;
  limit: number;
}

export const REQUEST_LOG_CAPACITY = 1000;

/**
 * A ring of `capacity` slots kept in columns (typed arrays for the numbers, the time as ms),
 * so logging a request allocates no entry object, no ISO string and no arrays: entries are
 * built only when read or when a listener is told. Under load every logged request would
 * otherwise outlive a few young-generation collections and end as old-generation garbage.
 */
export class RequestLog {
  private nextSeq = 1;
  /** 0: the slot was never written. */
  private readonly seqs: Float64Array;
  private readonly ats: Float64Array;
  /** -1: the connection was dropped (status null). */
  private readonly statuses: Int16Array;
  private readonly durations: Float64Array;
  private readonly replayed: Uint8Array;
  private readonly methods: string[];
  private readonly paths: string[];
  private readonly requestIds: Array<string | null>;
  /** Only for answers that have some (null: none). */
  private readonly replayedRecordIds: Array<readonly string[] | null>;
  private readonly faultIds: Array<readonly string[] | null>;
  /** The path logged last: a request to the same path keeps this string instead of its own. */
  private lastPath = "";
  private readonly listeners = new Set<RequestLogListener>();

  constructor(private readonly capacity = REQUEST_LOG_CAPACITY) {
    this.seqs = new Float64Array(capacity);
    this.ats = new Float64Array(capacity);
    this.statuses = new Int16Array(capacity);
    this.durations = new Float64Array(capacity);
    this.replayed = new Uint8Array(capacity);
    this.methods = new Array<string>(capacity).fill("");
    this.paths = new Array<string>(capacity).fill("");
    this.requestIds = new Array<string | null>(capacity).fill(null);
    this.replayedRecordIds = new Array<readonly string[] | null>(capacity).fill(null);
    this.faultIds = new Array<readonly string[] | null>(capacity).fill(null);
  }

  add(entry: Omit<RequestLogEntry, "seq">): RequestLogEntry {
    const slot = this.record(
      entry.method,
      entry.path,
      Date.parse(entry.at),
      entry.status,
      entry.durationMs,
      entry.requestId,
      entry.idempotentReplayed,
      entry.replayedRecordIds,
      entry.faultIds,
    );
    return this.entryAt(slot);
  }

  /**
   * Logs one answer (`at` in ms on the mock clock) without building its entry unless a
   * listener wants it; returns its slot.
   */
  record(
    method: string,
    path: string,
    at: number,
    status: number | null,
    durationMs: number,
    requestId: string | null,
    idempotentReplayed: boolean,
    replayedRecordIds: readonly string[],
    faultIds: readonly string[],
  ): number {
    const seq = this.nextSeq++;
    const slot = (seq - 1) % this.capacity;
    this.seqs[slot] = seq;
    this.ats[slot] = at;
    this.statuses[slot] = status ?? -1;
    this.durations[slot] = durationMs;
    this.replayed[slot] = idempotentReplayed ? 1 : 0;
    this.methods[slot] = method;
    // under load most requests go to one path: the ring then holds one string, not a
    // thousand copies that each outlive young-generation collections
    if (path !== this.lastPath) this.lastPath = path;
    this.paths[slot] = this.lastPath;
    this.requestIds[slot] = requestId;
    this.replayedRecordIds[slot] = replayedRecordIds.length === 0 ? null : replayedRecordIds;
    this.faultIds[slot] = faultIds.length === 0 ? null : faultIds;
    if (this.listeners.size > 0) {
      const entry = this.entryAt(slot);
      for (const listener of [...this.listeners]) listener(entry);
    }
    return slot;
  }

  /** Subscribes; returns the unsubscribe function. */
  on(listener: RequestLogListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  get listening(): boolean {
    return this.listeners.size > 0;
  }

  /** Matching entries, newest first, and how many matched in all. */
  query(query: RequestLogQuery): { requests: RequestLogEntry[]; total: number } {
    const status = query.status?.toLowerCase();
    const statusClass = status && /^[1-5]xx$/.test(status) ? Number(status[0]) : null;
    const method = query.method?.toUpperCase();
    const matches = (slot: number) => {
      const entryStatus = this.statuses[slot] as number;
      return (
        (query.afterSeq === undefined || (this.seqs[slot] as number) > query.afterSeq) &&
        (method === undefined || this.methods[slot] === method) &&
        (query.path === undefined || (this.paths[slot] as string).includes(query.path)) &&
        (status === undefined ||
          (statusClass !== null
            ? entryStatus !== -1 && Math.floor(entryStatus / 100) === statusClass
            : String(entryStatus === -1 ? null : entryStatus) === status)) &&
        (!query.replayedOnly || this.replayed[slot] === 1) &&
        (!query.faultedOnly || this.faultIds[slot] !== null)
      );
    };
    const requests: RequestLogEntry[] = [];
    let total = 0;
    const newest = this.nextSeq - 1;
    for (let seq = newest; seq > Math.max(0, newest - this.capacity); seq--) {
      const slot = (seq - 1) % this.capacity;
      if (!matches(slot)) continue;
      total++;
      if (requests.length < query.limit) requests.push(this.entryAt(slot));
    }
    return { requests, total };
  }

  private entryAt(slot: number): RequestLogEntry {
    const status = this.statuses[slot] as number;
    return {
      seq: this.seqs[slot] as number,
      at: iso(this.ats[slot] as number),
      method: this.methods[slot] as string,
      path: this.paths[slot] as string,
      status: status === -1 ? null : status,
      durationMs: this.durations[slot] as number,
      requestId: this.requestIds[slot] as string | null,
      idempotentReplayed: this.replayed[slot] === 1,
      replayedRecordIds: [...(this.replayedRecordIds[slot] ?? [])],
      faultIds: [...(this.faultIds[slot] ?? [])],
    };
  }
}
