import { type APIPromise, apiCall, type HttpClient, type RequestOptions } from "../resources/request.js";
import { assertValidRequest } from "../validation/validate.js";
import type { DashboardSession } from "./session.js";
import {
  type AccessRequestReceipt,
  type Account,
  type DashboardUser,
  type LoginResult,
  type Preferences,
  type RegisterInput,
  type Registration,
  type RequestAccessInput,
  unwrapDashboard,
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
   * Starts a 12-hour session. In token mode the client keeps the returned token and sends it
   * on every later call; in cookie mode the browser keeps the httpOnly cookie instead.
   */
  login(email: string, password: string, options: RequestOptions = {}): APIPromise<LoginResult> {
    return apiCall(async () => {
      const body = { email, password };
      assertValidRequest("login", { body });
      const result = await unwrapDashboard<"login">(
        this.#client.POST("/dashboard/auth/login", { body, signal: options.signal }),
      );
      this.#session.remember(result.data.token);
      return result;
    });
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
