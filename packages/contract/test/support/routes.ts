import { createPacSpaceMock } from "@pacspace/mocks";
import type { ContractSpec } from "../../src/spec.js";

/** `GET /api/v1/balance/delta/{}`: parameter names do not matter, only their places. */
export function routeKey(method: string, path: string): string {
  const template = path.replace(/\{[^}]+\}/g, "{}").replace(/:[A-Za-z_][A-Za-z0-9_]*/g, "{}");
  return `${method.toUpperCase()} ${template}`;
}

/** The mock's routes: single-operation ones by route key, and the catch-all patterns. */
export function mockRoutes(): { routes: Set<string>; catchAll: string[] } {
  const routes = new Set<string>();
  const catchAll: string[] = [];
  for (const { method, path } of createPacSpaceMock().routes) {
    if (method === "ALL" || path.includes("*")) catchAll.push(path);
    else routes.add(routeKey(method, path));
  }
  return { routes, catchAll };
}

/** The spec operations the mock has a handler for (the drift gate reports the others). */
export function servedOperationIds(spec: ContractSpec): string[] {
  const { routes } = mockRoutes();
  return spec.operations
    .filter((operation) => routes.has(routeKey(operation.method, operation.path)))
    .map((operation) => operation.operationId);
}

/**
 * The served operations a plain tenant can call: the middleware routes answer only
 * billing-middleware tenants, so runs with a plain tenant leave them out.
 */
export function plainTenantOperationIds(spec: ContractSpec): string[] {
  const middleware = new Set(
    spec.operations
      .filter((operation) => operation.path.startsWith("/api/v1/middleware/"))
      .map((operation) => operation.operationId),
  );
  return servedOperationIds(spec).filter((operationId) => !middleware.has(operationId));
}
