/**
 * The request target and `Host` header as the local server accepts them. The route comes
 * from the path alone: `Host` is checked for its form and otherwise only names the host a
 * request was sent to, so a crafted `Host` can never select another route.
 */

export interface RequestTarget {
  /** Still percent-encoded. */
  path: string;
  /** With its `?`, or `""`. */
  search: string;
}

/** `/path?query` (or an absolute `http://host/path?query`), or what is wrong with it. */
export function parseTarget(target: string): RequestTarget | string {
  let path: string;
  let search: string;
  if (target.startsWith("/")) {
    const queryAt = target.indexOf("?");
    path = queryAt === -1 ? target : target.slice(0, queryAt);
    search = queryAt === -1 || queryAt === target.length - 1 ? "" : target.slice(queryAt);
  } else if (/^https?:\/\//i.test(target) && URL.canParse(target)) {
    const url = new URL(target);
    path = url.pathname;
    search = url.search;
  } else {
    return "must be an absolute path such as /api/v1/balance/limits";
  }
  const hashAt = path.indexOf("#");
  if (hashAt !== -1) path = path.slice(0, hashAt);
  if (path.includes("%") && !decodes(path)) {
    return "holds a malformed percent-encoding (each % must start a UTF-8 sequence of %XX bytes)";
  }
  return { path, search };
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** `host`, `host:port`, `[ipv6]` or `[ipv6]:port`. */
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9\-._~!$&'()*+,;=%]+)(?::\d{1,5})?$/;

/** What is wrong with a `Host` header value, or null. */
export function hostIssue(host: string): string | null {
  return HOST.test(host) ? null : "must be a host name or address with an optional port";
}
