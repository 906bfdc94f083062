import { type APIPromise, apiCall, type HttpClient, type RequestOptions } from "../resources/request.js";
import { assertValidRequest } from "../validation/validate.js";
import type { DashboardSession } from "./session.js";
import {
  type AccessRequestReceipt,
  type Account,
  type DashboardUser,
  isMfaChallenge,
  type LoginOutcome,
  type LoginResult,
  type Preferences,
  type RegisterInput,
  type Registration,
  type RequestAccessInput,
  unwrapDashboard,
  type VerifyMfaInput,
} from "./types.js";

/** Accounts and sessions: `dashboard.auth.*`. */
export class DashboardAuth {
  readonly #client: HttpClient;
  readonly #session: DashboardSession;

  constructor(client: HttpClient, session: DashboardSession) {
    this.#client = client;
    this.#session = session;
  }

  /** Asks for an account. The answer is the same whatever PacSpace knows about the email. */
  requestAccess(input: RequestAccessInput, options: RequestOptions = {}): APIPromise<AccessRequestReceipt> {
    return apiCall(() => {
      assertValidRequest("requestAccess", { body: input });
      return unwrapDashboard<"requestAccess">(
        this.#client.POST("/dashboard/auth/request-access", { body: input, signal: options.signal }),
      );
    });
  }

  /** Opens an account with the approval token issued for its email (403 `REGISTRATION_REQUIRES_APPROVAL` without). */
  register(input: RegisterInput, options: RequestOptions = {}): APIPromise<Registration> {
    return apiCall(() => {
      assertValidRequest("register", { body: input });
      return unwrapDashboard<"register">(
        this.#client.POST("/dashboard/auth/register", { body: input, signal: options.signal }),
      );
    });
  }

  /**
   * Starts a 12-hour session. In token mode the client keeps the session the answer carries
   * (its httpOnly cookies, and a token when there is one) and sends it on every later call;
   * in cookie mode the browser keeps the cookie instead. For a user with MFA enabled the
   * answer is an `MfaChallenge` (`isMfaChallenge`) and no session exists until
   * `verifyMfa` gets the ticket and the code.
   */
  login(email: string, password: string, options: RequestOptions = {}): APIPromise<LoginOutcome> {
    return apiCall(async () => {
      const body = { email, password };
      assertValidRequest("login", { body });
      const result = await unwrapDashboard<"login">(
        this.#client.POST("/dashboard/auth/login", { body, signal: options.signal }),
      );
      if (!isMfaChallenge(result.data)) this.#keepToken(result.data);
      return result;
    });
  }

  /**
   * Completes an MFA login with the challenge's `mfaTicket` and the authenticator's `code`;
   * the session it opens is kept as `login` keeps one. A wrong code is a 401
   * `INVALID_MFA_CODE`; a used or expired ticket a 401 `INVALID_MFA_TICKET` (log in again).
   */
  verifyMfa(input: VerifyMfaInput, options: RequestOptions = {}): APIPromise<LoginResult> {
    return apiCall(async () => {
      assertValidRequest("verifyMfaLogin", { body: input });
      const result = await unwrapDashboard<"verifyMfaLogin">(
        this.#client.POST("/dashboard/auth/login/mfa-verify", { body: input, signal: options.signal }),
      );
      this.#keepToken(result.data);
      return result;
    });
  }

  /** A token in the answer is kept; the session cookies were kept by the client's fetch. */
  #keepToken(session: LoginResult): void {
    if (typeof session.token === "string" && session.token !== "") this.#session.remember(session.token);
  }

  /** Ends the session. The client forgets its token even when the server already had. */
  logout(options: RequestOptions = {}): APIPromise<{ loggedOut: true }> {
    return apiCall(async () => {
      try {
        return await unwrapDashboard<"logout">(
          this.#client.POST("/dashboard/auth/logout", { signal: options.signal }),
        );
      } finally {
        this.#session.forget();
      }
    });
  }

  /** The logged-in user, their tenant and when the session ends. */
  me(options: RequestOptions = {}): APIPromise<Account> {
    return apiCall(() =>
      unwrapDashboard<"getCurrentUser">(this.#client.GET("/dashboard/auth/me", { signal: options.signal })),
    );
  }

  /** Saves the user's preferences (the environment the dashboard opens in). */
  updatePreferences(preferences: Preferences, options: RequestOptions = {}): APIPromise<DashboardUser> {
    return apiCall(() => {
      assertValidRequest("updatePreferences", { body: preferences });
      return unwrapDashboard<"updatePreferences">(
        this.#client.PATCH("/dashboard/auth/preferences", { body: preferences, signal: options.signal }),
      );
    });
  }
}
