import { SCOPE_FIELDS } from "@pacspace/sdk/core";
import fc from "fast-check";
import type { RequestInput } from "./http.js";
import { cloneInput, type Violation } from "./negative.js";
import type { Operation } from "./spec.js";

/**
 * Rules `spec/openapi.yaml` states in prose because JSON Schema cannot express them (the
 * scope rules in `deriveBalance`'s description, field descriptions such as `adjusts`): how
 * scope fields combine, fields that name an earlier resource, ordered ranges. They
 * apply to any operation by the names of its inputs, never by operationId.
 */

/** Identifiers produced by earlier calls (the stateful chain), by input name. */
export type Resources = Partial<Record<string, string>>;

export interface GenerationContext {
  /** The server's notion of now (scopes are relative to it). */
  now: Date;
  resources: Resources;
  /** Makes values that must be unique per run (idempotency keys) unique. */
  runTag: string;
  /**
   * The ledger of the run's API key: `sandbox` for a `pk_test_` key, `production` for a
   * `pk_live_` one. Default `sandbox`.
   */
  ledger?: Ledger;
}

export type Ledger = "sandbox" | "production";

/** The ledger an API key reaches, from its `pk_{environment}_` prefix. */
export function ledgerOfKey(apiKey: string): Ledger {
  return apiKey.startsWith("pk_live_") ? "production" : "sandbox";
}

/**
 * Inputs that choose a tenant's ledger, by the two spellings the spec uses for it (the
 * ledger itself, or the key environment that reaches it). Valid requests stay in the
 * ledger of the run's key: the records the chain created live there, and the other ledger
 * may not exist for the tenant (production needs a paid plan).
 */
const LEDGER_VALUES: Record<Ledger, Record<string, string>> = {
  sandbox: { sandbox: "sandbox", production: "sandbox", test: "test", live: "test" },
  production: { sandbox: "production", production: "production", test: "live", live: "live" },
};
const LEDGER_INPUTS = new Set(["environment", "x-environment"]);

/**
 * Headers that guard cookie sessions only: the spec asks for `X-Pacspace-CSRF` on unsafe
 * calls authenticated by the session cookie and not with a Bearer token. The kit always
 * authenticates by Bearer token, so a wrong value of such a header is no violation.
 */
export const COOKIE_SESSION_HEADERS = new Set(["x-pacspace-csrf"]);

const WINDOW_FIELDS = ["period", "timePreset", "startDate", "endDate"] as const;

/**
 * Inputs that must name an earlier resource of a kind; `owner` is the sibling input that
 * must then name the resource's owner (a corrected delta belongs to the same customer).
 */
export const REFERENCE_FIELDS: Record<string, { kind: string; owner?: string }> = {
  adjusts: { kind: "recordId", owner: "customerId" },
  // A billing-middleware tenant's vendor account, created in the service's Setup; other
  // tenants may not send one.
  vendorAccountId: { kind: "vendorAccountId" },
};

/** Headers whose value must be fresh for every logical request. */
export const UNIQUE_HEADERS = new Set(["idempotency-key"]);

type FieldLocation = "query" | "body";

/** Top-level inputs of an operation (query parameters and JSON body properties) by name. */
export function inputFields(operation: Operation): Map<string, FieldLocation> {
  const fields = new Map<string, FieldLocation>();
  for (const parameter of operation.queryParams) fields.set(parameter.name, "query");
  const properties = (operation.body?.properties as Record<string, unknown> | undefined) ?? {};
  for (const name of Object.keys(properties)) fields.set(name, "body");
  return fields;
}

/** True when the operation can answer 404 for an identifier it was given. */
export function declaresNotFound(operation: Operation): boolean {
  return "404" in operation.responses;
}

const pad = (value: number) => String(value).padStart(2, "0");
function month(now: Date, offset: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}
function firstOfMonth(now: Date, offset: number): string {
  return `${month(now, offset)}-01`;
}

function scopeFieldsOf(operation: Operation): { location: FieldLocation; fields: Set<string> } | null {
  const fields = inputFields(operation);
  const declared = SCOPE_FIELDS.filter((name) => fields.has(name));
  if (declared.length === 0) return null;
  return { location: fields.get(declared[0] as string) as FieldLocation, fields: new Set(declared) };
}

/** Replaces every scope field of `input` with `scope`. */
function withScope(
  input: RequestInput,
  location: FieldLocation,
  scope: Record<string, string>,
): RequestInput {
  const next = cloneInput(input);
  const bag: Record<string, unknown> =
    location === "query"
      ? next.query
      : typeof next.body === "object" && next.body !== null && !Array.isArray(next.body)
        ? (next.body as Record<string, unknown>)
        : {};
  for (const name of SCOPE_FIELDS) delete bag[name];
  Object.assign(bag, scope);
  if (location === "body") next.body = bag;
  return next;
}

/** Scopes the operation accepts: none, a month, a preset, a date window, checkpoint mode. */
export function validScopes(operation: Operation, context: GenerationContext): Record<string, string>[] {
  const scope = scopeFieldsOf(operation);
  if (!scope) return [];
  const { now, resources } = context;
  const candidates: Record<string, string>[] = [
    {},
    { period: month(now, 0) },
    { period: month(now, -1) },
    { timePreset: "current_month" },
    { timePreset: "custom", startDate: firstOfMonth(now, 0), endDate: firstOfMonth(now, 1) },
    {
      startDate: new Date(now.getTime() - 7 * 86_400_000).toISOString(),
      endDate: new Date(now.getTime() + 3_600_000).toISOString(),
    },
  ];
  if (resources.proofRoot) {
    candidates.push({ startingCheckpoint: resources.proofRoot });
    candidates.push({ startingCheckpoint: resources.proofRoot, startingCheckpointType: "proofRoot" });
  }
  return candidates.filter((candidate) => Object.keys(candidate).every((name) => scope.fields.has(name)));
}

/** `fromX`/`toX` pairs of inputs: ranges whose start may not pass their end. */
export function orderedPairs(operation: Operation): [string, string][] {
  const fields = inputFields(operation);
  const pairs: [string, string][] = [];
  for (const name of fields.keys()) {
    const match = /^from([A-Z]\w*)$/.exec(name);
    if (match && fields.has(`to${match[1]}`)) pairs.push([name, `to${match[1]}`]);
  }
  return pairs;
}

/** Makes a schema-valid input semantically valid: a valid scope, ordered ranges, resolvable references. */
export function applyValidRules(
  operation: Operation,
  input: RequestInput,
  scope: Record<string, string> | undefined,
  context: GenerationContext,
): RequestInput {
  const location = scopeFieldsOf(operation)?.location;
  const next = location && scope ? withScope(input, location, scope) : cloneInput(input);
  const fields = inputFields(operation);
  for (const [from, to] of orderedPairs(operation)) {
    const bag = (fields.get(from) === "query" ? next.query : next.body) as
      | Record<string, unknown>
      | undefined;
    if (!bag) continue;
    const start = bag[from];
    const end = bag[to];
    if (typeof start === "number" && typeof end === "number" && start > end) {
      bag[from] = end;
      bag[to] = start;
    }
  }
  for (const [name, reference] of Object.entries(REFERENCE_FIELDS)) {
    const bag = (fields.get(name) === "query" ? next.query : next.body) as
      | Record<string, unknown>
      | undefined;
    if (!bag || !(name in bag)) continue;
    const existing = context.resources[reference.kind];
    const owner = reference.owner ? context.resources[reference.owner] : undefined;
    if (existing && (!reference.owner || owner)) {
      bag[name] = existing;
      if (reference.owner && owner) bag[reference.owner] = owner;
    } else delete bag[name];
  }
  const ledger = LEDGER_VALUES[context.ledger ?? "sandbox"];
  for (const bag of [next.headers, next.query, next.body]) {
    if (typeof bag !== "object" || bag === null || Array.isArray(bag)) continue;
    for (const [name, value] of Object.entries(bag as Record<string, unknown>)) {
      if (LEDGER_INPUTS.has(name.toLowerCase()) && typeof value === "string" && value in ledger) {
        (bag as Record<string, unknown>)[name] = ledger[value];
      }
    }
  }
  return next;
}

/** Invalid inputs the schema alone would accept: wrong scope combinations, reversed ranges, dangling references. */
export function semanticViolations(operation: Operation, context: GenerationContext): Violation[] {
  const out: Violation[] = [];
  const { now, resources } = context;
  const scope = scopeFieldsOf(operation);
  const rule = (name: string, kind: string, change: Record<string, string>): Violation => ({
    name: `scope: ${name}`,
    kind,
    location: scope?.location ?? "query",
    values: fc.constant(change),
    semantic: true,
    apply: (input, value) => withScope(input, scope?.location ?? "query", value as Record<string, string>),
  });
  if (scope) {
    const has = (...names: string[]) => names.every((name) => scope.fields.has(name));
    const windowValue: Record<string, string> = {
      period: month(now, 0),
      timePreset: "current_month",
      startDate: firstOfMonth(now, 0),
      endDate: firstOfMonth(now, 1),
    };
    for (const other of WINDOW_FIELDS) {
      if (other !== "period" && has("period", other)) {
        out.push(
          rule(`period combined with ${other}`, "scope-combination", {
            period: month(now, 0),
            [other]: other === "timePreset" ? "custom" : (windowValue[other] as string),
          }),
        );
      }
      if (has("startingCheckpoint", other)) {
        out.push(
          rule(`startingCheckpoint combined with ${other}`, "scope-combination", {
            startingCheckpoint: resources.proofRoot ?? `0x${"ab".repeat(32)}`,
            [other]: windowValue[other] as string,
          }),
        );
      }
    }
    if (has("timePreset", "startDate", "endDate")) {
      out.push(
        rule("timePreset current_month with dates", "scope-combination", {
          timePreset: "current_month",
          startDate: firstOfMonth(now, 0),
          endDate: firstOfMonth(now, 1),
        }),
      );
      out.push(rule("timePreset custom without dates", "scope-combination", { timePreset: "custom" }));
    }
    if (has("startDate", "endDate")) {
      out.push(rule("startDate without endDate", "scope-combination", { startDate: firstOfMonth(now, 0) }));
      out.push(rule("endDate without startDate", "scope-combination", { endDate: firstOfMonth(now, 1) }));
      out.push(
        rule("endDate before startDate", "scope-order", {
          startDate: firstOfMonth(now, 0),
          endDate: firstOfMonth(now, -1),
        }),
      );
      out.push(
        rule("wider than any allowed scope (5 years)", "scope-width", {
          startDate: firstOfMonth(now, -60),
          endDate: firstOfMonth(now, 0),
        }),
      );
    }
    if (has("period")) out.push(rule("period in the future", "scope-future", { period: month(now, 13) }));
    if (has("startingCheckpointType")) {
      out.push(
        rule("startingCheckpointType without startingCheckpoint", "scope-combination", {
          startingCheckpointType: "proofRoot",
        }),
      );
    }
    if (has("startingCheckpoint", "startingCheckpointType")) {
      out.push(
        rule("startingCheckpoint that is not a proofRoot", "scope-format", {
          startingCheckpoint: "not-a-proof-root",
          startingCheckpointType: "proofRoot",
        }),
      );
    }
  }
  const fields = inputFields(operation);
  for (const [from, to] of orderedPairs(operation)) {
    const location = fields.get(from) as FieldLocation;
    out.push({
      name: `${location} ${from}/${to}: ${from} greater than ${to}`,
      kind: "range-order",
      location,
      values: fc.integer({ min: 2, max: 50 }),
      semantic: true,
      apply(input, value) {
        const next = cloneInput(input);
        const bag = (location === "query" ? next.query : next.body) as Record<string, unknown>;
        bag[from] = (value as number) + 1;
        bag[to] = value;
        return next;
      },
    });
  }
  for (const [name] of Object.entries(REFERENCE_FIELDS)) {
    const location = fields.get(name);
    if (!location) continue;
    out.push({
      name: `${location} ${name}: names no earlier resource`,
      kind: "dangling-reference",
      location,
      values: fc.stringMatching(/^rec_contract_missing_[a-z0-9]{12}$/),
      semantic: true,
      apply(input, value) {
        const next = cloneInput(input);
        const bag = (location === "query" ? next.query : next.body) as Record<string, unknown>;
        bag[name] = value;
        return next;
      },
    });
  }
  return out;
}
