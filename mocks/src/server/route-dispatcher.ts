import type { Route } from "../handlers/route.js";

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/**
 * Finds the route that answers a request on the local server, which serves any origin (base
 * URL `*`). It matches as MSW matches the handlers built from the same table (path-to-regexp
 * 6: any prefix before the template, case-insensitive, an optional trailing delimiter,
 * captures URI-decoded, the first match in table order answers), but on the request path
 * alone (MSW matches origin + path; the origin comes from `Host`, which must never pick a
 * route), compiles each pattern once and tries only the routes of the request's method. A
 * test holds it to MSW's own matcher. `path` is still percent-encoded; a malformed escape in
 * a capture throws URIError, as MSW does, so the server checks the path first.
 */
export function createRouteDispatcher(
  routes: readonly Route[],
): (method: string, path: string) => RouteMatch | null {
  const compiled = routes.map((route) => ({ route, ...compile(route.path) }));
  const anyMethod = compiled.filter(({ route }) => route.method === "ALL");
  const byMethod = new Map<string, typeof compiled>();
  for (const { route } of compiled) {
    if (route.method === "ALL" || byMethod.has(route.method)) continue;
    byMethod.set(
      route.method,
      compiled.filter((entry) => entry.route.method === route.method || entry.route.method === "ALL"),
    );
  }
  return (method, path) => {
    for (const { route, pattern, names } of byMethod.get(method.toUpperCase()) ?? anyMethod) {
      const match = pattern.exec(path);
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

/** The path-to-regexp 6 pattern MSW builds for `*` + `path`, and the names of its captures. */
function compile(path: string): { pattern: RegExp; names: string[] } {
  const names = ["0"];
  let source = "^(.*)";
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
