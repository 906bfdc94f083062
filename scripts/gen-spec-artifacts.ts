/**
 * Generates everything in packages/sdk/src/generated from spec/openapi.yaml:
 *
 * - schema.ts           TypeScript types (`paths`, `components`, `operations`) via openapi-typescript
 * - openapi.json        the fully dereferenced bundle (no `$ref` left), for ajv (`ajv/dist/2020.js`)
 * - request-schemas.ts  per operationId, the JSON Schemas of the request body, path and query
 *                       parameters, in a form `z.fromJSONSchema` (zod 4) accepts
 * - webhook-schemas.ts  per webhook event (the spec's top-level `webhooks:`), the JSON Schema of
 *                       the delivery body, in the same zod-compatible form
 *
 * Run with `pnpm gen` (root) or `pnpm --filter @pacspace/sdk run gen`. The output is
 * deterministic and formatted with biome, so `pnpm run gen:check` can detect stale files.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const specPath = join(root, "spec/openapi.yaml");
const outDir = join(root, "packages/sdk/src/generated");
const bin = (name: string) => join(root, "node_modules/.bin", name);

const BANNER = "This file is generated from spec/openapi.yaml by scripts/gen-spec-artifacts.ts. Do not edit.";
const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** Formats source text with the repository's biome settings (generated/ is excluded from biome's file set). */
function format(source: string, extension: "ts" | "json"): string {
  return execFileSync(bin("biome"), ["format", `--stdin-file-path=generated-output.${extension}`], {
    cwd: root,
    input: source,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

async function generateTypes(): Promise<string> {
  const ast = await openapiTS(new URL(`file://${specPath}`));
  return format(`/**\n * ${BANNER}\n */\n\n${astToString(ast)}`, "ts");
}

function bundleDereferenced(): JsonObject {
  const dir = mkdtempSync(join(tmpdir(), "pacspace-spec-"));
  try {
    const out = join(dir, "openapi.json");
    execFileSync(bin("redocly"), ["bundle", specPath, "--dereferenced", "--ext", "json", "--output", out], {
      cwd: root,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const bundle = JSON.parse(readFileSync(out, "utf8")) as JsonObject;
    if (JSON.stringify(bundle).includes('"$ref"')) {
      throw new Error("the dereferenced bundle still contains $ref (circular schema?)");
    }
    return bundle;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Rewrites a schema into the subset `z.fromJSONSchema` understands, without changing what it accepts:
 * - drops `examples` (annotation only; zod would copy it into its global registry);
 * - turns the non-zero amount rule `{type: number, minimum: a, maximum: b, not: {const: 0}}` into
 *   `anyOf: [[a, 0), (0, b]]`, because zod has no `not`.
 * Any other keyword zod rejects makes generation fail instead of shipping a schema that throws at runtime.
 */
function toZodCompatible(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(toZodCompatible);
  if (!isObject(schema)) return schema;
  const { examples: _examples, example: _example, ...rest } = schema;
  for (const keyword of ["not", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems", "$ref"]) {
    if (keyword in rest && !(keyword === "not" && isNonZeroNumber(rest))) {
      throw new Error(
        `keyword "${keyword}" cannot be converted by z.fromJSONSchema: ${JSON.stringify(schema)}`,
      );
    }
  }
  if (isNonZeroNumber(rest)) {
    const { not: _not, minimum, maximum, type, ...annotations } = rest;
    const negative: JsonObject = { type, exclusiveMaximum: 0 };
    const positive: JsonObject = { type, exclusiveMinimum: 0 };
    if (minimum !== undefined) negative.minimum = minimum;
    if (maximum !== undefined) positive.maximum = maximum;
    return { ...annotations, anyOf: [negative, positive] };
  }
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(rest)) {
    // `properties` maps names to schemas; a property called e.g. "examples" must survive.
    result[key] =
      key === "properties" && isObject(value) ? mapValues(value, toZodCompatible) : toZodCompatible(value);
  }
  return result;
}

function isNonZeroNumber(schema: JsonObject): boolean {
  const not = schema.not;
  return (
    (schema.type === "number" || schema.type === "integer") &&
    isObject(not) &&
    Object.keys(not).length === 1 &&
    not.const === 0
  );
}

function mapValues(object: JsonObject, fn: (value: Json) => Json): JsonObject {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [key, fn(value)]));
}

/** An object schema over the parameters found `in` one location, or null when there are none. */
function parametersSchema(parameters: JsonObject[], location: "path" | "query"): Json {
  const selected = parameters.filter((parameter) => parameter.in === location);
  if (selected.length === 0) return null;
  const properties: JsonObject = {};
  const required: string[] = [];
  for (const parameter of selected) {
    const name = String(parameter.name);
    const schema = isObject(parameter.schema) ? parameter.schema : {};
    properties[name] =
      typeof parameter.description === "string" ? { ...schema, description: parameter.description } : schema;
    if (parameter.required === true) required.push(name);
  }
  return toZodCompatible({ type: "object", properties, required, additionalProperties: false });
}

function generateRequestSchemas(bundle: JsonObject): string {
  const operations: JsonObject = {};
  const paths = isObject(bundle.paths) ? bundle.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? item.parameters.filter(isObject) : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const own = Array.isArray(operation.parameters) ? operation.parameters.filter(isObject) : [];
      const overridden = new Set(own.map((parameter) => `${parameter.in}:${parameter.name}`));
      const parameters = [
        ...shared.filter((parameter) => !overridden.has(`${parameter.in}:${parameter.name}`)),
        ...own,
      ];
      const requestBody = isObject(operation.requestBody) ? operation.requestBody : undefined;
      const content = isObject(requestBody?.content) ? requestBody.content : undefined;
      const json = isObject(content?.["application/json"]) ? content["application/json"] : undefined;
      const operationId = String(operation.operationId);
      if (operationId in operations) throw new Error(`duplicate operationId ${operationId}`);
      operations[operationId] = {
        method,
        path,
        body: json?.schema === undefined ? null : toZodCompatible(json.schema),
        pathParams: parametersSchema(parameters, "path"),
        query: parametersSchema(parameters, "query"),
      };
    }
  }
  const sorted = Object.fromEntries(Object.entries(operations).sort(([a], [b]) => (a < b ? -1 : 1)));
  const source = `/**
 * ${BANNER}
 *
 * Per operationId: the HTTP method and path template, and JSON Schemas (2020-12, no \`$ref\`) of the
 * request body, the path parameters and the query parameters; \`null\` when the operation has none.
 * Every schema is accepted by zod 4's \`z.fromJSONSchema\`; the only rewrite from the spec is the
 * non-zero amount rule, expressed as \`anyOf\` of the negative and positive ranges (zod has no \`not\`).
 * Query parameters are described with their decoded types (numbers, booleans), as a caller passes them.
 */

import type { JSONSchema } from "zod/v4/core";

export const requestSchemas = ${JSON.stringify(sorted, null, 2)} as const;

export type RequestSchemas = typeof requestSchemas;
export type OperationId = keyof RequestSchemas;
export type RequestPart = "body" | "pathParams" | "query";

/**
 * One request part's schema typed for \`z.fromJSONSchema\` (the \`as const\` literal has readonly arrays,
 * which zod's \`JSONSchema\` type does not accept), or \`null\` when the operation has no such part.
 */
export function requestSchema(operationId: OperationId, part: RequestPart): JSONSchema.JSONSchema | null {
  return requestSchemas[operationId][part] as unknown as JSONSchema.JSONSchema | null;
}
`;
  return format(source, "ts");
}

function generateWebhookSchemas(bundle: JsonObject): string {
  const events: JsonObject = {};
  const webhooks = isObject(bundle.webhooks) ? bundle.webhooks : {};
  for (const [event, item] of Object.entries(webhooks)) {
    const operation = isObject(item) ? item.post : undefined;
    const requestBody = isObject(operation) && isObject(operation.requestBody) ? operation.requestBody : {};
    const content = isObject(requestBody.content) ? requestBody.content : {};
    const json = isObject(content["application/json"]) ? content["application/json"] : {};
    if (json.schema === undefined) throw new Error(`webhook ${event} has no application/json body schema`);
    events[event] = toZodCompatible(json.schema);
  }
  const sorted = Object.fromEntries(Object.entries(events).sort(([a], [b]) => (a < b ? -1 : 1)));
  const source = `/**
 * ${BANNER}
 *
 * Per webhook event type (the spec's top-level \`webhooks:\`): the JSON Schema (2020-12, no \`$ref\`) of
 * the delivery body, rewritten for zod 4's \`z.fromJSONSchema\` exactly as the request schemas are.
 */

import type { JSONSchema } from "zod/v4/core";

export const webhookEventSchemas = ${JSON.stringify(sorted, null, 2)} as const;

export type WebhookEventSchemas = typeof webhookEventSchemas;
export type WebhookEventName = keyof WebhookEventSchemas;

/** One event's body schema typed for \`z.fromJSONSchema\` (the \`as const\` literal has readonly arrays). */
export function webhookEventSchema(event: WebhookEventName): JSONSchema.JSONSchema {
  return webhookEventSchemas[event] as unknown as JSONSchema.JSONSchema;
}
`;
  return format(source, "ts");
}

async function main(): Promise<void> {
  const bundle = bundleDereferenced();
  const types = await generateTypes();
  writeFileSync(join(outDir, "schema.ts"), types);
  writeFileSync(join(outDir, "openapi.json"), format(`${JSON.stringify(bundle, null, 2)}\n`, "json"));
  writeFileSync(join(outDir, "request-schemas.ts"), generateRequestSchemas(bundle));
  writeFileSync(join(outDir, "webhook-schemas.ts"), generateWebhookSchemas(bundle));
}

await main();
