import { type HttpHandler, http } from "msw";
import type { Route } from "./route.js";

/** The route table as MSW handlers answering on `baseUrl`, in table order (the first match answers). */
export function mswHandlers(baseUrl: string, routes: readonly Route[]): HttpHandler[] {
  return routes.map((route) => {
    const path = `${baseUrl}${route.path.replace(/\{([^}]+)\}/g, ":$1")}`;
    const method =
      route.method === "ALL" ? "all" : (route.method.toLowerCase() as Lowercase<Route["method"]>);
    return http[method](path, ({ request, params }) =>
      route.resolve(request, params as Record<string, string>),
    );
  });
}
