/**
 * The full report on a request part the compiled predicates refused: the checker's issues
 * (`json-schema-check.ts`) worded as `ErrorDetail`s. Loaded with `import()` by
 * `request-validators.ts` the first time a request is refused, so the valid requests nearly every
 * call makes never load it.
 */
import type { ErrorDetail } from "../errors.js";
import type { OperationId } from "../generated/request-schemas.js";
import { checkSchema, type SchemaIssue } from "./json-schema-check.js";
import type { JsonSchemaNode, RequestPart } from "./schemas.js";

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

function detailsOf(
  issue: SchemaIssue,
  operationId: OperationId,
  part: RequestPart,
  schema: JsonSchemaNode,
): ErrorDetail[] {
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
    const description = schemaAt(schema, issue.path)?.description;
    message = description
      ? `Invalid value. ${collapse(description)}`
      : "Invalid value: matches none of the allowed forms";
  }
  return [{ path: path.length > 0 ? path.join(".") : part, message }];
}

/** Every problem `schema` (the operation's schema of `part`) finds in `value`, as `{path, message}` pairs. */
export function partIssues(
  operationId: OperationId,
  part: RequestPart,
  schema: JsonSchemaNode,
  value: unknown,
): ErrorDetail[] {
  return checkSchema(schema, value).flatMap((issue) => detailsOf(issue, operationId, part, schema));
}
