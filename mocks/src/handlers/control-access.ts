import { type ErrorBody, errorResponse } from "./responses.js";
import type { Route } from "./route.js";

/**
 * Who may drive the `/__mock` control API. With a control token in force, every call must
 * carry it in `X-PacSpace-Mock-Token`; without one, only callers on this machine may (the
 * local server is bound to loopback by default, and requests that reached it from another
 * address are refused). Writes (POST, PUT, PATCH) must be JSON: a browser page on another
 * origin can send a `text/plain` or bodiless POST without asking first, but not a JSON one,
 * and the control API answers no CORS, so such a page cannot drive it.
 */

export const CONTROL_TOKEN_HEADER = "X-PacSpace-Mock-Token";

/** The peer address of each request the local server received; in-process requests have none. */
const peers = new WeakMap<Request, string>();

/** Records where the local server received `request` from. */
export function setRequestPeer(request: Request, address: string): void {
  peers.set(request, address);
}

/** Loopback peer addresses: 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string): boolean {
  return /^(::ffff:)?127\.\d+\.\d+\.\d+$/i.test(address) || address === "::1";
}

export interface ControlRefusal {
  status: 401 | 403 | 415;
  error: ErrorBody;
}

/** What the refusal rules read of a control request. */
export interface ControlCall {
  method: string;
  header(name: string): string | null;
  /** Where the local server received it from; undefined in-process. */
  peer: string | undefined;
}

/** Why a control request is refused, or null when it may go on. `token`: the token in force, if any. */
export function controlRefusal(request: Request, token: string | null): ControlRefusal | null {
  return controlCallRefusal(
    { method: request.method, header: (name) => request.headers.get(name), peer: peers.get(request) },
    token,
  );
}

/** `controlRefusal` for a call that is not a fetch `Request` (the local server's event stream). */
export function controlCallRefusal(request: ControlCall, token: string | null): ControlRefusal | null {
  if (token !== null) {
    const sent = request.header(CONTROL_TOKEN_HEADER);
    if (sent === null || !sameToken(sent, token)) {
      return {
        status: 401,
        error: {
          code: "UNAUTHENTICATED",
          message: `The control API needs the control token in the ${CONTROL_TOKEN_HEADER} header`,
        },
      };
    }
  } else {
    const peer = request.peer;
    if (peer !== undefined && !isLoopbackAddress(peer)) {
      return {
        status: 403,
        error: {
          code: "FORBIDDEN",
          message:
            "The control API answers callers on this machine only; start the server with a control token to use it from elsewhere",
        },
      };
    }
  }
  if (request.method === "POST" || request.method === "PUT" || request.method === "PATCH") {
    if (!isJsonMediaType(request.header("Content-Type"))) {
      return {
        status: 415,
        error: {
          code: "UNSUPPORTED_MEDIA_TYPE",
          message:
            "Control API writes must be sent with Content-Type: application/json (even without a body)",
        },
      };
    }
  }
  return null;
}

/** `application/json` or any `+json` type, parameters allowed. */
function isJsonMediaType(value: string | null): boolean {
  if (value === null) return false;
  const type = (value.split(";")[0] as string).trim().toLowerCase();
  return type === "application/json" || /^application\/[\w.+-]+\+json$/.test(type);
}

/** Compares in time independent of where the strings differ. */
function sameToken(sent: string, token: string): boolean {
  let difference = sent.length ^ token.length;
  for (let i = 0; i < token.length; i++) {
    difference |= (sent.charCodeAt(i % Math.max(sent.length, 1)) || 0) ^ token.charCodeAt(i);
  }
  return difference === 0;
}

/**
 * `routes` behind the control API's rules: every `/__mock` route is built through this, so a
 * refused call gets its error envelope and never reaches a route.
 */
export function guardedControlRoutes(
  routes: readonly Route[],
  token: string | null,
  nextRequestId: () => string,
): Route[] {
  return routes.map(({ method, path, resolve }) => ({
    method,
    path,
    async resolve(request, params) {
      const refusal = controlRefusal(request, token);
      if (refusal === null) return resolve(request, params);
      const requestId = nextRequestId();
      return errorResponse(
        refusal.status,
        refusal.error,
        requestId,
        new Headers({ "X-Request-Id": requestId }),
      );
    },
  }));
}
