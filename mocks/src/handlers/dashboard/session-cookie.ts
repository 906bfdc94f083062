/**
 * The dashboard session cookie `pacspace_session`: read from the request's `Cookie` header
 * (never from a cookie store, so each request carries exactly what the client sent) and
 * written as an httpOnly, `SameSite=Lax`, `Path=/` cookie, `Secure` over HTTPS.
 */

export const SESSION_COOKIE = "pacspace_session";

/** The session token a request carries: `Authorization: Bearer` first, then the cookie. */
export function sessionCredential(
  request: Request,
): { token: string; via: "bearer" | "cookie" } | { token: null; via: null } {
  const authorization = request.headers.get("Authorization");
  const bearer = authorization === null ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  if (bearer?.[1]) return { token: bearer[1], via: "bearer" };
  const cookie = readCookie(request.headers.get("Cookie"), SESSION_COOKIE);
  return cookie ? { token: cookie, via: "cookie" } : { token: null, via: null };
}

export function readCookie(header: string | null, name: string): string | null {
  if (header === null) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim();
      return value === "" ? null : value;
    }
  }
  return null;
}

/** `maxAgeSeconds` is rounded: on a real clock a few ms pass between opening the session and answering. */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = [`${SESSION_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Lax"];
  attributes.push(`Max-Age=${Math.max(0, Math.round(maxAgeSeconds))}`);
  if (secure) attributes.push("Secure");
  return attributes.join("; ");
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie("", 0, secure);
}
