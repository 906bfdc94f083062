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
 * - An entry is kept small: a 52-bit fingerprint, and either a `rebuild` of the answer from
 *   the ledger (what the operation wrote is still there) or the answer's JSON text.
 */

export const DEFAULT_IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_KEY_LENGTH = 255;
const KEY_PATTERN = /^[\x21-\x7e]+$/;

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
 * A completed answer: its body, or `rebuild`, which builds the same body again from what the
 * ledger holds (so nothing per request is copied into the store).
 */
export type StoredResponse = { status: number; body: unknown } | { status: number; rebuild: () => unknown };

export type IdempotencyClaim =
  /** First sighting: process the request, then `complete` (or `abandon` on failure). */
  | { kind: "new"; complete(response: StoredResponse): void; abandon(): void }
  /** Same request already finished: send this status and body with `Idempotent-Replayed: true`. */
  | { kind: "replay"; status: number; body: unknown }
  /** Same request still in flight: answer 202 `IDEMPOTENCY_PENDING`. */
  | { kind: "pending" };

interface Entry {
  /** The first 52 bits of the request's keccak fingerprint. */
  fingerprint: number;
  expiresAt: number;
  /** 0 while the request is in flight. */
  status: number;
  /** JSON text of the body (a replay is byte-identical and immune to later mutation) or its rebuild. */
  answer: string | (() => unknown) | null;
}

export class IdempotencyStore {
  /** Entries per `tenant\u0000environment`, each map in claim order, which is expiry order. */
  private readonly scopes = new Map<string, Map<string, Entry>>();

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
    if (existing && existing.expiresAt > now) {
      if (existing.fingerprint !== fingerprint) {
        throw new LedgerError(
          "IDEMPOTENCY_KEY_REUSED",
          "This Idempotency-Key was already used for a different request",
        );
      }
      if (existing.answer === null) return { kind: "pending" };
      return {
        kind: "replay",
        status: existing.status,
        body: typeof existing.answer === "string" ? JSON.parse(existing.answer) : existing.answer(),
      };
    }
    this.sweep(now);
    if (!entries) {
      entries = new Map();
      this.scopes.set(scopeKey, entries);
    }
    const entry: Entry = { fingerprint, expiresAt: now + this.ttlMs, status: 0, answer: null };
    // Re-inserting moves the key to the end, keeping the map ordered by expiry for `sweep`.
    entries.delete(key);
    entries.set(key, entry);
    const claimed = entries;
    return {
      kind: "new",
      complete: (response) => {
        if (claimed.get(key) !== entry || entry.answer !== null) return;
        entry.status = response.status;
        entry.answer = "rebuild" in response ? response.rebuild : JSON.stringify(response.body);
      },
      abandon: () => {
        if (claimed.get(key) === entry && entry.answer === null) claimed.delete(key);
      },
    };
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
      for (const [key, entry] of entries) {
        described.push({
          key: `${scopeKey}\u0000${key}`,
          fingerprint: entry.fingerprint.toString(16),
          status: entry.answer === null ? null : entry.status,
        });
      }
    }
    return described;
  }

  reset(): void {
    this.scopes.clear();
  }

  /** Drops expired entries from the front of each scope (claim order is expiry order). */
  private sweep(now: number): void {
    for (const entries of this.scopes.values()) {
      for (const [key, entry] of entries) {
        if (entry.expiresAt > now) break;
        entries.delete(key);
      }
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
