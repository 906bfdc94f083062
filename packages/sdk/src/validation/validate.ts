import type { ScopeInput } from "../core/scope.js";
import { type ErrorDetail, type ValidationError, validationClassFor } from "../errors.js";
import type { OperationId } from "../generated/request-schemas.js";
import type { RequestParts } from "./request-validators.js";
import { requestValidation } from "./schemas.js";

export type { RequestParts };

// The client never knows the tenant's scope limits; the server answers SCOPE_TOO_WIDE.
const UNBOUNDED_LIMITS = {
  maxScopeMonths: Number.POSITIVE_INFINITY,
  maxRetentionDays: Number.POSITIVE_INFINITY,
};

/**
 * Every problem the spec's schemas find in a request, as `{path, message}` pairs. Pure, no network;
 * needs the lazily loaded schemas (`apiCall` and `pagedCall` load them before running a call).
 */
export function requestIssues(operationId: OperationId, parts: RequestParts): ErrorDetail[] {
  return requestValidation().requestIssues(operationId, parts);
}

function describe(operationId: OperationId, details: readonly ErrorDetail[]): string {
  return `Invalid ${operationId} request: ${details.map((d) => `${d.path}: ${d.message}`).join("; ")}`;
}

/**
 * A client-side `ValidationError` listing `details` (code VALIDATION_ERROR unless given; the
 * scope codes get their subclasses, as the server's answers do).
 */
export function validationError(
  operationId: OperationId,
  details: ErrorDetail[],
  code?: string,
): ValidationError {
  const ErrorClass = validationClassFor(code);
  return new ErrorClass(describe(operationId, details), code === undefined ? { details } : { code, details });
}

/** Throws a `ValidationError` (code VALIDATION_ERROR, one detail per field) when the spec's schemas reject the request. */
export function assertValidRequest(operationId: OperationId, parts: RequestParts): void {
  // Refused before the checker was loaded: once it is, this same assertion reports the refusal.
  const details = requestValidation().requestIssues(operationId, parts, () =>
    assertValidRequest(operationId, parts),
  );
  if (details.length > 0) throw validationError(operationId, details);
}

/**
 * Applies the scope rules (see `deriveBalance` in the spec) with the core's `resolveScope` (the mock uses the same
 * function): combinations (`INVALID_SCOPE_COMBINATION`), both dates, a real past month, an end
 * after the start, a well-formed checkpoint. Width and retention are left to the server, which
 * knows the tenant's limits. Like `requestIssues`, needs the lazily loaded validation module.
 */
export function assertValidScope(
  operationId: OperationId,
  input: ScopeInput,
  options: { allowCheckpoint: boolean; now?: Date },
): void {
  const result = requestValidation().resolveScope(input, {
    now: options.now ?? new Date(),
    limits: UNBOUNDED_LIMITS,
    allowCheckpoint: options.allowCheckpoint,
  });
  if (result.ok) return;
  const { code, field, message } = result.error;
  throw validationError(operationId, [{ path: field, message }], code);
}

/** The scope fields of a query or body (strings only; other types are the schema's business). */
export function scopeInputOf(source: Record<string, unknown>): ScopeInput {
  return requestValidation().scopeInputOf(source);
}
