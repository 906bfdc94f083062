import type { z } from "zod";
import { resolveScope, type ScopeInput } from "../core/scope.js";
import { type ErrorDetail, ValidationError } from "../errors.js";
import type { OperationId } from "../generated/request-schemas.js";
import { jsonSchemaOf, type RequestPart, schemaAt, validatorOf } from "./schemas.js";

/** The parts of a request to check, each as the caller will send it. */
export type RequestParts = Partial<Record<RequestPart, unknown>>;

type Issue = z.core.$ZodIssue;

const PART_ORDER: readonly RequestPart[] = ["pathParams", "query", "body"];

// The client never knows the tenant's scope limits; the server answers SCOPE_TOO_WIDE.
const UNBOUNDED_LIMITS = {
  maxScopeMonths: Number.POSITIVE_INFINITY,
  maxRetentionDays: Number.POSITIVE_INFINITY,
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/**
 * JSON Schema counts string length in code points, zod in UTF-16 units: a length issue that
 * disappears when counted in code points (emoji, other astral characters) is not an issue.
 */
function isFalseLengthIssue(issue: Issue, input: unknown): boolean {
  if ((issue.code !== "too_big" && issue.code !== "too_small") || issue.origin !== "string") return false;
  const value = valueAt(input, issue.path);
  if (typeof value !== "string") return false;
  const length = codePoints(value);
  const bound = Number(issue.code === "too_big" ? issue.maximum : issue.minimum);
  if (issue.code === "too_big") return issue.inclusive === false ? length < bound : length <= bound;
  return issue.inclusive === false ? length > bound : length >= bound;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function detailsOf(issue: Issue, operationId: OperationId, part: RequestPart): ErrorDetail[] {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const what = part === "body" ? "field" : "parameter";
    return issue.keys.map((key) => ({
      path: [...path, key].join("."),
      message: `is not a known ${what} of ${operationId}`,
    }));
  }
  let message = issue.message;
  if (issue.code === "invalid_union") {
    // zod only says "Invalid input" for a failed anyOf; the spec's description says what is allowed.
    const description = schemaAt(
      jsonSchemaOf(operationId, part),
      issue.path as (string | number)[],
    )?.description;
    message = description
      ? `Invalid value. ${collapse(description)}`
      : "Invalid value: matches none of the allowed forms";
  }
  return [{ path: path.length > 0 ? path.join(".") : part, message }];
}

/** Every problem the spec's schemas find in a request, as `{path, message}` pairs. Pure, no network. */
export function requestIssues(operationId: OperationId, parts: RequestParts): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const part of PART_ORDER) {
    if (!(part in parts)) continue;
    const validator = validatorOf(operationId, part);
    if (validator === null) continue;
    const input = parts[part] ?? {};
    const result = validator.safeParse(input);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      if (!isFalseLengthIssue(issue, input)) details.push(...detailsOf(issue, operationId, part));
    }
  }
  return details;
}

function describe(operationId: OperationId, details: readonly ErrorDetail[]): string {
  return `Invalid ${operationId} request: ${details.map((d) => `${d.path}: ${d.message}`).join("; ")}`;
}

/** A client-side `ValidationError` listing `details` (code VALIDATION_ERROR unless given). */
export function validationError(
  operationId: OperationId,
  details: ErrorDetail[],
  code?: string,
): ValidationError {
  return new ValidationError(
    describe(operationId, details),
    code === undefined ? { details } : { code, details },
  );
}

/** Throws a `ValidationError` (code VALIDATION_ERROR, one detail per field) when the spec's schemas reject the request. */
export function assertValidRequest(operationId: OperationId, parts: RequestParts): void {
  const details = requestIssues(operationId, parts);
  if (details.length > 0) throw validationError(operationId, details);
}

/**
 * Applies the scope rules of CONTRACT §5 with the core's `resolveScope` (the mock uses the same
 * function): combinations (`INVALID_SCOPE_COMBINATION`), both dates, a real past month, an end
 * after the start, a well-formed checkpoint. Width and retention are left to the server, which
 * knows the tenant's limits.
 */
export function assertValidScope(
  operationId: OperationId,
  input: ScopeInput,
  options: { allowCheckpoint: boolean; now?: Date },
): void {
  const result = resolveScope(input, {
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
  const input: ScopeInput = {};
  for (const field of [
    "startingCheckpoint",
    "startingCheckpointType",
    "period",
    "timePreset",
    "startDate",
    "endDate",
  ] as const) {
    const value = source[field];
    if (typeof value === "string") input[field] = value;
  }
  return input;
}
