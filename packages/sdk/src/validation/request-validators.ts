/**
 * The part of request validation that is loaded on demand (dynamic `import()` from
 * `schemas.ts`): the spec's generated request schemas, the checker that applies them
 * (`json-schema-check.ts`, zod's messages without zod's runtime; `schema-accepts.ts` clears
 * valid requests without it), the mapping of its issues to `ErrorDetail`s and the core's scope rules. Behind `import()` they form a chunk of their own,
 * out of the main entry; `validate.ts` calls into them once loaded.
 */
import type { ErrorDetail } from "../errors.js";
import { type OperationId, requestSchemas } from "../generated/request-schemas.js";
import { checkSchema, type SchemaIssue } from "./json-schema-check.js";
import { schemaAccepts } from "./schema-accepts.js";
import type { JsonSchemaNode, RequestPart } from "./schemas.js";

export { resolveScope, scopeInputOf } from "../core/scope.js";

/** The parts of a request to check, each as the caller will send it. */
export type RequestParts = Partial<Record<RequestPart, unknown>>;

const PART_ORDER: readonly RequestPart[] = ["pathParams", "query", "body"];

/** The spec's JSON Schema of one part of an operation's request, or null when it has none. */
export function jsonSchemaOf(operationId: OperationId, part: RequestPart): JsonSchemaNode | null {
  return requestSchemas[operationId][part] as JsonSchemaNode | null;
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

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function detailsOf(issue: SchemaIssue, operationId: OperationId, part: RequestPart): ErrorDetail[] {
  const path = issue.path.map(String);
  if (issue.code === "unrecognized_keys") {
    const what = part === "body" ? "field" : "parameter";
    return (issue.keys ?? []).map((key) => ({
      path: [...path, key].join("."),
      message: `is not a known ${what} of ${operationId}`,
    }));
  }
  let message = issue.message;
  if (issue.code === "invalid_union") {
    // A failed anyOf only says "Invalid input"; the spec's description says what is allowed.
    const description = schemaAt(jsonSchemaOf(operationId, part), issue.path)?.description;
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
    const schema = jsonSchemaOf(operationId, part);
    const value = parts[part] ?? {};
    // The compiled predicate clears valid parts; only a refused one is checked for its issues.
    if (schema === null || schemaAccepts(schema, value)) continue;
    for (const issue of checkSchema(schema, value)) details.push(...detailsOf(issue, operationId, part));
  }
  return details;
}
