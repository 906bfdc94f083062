import { type HttpHandler, http } from "msw";
import type { Route } from "./route.js";
import { createRouteDispatcher } from "./route-dispatcher.js";

/**
 * The route table as MSW handlers answering on `baseUrl`: one handler, whose predicate finds
 * the route as a handler per route would (the first match in table order answers), with
 * each pattern compiled once. A handler per route would have MSW parse the URL and compile
 * a path pattern for every route tried before the one that answers: a request to a route
 * near the end of the table took ten times as long as one to the first.
 */
export function mswHandlers(baseUrl: string, routes: readonly Route[]): HttpHandler[] {
  const dispatch = createRouteDispatcher(routes, baseUrl);
  /** The route each matched request goes to: MSW hands the resolver the request its predicate saw. */
  const matched = new WeakMap<Request, Route>();
  return [
    http.all(
      ({ request }) => {
        const match = dispatch(request.method, originAndPathOf(request.url));
        if (match === null) return false;
        matched.set(request, match.route);
        return { matches: true, params: match.params };
      },
      ({ request, params }) =>
        (matched.get(request) as Route).resolve(request, params as Record<string, string>),
    ),
  ];
}

/**
 * A serialised URL's origin and path, as MSW matches them (`url.origin + url.pathname`):
 * the text before its query or fragment. A fetch `Request` never carries credentials in its
 * URL, so that text starts with the origin.
 */
function originAndPathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
