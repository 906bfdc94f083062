import type { Clock } from "../../clock.js";
import { canonicalJson, keccak256Text } from "./core.js";
import { LedgerError } from "./ledger-error.js";

/**
 * Idempotency-Key handling for writes.
 *
 * - Scope: (tenant, environment, key string). Fingerprint: method + path + canonical body.
 * - `begin` is synchronous and claims the key before the caller does anything else, so of
 *   N simultaneous requests with one key exactly one gets `new`; the others see `pending`
 *   (202 `IDEMPOTENCY_PENDING`) until `complete` stores the response, then `replay`.
 * - Only completed responses are stored. A request that fails (validation, plan cap, …)
 *   calls `abandon`, which forgets the key so the caller can fix and resend.
 * - Entries live for `ttlMs` (24 h by default) on the mock clock from when they were claimed,
 *   so a long load test keeps a bounded number of them.
 * - An entry is kept small: its key, a 52-bit fingerprint, its expiry and status, and either
 *   the answer's JSON text or a reference (e.g. a recordId) that a shared `rebuild` turns
 *   back into the same body from the ledger. Entries are columns in claim order (typed
 *   arrays for the numbers, no object or closure per entry); a map per scope files each key
 *   (a UUID packed into 8 characters) with its slot.
 */

export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 255;
const KEY_PATTERN = /^[\x21-\x7e]+$/;
/** Swept slots are cut from the columns once this many have piled up at the front. */
const COMPACT_AFTER = 4096;

export interface IdempotencyScope {
  tenantId: string;
  environment: string;
}

/** What identifies "the same request". `body` is the parsed JSON body (or raw text). */
export interface IdempotentRequest {
  method: string;
  path: string;
  body: unknown;
}

/**
 * Builds an answer's body again from what the ledger holds, given the reference stored with
 * it. One function per operation (and ledger), shared by every entry: never one per request.
 */
export type AnswerRebuilder = (ref: string) => unknown;

/**
 * A completed answer: its body (stored as JSON text), or `rebuild` and its `ref`, which build
 * the same body again from the ledger (so nothing per request is copied into the store).
 */
export type StoredResponse =
  | { status: number; body: unknown }
  | { status: number; rebuild: AnswerRebuilder; ref: string };

/** The entries of an `IdempotencyStore` in claim order, as a snapshot keeps them. */
export interface SavedIdempotency {
  slots: Array<{
    scope: string;
    key: string;
    fingerprint: number;
    expiresAt: number;
    /** 0 while the request was in flight. */
    status: number;
    /** JSON text of the answer; null while in flight. */
    answer: string | null;
  }>;
}

export type IdempotencyClaim =
  /** First sighting: process the request, then `complete` (or `abandon` on failure). */
  | { kind: "new"; complete(response: StoredResponse): void; abandon(): void }
  /** Same request already finished: send this status and body with `Idempotent-Replayed: true`. */
  | { kind: "replay"; status: number; body: unknown }
  /** Same request still in flight: answer 202 `IDEMPOTENCY_PENDING`. */
  | { kind: "pending" };

/** The claim of a new request: its slot in the store, and where its key is filed. */
class NewClaim {
  readonly kind = "new";

  constructor(
    private readonly store: IdempotencyStore,
    private readonly slot: number,
    private readonly entries: Map<string, number>,
    private readonly storedKey: string,
  ) {}

  complete(response: StoredResponse): void {
    this.store.completeSlot(this.slot, response);
  }

  abandon(): void {
    this.store.abandonSlot(this.slot, this.entries, this.storedKey);
  }
}

/** Status of a slot whose request was abandoned, replaced or swept. */
const GONE = -1;
const FIRST_CAPACITY = 64;

export class IdempotencyStore {
  /**
   * Per `tenant\u0000environment`: stored key → slot. A map's insertion order is its slots'
   * claim order (a key claimed again is deleted and set anew), so a sweep deletes from the front.
   */
  private readonly scopes = new Map<string, Map<string, number>>();
  /** Slot number of column index 0; slots below it are gone. */
  private base = 0;
  /** Column index of the oldest slot not yet swept. */
  private head = 0;
  /** Slots in the columns. */
  private count = 0;
  /** The columns, one index per slot in claim order: the first 52 bits of the request's keccak fingerprint. */
  private fingerprints = new Float64Array(FIRST_CAPACITY);
  private expiries = new Float64Array(FIRST_CAPACITY);
  /** 0 while the request is in flight, `GONE` once abandoned, replaced or swept. */
  private statuses = new Int16Array(FIRST_CAPACITY);
  /** 0: `answers` holds the body's JSON text; n: `rebuilders[n - 1]` builds it from the ref in `answers`. */
  private rebuilderOf = new Uint16Array(FIRST_CAPACITY);
  /** JSON text of the body (a replay is byte-identical and immune to later mutation), or the rebuild's ref. */
  private answers: Array<string | null> = [];
  /** The distinct rebuilders (one per operation and ledger), and their numbers. */
  private rebuilders: AnswerRebuilder[] = [];
  private rebuilderNumbers = new Map<AnswerRebuilder, number>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number = DEFAULT_IDEMPOTENCY_TTL_MS,
  ) {}

  /**
   * Claims `key` for `request`. Throws `VALIDATION_ERROR` for a malformed key and
   * `IDEMPOTENCY_KEY_REUSED` (409) when the key was used for a different request.
   */
  begin(scope: IdempotencyScope, key: string, request: IdempotentRequest): IdempotencyClaim {
    validateIdempotencyKey(key);
    const now = this.clock.now();
    const scopeKey = `${scope.tenantId}\u0000${scope.environment}`;
    const fingerprint = fingerprintOf(request);
    const stored = storedKeyOf(key);
    let entries = this.scopes.get(scopeKey);
    const existing = entries?.get(stored);
    if (existing !== undefined) {
      const at = existing - this.base;
      if ((this.expiries[at] as number) > now) {
        if (this.fingerprints[at] !== fingerprint) {
          throw new LedgerError(
            "IDEMPOTENCY_KEY_REUSED",
            "This Idempotency-Key was already used for a different request",
          );
        }
        const answer = this.answers[at] as string | null;
        if (answer === null) return { kind: "pending" };
        const rebuilder = this.rebuilderOf[at] as number;
        return {
          kind: "replay",
          status: this.statuses[at] as number,
          body:
            rebuilder === 0
              ? JSON.parse(answer)
              : (this.rebuilders[rebuilder - 1] as AnswerRebuilder)(answer),
        };
      }
    }
    this.sweep(now);
    if (!entries) {
      entries = new Map();
      this.scopes.set(scopeKey, entries);
    }
    const stale = entries.get(stored);
    if (stale !== undefined) {
      // expired, but behind a slot that is not: the new claim replaces it
      this.statuses[stale - this.base] = GONE;
      this.answers[stale - this.base] = null;
      entries.delete(stored);
    }
    const slot = this.append(fingerprint, now + this.ttlMs, 0, null, 0);
    entries.set(stored, slot);
    return new NewClaim(this, slot, entries, stored);
  }

  /** Stores the answer of the in-flight request of `slot` (ignored once it was abandoned, swept or reset). */
  completeSlot(slot: number, response: StoredResponse): void {
    const at = this.liveIndex(slot);
    if (at < 0 || this.answers[at] !== null) return;
    this.statuses[at] = response.status;
    if ("rebuild" in response) {
      this.answers[at] = response.ref;
      this.rebuilderOf[at] = this.rebuilderNumber(response.rebuild);
    } else {
      this.answers[at] = JSON.stringify(response.body);
    }
  }

  /** Forgets the in-flight request of `slot`, filed under `storedKey` in `entries`, so its key can be used again. */
  abandonSlot(slot: number, entries: Map<string, number>, storedKey: string): void {
    const at = this.liveIndex(slot);
    if (at < 0 || this.answers[at] !== null) return;
    if (entries.get(storedKey) === slot) entries.delete(storedKey);
    this.statuses[at] = GONE;
  }

  /** Number of live entries (for inspection). */
  get size(): number {
    this.sweep(this.clock.now());
    let size = 0;
    for (const entries of this.scopes.values()) size += entries.size;
    return size;
  }

  /** Live entries, for snapshots: which keys are claimed and whether they hold a response. */
  describe(): Array<{ key: string; fingerprint: string; status: number | null }> {
    this.sweep(this.clock.now());
    const described: Array<{ key: string; fingerprint: string; status: number | null }> = [];
    for (const [scopeKey, entries] of this.scopes) {
      for (const [stored, slot] of entries) {
        const at = slot - this.base;
        described.push({
          key: `${scopeKey}\u0000${keyOf(stored)}`,
          fingerprint: (this.fingerprints[at] as number).toString(16),
          status: this.answers[at] === null ? null : (this.statuses[at] as number),
        });
      }
    }
    return described;
  }

  /**
   * The live entries as plain data, for snapshots: an answer a shared `rebuild` would build
   * is written out as its JSON text (a loaded store has no rebuilders), so nothing in it is
   * a function.
   */
  saveState(): SavedIdempotency {
    this.sweep(this.clock.now());
    const filed: Array<{ scope: string; key: string }> = [];
    for (const [scopeKey, entries] of this.scopes) {
      for (const [stored, slot] of entries) filed[slot - this.base] = { scope: scopeKey, key: keyOf(stored) };
    }
    const slots: SavedIdempotency["slots"] = [];
    for (let at = this.head; at < this.count; at++) {
      const entry = filed[at];
      if (entry === undefined) continue;
      const answer = this.answers[at] as string | null;
      const rebuilder = this.rebuilderOf[at] as number;
      slots.push({
        scope: entry.scope,
        key: entry.key,
        fingerprint: this.fingerprints[at] as number,
        expiresAt: this.expiries[at] as number,
        status: this.statuses[at] as number,
        answer:
          answer !== null && rebuilder !== 0
            ? JSON.stringify((this.rebuilders[rebuilder - 1] as AnswerRebuilder)(answer))
            : answer,
      });
    }
    return { slots };
  }

  /** Replaces every entry with the saved ones (the store keeps its clock and TTL). */
  loadState(saved: SavedIdempotency): void {
    this.reset();
    for (const slot of saved.slots) {
      let entries = this.scopes.get(slot.scope);
      if (!entries) {
        entries = new Map();
        this.scopes.set(slot.scope, entries);
      }
      entries.set(
        storedKeyOf(slot.key),
        this.append(slot.fingerprint, slot.expiresAt, slot.status, slot.answer, 0),
      );
    }
  }

  reset(): void {
    this.scopes.clear();
    this.base += this.count;
    this.head = 0;
    this.count = 0;
    this.fingerprints = new Float64Array(FIRST_CAPACITY);
    this.expiries = new Float64Array(FIRST_CAPACITY);
    this.statuses = new Int16Array(FIRST_CAPACITY);
    this.rebuilderOf = new Uint16Array(FIRST_CAPACITY);
    this.answers = [];
    this.rebuilders = [];
    this.rebuilderNumbers = new Map();
  }

  /** Adds a slot at the end of the columns; returns its number. */
  private append(
    fingerprint: number,
    expiresAt: number,
    status: number,
    answer: string | null,
    rebuilder: number,
  ): number {
    const at = this.count;
    if (at === this.fingerprints.length) this.resize(at * 2);
    this.fingerprints[at] = fingerprint;
    this.expiries[at] = expiresAt;
    this.statuses[at] = status;
    this.rebuilderOf[at] = rebuilder;
    this.answers.push(answer);
    this.count++;
    return this.base + at;
  }

  /** Copies the columns into new ones of `capacity` slots, from `from` on (the front is cut off). */
  private resize(capacity: number, from = 0): void {
    const end = this.count;
    this.fingerprints = copiedColumn(this.fingerprints, capacity, from, end);
    this.expiries = copiedColumn(this.expiries, capacity, from, end);
    this.statuses = copiedColumn(this.statuses, capacity, from, end);
    this.rebuilderOf = copiedColumn(this.rebuilderOf, capacity, from, end);
  }

  private rebuilderNumber(rebuild: AnswerRebuilder): number {
    let number = this.rebuilderNumbers.get(rebuild);
    if (number === undefined) {
      number = this.rebuilders.push(rebuild);
      this.rebuilderNumbers.set(rebuild, number);
    }
    return number;
  }

  /** Column index of `slot` while it holds a claimed key; -1 otherwise. */
  private liveIndex(slot: number): number {
    const at = slot - this.base;
    return at >= this.head && at < this.count && this.statuses[at] !== GONE ? at : -1;
  }

  /**
   * Drops expired entries from the front (claim order is expiry order): their keys are the
   * first ones of their scopes' maps. Then cuts the swept slots off the columns.
   */
  private sweep(now: number): void {
    let head = this.head;
    const end = this.count;
    while (head < end && (this.statuses[head] === GONE || (this.expiries[head] as number) <= now)) {
      this.statuses[head] = GONE;
      this.answers[head] = null;
      head++;
    }
    if (head === this.head) return;
    const firstKept = this.base + head;
    for (const entries of this.scopes.values()) {
      for (const [stored, slot] of entries) {
        if (slot >= firstKept) break;
        entries.delete(stored);
      }
    }
    this.head = head;
    if (head >= COMPACT_AFTER && head * 2 >= end) {
      this.resize(Math.max(FIRST_CAPACITY, this.fingerprints.length), head);
      this.answers.splice(0, head);
      this.count -= head;
      this.base += head;
      this.head = 0;
    }
  }
}

/**
 * A key as the store files it. The SDK's keys are UUIDs (36 characters): one in the
 * canonical lower-case form is packed into 8 UTF-16 code units of 4 hex digits each, of
 * which at least one lies above `~`, the last character a key may contain, so a packed
 * key never equals a key kept as sent. (Should all 8 fall in the visible ASCII range, the
 * key is kept as sent.)
 */
function storedKeyOf(key: string): string {
  if (key.length !== 36 || !UUID.test(key)) return key;
  const hex = key.replaceAll("-", "");
  const units: number[] = [];
  let packed = false;
  for (let i = 0; i < 32; i += 4) {
    const unit = Number.parseInt(hex.slice(i, i + 4), 16);
    if (unit > MAX_KEY_CHAR) packed = true;
    units.push(unit);
  }
  return packed ? String.fromCharCode(...units) : key;
}

/** The key as it was sent, from the way the store files it. */
function keyOf(stored: string): string {
  if (stored.length !== 8) return stored;
  for (let i = 0; i < 8; i++) if (stored.charCodeAt(i) > MAX_KEY_CHAR) return unpackedKey(stored);
  return stored;
}

function unpackedKey(stored: string): string {
  let hex = "";
  for (let i = 0; i < 8; i++) hex += stored.charCodeAt(i).toString(16).padStart(4, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** `~`: the largest character of a key (see `KEY_PATTERN`). */
const MAX_KEY_CHAR = 0x7e;

export function validateIdempotencyKey(key: string): void {
  if (typeof key !== "string" || key.length === 0 || key.length > MAX_KEY_LENGTH || !KEY_PATTERN.test(key)) {
    throw new LedgerError("VALIDATION_ERROR", "Idempotency-Key must be 1–255 visible ASCII characters", {
      details: [{ path: "Idempotency-Key", message: "must be 1–255 visible ASCII characters" }],
    });
  }
}

function fingerprintOf(request: IdempotentRequest): number {
  let body: string;
  try {
    body = typeof request.body === "string" ? request.body : canonicalJson(request.body ?? null);
  } catch {
    body = String(request.body);
  }
  const hash = keccak256Text(`${request.method.toUpperCase()}\n${request.path}\n${body}`);
  return Number.parseInt(hash.slice(2, 15), 16);
}

/** A column of the same type with `capacity` slots, holding slots `from`..`end` of `column`. */
function copiedColumn<T extends Float64Array | Int16Array | Uint16Array>(
  column: T,
  capacity: number,
  from: number,
  end: number,
): T {
  const copy = new (column.constructor as new (length: number) => T)(capacity);
  copy.set(column.subarray(from, end) as ArrayLike<number>);
  return copy;
}
