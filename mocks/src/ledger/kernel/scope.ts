import { type ResolvedScope, resolveScope, SCOPE_FIELDS, type ScopeInput } from "./core.js";
import { LedgerError } from "./ledger-error.js";
import type { LedgerLimits } from "./limits.js";
import type { ParamReader } from "./query.js";

/**
 * Scope resolution for derive/compare/checkpoint/receipt, delegated to the
 * shared core so the SDK and the mock cannot disagree; errors become LedgerErrors.
 */

/** Picks and type-checks the scope fields of a query or body. */
export function readScopeInput(source: Record<string, unknown>, reader: ParamReader): ScopeInput {
  const input: ScopeInput = {};
  for (const field of SCOPE_FIELDS) {
    const value = reader.text(field, source[field]);
    if (value !== undefined) input[field] = value;
  }
  return input;
}

export function resolveScopeOrThrow(
  input: ScopeInput,
  nowMs: number,
  limits: LedgerLimits,
  allowCheckpoint: boolean,
): ResolvedScope {
  const result = resolveScope(input, { now: new Date(nowMs), limits, allowCheckpoint });
  if (!result.ok) {
    const { code, message, field } = result.error;
    throw new LedgerError(code, message, { details: [{ path: field, message }] });
  }
  return result.scope;
}

/** `YYYY-MM` of a UTC instant. */
export function periodOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
