/**
 * The part of request validation that is loaded on demand (dynamic `import()` from
 * `schemas.ts`): the spec's generated request schemas, zod's JSON Schema converter, the
 * mapping of zod issues to `ErrorDetail`s and the core's scope rules. Behind `import()` they
 * form a chunk of their own, out of the main entry; `validate.ts` calls into them once loaded.
 */
import { fromJSONSchema, type ZodType, type z } from "zod";
import type { ErrorDetail } from "../errors.js";
import { type OperationId, requestSchema, requestSchemas } from "../generated/request-schemas.js";
import type { JsonSchemaNode, RequestPart } from "./schemas.js";

export { resolveScope, scopeInputOf } from "../core/scope.js";

/** The parts of a request to check, each as the caller will send it. */
export type RequestParts = Partial<Record<RequestPart, unknown>>;

type Issue = z.core.$ZodIssue;

const PART_ORDER: readonly RequestPart[] = ["pathParams", "query", "body"];

const validators = new Map<string, ZodType | null>();

/** The spec's JSON Schema of one part of an operation's request, or null when it has none. */
export function jsonSchemaOf(operationId: OperationId, part: RequestPart): JsonSchemaNode | null {
  return requestSchemas[operationId][part] as JsonSchemaNode | null;
}

/**
 * The zod validator of one part of an operation's request, built from the generated JSON
 * Schema on first use and cached: the spec stays the only description of request shapes.
 */
export function validatorOf(operationId: OperationId, part: RequestPart): ZodType | null {
  const cacheKey = `${operationId}:${part}`;
  let validator = validators.get(cacheKey);
  if (validator === undefined) {
    const schema = requestSchema(operationId, part);
    validator = schema === null ? null : fromJSONSchema(schema);
    validators.set(cacheKey, validator);
  }
  return validator;
}

/** The JSON Schema node at a path of object properties and array indexes, or null. */
export function schemaAt(
  node: JsonSchemaNode | null,
  path: readonly (string | number)[],
): JsonSchemaNode | null {
  let current: JsonSchemaNode | undefined = node ?? undefined;
  for (const segment of path) {
    if (current === undefined) return null;
    current = typeof segment === "number" ? current.items : current.properties?.[segment];
  }
  return current ?? null;
}

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
