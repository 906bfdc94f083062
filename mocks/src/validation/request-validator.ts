import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import {
  type OperationId,
  type RequestPart,
  type RequestSchemas,
  requestSchemas,
} from "../../../packages/sdk/src/generated/request-schemas.js";
import type { FieldIssue } from "../ledger/kernel/ledger-error.js";

/**
 * Request validation straight from the spec (the generated per-operation JSON Schemas of
 * body, path and query). Every bad field is reported once, in the spec's `details` style:
 * a JSON Pointer for body fields (`/deltas/3/reason`), the parameter name for path and
 * query parameters (`limit`).
 *
 * Query values arrive as strings; they are coerced to the type the schema declares before
 * validation, and handed to the ledger as sent (the ledger parses them exactly, e.g. a
 * `startingBalance` with more digits than a double holds).
 *
 * The compiled validators are pure functions of the spec, so they are compiled once per
 * process, on first use, and shared; they hold no mock state.
 */

export type { OperationId };

/** Operations of the Balance API and the public verification endpoints (paths under `/api/v1`). */
export type ApiOperationId = {
  [Op in OperationId]: RequestSchemas[Op]["path"] extends `/api/v1/${string}` ? Op : never;
}[OperationId];

type JsonSchema = Record<string, unknown>;

export interface RequestParts {
  /** Path parameters as matched (already URL-decoded). */
  params: Record<string, string | readonly string[] | undefined>;
  query: URLSearchParams;
  /** The parsed JSON body; `undefined` when the operation takes none. */
  body?: unknown;
}

export type RequestCheck = { ok: true; query: Record<string, string> } | { ok: false; issues: FieldIssue[] };

/** Schemas the mock validates differently from the spec's full request schema. */
const OVERRIDES: Partial<
  Record<OperationId, Partial<Record<RequestPart, (schema: JsonSchema) => JsonSchema>>>
> = {
  // Batch items are validated one by one by the ledger (partial success); only the envelope here.
  emitDeltaBatch: {
    body: (schema) => {
      const properties = schema.properties as Record<string, JsonSchema>;
      return { ...schema, properties: { ...properties, deltas: { ...properties.deltas, items: true } } };
    },
  },
};

let ajvInstance: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction | null>();

/** The one ajv instance (strict, every error) that checks the spec's generated schemas. */
export function ajv(): Ajv2020 {
  if (!ajvInstance) {
    ajvInstance = new Ajv2020({ strict: true, allErrors: true, verbose: true });
    addFormats(ajvInstance);
  }
  return ajvInstance;
}

function validatorFor(operationId: OperationId, part: RequestPart): ValidateFunction | null {
  const cacheKey = `${operationId}:${part}`;
  if (compiled.has(cacheKey)) return compiled.get(cacheKey) ?? null;
  const original = requestSchemas[operationId][part] as JsonSchema | null;
  const override = OVERRIDES[operationId]?.[part];
  const schema = original && override ? override(original) : original;
  const validate = schema ? ajv().compile(schema) : null;
  compiled.set(cacheKey, validate);
  return validate;
}

/** The method and OpenAPI path template of every `/api/v1` operation the spec defines. */
export function apiOperationRoutes(): Array<{ operationId: ApiOperationId; method: string; path: string }> {
  return (Object.keys(requestSchemas) as OperationId[])
    .filter((operationId): operationId is ApiOperationId =>
      requestSchemas[operationId].path.startsWith("/api/v1/"),
    )
    .map((operationId) => ({
      operationId,
      method: requestSchemas[operationId].method.toUpperCase(),
      path: requestSchemas[operationId].path,
    }));
}

export function operationMethod(operationId: OperationId): string {
  return requestSchemas[operationId].method.toUpperCase();
}

export function operationPath(operationId: OperationId): string {
  return requestSchemas[operationId].path;
}

export function operationHasBody(operationId: OperationId): boolean {
  return requestSchemas[operationId].body !== null;
}

/** What validating one operation needs, looked up once per operation. */
interface OperationValidation {
  path: ValidateFunction | null;
  pathProperties: Record<string, JsonSchema>;
  query: ValidateFunction | null;
  queryProperties: Record<string, JsonSchema>;
  body: ValidateFunction | null;
}

const validations = new Map<OperationId, OperationValidation>();

function validationOf(operationId: OperationId): OperationValidation {
  let validation = validations.get(operationId);
  if (validation === undefined) {
    const pathSchema = requestSchemas[operationId].pathParams as JsonSchema | null;
    const querySchema = requestSchemas[operationId].query as JsonSchema | null;
    validation = {
      path: validatorFor(operationId, "pathParams"),
      pathProperties: (pathSchema?.properties ?? {}) as Record<string, JsonSchema>,
      query: validatorFor(operationId, "query"),
      queryProperties: (querySchema?.properties ?? {}) as Record<string, JsonSchema>,
      body: validatorFor(operationId, "body"),
    };
    validations.set(operationId, validation);
  }
  return validation;
}

/** Validates every part of a request and returns all problems at once. */
export function validateRequest(operationId: OperationId, parts: RequestParts): RequestCheck {
  const issues: FieldIssue[] = [];
  const validation = validationOf(operationId);

  const pathValidator = validation.path;
  if (pathValidator) {
    // Path parameters arrive as text; an integer one (a record's `seq`) is read as the query's are.
    const params: Record<string, unknown> = {};
    for (const name in parts.params) {
      const value = parts.params[name];
      const text = Array.isArray(value) ? value.join("/") : String(value ?? "");
      params[name] = coerceQueryValue(text, validation.pathProperties[name] ?? {});
    }
    if (!pathValidator(params)) issues.push(...toIssues(pathValidator.errors, "name"));
  }

  const raw: Record<string, string> = {};
  const queryProperties = validation.queryProperties;
  const coerced: Record<string, unknown> = {};
  if (parts.query.size > 0) {
    for (const name of new Set(parts.query.keys())) {
      const values = parts.query.getAll(name);
      if (!Object.hasOwn(queryProperties, name)) {
        issues.push({ path: name, message: "is not a query parameter of this operation" });
        continue;
      }
      if (values.length > 1) {
        issues.push({ path: name, message: "must be given once" });
        continue;
      }
      const value = values[0] ?? "";
      raw[name] = value;
      coerced[name] = coerceQueryValue(value, queryProperties[name] as JsonSchema);
    }
  }
  const queryValidator = validation.query;
  if (queryValidator && !queryValidator(coerced)) issues.push(...toIssues(queryValidator.errors, "name"));

  const bodyValidator = validation.body;
  if (bodyValidator && !bodyValidator(parts.body)) issues.push(...toIssues(bodyValidator.errors, "pointer"));

  return issues.length > 0 ? { ok: false, issues: dedupe(issues) } : { ok: true, query: raw };
}

/** A query string value as the type its schema declares, or unchanged (so the schema reports it). */
function coerceQueryValue(value: string, schema: JsonSchema): unknown {
  switch (schema.type) {
    case "integer":
      return /^-?\d+$/.test(value) ? Number(value) : value;
    case "number":
      return /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value) ? Number(value) : value;
    case "boolean":
      return value === "true" ? true : value === "false" ? false : value;
    default:
      return value;
  }
}

/**
 * ajv errors → one issue per field. `style` "pointer" keeps JSON Pointers (body); "name"
 * turns `/limit` into `limit` (parameters). Branch errors under a failed `anyOf` are folded
 * into one message describing what the field accepts.
 */
/** ajv's errors as field issues: JSON Pointers (`pointer`) or dotted names (`name`), without anyOf noise. */
export function toIssues(errors: ErrorObject[] | null | undefined, style: "pointer" | "name"): FieldIssue[] {
  const list = errors ?? [];
  const anyOfPaths = list.filter((error) => error.keyword === "anyOf").map((error) => error.schemaPath);
  const issues: FieldIssue[] = [];
  for (const error of list) {
    if (error.keyword !== "anyOf" && anyOfPaths.some((path) => error.schemaPath.startsWith(`${path}/`)))
      continue;
    const pointer = pointerOf(error);
    issues.push({
      path: style === "pointer" ? pointer || "/" : pointer.slice(1).replaceAll("/", ".") || "/",
      message: messageOf(error),
    });
  }
  return issues;
}

function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "required")
    return `${error.instancePath}/${escapePointer(String(params.missingProperty))}`;
  if (error.keyword === "additionalProperties") {
    return `${error.instancePath}/${escapePointer(String(params.additionalProperty))}`;
  }
  return error.instancePath;
}

function escapePointer(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

function messageOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return "is required";
    case "additionalProperties":
      return "is not an accepted field";
    case "type":
      return `must be ${article(String(params.type))}`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "pattern":
      return `must match ${String(params.pattern)}`;
    case "format":
      return `must be a valid ${String(params.format)}`;
    case "minLength":
      return params.limit === 1 ? "must not be empty" : `must be at least ${String(params.limit)} characters`;
    case "maxLength":
      return `must be at most ${String(params.limit)} characters`;
    case "minItems":
      return `must hold at least ${String(params.limit)} items`;
    case "maxItems":
      return `must hold at most ${String(params.limit)} items`;
    case "anyOf":
      return describeAnyOf(error.schema as JsonSchema[]);
    default:
      return error.message ?? `fails ${error.keyword}`;
  }
}

function article(type: string): string {
  if (type === "integer") return "an integer";
  if (type === "object") return "a JSON object";
  if (type === "array") return "an array";
  return `a ${type}`;
}

/** What an `anyOf` accepts, in words: a non-zero amount range, or a date / date-time. */
function describeAnyOf(branches: JsonSchema[]): string {
  const numeric = branches.every((branch) => branch.type === "number" || branch.type === "integer");
  if (numeric) {
    const low = branches.find((branch) => branch.minimum !== undefined)?.minimum;
    const high = branches.find((branch) => branch.maximum !== undefined)?.maximum;
    const excludesZero = branches.some(
      (branch) => branch.exclusiveMaximum === 0 || branch.exclusiveMinimum === 0,
    );
    const range =
      low !== undefined && high !== undefined ? ` between ${String(low)} and ${String(high)}` : "";
    return `must be a ${excludesZero ? "non-zero " : ""}number${range}`;
  }
  const formats = branches.map((branch) => branch.format).filter((format) => typeof format === "string");
  if (formats.length === branches.length) return `must be a valid ${formats.join(" or ")}`;
  return "does not match any accepted form";
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.path)) return false;
    seen.add(issue.path);
    return true;
  });
}
