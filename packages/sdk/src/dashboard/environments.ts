import { type APIPromise, apiCall, type HttpClient, type RequestOptions } from "../resources/request.js";
import { assertValidRequest } from "../validation/validate.js";
import {
  type EnvironmentList,
  type EnvironmentName,
  type EnvironmentState,
  type EnvironmentStatusMap,
  unwrapDashboard,
} from "./types.js";

/** The tenant's sandbox and production: `dashboard.environments.*`. */
export class DashboardEnvironments {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  list(options: RequestOptions = {}): APIPromise<EnvironmentList> {
    return apiCall(() =>
      unwrapDashboard<"listEnvironments">(
        this.#client.GET("/dashboard/environments", { signal: options.signal }),
      ),
    );
  }

  /** `{sandbox: {status}, production: {status}}` with `active | activating | failed | none`. */
  status(options: RequestOptions = {}): APIPromise<EnvironmentStatusMap> {
    return apiCall(() =>
      unwrapDashboard<"getEnvironmentStatus">(
        this.#client.GET("/dashboard/environments/environment-status", { signal: options.signal }),
      ),
    );
  }

  /** Starts activating an environment (idempotent); production needs a paid plan. */
  provision(environment: EnvironmentName, options: RequestOptions = {}): APIPromise<EnvironmentState> {
    return apiCall(() => {
      const body = { environment };
      assertValidRequest("provisionEnvironment", { body });
      return unwrapDashboard<"provisionEnvironment">(
        this.#client.POST("/dashboard/environments/provision", { body, signal: options.signal }),
      );
    });
  }
}
