import { type PagePromise, pagedCall, pageNumberPaginator } from "../pagination.js";
import { assertValidRequest, assertValidScope, scopeInputOf } from "../validation/validate.js";
import {
  type APIPromise,
  apiCall,
  type HttpClient,
  type QueryParams,
  type RequestOptions,
  type ResponseData,
  splitOptions,
  unwrap,
} from "./request.js";

export type CustomerList = ResponseData<"listCustomers">;
export type CustomerSummary = CustomerList["customers"][number];
export type ListCustomersOptions = QueryParams<"listCustomers"> & RequestOptions;
export type CustomerDetail = ResponseData<"getCustomer">;
export type CustomerOptions = QueryParams<"getCustomer"> & RequestOptions;
export type CustomersSummary = ResponseData<"getCustomersSummary">;
export type SequenceGaps = ResponseData<"getSequenceGaps">;
export type GapsOptions = QueryParams<"getSequenceGaps"> & RequestOptions;

function fetchCustomers(client: HttpClient, query: QueryParams<"listCustomers">, options: RequestOptions) {
  return unwrap<"listCustomers">(
    client.GET("/api/v1/balance/customers", { params: { query }, signal: options.signal }),
  );
}

/** One page of customers (`page` from 1, `limit`, `search`); iterate to walk every page. */
export function customers(
  client: HttpClient,
  options?: ListCustomersOptions,
): PagePromise<CustomerList, CustomerSummary> {
  const { params: query, request } = splitOptions<QueryParams<"listCustomers">>(options);
  return pagedCall(
    () => {
      assertValidRequest("listCustomers", { query });
      return fetchCustomers(client, query, request);
    },
    pageNumberPaginator({
      items: (page: CustomerList) => page.customers,
      pagination: (page) => page.pagination,
      fetchPage: (page) => fetchCustomers(client, { ...query, page }, request),
    }),
  );
}

/** One customer with a page of recent activity (`deltaPage`, `deltaLimit`, `period`). */
export function customer(
  client: HttpClient,
  customerId: string,
  options?: CustomerOptions,
): APIPromise<CustomerDetail> {
  const { params: query, request } = splitOptions<QueryParams<"getCustomer">>(options);
  return apiCall(() => {
    assertValidRequest("getCustomer", { pathParams: { customerId }, query });
    assertValidScope("getCustomer", scopeInputOf(query), { allowCheckpoint: false });
    return unwrap<"getCustomer">(
      client.GET("/api/v1/balance/customers/{customerId}", {
        params: { path: { customerId }, query },
        signal: request.signal,
      }),
    );
  });
}

/** Totals over every customer of the key's environment. */
export function customersSummary(
  client: HttpClient,
  options: RequestOptions = {},
): APIPromise<CustomersSummary> {
  return apiCall(() =>
    unwrap<"getCustomersSummary">(
      client.GET("/api/v1/balance/customers/summary", { signal: options.signal }),
    ),
  );
}

/** Ranges of a customer's sequence numbers that are not verified yet (`complete` when none). */
export function gaps(
  client: HttpClient,
  customerId: string,
  options?: GapsOptions,
): APIPromise<SequenceGaps> {
  const { params: query, request } = splitOptions<QueryParams<"getSequenceGaps">>(options);
  return apiCall(() => {
    assertValidRequest("getSequenceGaps", { pathParams: { customerId }, query });
    return unwrap<"getSequenceGaps">(
      client.GET("/api/v1/balance/gaps/{customerId}", {
        params: { path: { customerId }, query },
        signal: request.signal,
      }),
    );
  });
}
