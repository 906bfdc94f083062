import type { FieldIssue } from "../kernel/ledger-error.js";

/**
 * JSON text may escape a lone UTF-16 surrogate (`"x\ud800"`), which parses into a string no
 * UTF-8 encoder can write: hashing, storing or echoing it would fail later. Such strings are
 * refused up front, each named by its JSON Pointer.
 */
export function illFormedStringIssues(value: unknown, pointer = ""): FieldIssue[] {
  const issues: FieldIssue[] = [];
  collect(value, pointer, issues);
  return issues;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const MESSAGE = "must be well-formed Unicode text (no lone surrogate \\ud800–\\udfff)";

function collect(value: unknown, pointer: string, issues: FieldIssue[]): void {
  if (typeof value === "string") {
    if (LONE_SURROGATE.test(value)) issues.push({ path: pointer || "/", message: MESSAGE });
    return;
  }
  if (typeof value !== "object" || value === null) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) collect(value[index], `${pointer}/${index}`, issues);
    return;
  }
  for (const key of Object.keys(value)) {
    const at = `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`;
    if (LONE_SURROGATE.test(key)) issues.push({ path: at, message: MESSAGE });
    collect((value as Record<string, unknown>)[key], at, issues);
  }
}
