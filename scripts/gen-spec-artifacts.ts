/**
 * Generates the spec artifacts from spec/openapi.yaml: in packages/sdk/src/generated,
 *
 * - schema.ts           TypeScript types (`paths`, `components`, `operations`) via openapi-typescript
 * - request-schemas.ts  per operationId, the JSON Schemas of the request body, path and query
 *                       parameters, in a form `z.fromJSONSchema` (zod 4) accepts
 * - webhook-schemas.ts  per webhook event (the spec's top-level `webhooks:`), the JSON Schema of
 *                       the delivery body, in the same zod-compatible form
 * - spec-constants.ts   the value the client needs synchronously (batch size), and
 *   webhook-event-names.ts  the event names webhook verification needs synchronously, so the two
 *                       schema files above can be loaded lazily, in their own chunks
 *
 * and in packages/contract/generated (the contract kit ships it; the SDK package stays lean):
 *
 * - openapi.json        the fully dereferenced bundle (no `$ref` left), for ajv (`ajv/dist/2020.js`)
 *
 * The request and webhook schemas keep only what validation reads (see `trimForValidation`).
 *
 * Run with `pnpm gen` (root) or `pnpm --filter @pacspace/sdk run gen`. The output is
 * deterministic and formatted with biome, so `pnpm run gen:check` can detect stale files.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { sharedLiteralParts } from "./shared-literal-parts.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const specPath = join(root, "spec/openapi.yaml");
const outDir = join(root, "packages/sdk/src/generated");
const bundleDir = join(root, "packages/contract/generated");
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

const SHARED_PARTS_NOTE = [
  "A part the schemas repeat (a `$ref` of the spec, inlined at each use) is written once, as `sN`,",
  " * and named where it recurs: the schemas are read, never changed, so the parts can be shared.",
].join("\n");

/** `export const <name> = … as const`, preceded by the parts of the value it repeats. */
function withSharedParts(name: string, value: Json): string {
  const { declarations, expression } = sharedLiteralParts(value);
  return `${declarations}\n\nexport const ${name} = ${expression} as const;`;
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
 * - drops `examples` (annotation only; zod would copy it into its global registry) and `x-…`
 *   vendor annotations such as `x-pacspace-extension`;
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
    if (key.startsWith("x-")) continue;
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

/** Annotations neither zod nor ajv validates with. */
const ANNOTATIONS: ReadonlySet<string> = new Set(["title", "$comment"]);
const COMPOSITIONS: ReadonlySet<string> = new Set(["allOf", "anyOf", "oneOf"]);

interface TrimContext {
  /** Keep `description` on unions (request schemas: validation messages quote it). */
  unionDescriptions: boolean;
  /** The node is a property its object lists in `required`. */
  required?: boolean;
  /** The node is inside `allOf`/`anyOf`/`oneOf`, where a sibling branch may require the property. */
  composed?: boolean;
}

/**
 * Drops what validation never reads, so the schema chunks the SDK loads stay small; what a
 * schema accepts, and every message the SDK builds from it, stay the same:
 * - `description`, except on a union (`anyOf`/`oneOf`) when `unionDescriptions` is set: the SDK's
 *   request validation quotes it when a value matches no branch, and reads it nowhere else;
 * - `default` of a property its object does not require: zod accepts the key missing either way,
 *   and the SDK validates the caller's own object, never zod's output. Defaults stay on required
 *   properties (with one, zod accepts the key missing) and anywhere inside a composition;
 * - `title`, `$comment`.
 */
function trimForValidation(schema: Json, context: TrimContext): Json {
  const { unionDescriptions, composed = false } = context;
  if (Array.isArray(schema))
    return schema.map((item) => trimForValidation(item, { unionDescriptions, composed }));
  if (!isObject(schema)) return schema;
  const requiredNames = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  const isUnion = "anyOf" in schema || "oneOf" in schema;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    // Specification extensions (`x-…`, e.g. `x-pacspace-extension`) annotate; strict validators reject them.
    if (ANNOTATIONS.has(key) || key.startsWith("x-")) continue;
    if (key === "description" && !(unionDescriptions && isUnion)) continue;
    if (key === "default" && !context.required && !composed) continue;
    const inner = { unionDescriptions, composed: composed || COMPOSITIONS.has(key) };
    result[key] =
      key === "properties" && isObject(value)
        ? Object.fromEntries(
            Object.entries(value).map(([name, property]) => [
              name,
              trimForValidation(property, { ...inner, required: requiredNames.has(name) }),
            ]),
          )
        : trimForValidation(value, inner);
  }
  return result;
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
        body:
          json?.schema === undefined
            ? null
            : trimForValidation(toZodCompatible(json.schema), { unionDescriptions: true }),
        pathParams: trimForValidation(parametersSchema(parameters, "path"), { unionDescriptions: true }),
        query: trimForValidation(parametersSchema(parameters, "query"), { unionDescriptions: true }),
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
 * Only what validation reads is kept: descriptions of unions (quoted in validation messages), defaults of
 * required properties; other descriptions, defaults, titles and examples are dropped.
 * The SDK loads this file lazily (dynamic \`import()\`), so it is not part of the main chunk.
 * ${SHARED_PARTS_NOTE}
 */

import type { JSONSchema } from "zod/v4/core";

${withSharedParts("requestSchemas", sorted)}

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
    // Webhook validation reports zod's own messages: no description is ever read.
    events[event] = trimForValidation(toZodCompatible(json.schema), { unionDescriptions: false });
  }
  const sorted = Object.fromEntries(Object.entries(events).sort(([a], [b]) => (a < b ? -1 : 1)));
  const source = `/**
 * ${BANNER}
 *
 * Per webhook event type (the spec's top-level \`webhooks:\`): the JSON Schema (2020-12, no \`$ref\`) of
 * the delivery body, rewritten for zod 4's \`z.fromJSONSchema\` exactly as the request schemas are, without
 * descriptions (webhook validation reports zod's own messages). Loaded lazily by the SDK.
 * ${SHARED_PARTS_NOTE}
 */

import type { JSONSchema } from "zod/v4/core";

${withSharedParts("webhookEventSchemas", sorted)}

export type WebhookEventSchemas = typeof webhookEventSchemas;
export type WebhookEventName = keyof WebhookEventSchemas;

/** One event's body schema typed for \`z.fromJSONSchema\` (the \`as const\` literal has readonly arrays). */
export function webhookEventSchema(event: WebhookEventName): JSONSchema.JSONSchema {
  return webhookEventSchemas[event] as unknown as JSONSchema.JSONSchema;
}
`;
  return format(source, "ts");
}

/** Values the SDK reads synchronously, kept out of the lazily loaded schema files. */
function generateSpecConstants(bundle: JsonObject): string {
  const batch = isObject(bundle.paths) ? bundle.paths["/api/v1/balance/delta/batch"] : undefined;
  const post = isObject(batch) ? batch.post : undefined;
  const requestBody = isObject(post) ? post.requestBody : undefined;
  const content = isObject(requestBody) ? requestBody.content : undefined;
  const json = isObject(content) ? content["application/json"] : undefined;
  const schema = isObject(json) ? json.schema : undefined;
  const properties = isObject(schema) ? schema.properties : undefined;
  const deltas = isObject(properties) ? properties.deltas : undefined;
  const maxItems = isObject(deltas) ? deltas.maxItems : undefined;
  if (typeof maxItems !== "number") throw new Error("emitDeltaBatch: body.deltas has no maxItems");
  const source = `/**
 * ${BANNER}
 *
 * The few values of the spec the SDK needs synchronously, in a file of their own so that
 * request-schemas.ts and webhook-schemas.ts can be loaded lazily (dynamic \`import()\`).
 */

/** The largest \`emitDeltaBatch\` request: \`maxItems\` of its body's \`deltas\`. */
export const maxBatchSize = ${maxItems};
`;
  return format(source, "ts");
}

/**
 * The webhook event names, apart from spec-constants.ts: only webhook verification reads them,
 * so a bundler keeps them out of the client's first load.
 */
function generateWebhookEventNames(bundle: JsonObject): string {
  const webhooks = isObject(bundle.webhooks) ? bundle.webhooks : {};
  const eventNames = Object.keys(webhooks).sort((a, b) => (a < b ? -1 : 1));
  const source = `/**
 * ${BANNER}
 */

/** Every webhook event type of the spec's top-level \`webhooks:\` (the keys of \`webhookEventSchemas\`), sorted. */
export const webhookEventNames = ${JSON.stringify(eventNames)} as const;
`;
  return format(source, "ts");
}

async function main(): Promise<void> {
  const bundle = bundleDereferenced();
  const types = await generateTypes();
  writeFileSync(join(outDir, "schema.ts"), types);
  mkdirSync(bundleDir, { recursive: true });
  writeFileSync(join(bundleDir, "openapi.json"), format(`${JSON.stringify(bundle, null, 2)}\n`, "json"));
  writeFileSync(join(outDir, "request-schemas.ts"), generateRequestSchemas(bundle));
  writeFileSync(join(outDir, "webhook-schemas.ts"), generateWebhookSchemas(bundle));
  writeFileSync(join(outDir, "spec-constants.ts"), generateSpecConstants(bundle));
  writeFileSync(join(outDir, "webhook-event-names.ts"), generateWebhookEventNames(bundle));
}

await main();
