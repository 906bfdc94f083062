import { normalizeUrl } from "../base-url.js";
import { AuthenticationError } from "../errors.js";
import type { paths } from "../generated/schema.js";
import { lazyRawClient } from "../lazy-raw-client.js";
import type { RawClient } from "../raw-client.js";
import type { FetchLike, PacSpaceLogger } from "../transport/create-pacspace-fetch.js";
import { createPacSpaceFetch } from "../transport/lazy-pacspace-fetch.js";
import { DashboardApiKeys } from "./api-keys.js";
import { DashboardAuth } from "./auth.js";
import { DashboardBilling } from "./billing.js";
import { DashboardCustomers } from "./customers.js";
import { DashboardEnvironments } from "./environments.js";
import { DashboardSession, type DashboardSessionMode, dashboardFetch } from "./session.js";
import { DashboardWebhooks } from "./webhooks.js";

const DEFAULT_DASHBOARD_URL = "https://app.pacspace.io";

export interface PacSpaceDashboardOptions {
  /** Default `https://app.pacspace.io`; `http://127.0.0.1:4010` for `pacspace-mock serve`. */
  baseUrl?: string;
  /** A session token from an earlier `auth.login()`, sent as `Authorization: Bearer`. */
  token?: string;
  /**
   * `"token"` (default; servers, scripts): the client holds the session: the cookies the
   * login sets, sent back as `Cookie`, and a token when the login answers one, sent as a
   * Bearer token. `"cookie"`: in a browser, rely on the httpOnly session cookie the login
   * sets (`credentials: "include"`) and never hold the session in JavaScript.
   */
  session?: DashboardSessionMode;
  /** Retries of reads, PATCH and DELETE (POSTs are sent once). Default 2. */
  maxRetries?: number;
  /** Per-attempt timeout in ms. Default 30 000. */
  timeout?: number;
  /** The fetch every attempt goes through. Default: the global `fetch`. */
  fetch?: FetchLike;
  /** Receives one debug line per attempt and one warning per retry; never tokens, passwords or keys. */
  logger?: PacSpaceLogger;
}

/**
 * The PacSpace Dashboard API client: accounts, API keys, environments, billing and
 * customer records of your tenant. It authenticates with a dashboard session (not an API
 * key), over the same transport and typed errors as `PacSpace`.
 *
 * ```ts
 * const dashboard = new PacSpaceDashboard({ baseUrl: "http://127.0.0.1:4010" });
 * await dashboard.auth.login("jane@acme.example", process.env.PACSPACE_PASSWORD!); // see isMfaChallenge
 * const key = await dashboard.apiKeys.create({ name: "Local development", environment: "test" });
 * const pac = new PacSpace({ apiKey: key.fullKey, baseUrl: "http://127.0.0.1:4010" });
 * ```
 */
export class PacSpaceDashboard {
  readonly baseUrl: string;
  /** The typed openapi-fetch client over the dashboard transport, for calls the resources do not wrap. */
  readonly raw: RawClient;
  /** Request access, register, log in and out, the current user and preferences. */
  readonly auth: DashboardAuth;
  /** Create, list, rotate, disable and revoke API keys. */
  readonly apiKeys: DashboardApiKeys;
  /** Sandbox and production status and provisioning. */
  readonly environments: DashboardEnvironments;
  /** Plan, usage and plan changes. */
  readonly billing: DashboardBilling;
  /** Customer records, creation and CSV export. */
  readonly customers: DashboardCustomers;
  /** Webhook endpoints: create (secret shown once), update, test, deliveries, retry, rotate the secret. */
  readonly webhooks: DashboardWebhooks;
  readonly #session: DashboardSession;

  constructor(options: PacSpaceDashboardOptions = {}) {
    const mode = options.session ?? "token";
    if (mode !== "token" && mode !== "cookie") {
      throw new TypeError(`session must be "token" or "cookie", got ${JSON.stringify(mode)}`);
    }
    if (options.token !== undefined && (typeof options.token !== "string" || options.token === "")) {
      throw new AuthenticationError("token must be a non-empty string (the token returned by auth.login)");
    }
    this.baseUrl = normalizeUrl("baseUrl", options.baseUrl ?? DEFAULT_DASHBOARD_URL);
    this.#session = new DashboardSession(mode, options.token);
    const transport = {
      signRequests: false,
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.logger === undefined ? {} : { logger: options.logger }),
    };
    const retrying = createPacSpaceFetch({
      ...transport,
      ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
    });
    const once = createPacSpaceFetch({ ...transport, maxRetries: 0 });
    const fetch = dashboardFetch(this.#session, retrying, once);
    // openapi-fetch is loaded on the first request (see lazy-raw-client.ts).
    this.raw = lazyRawClient(async () =>
      (await import("openapi-fetch")).default<paths>({
        baseUrl: this.baseUrl,
        fetch,
        // Browsers send (and store) the httpOnly session cookie only with credentials included.
        ...(mode === "cookie" ? { credentials: "include" as const } : {}),
      }),
    );
    this.auth = new DashboardAuth(this.raw, this.#session);
    this.apiKeys = new DashboardApiKeys(this.raw);
    this.environments = new DashboardEnvironments(this.raw);
    this.billing = new DashboardBilling(this.raw);
    this.customers = new DashboardCustomers(this.raw);
    this.webhooks = new DashboardWebhooks(this.raw);
  }

  /**
   * The session token in use (token mode), or undefined before login, after logout, in cookie
   * mode, and when the login answered no token (the session then rests on its cookies).
   */
  get token(): string | undefined {
    return this.#session.token;
  }
}
