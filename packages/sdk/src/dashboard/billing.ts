import {
  type APIPromise,
  apiCall,
  type HttpClient,
  type QueryParams,
  type RequestOptions,
  splitOptions,
} from "../resources/request.js";
import { assertValidRequest } from "../validation/validate.js";
import { type BillingPlan, type BillingUsage, type PlanTier, unwrapDashboard } from "./types.js";

export type BillingUsageOptions = QueryParams<"getBillingUsage"> & RequestOptions;

/** Plan and usage: `dashboard.billing.*`. Only verified deltas count. */
export class DashboardBilling {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  plan(options: RequestOptions = {}): APIPromise<BillingPlan> {
    return apiCall(() =>
      unwrapDashboard<"getBillingPlan">(
        this.#client.GET("/dashboard/billing/plan", { signal: options.signal }),
      ),
    );
  }

  /** Usage of a month (`period: "YYYY-MM"`, default the current one), overage included. */
  usage(options?: BillingUsageOptions): APIPromise<BillingUsage> {
    const { params: query, request } = splitOptions<QueryParams<"getBillingUsage">>(options);
    return apiCall(() => {
      assertValidRequest("getBillingUsage", { query });
      return unwrapDashboard<"getBillingUsage">(
        this.#client.GET("/dashboard/billing/usage", { params: { query }, signal: request.signal }),
      );
    });
  }

  /** Switches the tenant's tier now. */
  changePlan(tier: PlanTier, options: RequestOptions = {}): APIPromise<BillingPlan> {
    return apiCall(() => {
      const body = { tier };
      assertValidRequest("changeBillingPlan", { body });
      return unwrapDashboard<"changeBillingPlan">(
        this.#client.PATCH("/dashboard/billing/plan", { body, signal: options.signal }),
      );
    });
  }
}
