import type { Clock } from "../clock.js";
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
 * - Entries live for `ttlMs` (24 h by default) on the mock clock from when they were claimed.
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

export interface StoredResponse {
  status: number;
  body: unknown;
}

export type IdempotencyClaim =
  /** First sighting: process the request, then `complete` (or `abandon` on failure). */
  | { kind: "new"; complete(response: StoredResponse): void; abandon(): void }
  /** Same request already finished: send this status and body with `Idempotent-Replayed: true`. */
  | { kind: "replay"; status: number; body: unknown }
  /** Same request still in flight: answer 202 `IDEMPOTENCY_PENDING`. */
  | { kind: "pending" };

interface Entry {
  fingerprint: string;
  expiresAt: number;
  /** JSON text of the stored body, so a replay is byte-identical and immune to later mutation. */
  response: { status: number; bodyText: string } | null;
}

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

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
    const storeKey = `${scope.tenantId}\u0000${scope.environment}\u0000${key}`;
    const fingerprint = fingerprintOf(request);
    const existing = this.entries.get(storeKey);
    if (existing && existing.expiresAt > now) {
      if (existing.fingerprint !== fingerprint) {
        throw new LedgerError(
          "IDEMPOTENCY_KEY_REUSED",
          "This Idempotency-Key was already used for a different request",
        );
      }
      if (!existing.response) return { kind: "pending" };
      return {
        kind: "replay",
        status: existing.response.status,
        body: JSON.parse(existing.response.bodyText),
      };
    }
    this.sweep(now);
    const entry: Entry = { fingerprint, expiresAt: now + this.ttlMs, response: null };
    // Re-inserting moves the key to the end, keeping the map ordered by expiry for `sweep`.
    this.entries.delete(storeKey);
    this.entries.set(storeKey, entry);
    return {
      kind: "new",
      complete: (response) => {
        if (this.entries.get(storeKey) !== entry || entry.response) return;
        entry.response = { status: response.status, bodyText: JSON.stringify(response.body) };
      },
      abandon: () => {
        if (this.entries.get(storeKey) === entry && !entry.response) this.entries.delete(storeKey);
      },
    };
  }

  /** Number of live entries (for inspection). */
  get size(): number {
    this.sweep(this.clock.now());
    return this.entries.size;
  }

  /** Live entries, for snapshots: which keys are claimed and whether they hold a response. */
  describe(): Array<{ key: string; fingerprint: string; status: number | null }> {
    this.sweep(this.clock.now());
    return [...this.entries].map(([key, entry]) => ({
      key,
      fingerprint: entry.fingerprint,
      status: entry.response?.status ?? null,
    }));
  }

  reset(): void {
    this.entries.clear();
  }

  /** Drops expired entries from the front (insertion order is expiry order). */
  private sweep(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) break;
      this.entries.delete(key);
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

function fingerprintOf(request: IdempotentRequest): string {
  let body: string;
  try {
    body = typeof request.body === "string" ? request.body : canonicalJson(request.body ?? null);
  } catch {
    body = String(request.body);
  }
  return keccak256Hex(utf8(`${request.method.toUpperCase()}\n${request.path}\n${body}`));
}
