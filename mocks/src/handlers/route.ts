import { type OperationId, operationMethod, operationPath } from "../validation/request-validator.js";
import { fromFetchRequest, type MockRequest, type MockResponse, toFetchResponse } from "./exchange.js";

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
  /**
   * The same answer from plain data, on routes that need no fetch `Request`: the local
   * server calls it directly; `resolve` adapts it for MSW.
   */
  answer?(request: MockRequest, params: Record<string, string>): MockResponse | Promise<MockResponse>;
}

/** A route answering from plain data, with `resolve` adapting it to fetch for MSW. */
export function exchangeRoute(
  method: Route["method"],
  path: string,
  answer: NonNullable<Route["answer"]>,
): Route {
  return {
    method,
    path,
    answer,
    resolve: async (request, params) =>
      toFetchResponse(await answer(await fromFetchRequest(request), params)),
  };
}

/** The route of a spec operation: its method and path template, as the spec declares them. */
export function operationRoute(operationId: OperationId, resolve: Route["resolve"]): Route {
  return {
    method: operationMethod(operationId) as Route["method"],
    path: operationPath(operationId),
    resolve,
  };
}

/** The plain-data route of a spec operation (see `exchangeRoute`). */
export function operationExchangeRoute(
  operationId: OperationId,
  answer: NonNullable<Route["answer"]>,
): Route {
  return exchangeRoute(operationMethod(operationId) as Route["method"], operationPath(operationId), answer);
}
