import { errorResponse } from "./responses.js";
import type { Route } from "./route.js";

/**
 * Answers for requests under a known prefix that no operation handles: a path the spec
 * defines with another method → 405 with `Allow`; anything else → 404 `NOT_FOUND`. Both use
 * the error envelope, so clients see the same shape as for every other failure.
 */
export function fallbackRoutes(
  basePath: string,
  prefixes: Array<{ prefix: string; routes: ReadonlyArray<{ method: string; path: string }> }>,
  nextRequestId: () => string,
): Route[] {
  return prefixes.map(({ prefix, routes }): Route => {
    const matchers = routes.map((route) => ({ method: route.method, pattern: templatePattern(route.path) }));
    const resolve = async (request: Request): Promise<Response> => {
      const path = new URL(request.url).pathname.slice(basePath.length);
      const headers = new Headers({ "X-Request-Id": nextRequestId() });
      const requestId = headers.get("X-Request-Id") as string;
      const allowed = [...new Set(matchers.filter((m) => m.pattern.test(path)).map((m) => m.method))];
      if (allowed.length > 0) {
        headers.set("Allow", allowed.join(", "));
        return errorResponse(
          405,
          // The spec's ErrorCode has no METHOD_NOT_ALLOWED; NOT_FOUND is the closest stable code.
          {
            code: "NOT_FOUND",
            message: `${request.method} is not supported here; use ${allowed.join(" or ")}`,
          },
          requestId,
          headers,
        );
      }
      return errorResponse(
        404,
        { code: "NOT_FOUND", message: `No such endpoint: ${request.method} ${path}` },
        requestId,
        headers,
      );
    };
    return { method: "ALL", path: `${prefix}/*`, resolve };
  });
}

/** `/api/v1/balance/derive/{customerId}` → a RegExp matching concrete paths. */
export function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}/?$`);
}
