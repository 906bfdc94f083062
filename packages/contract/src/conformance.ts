import type { WireResponse } from "./http.js";
import { declaredResponse, type OpenApiResponse, type Operation } from "./spec.js";
import type { SchemaValidator } from "./validator.js";

/**
 * Whether one response honours the spec: never a 5xx, the outcome the request called for
 * (2xx for a valid request, 4xx for an invalid one), a declared status, the declared
 * headers and a body matching the declared schema.
 */

export type Expectation =
  | { outcome: "success" }
  /** A 4xx; with `status`, exactly that one. */
  | { outcome: "rejection"; status?: number }
  /** Whatever the operation declares, short of a 5xx (probes whose answer depends on existing state). */
  | { outcome: "any" };

/** One line about an error body, for messages: `400 VALIDATION_ERROR "…" [/reason: is required]`. */
export function describeResponse(response: WireResponse): string {
  const body = response.json as
    | { error?: { code?: string; message?: string; details?: { path?: string; message?: string }[] } }
    | undefined;
  const error = body?.error;
  if (!error) return String(response.status);
  const details = (error.details ?? [])
    .slice(0, 2)
    .map((detail) => `${detail.path ?? "?"}: ${detail.message ?? "?"}`)
    .join("; ");
  const message = error.message ? ` "${truncate(error.message, 80)}"` : "";
  return `${response.status} ${error.code ?? "?"}${message}${details ? ` [${details}]` : ""}`;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * Checks a response. `operation` is null for routes the spec does not have; then
 * `fallback` (the spec's generic error response) is what a rejection must look like.
 */
export function checkResponse(
  validator: SchemaValidator,
  operation: Operation | null,
  response: WireResponse,
  expectation: Expectation,
  fallback?: OpenApiResponse,
): string[] {
  const failures: string[] = [];
  const { status } = response;
  if (status >= 500) failures.push(`server error: ${describeResponse(response)}`);
  else if (expectation.outcome === "success" && (status < 200 || status > 299)) {
    failures.push(`expected 2xx, got ${describeResponse(response)}`);
  } else if (expectation.outcome === "rejection") {
    if (status < 400 || status > 499) failures.push(`expected a 4xx rejection, got ${status}`);
    else if (expectation.status !== undefined && status !== expectation.status) {
      failures.push(`expected ${expectation.status}, got ${describeResponse(response)}`);
    }
  }

  const declared = operation
    ? declaredResponse(operation, status)
    : fallback
      ? { key: "fallback", response: fallback }
      : null;
  if (!declared) {
    failures.push(`status ${status} is not declared by the spec`);
    return failures;
  }
  for (const [name, header] of Object.entries(declared.response.headers ?? {})) {
    const value = response.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) failures.push(`missing header ${name}`);
      continue;
    }
    if (header.schema) {
      const typed = /^(integer|number)$/.test(String(header.schema.type)) ? Number(value) : value;
      for (const problem of validator.problems(header.schema, typed, 1))
        failures.push(`header ${name}: ${problem}`);
    }
  }
  const content = declared.response.content ?? {};
  const json = Object.entries(content).find(([media]) => /[/+]json$/.test(media.split(";")[0] ?? ""));
  if (json) {
    const contentType = response.headers["content-type"] ?? "";
    if (!/[/+]json\b/i.test(contentType)) {
      failures.push(`content-type "${contentType}" where ${json[0]} is declared`);
    } else if (response.json === undefined) {
      failures.push(`body is not valid JSON: ${truncate(response.text, 60)}`);
    } else if (json[1].schema) {
      for (const problem of validator.problems(json[1].schema, response.json))
        failures.push(`body ${problem}`);
    }
  }
  const declaredMedia = Object.keys(content).map((media) => media.split(";")[0]?.trim().toLowerCase() ?? "");
  if (!json && declaredMedia.length > 0) {
    const contentType = (response.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    if (!declaredMedia.includes(contentType)) {
      failures.push(`content-type "${contentType}" where ${declaredMedia.join(" or ")} is declared`);
    }
  }
  return failures;
}
