/**
 * The limits a ledger enforces; `GET /limits` reports exactly these (they are
 * enforced, not just reported).
 */
export interface LedgerLimits {
  /** Widest scope derive/compare/checkpoint/receipt accept, in calendar months. */
  maxScopeMonths: number;
  /** Widest "last N days" range a client may ask for. Reported for clients; no scope field uses it yet. */
  maxLastNDays: number;
  /** Oldest start a scope may have, in days before now. */
  maxRetentionDays: number;
  /** Most items in one `POST /delta/batch`. */
  maxBatchSize: number;
  /** Largest |delta| accepted. */
  maxDeltaAbs: number;
  /** Longest `reason`, in characters. */
  maxReasonLength: number;
}

export const DEFAULT_LIMITS: Readonly<LedgerLimits> = Object.freeze({
  maxScopeMonths: 12,
  maxLastNDays: 90,
  maxRetentionDays: 730,
  maxBatchSize: 100,
  maxDeltaAbs: 1_000_000_000,
  maxReasonLength: 500,
});

/** Fixed format limits that are not part of `GET /limits`. */
export const FORMAT_LIMITS = Object.freeze({
  customerIdPattern: /^[A-Za-z0-9_.:-]{1,128}$/,
  maxReferenceIdLength: 256,
  maxMetadataBytes: 16 * 1024,
  maxPageLimit: 1000,
  defaultDerivePageLimit: 100,
});

export function resolveLimits(overrides: Partial<LedgerLimits> = {}): LedgerLimits {
  const limits = { ...DEFAULT_LIMITS, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0)
      throw new RangeError(`limit ${name} must be a positive number`);
  }
  return limits;
}
