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

export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private nextSeq = 1;
  private readonly listeners = new Set<RequestLogListener>();

  constructor(private readonly capacity = REQUEST_LOG_CAPACITY) {}

  add(entry: Omit<RequestLogEntry, "seq">): RequestLogEntry {
    const stored = { seq: this.nextSeq++, ...entry };
    this.entries.push(stored);
    // Dropping in chunks keeps `add` amortised O(1).
    if (this.entries.length > this.capacity * 1.25) this.entries = this.entries.slice(-this.capacity);
    if (this.listeners.size > 0) for (const listener of [...this.listeners]) listener(stored);
    return stored;
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
    const matches = (entry: RequestLogEntry) =>
      (query.afterSeq === undefined || entry.seq > query.afterSeq) &&
      (method === undefined || entry.method === method) &&
      (query.path === undefined || entry.path.includes(query.path)) &&
      (status === undefined ||
        (statusClass !== null
          ? entry.status !== null && Math.floor(entry.status / 100) === statusClass
          : String(entry.status) === status)) &&
      (!query.replayedOnly || entry.idempotentReplayed) &&
      (!query.faultedOnly || entry.faultIds.length > 0);
    const recent = this.entries.slice(-this.capacity);
    const requests: RequestLogEntry[] = [];
    let total = 0;
    for (let i = recent.length - 1; i >= 0; i--) {
      const entry = recent[i] as RequestLogEntry;
      if (!matches(entry)) continue;
      total++;
      if (requests.length < query.limit) requests.push(entry);
    }
    return { requests, total };
  }
}
