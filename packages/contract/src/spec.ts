import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The slice of an OpenAPI 3.1 document the kit reads. The document must be fully
 * dereferenced (no `$ref`), like the `generated/openapi.json` bundle this package ships.
 */

export type JsonSchema = { [keyword: string]: unknown };

export interface OpenApiParameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: JsonSchema;
}

export interface OpenApiResponse {
  headers?: Record<string, { required?: boolean; schema?: JsonSchema }>;
  content?: Record<string, { schema?: JsonSchema }>;
}

export interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, OpenApiResponse>;
  security?: Record<string, string[]>[];
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  security?: Record<string, string[]>[];
  components?: {
    securitySchemes?: Record<string, { type: string; in?: string; name?: string; scheme?: string }>;
  };
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A header that carries a credential, as a security scheme of type `apiKey` in a header declares it. */
export interface HeaderCredential {
  scheme: string;
  header: string;
}

/** Everything the checks need to know about one operation, read from the spec. */
export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** Path template, e.g. `/api/v1/balance/delta/{recordId}`. */
  path: string;
  pathParams: OpenApiParameter[];
  queryParams: OpenApiParameter[];
  headerParams: OpenApiParameter[];
  /** JSON request body schema, or null when the operation takes no JSON body. */
  body: JsonSchema | null;
  bodyRequired: boolean;
  responses: Record<string, OpenApiResponse>;
  /** False when the spec lets the operation be called without credentials (`security: []` or an empty alternative). */
  requiresAuth: boolean;
  /** The header credential every alternative needs (e.g. `X-Api-Key`), when there is one. */
  credential: HeaderCredential | null;
  /** Optional header credentials some alternative adds on top (e.g. a request signature). */
  optionalCredentials: HeaderCredential[];
  /** True when an alternative is an HTTP bearer token alone (e.g. a dashboard session token). */
  acceptsBearer: boolean;
}

export interface ContractSpec {
  document: OpenApiDocument;
  operations: Operation[];
}

/** The dereferenced bundle this package ships (`generated/openapi.json`, generated from spec/openapi.yaml). */
export function defaultSpecPath(): string {
  // src/spec.ts and the bundled dist/*.js both sit one folder below the package root.
  return fileURLToPath(new URL("../generated/openapi.json", import.meta.url));
}

export function loadSpec(path: string = defaultSpecPath()): ContractSpec {
  return parseSpec(JSON.parse(readFileSync(path, "utf8")) as OpenApiDocument);
}

export function parseSpec(document: OpenApiDocument): ContractSpec {
  if (typeof document.openapi !== "string" || !document.openapi.startsWith("3.1")) {
    throw new Error(`expected an OpenAPI 3.1 document, got openapi: ${String(document.openapi)}`);
  }
  if (JSON.stringify(document.paths).includes('"$ref"')) {
    throw new Error("the spec must be fully dereferenced (it still contains $ref)");
  }
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item.parameters as OpenApiParameter[] | undefined) ?? [];
    for (const method of HTTP_METHODS) {
      const raw = item[method] as OpenApiOperation | undefined;
      if (!raw) continue;
      if (!raw.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      operations.push(toOperation(document, path, method, raw, shared));
    }
  }
  return { document, operations };
}

function toOperation(
  document: OpenApiDocument,
  path: string,
  method: HttpMethod,
  raw: OpenApiOperation,
  shared: OpenApiParameter[],
): Operation {
  const byKey = new Map<string, OpenApiParameter>();
  for (const parameter of [...shared, ...(raw.parameters ?? [])]) {
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  const parameters = [...byKey.values()];
  const json = raw.requestBody?.content?.["application/json"];
  const security = raw.security ?? document.security ?? [];
  const schemes = document.components?.securitySchemes ?? {};
  const headerCredential = (scheme: string): HeaderCredential | null => {
    const definition = schemes[scheme];
    return definition?.type === "apiKey" && definition.in === "header" && definition.name
      ? { scheme, header: definition.name }
      : null;
  };
  const requiresAuth =
    security.length > 0 && security.every((alternative) => Object.keys(alternative).length > 0);
  // The credential is the header scheme present in every alternative; the others are optional extras.
  const alternatives = security.map((alternative) => Object.keys(alternative));
  const common =
    alternatives[0]?.filter((scheme) => alternatives.every((names) => names.includes(scheme))) ?? [];
  const credential = requiresAuth
    ? (common.map(headerCredential).find((found) => found !== null) ?? null)
    : null;
  const optionalCredentials = [...new Set(alternatives.flat())]
    .filter((scheme) => !common.includes(scheme))
    .map(headerCredential)
    .filter((found): found is HeaderCredential => found !== null);
  const acceptsBearer = alternatives.some(
    (names) =>
      names.length === 1 &&
      schemes[names[0] as string]?.type === "http" &&
      schemes[names[0] as string]?.scheme?.toLowerCase() === "bearer",
  );
  return {
    operationId: raw.operationId as string,
    method,
    path,
    pathParams: parameters.filter((parameter) => parameter.in === "path"),
    queryParams: parameters.filter((parameter) => parameter.in === "query"),
    headerParams: parameters.filter((parameter) => parameter.in === "header"),
    body: json?.schema ?? null,
    bodyRequired: raw.requestBody?.required === true,
    responses: raw.responses ?? {},
    requiresAuth,
    credential,
    optionalCredentials,
    acceptsBearer,
  };
}

/** The declared response for a status: the exact code, else its `4XX`-style range, else `default`. */
export function declaredResponse(
  operation: Operation,
  status: number,
): { key: string; response: OpenApiResponse } | null {
  for (const key of [String(status), `${String(status)[0]}XX`, "default"]) {
    const response = operation.responses[key];
    if (response) return { key, response };
  }
  return null;
}

/** Fills a path template; values are percent-encoded as path segments. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for path parameter ${name} of ${template}`);
    return encodeURIComponent(value);
  });
}
