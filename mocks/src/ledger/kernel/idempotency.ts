import type { Clock } from "../../clock.js";
import { canonicalJson, keccak256Hex, utf8 } from "./core.js";
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
 *   back into the same body from the ledger. Entries are columns of plain arrays in claim
 *   order (numbers unboxed, no object or closure per entry); a map per scope finds a key's slot.
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

/** The claim of a new request: its slot in the store. */
class NewClaim {
  readonly kind = "new";

  constructor(
    private readonly store: IdempotencyStore,
    private readonly slot: number,
  ) {}

  complete(response: StoredResponse): void {
    this.store.completeSlot(this.slot, response);
  }

  abandon(): void {
    this.store.abandonSlot(this.slot);
  }
}

export class IdempotencyStore {
  /** Per `tenant\u0000environment`: key → slot. */
  private readonly scopes = new Map<string, Map<string, number>>();
  /** Slot number of column index 0; slots below it are gone. */
  private base = 0;
  /** Column index of the oldest slot not yet swept. */
  private head = 0;
  /** The columns, one index per slot in claim order. A null key: the slot was abandoned or replaced. */
  private keys: Array<string | null> = [];
  private scopeOf: Array<Map<string, number>> = [];
  /** The first 52 bits of the request's keccak fingerprint. */
  private fingerprints: number[] = [];
  private expiries: number[] = [];
  /** 0 while the request is in flight. */
  private statuses: number[] = [];
  /** JSON text of the body (a replay is byte-identical and immune to later mutation), or the rebuild's ref. */
  private answers: Array<string | null> = [];
  private rebuilders: Array<AnswerRebuilder | null> = [];

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
    let entries = this.scopes.get(scopeKey);
    const existing = entries?.get(key);
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
        const rebuild = this.rebuilders[at] as AnswerRebuilder | null;
        return {
          kind: "replay",
          status: this.statuses[at] as number,
          body: rebuild === null ? JSON.parse(answer) : rebuild(answer),
        };
      }
    }
    this.sweep(now);
    if (!entries) {
      entries = new Map();
      this.scopes.set(scopeKey, entries);
    }
    const stale = entries.get(key);
    if (stale !== undefined) {
      // expired, but behind a slot that is not: the new claim replaces it
      this.keys[stale - this.base] = null;
      entries.delete(key);
    }
    const slot = this.base + this.keys.length;
    this.keys.push(key);
    this.scopeOf.push(entries);
    this.fingerprints.push(fingerprint);
    this.expiries.push(now + this.ttlMs);
    this.statuses.push(0);
    this.answers.push(null);
    this.rebuilders.push(null);
    entries.set(key, slot);
    return new NewClaim(this, slot);
  }

  /** Stores the answer of the in-flight request of `slot` (ignored once it was abandoned, swept or reset). */
  completeSlot(slot: number, response: StoredResponse): void {
    const at = this.liveIndex(slot);
    if (at < 0 || this.answers[at] !== null) return;
    this.statuses[at] = response.status;
    if ("rebuild" in response) {
      this.answers[at] = response.ref;
      this.rebuilders[at] = response.rebuild;
    } else {
      this.answers[at] = JSON.stringify(response.body);
    }
  }

  /** Forgets the in-flight request of `slot`, so its key can be used again. */
  abandonSlot(slot: number): void {
    const at = this.liveIndex(slot);
    if (at < 0 || this.answers[at] !== null) return;
    this.forget(at);
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
      for (const [key, slot] of entries) {
        const at = slot - this.base;
        described.push({
          key: `${scopeKey}\u0000${key}`,
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
    const scopeKeyOf = new Map<Map<string, number>, string>();
    for (const [scopeKey, entries] of this.scopes) scopeKeyOf.set(entries, scopeKey);
    const slots: SavedIdempotency["slots"] = [];
    for (let at = this.head; at < this.keys.length; at++) {
      const key = this.keys[at];
      if (key === null || key === undefined) continue;
      const answer = this.answers[at] as string | null;
      const rebuild = this.rebuilders[at] as AnswerRebuilder | null;
      slots.push({
        scope: scopeKeyOf.get(this.scopeOf[at] as Map<string, number>) as string,
        key,
        fingerprint: this.fingerprints[at] as number,
        expiresAt: this.expiries[at] as number,
        status: this.statuses[at] as number,
        answer: answer !== null && rebuild !== null ? JSON.stringify(rebuild(answer)) : answer,
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
      entries.set(slot.key, this.base + this.keys.length);
      this.keys.push(slot.key);
      this.scopeOf.push(entries);
      this.fingerprints.push(slot.fingerprint);
      this.expiries.push(slot.expiresAt);
      this.statuses.push(slot.status);
      this.answers.push(slot.answer);
      this.rebuilders.push(null);
    }
  }

  reset(): void {
    this.scopes.clear();
    this.base += this.keys.length;
    this.head = 0;
    this.keys = [];
    this.scopeOf = [];
    this.fingerprints = [];
    this.expiries = [];
    this.statuses = [];
    this.answers = [];
    this.rebuilders = [];
  }

  /** Column index of `slot` while it holds a claimed key; -1 otherwise. */
  private liveIndex(slot: number): number {
    const at = slot - this.base;
    return at >= this.head && at < this.keys.length && this.keys[at] !== null ? at : -1;
  }

  private forget(at: number): void {
    const key = this.keys[at] as string;
    const entries = this.scopeOf[at] as Map<string, number>;
    if (entries.get(key) === this.base + at) entries.delete(key);
    this.keys[at] = null;
    this.answers[at] = null;
    this.rebuilders[at] = null;
  }

  /** Drops expired entries from the front (claim order is expiry order), then cuts the swept slots off. */
  private sweep(now: number): void {
    let head = this.head;
    const end = this.keys.length;
    for (; head < end; head++) {
      if (this.keys[head] === null) continue;
      if ((this.expiries[head] as number) > now) break;
      this.forget(head);
    }
    this.head = head;
    if (head >= COMPACT_AFTER && head * 2 >= end) {
      for (const column of [
        this.keys,
        this.scopeOf,
        this.fingerprints,
        this.expiries,
        this.statuses,
        this.answers,
        this.rebuilders,
      ] as unknown[][]) {
        column.splice(0, head);
      }
      this.base += head;
      this.head = 0;
    }
  }
}

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
  const hash = keccak256Hex(utf8(`${request.method.toUpperCase()}\n${request.path}\n${body}`));
  return Number.parseInt(hash.slice(2, 15), 16);
}
