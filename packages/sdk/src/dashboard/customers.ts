import { throwIfError } from "../errors.js";
import { type PagePromise, pagedCall, pageNumberPaginator } from "../pagination.js";
import {
  type APIPromise,
  type APIResponse,
  apiCall,
  definedOnly,
  type HttpClient,
  type QueryParams,
  type RequestOptions,
  splitOptions,
} from "../resources/request.js";
import { getResponseMeta } from "../transport/response-meta.js";
import { assertValidRequest } from "../validation/validate.js";
import {
  type CreateDashboardCustomerInput,
  type DashboardCustomer,
  type DashboardCustomerDetail,
  type DashboardCustomerList,
  type EnvironmentName,
  unwrapDashboard,
} from "./types.js";

/** Which of the tenant's ledgers a call reads or writes (`X-Environment`, default sandbox). */
export interface EnvironmentOption {
  environment?: EnvironmentName;
}

export type ListDashboardCustomersOptions = QueryParams<"listDashboardCustomers"> &
  EnvironmentOption &
  RequestOptions;
export type DashboardCustomerOptions = QueryParams<"getDashboardCustomer"> &
  EnvironmentOption &
  RequestOptions;

function environmentHeader(environment: EnvironmentName | undefined): { "X-Environment"?: EnvironmentName } {
  return definedOnly({ "X-Environment": environment });
}

/** Customer records with their dashboard profile: `dashboard.customers.*`. */
export class DashboardCustomers {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  /** One page of customers (`page`, `limit`, `search`); iterate to walk them all. */
  list(options?: ListDashboardCustomersOptions): PagePromise<DashboardCustomerList, DashboardCustomer> {
    const { environment, ...rest } = options ?? {};
    const { params: query, request } = splitOptions<QueryParams<"listDashboardCustomers">>(rest);
    const fetchPage = (page?: number) =>
      unwrapDashboard<"listDashboardCustomers">(
        this.#client.GET("/dashboard/customers", {
          params: {
            query: page === undefined ? query : { ...query, page },
            header: environmentHeader(environment),
          },
          signal: request.signal,
        }),
      );
    return pagedCall(
      () => {
        assertValidRequest("listDashboardCustomers", { query });
        return fetchPage();
      },
      pageNumberPaginator({
        items: (page: DashboardCustomerList) => page.customers,
        pagination: (page) => page.pagination,
        fetchPage,
      }),
    );
  }

  /** Creates a customer record (409 `CONFLICT` when its `customerId` exists in that ledger). */
  create(
    input: CreateDashboardCustomerInput,
    options: EnvironmentOption & RequestOptions = {},
  ): APIPromise<DashboardCustomer> {
    return apiCall(() => {
      assertValidRequest("createDashboardCustomer", { body: input });
      return unwrapDashboard<"createDashboardCustomer">(
        this.#client.POST("/dashboard/customers", {
          params: { header: environmentHeader(options.environment) },
          body: input,
          signal: options.signal,
        }),
      );
    });
  }

  /** One customer with a page of recent deltas (`deltaPage`, `deltaLimit`, `period`). */
  get(customerId: string, options?: DashboardCustomerOptions): APIPromise<DashboardCustomerDetail> {
    const { environment, ...rest } = options ?? {};
    const { params: query, request } = splitOptions<QueryParams<"getDashboardCustomer">>(rest);
    return apiCall(() => {
      assertValidRequest("getDashboardCustomer", { pathParams: { customerId }, query });
      return unwrapDashboard<"getDashboardCustomer">(
        this.#client.GET("/dashboard/customers/{customerId}", {
          params: { path: { customerId }, query, header: environmentHeader(environment) },
          signal: request.signal,
        }),
      );
    });
  }

  /** Every delta of the customer as CSV text (header row first, CRLF line ends). */
  exportCsv(customerId: string, options: EnvironmentOption & RequestOptions = {}): APIPromise<string> {
    return apiCall(async (): Promise<APIResponse<string>> => {
      assertValidRequest("exportDashboardCustomer", { pathParams: { customerId } });
      const { data, error, response } = await this.#client.GET("/dashboard/customers/{customerId}/export", {
        params: { path: { customerId }, header: environmentHeader(options.environment) },
        parseAs: "text",
        signal: options.signal,
      });
      throwIfError(response, response.ok ? data : error);
      const meta = getResponseMeta(response);
      const requestId = meta?.requestId ?? response.headers.get("x-request-id") ?? undefined;
      return {
        data: data as string,
        response,
        attempts: meta?.attempts ?? 1,
        ...(requestId === undefined ? {} : { requestId }),
      };
    });
  }
}
