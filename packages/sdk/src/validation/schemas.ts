import { type ZodType, z } from "zod";
import { type OperationId, requestSchemas } from "../generated/request-schemas.js";

/** The parts of a request the spec describes with a JSON Schema. */
export type RequestPart = "body" | "pathParams" | "query";

/** A JSON Schema node as the generator writes them (only what the validator reads). */
export interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  [keyword: string]: unknown;
}

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
    const schema = jsonSchemaOf(operationId, part);
    validator = schema === null ? null : z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
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
