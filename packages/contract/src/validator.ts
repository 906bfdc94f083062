import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { JsonSchema } from "./spec.js";

/**
 * JSON Schema 2020-12 validation (the dialect of OpenAPI 3.1) with ajv. The dereferenced
 * bundle repeats identical schemas across operations, so compiled validators are shared
 * by the schema's JSON text.
 */
export class SchemaValidator {
  readonly #ajv: Ajv2020;
  readonly #compiled = new Map<string, ValidateFunction>();

  constructor() {
    this.#ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.#ajv);
  }

  compile(schema: JsonSchema): ValidateFunction {
    const key = JSON.stringify(schema);
    let validate = this.#compiled.get(key);
    if (!validate) {
      validate = this.#ajv.compile(schema);
      this.#compiled.set(key, validate);
    }
    return validate;
  }

  /** Problems of `value` against `schema`, as short readable lines; empty when valid. */
  problems(schema: JsonSchema, value: unknown, limit = 3): string[] {
    const validate = this.compile(schema);
    if (validate(value)) return [];
    return summarizeErrors(validate.errors ?? [], limit);
  }

  isValid(schema: JsonSchema, value: unknown): boolean {
    return this.compile(schema)(value) === true;
  }
}

/** ajv reports every failing branch of an anyOf; keep the most specific lines first. */
function summarizeErrors(errors: ErrorObject[], limit: number): string[] {
  const lines: string[] = [];
  const sorted = [...errors].sort((a, b) => depth(b.instancePath) - depth(a.instancePath));
  for (const error of sorted) {
    const where = error.instancePath || "/";
    const extra =
      error.keyword === "additionalProperties"
        ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})`
        : error.keyword === "enum"
          ? ` (${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)})`
          : "";
    const line = `${where} ${error.message ?? error.keyword}${extra}`;
    if (!lines.includes(line)) lines.push(line);
    if (lines.length >= limit) break;
  }
  return lines;
}

function depth(pointer: string): number {
  return pointer.split("/").length;
}
