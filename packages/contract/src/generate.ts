import fc from "fast-check";
import type { RequestInput } from "./http.js";
import { schemaViolations, type Violation } from "./negative.js";
import { arbitraryFromSchema, codePoints } from "./schema-arbitrary.js";
import {
  applyValidRules,
  COOKIE_SESSION_HEADERS,
  declaresNotFound,
  type GenerationContext,
  inputFields,
  semanticViolations,
  UNIQUE_HEADERS,
  validScopes,
} from "./semantic-rules.js";
import type { ContractSpec, JsonSchema, OpenApiParameter, Operation } from "./spec.js";
import type { SchemaValidator } from "./validator.js";

/**
 * Turns an operation of the spec into concrete requests: valid ones, invalid ones (one
 * violation each), and valid ones naming an identifier that does not exist.
 */

/** A 32-bit seed for one (run seed, purpose) pair, so every list is reproducible on its own. */
export function seedFor(seed: number, ...parts: (string | number)[]): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (const char of parts.join("\u0000")) {
    hash ^= char.codePointAt(0) as number;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/** The schema of a whole decoded request, used to confirm valid inputs are valid and invalid ones are not. */
export function requestSchema(operation: Operation): JsonSchema {
  const group = (parameters: OpenApiParameter[]): JsonSchema => ({
    type: "object",
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema ?? {}])),
    required: parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
  });
  return {
    type: "object",
    properties: {
      path: group(operation.pathParams),
      query: group(operation.queryParams),
      headers: group(operation.headerParams),
      ...(operation.body ? { body: operation.body } : {}),
    },
    required: operation.body && operation.bodyRequired ? ["body"] : [],
  };
}

/** What generation needs to know about the whole spec. */
export interface SpecIndex {
  /** Literal path segments: a generated identifier equal to one would reach another route. */
  literals: Set<string>;
  /** Names of path parameters: an input of the same name identifies a stored resource. */
  identifiers: Set<string>;
}

export function specIndex(spec: ContractSpec): SpecIndex {
  const literals = new Set<string>();
  const identifiers = new Set<string>();
  for (const operation of spec.operations) {
    for (const segment of operation.path.split("/"))
      if (segment && !segment.includes("{")) literals.add(segment);
    for (const parameter of operation.pathParams) identifiers.add(parameter.name);
  }
  return { literals, identifiers };
}

function safePathValue(value: string, index: SpecIndex): boolean {
  return !index.literals.has(value) && !/^\.+$/.test(value);
}

/** A well-formed identifier (per its schema) that names nothing: long enough not to collide, never a literal route segment. */
export function unknownIdentifier(
  schema: JsonSchema,
  avoid: string | undefined,
  index: SpecIndex,
): fc.Arbitrary<string | number> {
  if (schema.type === "integer") {
    // A position far beyond anything a run creates (e.g. a record entry's seq).
    return fc.integer({ min: 1_000_000, max: 2_147_483_647 }).filter((value) => String(value) !== avoid);
  }
  const minimum = Math.min(12, (schema.maxLength as number | undefined) ?? 12);
  return (arbitraryFromSchema(schema, { location: "path" }) as fc.Arbitrary<string>).filter(
    (value) => codePoints(value) >= minimum && value !== avoid && safePathValue(value, index),
  );
}

/** A produced identifier as its parameter's schema types it (an entry's `seq` is an integer). */
function resourceAs(schema: JsonSchema, value: string): string | number {
  return schema.type === "integer" && /^\d{1,15}$/.test(value) ? Number(value) : value;
}

export type InputMode =
  /** Every identifier names an existing resource; an operation that needs one that is missing is skipped. */
  | { kind: "valid" }
  /**
   * As valid but without scope fields, and `name`, if a path parameter, gets a well-formed
   * identifier that does not exist (body and query identifiers are replaced by the caller).
   */
  | { kind: "unknown"; name: string }
  /** Missing resources are replaced by generated identifiers (bases for invalid requests). */
  | { kind: "lenient" };

export type InputArbitrary = { arbitrary: fc.Arbitrary<RequestInput> } | { skipped: string };

export function inputArbitrary(
  operation: Operation,
  context: GenerationContext,
  mode: InputMode,
  index: SpecIndex,
): InputArbitrary {
  const notFound = declaresNotFound(operation);
  const unknownValue = (schema: JsonSchema, avoid: string | undefined) =>
    unknownIdentifier(schema, avoid, index);

  const path: Record<string, fc.Arbitrary<unknown>> = {};
  for (const parameter of operation.pathParams) {
    const schema = parameter.schema ?? { type: "string" };
    const existing = context.resources[parameter.name];
    if (mode.kind === "unknown" && mode.name === parameter.name)
      path[parameter.name] = unknownValue(schema, existing);
    else if (existing !== undefined) path[parameter.name] = fc.constant(resourceAs(schema, existing));
    else if (notFound && mode.kind !== "lenient")
      return { skipped: `needs an existing ${parameter.name}; no call produced one` };
    else path[parameter.name] = unknownValue(schema, undefined);
  }

  // Inputs that name a resource, on an operation that may answer 404, take the existing one.
  const resourceValue = (
    name: string,
    required: boolean,
  ): fc.Arbitrary<unknown> | undefined | "omit" | "skip" => {
    if (!notFound || !(name in context.resources)) {
      if (notFound && index.identifiers.has(name) && mode.kind === "valid") return required ? "skip" : "omit";
      return undefined;
    }
    return fc.constant(context.resources[name]);
  };

  const query: Record<string, fc.Arbitrary<unknown>> = {};
  const omitted = new Set<string>();
  for (const parameter of operation.queryParams) {
    const resource = resourceValue(parameter.name, parameter.required === true);
    if (resource === "skip") return { skipped: `needs an existing ${parameter.name}; no call produced one` };
    if (resource === "omit") continue;
    query[parameter.name] =
      resource ?? arbitraryFromSchema(parameter.schema ?? { type: "string" }, { location: "query" });
  }
  const headers: Record<string, fc.Arbitrary<unknown>> = {};
  for (const parameter of operation.headerParams) {
    headers[parameter.name] = UNIQUE_HEADERS.has(parameter.name.toLowerCase())
      ? fc.stringMatching(/^[A-Za-z0-9]{24}$/).map((value) => `contract-${context.runTag}-${value}`)
      : arbitraryFromSchema(parameter.schema ?? { type: "string" }, { location: "header" });
  }

  let body: fc.Arbitrary<unknown> = fc.constant(undefined);
  if (operation.body) {
    const required = new Set((operation.body.required as string[] | undefined) ?? []);
    let skip: string | undefined;
    body = arbitraryFromSchema(operation.body, {
      location: "body",
      maxArrayItems: 3,
      override(pointer) {
        const match = /^\/([^/]+)$/.exec(pointer);
        if (!match) return undefined;
        const name = match[1] as string;
        const resource = resourceValue(name, required.has(name));
        if (resource === "skip") skip = `needs an existing ${name}; no call produced one`;
        if (resource === "omit") omitted.add(name);
        if (resource === undefined && mode.kind === "valid") return freshIdentifier(name, operation, context);
        return typeof resource === "object" ? resource : undefined;
      },
    });
    if (skip) return { skipped: skip };
  }

  const requiredOf = (parameters: OpenApiParameter[]) =>
    parameters.filter((parameter) => parameter.required).map((parameter) => parameter.name);
  const parts = fc.record({
    path: fc.record(path),
    query: fc.record(query, {
      requiredKeys: requiredOf(operation.queryParams).filter((name) => name in query),
    }),
    headers: fc.record(headers, { requiredKeys: requiredOf(operation.headerParams) }),
    body,
  });
  const scopes = mode.kind === "unknown" ? [{}] : validScopes(operation, context);
  const scopeArbitrary: fc.Arbitrary<Record<string, string> | undefined> =
    scopes.length > 0 ? fc.constantFrom(...scopes) : fc.constant(undefined);
  const fields = inputFields(operation);
  const arbitrary = fc.tuple(parts, scopeArbitrary).map(([raw, scope]) => {
    const input: RequestInput = { path: raw.path, query: raw.query, headers: raw.headers };
    if (raw.body !== undefined) input.body = raw.body;
    for (const name of omitted) {
      if (fields.get(name) === "body" && typeof input.body === "object" && input.body !== null) {
        delete (input.body as Record<string, unknown>)[name];
      }
    }
    return applyValidRules(operation, input, scope, context);
  });
  return { arbitrary };
}

export interface InvalidRequest {
  violation: Violation;
  input: RequestInput;
}

export interface OperationPlan {
  operation: Operation;
  valid: RequestInput[];
  validSkipped?: string;
  invalid: InvalidRequest[];
  /** A request to send with wrong or missing credentials (valid apart from them, when possible). */
  authBase?: RequestInput;
  /** Violations that could not be turned into an invalid request for this operation. */
  inapplicable: string[];
  unknownIds: { name: string; input: RequestInput }[];
}

export interface PlanOptions {
  seed: number;
  validCount: number;
  /** Invalid requests for the operation; default: each violation once. */
  invalidCount?: number;
}

/** Public operations that can still answer 401/403 check credentials carried in the body (login, register). */
function authenticatesByBody(operation: Operation): boolean {
  return !operation.requiresAuth && ("401" in operation.responses || "403" in operation.responses);
}

/** Draws one value of `arbitrary` for a seed. */
function drawOne<T>(arbitrary: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arbitrary, { seed, numRuns: 1 })[0] as T;
}

export function planOperation(
  spec: ContractSpec,
  operation: Operation,
  context: GenerationContext,
  options: PlanOptions,
  validator: SchemaValidator,
): OperationPlan {
  const index = specIndex(spec);
  const schema = requestSchema(operation);
  const id = operation.operationId;
  const plan: OperationPlan = { operation, valid: [], invalid: [], inapplicable: [], unknownIds: [] };

  const valid = inputArbitrary(operation, context, { kind: "valid" }, index);
  if ("skipped" in valid) plan.validSkipped = valid.skipped;
  else if (authenticatesByBody(operation)) {
    plan.validSkipped =
      "a public operation answering 401/403 authenticates with what its body carries (a login, an approval), which the kit does not have";
  } else {
    const checked = valid.arbitrary.filter((input) => validator.isValid(schema, input));
    plan.valid = fc.sample(checked, {
      seed: seedFor(options.seed, id, "valid"),
      numRuns: options.validCount,
    });
  }

  if (declaresNotFound(operation)) {
    for (const parameter of operation.pathParams) {
      const unknown = inputArbitrary(operation, context, { kind: "unknown", name: parameter.name }, index);
      if ("skipped" in unknown) continue;
      plan.unknownIds.push({
        name: parameter.name,
        input: drawOne(unknown.arbitrary, seedFor(options.seed, id, "unknown", parameter.name)),
      });
    }
    // Identifiers in the query or body (e.g. compare's customerId) that name nothing.
    const properties = (operation.body?.properties as Record<string, JsonSchema> | undefined) ?? {};
    for (const [name, location] of inputFields(operation)) {
      const existing = context.resources[name];
      if (!index.identifiers.has(name) || existing === undefined) continue;
      const fieldSchema =
        location === "query"
          ? operation.queryParams.find((parameter) => parameter.name === name)?.schema
          : properties[name];
      const base = inputArbitrary(operation, context, { kind: "unknown", name }, index);
      if (!fieldSchema || "skipped" in base) continue;
      const [input, value] = drawOne(
        fc.tuple(base.arbitrary, unknownIdentifier(fieldSchema, existing, index)),
        seedFor(options.seed, id, "unknown", name),
      );
      if (location === "query") input.query[name] = value;
      else input.body = { ...(input.body as Record<string, unknown>), [name]: value };
      plan.unknownIds.push({ name, input });
    }
  }

  const lenient = inputArbitrary(
    operation,
    context,
    "skipped" in valid ? { kind: "lenient" } : { kind: "valid" },
    index,
  );
  if ("skipped" in lenient) return plan;
  plan.authBase = plan.valid[0] ?? drawOne(lenient.arbitrary, seedFor(options.seed, id, "auth"));
  const guarded = operation.headerParams.filter(
    (parameter) => !COOKIE_SESSION_HEADERS.has(parameter.name.toLowerCase()),
  );
  const violations = [
    ...schemaViolations({ ...operation, headerParams: guarded }),
    ...semanticViolations(operation, context),
  ];
  const draw = (violation: Violation, position: number) =>
    drawInvalid(
      violation,
      lenient.arbitrary,
      schema,
      validator,
      seedFor(options.seed, id, "invalid", position),
    );
  // Each violation once, in spec order; then, for larger counts, round after round with fresh inputs.
  const applicable: Violation[] = [];
  for (const [position, violation] of violations.entries()) {
    const input = draw(violation, position);
    if (!input) {
      plan.inapplicable.push(violation.name);
      continue;
    }
    applicable.push(violation);
    if (options.invalidCount === undefined || plan.invalid.length < options.invalidCount) {
      plan.invalid.push({ violation, input });
    }
  }
  const count = options.invalidCount ?? applicable.length;
  for (let position = plan.invalid.length; position < count && applicable.length > 0; position++) {
    const violation = applicable[position % applicable.length] as Violation;
    const input = draw(violation, violations.length + position);
    if (input) plan.invalid.push({ violation, input });
  }
  return plan;
}

/** A base request with the violation applied that the schema really rejects (a few tries). */
function drawInvalid(
  violation: Violation,
  base: fc.Arbitrary<RequestInput>,
  schema: JsonSchema,
  validator: SchemaValidator,
  seed: number,
): RequestInput | null {
  for (let attempt = 0; attempt < 6; attempt++) {
    const [input, value] = drawOne(fc.tuple(base, violation.values), seed + attempt);
    const invalid = violation.apply(input, value);
    if (violation.semantic || !validator.isValid(schema, invalid)) return invalid;
  }
  return null;
}

/** Body fields that name a record the request creates: a rerun must not collide with the last run's. */
const CREATED_IDENTIFIERS = new Set(["customerId"]);

/**
 * A run-unique value (`contract-<runTag>-…`) for a created record's identifier in a valid
 * request, so a second run against the same stateful server (same seed) creates new records
 * instead of answering 409. Left to the schema when the field's pattern does not admit it.
 */
function freshIdentifier(
  name: string,
  operation: Operation,
  context: GenerationContext,
): fc.Arbitrary<unknown> | undefined {
  if (!CREATED_IDENTIFIERS.has(name) || operation.method !== "post" || !operation.body) return undefined;
  const schema = (operation.body.properties as Record<string, JsonSchema> | undefined)?.[name];
  const pattern = typeof schema?.pattern === "string" ? new RegExp(schema.pattern, "u") : null;
  const maxLength = typeof schema?.maxLength === "number" ? schema.maxLength : 128;
  const prefix = `contract-${context.runTag}-`;
  if (schema?.type !== "string" || prefix.length + 8 > maxLength) return undefined;
  if (pattern && !pattern.test(`${prefix}a0a0a0a0`)) return undefined;
  return fc.stringMatching(/^[a-z0-9]{8}$/).map((suffix) => `${prefix}${suffix}`);
}
