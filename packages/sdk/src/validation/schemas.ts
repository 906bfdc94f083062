import type { OperationId } from "../generated/request-schemas.js";
import { LazyModule } from "../lazy-module.js";

/** The parts of a request the spec describes with a JSON Schema. */
export type RequestPart = "body" | "pathParams" | "query";

/** A JSON Schema node as the generator writes them (only what the validator reads). */
export interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  [keyword: string]: unknown;
}

export type RequestValidation = typeof import("./request-validators.js");

/*
 * The generated request schemas and the validation built on them are loaded on first use,
 * with a dynamic `import()`, so bundlers put them in a chunk of their own: apps pay for them
 * when they first call the API, not when they load the SDK. `apiCall` and `pagedCall` run each
 * call's body (which validates before sending anything) through `withRequestSchemas`, so
 * validation itself stays synchronous.
 */
const validation = new LazyModule<RequestValidation>(() => import("./request-validators.js"));

/** Loads the request schemas once (a failed load is tried again on the next call). */
export function loadRequestSchemas(): Promise<RequestValidation> {
  return validation.load();
}

/**
 * Runs `run` once the request schemas are loaded: synchronously when they already are (so a
 * synchronous throw stays synchronous), else after loading them (a throw then rejects). A request
 * refused before the checker that words its issues was loaded is run again once it is
 * (`runChecked`).
 */
export function withRequestSchemas<T>(run: () => Promise<T>): Promise<T> {
  const loaded = validation.value;
  return loaded === undefined
    ? validation.load().then((module) => module.runChecked(run))
    : loaded.runChecked(run);
}

/** The loaded validation module; throws when a caller validates outside `withRequestSchemas`. */
export function requestValidation(): RequestValidation {
  const loaded = validation.value;
  if (loaded === undefined) {
    throw new Error(
      "PacSpace SDK: request validation ran before the schemas were loaded (use withRequestSchemas)",
    );
  }
  return loaded;
}

/** The spec's JSON Schema of one part of an operation's request, or null when it has none. */
export function jsonSchemaOf(operationId: OperationId, part: RequestPart): JsonSchemaNode | null {
  return requestValidation().jsonSchemaOf(operationId, part);
}
