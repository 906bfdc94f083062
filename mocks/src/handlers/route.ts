import { type OperationId, operationMethod, operationPath } from "../validation/request-validator.js";

/**
 * One entry of the mock's route table: which requests it answers and the resolver that
 * answers them. The table is the one source of routing: the MSW handlers
 * (`msw-handlers.ts`) and the local server's dispatcher are both built from it, so the two
 * cannot drift apart.
 */
export interface Route {
  /** `ALL` answers every method (the 404/405 fallbacks). */
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "ALL";
  /** Relative to the base URL, with `{name}` path parameters; a trailing `/*` matches anything below. */
  path: string;
  /** `params`: the path parameters, URL-decoded (a wildcard adds numbered captures, ignored). */
  resolve(request: Request, params: Record<string, string>): Promise<Response>;
}

/** The route of a spec operation: its method and path template, as the spec declares them. */
export function operationRoute(operationId: OperationId, resolve: Route["resolve"]): Route {
  return {
    method: operationMethod(operationId) as Route["method"],
    path: operationPath(operationId),
    resolve,
  };
}
