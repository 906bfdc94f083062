import type { MockRequest, MockResponse } from "./exchange.js";
import { errorReply } from "./responses.js";
import { exchangeRoute, type Route } from "./route.js";

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
    const answer = (request: MockRequest): MockResponse => {
      const path = request.path.slice(basePath.length);
      const requestId = nextRequestId();
      const headers: Record<string, string> = { "X-Request-Id": requestId };
      const allowed = [...new Set(matchers.filter((m) => m.pattern.test(path)).map((m) => m.method))];
      if (allowed.length > 0) {
        headers.Allow = allowed.join(", ");
        return errorReply(
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
      return errorReply(
        404,
        { code: "NOT_FOUND", message: `No such endpoint: ${request.method} ${path}` },
        requestId,
        headers,
      );
    };
    return exchangeRoute("ALL", `${prefix}/*`, answer);
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
