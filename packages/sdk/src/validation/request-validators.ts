/**
 * The part of request validation that is loaded on demand (dynamic `import()` from
 * `schemas.ts`): the spec's generated request schemas, the compiled predicates that clear valid
 * requests (`schema-accepts.ts`) and the core's scope rules. Behind `import()` they form a chunk
 * of their own, out of the main entry; `validate.ts` calls into them once loaded. The checker
 * that words what is wrong with a refused request (`request-issues.ts`, zod's messages without
 * zod's runtime) is a further chunk, loaded the first time a request is refused.
 */
import type { ErrorDetail } from "../errors.js";
import { type OperationId, requestSchemas } from "../generated/request-schemas.js";
import { LazyModule } from "../lazy-module.js";
import { schemaAccepts } from "./schema-accepts.js";
import type { JsonSchemaNode, RequestPart } from "./schemas.js";

export { resolveScope, scopeInputOf } from "../core/scope.js";

/** The parts of a request to check, each as the caller will send it. */
export type RequestParts = Partial<Record<RequestPart, unknown>>;

const PART_ORDER: readonly RequestPart[] = ["pathParams", "query", "body"];

const checker = new LazyModule<typeof import("./request-issues.js")>(() => import("./request-issues.js"));

/**
 * Thrown by `requestIssues` for a refused request while the checker is not loaded yet:
 * `runChecked` then loads it (`loadChecker`) and lets `report` throw the assertion's
 * `ValidationError`, or, for a caller of `requestIssues` itself (which validates before sending
 * anything), runs the call again.
 */
class CheckerPending extends Error {
  override name = "CheckerPending";

  constructor(
    operationId: OperationId,
    readonly report: (() => void) | undefined,
  ) {
    super(`PacSpace SDK: ${operationId} was refused before the request checker was loaded`);
  }
}

/** Loads the checker once (a failed load is tried again on the next refused request). */
export function loadChecker(): Promise<typeof import("./request-issues.js")> {
  return checker.load();
}

/**
 * Runs `run`; when it stopped at a refused request before the checker that words the issues was
 * loaded, loads the checker and reports the refusal (an assertion made after a request was sent,
 * e.g. on an id the service answered, is reported, not run again). A synchronous throw of any
 * other error stays synchronous.
 */
export function runChecked<T>(run: () => Promise<T>): Promise<T> {
  const again = (error: unknown): Promise<T> => {
    if (!(error instanceof CheckerPending)) throw error;
    const { report } = error;
    if (report === undefined) return loadChecker().then(run);
    return loadChecker().then(() => {
      report();
      throw error;
    });
  };
  let result: Promise<T>;
  try {
    result = run();
  } catch (error) {
    return again(error);
  }
  return result.catch(again);
}

/** The spec's JSON Schema of one part of an operation's request, or null when it has none. */
export function jsonSchemaOf(operationId: OperationId, part: RequestPart): JsonSchemaNode | null {
  return requestSchemas[operationId][part] as JsonSchemaNode | null;
}

/**
 * Every problem the spec's schemas find in a request, as `{path, message}` pairs. Pure, no network.
 * Throws `CheckerPending` for a refused part until `loadChecker` has resolved; `report`, when
 * given, is what throws the refusal's error once the checker is loaded.
 */
export function requestIssues(
  operationId: OperationId,
  parts: RequestParts,
  report?: () => void,
): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  for (const part of PART_ORDER) {
    if (!(part in parts)) continue;
    const schema = jsonSchemaOf(operationId, part);
    const value = parts[part] ?? {};
    // The compiled predicate clears valid parts; only a refused one is checked for its issues.
    if (schema === null || schemaAccepts(schema, value)) continue;
    const issues = checker.value;
    if (issues === undefined) throw new CheckerPending(operationId, report);
    details.push(...issues.partIssues(operationId, part, schema, value));
  }
  return details;
}
