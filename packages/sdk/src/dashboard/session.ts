import { isWriteMethod } from "../transport/idempotency.js";

/**
 * How the dashboard client authenticates. In `token` mode (servers, scripts, tests) the
 * session token from `auth.login()` is kept in memory and sent as `Authorization: Bearer`.
 * In `cookie` mode (browsers) requests carry the httpOnly session cookie the login answer
 * set (`credentials: "include"`) and the token is never kept by the client. Either way,
 * POST/PUT/PATCH/DELETE carry `X-Pacspace-CSRF: 1`, which cookie sessions require.
 */

export type DashboardSessionMode = "token" | "cookie";

export class DashboardSession {
  readonly mode: DashboardSessionMode;
  #token: string | undefined;

  constructor(mode: DashboardSessionMode, token?: string) {
    this.mode = mode;
    this.#token = token;
  }

  get token(): string | undefined {
    return this.#token;
  }

  /** Keeps a token from login (ignored in cookie mode, where the browser holds the session). */
  remember(token: string): void {
    if (this.mode === "token") this.#token = token;
  }

  forget(): void {
    this.#token = undefined;
  }
}

/**
 * The fetch the dashboard's typed client sends through: adds the session and the CSRF
 * header, then hands the request to `sendOnce` (POSTs) or `sendRetrying` (everything else).
 * POSTs are sent once: dashboard creates are not idempotent (a resent create key call would
 * make a second key), while reads, PATCH and DELETE are safe to repeat. Headers are set on
 * the request itself: copying a Request with new headers can duplicate the ones it had.
 */
export function dashboardFetch(
  session: DashboardSession,
  sendRetrying: (request: Request) => Promise<Response>,
  sendOnce: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return (request) => {
    const method = request.method.toUpperCase();
    if (isWriteMethod(method)) request.headers.set("X-Pacspace-CSRF", "1");
    const token = session.token;
    if (token !== undefined && !request.headers.has("Authorization")) {
      request.headers.set("Authorization", `Bearer ${token}`);
    }
    return method === "POST" ? sendOnce(request) : sendRetrying(request);
  };
}
