import type { Route } from "./route.js";

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/**
 * Finds the route that answers a request, for the local server and for the MSW handlers. It
 * matches as MSW matches a handler per route of the same table (path-to-regexp 6: the base
 * URL before the template, case-insensitive, an optional trailing delimiter, captures
 * URI-decoded, the first match in table order answers), but compiles each pattern once and
 * tries only the routes of the request's method. A test holds it to MSW's own matcher.
 *
 * The target is what precedes the query: the request URL's origin and path for the MSW
 * handlers, the path alone for the local server (its origin would come from `Host`, which
 * must never pick a route). The template must follow `base`, where each run of `*` matches
 * anything, as a numbered capture: with `"*"` (the server's base, or a `*` base URL) any
 * prefix may precede the template, captured as `"0"`.
 *
 * The target is still percent-encoded; a malformed escape in a capture throws URIError, as
 * MSW does, so the server checks the path first.
 */
export function createRouteDispatcher(
  routes: readonly Route[],
  base = "*",
): (method: string, target: string) => RouteMatch | null {
  const compiled = routes.map((route) => ({ route, ...compile(route.path, base) }));
  const anyMethod = compiled.filter(({ route }) => route.method === "ALL");
  const byMethod = new Map<string, typeof compiled>();
  for (const { route } of compiled) {
    if (route.method === "ALL" || byMethod.has(route.method)) continue;
    byMethod.set(
      route.method,
      compiled.filter((entry) => entry.route.method === route.method || entry.route.method === "ALL"),
    );
  }
  return (method, target) => {
    for (const { route, pattern, names } of byMethod.get(method.toUpperCase()) ?? anyMethod) {
      const match = pattern.exec(target);
      if (match === null) continue;
      const params: Record<string, string> = {};
      for (let i = 0; i < names.length; i++) {
        const value = match[i + 1];
        if (value !== undefined) params[names[i] as string] = decodeURIComponent(value);
      }
      return { route, params };
    }
    return null;
  };
}

/** The path-to-regexp 6 pattern MSW builds for `base` + `path`, and the names of its captures. */
function compile(path: string, base: string): { pattern: RegExp; names: string[] } {
  // MSW reads each run of `*` in a handler's path as a numbered capture of anything
  const baseParts = base.split(/\*+/);
  const names = baseParts.slice(1).map((_, i) => String(i));
  let source = `^${baseParts.map(escapeLiteral).join("(.*)")}`;
  for (const segment of path.split("/").slice(1)) {
    // `{name}` alone, or followed by a literal suffix such as `.pdf` (a word character would extend the name)
    const param = /^\{(\w+)\}((?:[.~-][\w.~-]*)?)$/.exec(segment);
    if (segment === "*") {
      names.push(String(names.filter((name) => /^\d+$/.test(name)).length));
      source += "(?:\\/(.*))";
    } else if (param) {
      names.push(param[1] as string);
      source += `(?:\\/([^\\/#\\?]+?))${escapeLiteral(param[2] as string)}`;
    } else if (/^[\w.~-]+$/.test(segment)) {
      source += `\\/${escapeLiteral(segment)}`;
    } else {
      throw new Error(`route path ${path}: a segment must be a name, {param}, {param}.suffix or *`);
    }
  }
  return { pattern: new RegExp(`${source}[\\/#\\?]?$`, "i"), names };
}

/** A literal of a route path as path-to-regexp 6 escapes it. */
function escapeLiteral(text: string): string {
  return text.replace(/([.+*?=^!:${}()[\]|/\\])/g, "\\$1");
}
