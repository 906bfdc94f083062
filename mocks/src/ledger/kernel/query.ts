import { Decimal } from "./core.js";
import { type FieldIssue, validationError } from "./ledger-error.js";

/**
 * Parsing of query-string and body parameters. Handlers pass query values through as they
 * come (`string`, or `number` when already coerced; absent = undefined/null/""), and the
 * ledger validates them here, so every operation reports bad input the same way.
 */

export type QueryValue = string | number | boolean | null | undefined;

/**
 * Length in Unicode code points: what JSON Schema's `minLength`/`maxLength` count (and so
 * the spec's validator), not UTF-16 units (`String#length` counts an emoji as 2).
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function absent(value: QueryValue): value is null | undefined | "" {
  return value === undefined || value === null || value === "";
}

/** Collects issues; `throwIfAny` raises one VALIDATION_ERROR naming them all. */
export class ParamReader {
  readonly issues: FieldIssue[] = [];

  integer(name: string, value: QueryValue, options: { min: number; max?: number; fallback: number }): number;
  integer(name: string, value: QueryValue, options: { min: number; max?: number }): number | undefined;
  integer(name: string, value: QueryValue, options: { min: number; max?: number; fallback?: number }) {
    if (absent(value)) return options.fallback;
    const number =
      typeof value === "number"
        ? value
        : typeof value === "string" && /^-?\d+$/.test(value)
          ? Number(value)
          : Number.NaN;
    const max = options.max ?? Number.MAX_SAFE_INTEGER;
    if (!Number.isSafeInteger(number) || number < options.min || number > max) {
      const range =
        options.max === undefined ? `≥ ${options.min}` : `between ${options.min} and ${options.max}`;
      this.issues.push({ path: name, message: `must be an integer ${range}` });
      return options.fallback;
    }
    return number;
  }

  /** An exact decimal from a JSON number or a decimal string. */
  decimal(name: string, value: unknown, options: { required: true }): Decimal;
  decimal(
    name: string,
    value: unknown,
    options?: { required?: false; fallback?: Decimal },
  ): Decimal | undefined;
  decimal(name: string, value: unknown, options: { required?: boolean; fallback?: Decimal } = {}) {
    if (value === undefined || value === null || value === "") {
      if (options.required) {
        this.issues.push({ path: name, message: "is required" });
        return Decimal.ZERO;
      }
      return options.fallback;
    }
    if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "string") {
      try {
        return Decimal.from(value);
      } catch {
        // reported below
      }
    }
    this.issues.push({ path: name, message: "must be a finite decimal number" });
    return options.required ? Decimal.ZERO : options.fallback;
  }

  oneOf<T extends string>(name: string, value: QueryValue, allowed: readonly T[]): T | undefined {
    if (absent(value)) return undefined;
    if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return value as T;
    this.issues.push({ path: name, message: `must be one of ${allowed.join(", ")}` });
    return undefined;
  }

  /** An optional string; numbers are refused (scope fields are strings). */
  text(name: string, value: unknown): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string") return value;
    this.issues.push({ path: name, message: "must be a string" });
    return undefined;
  }

  add(issue: FieldIssue | null): void {
    if (issue) this.issues.push(issue);
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw validationError(this.issues);
  }
}
