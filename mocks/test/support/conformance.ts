import { readFileSync } from "node:fs";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { parse as parseYaml } from "yaml";

/**
 * Response conformance: every answer the mock gives is checked against the spec it serves
 * (spec/openapi.yaml through its dereferenced bundle, and spec/mock-control.yaml for
 * `/__mock/**`): the status must be declared for the operation (exactly, or by its
 * `4XX`/`5XX` range), the JSON body must match that response's schema, and its declared
 * headers must be present and well-formed. Error bodies must repeat `X-Request-Id` as
 * `error.requestId`. Answers to paths no operation has must be error envelopes (404/405).
 */

type Json = Record<string, unknown>;

interface OperationEntry {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: Json;
  source: string;
}

const root = new URL("../../../", import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), "utf8")) as Json;
const readYaml = (path: string) => parseYaml(readFileSync(new URL(path, root), "utf8")) as Json;

/** Replaces local `$ref`s (the control spec is small and acyclic). */
function dereference(node: unknown, document: Json): unknown {
  if (Array.isArray(node)) return node.map((item) => dereference(item, document));
  if (typeof node !== "object" || node === null) return node;
  const object = node as Json;
  if (typeof object.$ref === "string") {
    const target = object.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((value, key) => (value as Json)[key], document);
    const { $ref: _ref, ...siblings } = object;
    return dereference({ ...(target as Json), ...siblings }, document);
  }
  return Object.fromEntries(
    Object.entries(object).map(([key, value]) => [key, dereference(value, document)]),
  );
}

function patternOf(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

function entriesOf(document: Json, source: string): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [template, item] of Object.entries(document.paths as Json)) {
    for (const [method, operation] of Object.entries(item as Json)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      entries.push({
        method: method.toUpperCase(),
        template,
        pattern: patternOf(template),
        params: (template.match(/\{/g) ?? []).length,
        responses: (operation as Json).responses as Json,
        source,
      });
    }
  }
  // literal text wins over parameters (/customers/summary before /customers/{customerId},
  // /receipt/{receiptId}.pdf before /receipt/{receiptId})
  const literalLength = (template: string) => template.replace(/\{[^}]+\}/g, "").length;
  return entries.sort((a, b) => a.params - b.params || literalLength(b.template) - literalLength(a.template));
}

export interface ConformanceChecker {
  /** Problems of one answer; empty when it conforms. Reads a clone of the response. */
  check(method: string, url: string, response: Response): Promise<string[]>;
}

export function createConformanceChecker(): ConformanceChecker {
  const api = readJson("packages/contract/generated/openapi.json");
  const controlDocument = readYaml("spec/mock-control.yaml");
  const control = dereference(controlDocument, controlDocument) as Json;
  const operations = [...entriesOf(api, "openapi.yaml"), ...entriesOf(control, "mock-control.yaml")];
  const errorEnvelope = (api.components as Json).schemas as Json;

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const compiled = new Map<unknown, ValidateFunction>();
  const validatorOf = (schema: unknown) => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(schema as Json);
      compiled.set(schema, validate);
    }
    return validate;
  };
  const problemsOf = (schema: unknown, value: unknown) => {
    const validate = validatorOf(schema);
    if (validate(value)) return [];
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || "/"} ${error.message}`);
  };

  /** The media types other than JSON an operation declares for this status (the CSV and PDF exports). */
  const documentMediaTypes = (method: string, path: string, status: number): string[] => {
    const operation = operations.find(
      (entry) => entry.pattern.test(path) && entry.method === method.toUpperCase(),
    );
    const declared = operation?.responses[String(status)] as Json | undefined;
    return Object.keys((declared?.content ?? {}) as Json).filter((type) => type !== "application/json");
  };

  return {
    async check(method, url, response) {
      if (response.type === "error") return [];
      const path = new URL(url).pathname;
      const where = `${method} ${path} → ${response.status}`;
      const problems: string[] = [];
      const requestId = response.headers.get("X-Request-Id");
      if (!requestId) problems.push("missing X-Request-Id header");
      const documents = documentMediaTypes(method, path, response.status);
      const media = (response.headers.get("Content-Type") ?? "").split(";")[0]?.trim() ?? "";
      // an operation that declares JSON too answers JSON unless it sent one of its documents
      if (documents.includes(media) || (documents.length > 0 && media !== "application/json")) {
        if (!documents.includes(media)) problems.push(`Content-Type is not ${documents.join(" or ")}`);
        return problems.map((problem) => `${where}: ${problem}`);
      }
      const text = await response.clone().text();
      let body: unknown;
      try {
        body = text === "" ? undefined : JSON.parse(text);
      } catch {
        problems.push(`body is not JSON: ${text.slice(0, 80)}`);
      }
      if (!(response.headers.get("Content-Type") ?? "").startsWith("application/json")) {
        problems.push("Content-Type is not application/json");
      }
      const error = (body as { error?: { requestId?: unknown } } | undefined)?.error;
      if (error && error.requestId !== requestId) problems.push("error.requestId differs from X-Request-Id");

      const candidates = operations.filter((entry) => entry.pattern.test(path));
      const operation = candidates.find((entry) => entry.method === method.toUpperCase());
      if (!operation) {
        if (response.status !== 404 && response.status !== 405) {
          problems.push(`no operation ${method} ${path} in the specs, yet answered ${response.status}`);
        }
        problems.push(...problemsOf(errorEnvelope.ErrorEnvelope, body).map((p) => `body ${p}`));
        return problems.map((problem) => `${where}: ${problem}`);
      }
      const status = String(response.status);
      const declared = (operation.responses[status] ??
        operation.responses[`${status[0]}XX`] ??
        operation.responses.default) as Json | undefined;
      if (!declared) {
        problems.push(
          `status ${status} is not declared for ${operation.method} ${operation.template} (${operation.source})`,
        );
        return problems.map((problem) => `${where}: ${problem}`);
      }
      for (const [name, header] of Object.entries((declared.headers ?? {}) as Json)) {
        const spec = header as Json;
        const value = response.headers.get(name);
        if (value === null) {
          if (spec.required === true) problems.push(`missing required header ${name}`);
          continue;
        }
        const schema = spec.schema as Json;
        const typed = schema.type === "integer" && /^-?\d+$/.test(value) ? Number(value) : value;
        problems.push(...problemsOf(schema, typed).map((p) => `header ${name} ${p}`));
      }
      const content = (declared.content as Json | undefined)?.["application/json"] as Json | undefined;
      if (content?.schema) problems.push(...problemsOf(content.schema, body).map((p) => `body ${p}`));
      return problems.map((problem) => `${where}: ${problem}`);
    },
  };
}
