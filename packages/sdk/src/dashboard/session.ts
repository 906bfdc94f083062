import { isWriteMethod } from "../transport/write-methods.js";
import { CookieJar } from "./cookie-jar.js";

/**
 * How the dashboard client authenticates. In `token` mode (servers, scripts, tests) the
 * client holds the session itself: a token the login answered with is sent as
 * `Authorization: Bearer`, and the session cookies the login set are kept and sent back as
 * `Cookie` (the current service answers with httpOnly cookies and no token). In `cookie`
 * mode (browsers) requests carry the httpOnly session cookie the browser stored
 * (`credentials: "include"`) and the client keeps nothing. Either way,
 * POST/PUT/PATCH/DELETE carry `X-Pacspace-CSRF: 1`, which cookie sessions require.
 */

export type DashboardSessionMode = "token" | "cookie";

export class DashboardSession {
  readonly mode: DashboardSessionMode;
  #token: string | undefined;
  readonly #cookies = new CookieJar();

  constructor(mode: DashboardSessionMode, token?: string) {
    this.mode = mode;
    this.#token = token;
  }

  get token(): string | undefined {
    return this.#token;
  }

  /** The `Cookie` header the client sends (token mode), or undefined when it holds no cookie. */
  get cookieHeader(): string | undefined {
    return this.#cookies.header();
  }

  /** Keeps a token from login (ignored in cookie mode, where the browser holds the session). */
  remember(token: string): void {
    if (this.mode === "token") this.#token = token;
  }

  /** Keeps the cookies an answer set (token mode; in cookie mode the browser does). */
  keepCookies(response: Response): void {
    if (this.mode === "token") this.#cookies.store(response.headers);
  }

  forget(): void {
    this.#token = undefined;
    this.#cookies.clear();
  }
}

/**
 * The fetch the dashboard's typed client sends through: adds the session and the CSRF
 * header, hands the request to `sendOnce` (POSTs) or `sendRetrying` (everything else), and
 * keeps the cookies the answer sets. POSTs are sent once: dashboard creates are not
 * idempotent (a resent create key call would make a second key), while reads, PATCH and
 * DELETE are safe to repeat. Headers are set on the request itself: copying a Request with
 * new headers can duplicate the ones it had.
 */
export function dashboardFetch(
  session: DashboardSession,
  sendRetrying: (request: Request) => Promise<Response>,
  sendOnce: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const method = request.method.toUpperCase();
    if (isWriteMethod(method)) request.headers.set("X-Pacspace-CSRF", "1");
    const token = session.token;
    if (token !== undefined && !request.headers.has("Authorization")) {
      request.headers.set("Authorization", `Bearer ${token}`);
    }
    const cookie = session.cookieHeader;
    if (cookie !== undefined && !request.headers.has("Cookie")) request.headers.set("Cookie", cookie);
    const response = await (method === "POST" ? sendOnce(request) : sendRetrying(request));
    session.keepCookies(response);
    return response;
  };
}
