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

export type Receipt = ResponseData<"getReceipt">;
export type ReceiptScope = QueryParams<"getReceipt">;
export type ReceiptDocument = ResponseData<"getReceiptDocument">;
export type ReceiptDocumentOptions = QueryParams<"getReceiptDocument"> & RequestOptions;
export type ReceiptSummaryList = ResponseData<"listCustomerReceipts">;
export type ListReceiptsOptions = QueryParams<"listCustomerReceipts"> & RequestOptions;

/** A statement of a customer's verified deltas over a scope (default: the current UTC month). */
export function receipt(
  client: HttpClient,
  customerId: string,
  scope?: ReceiptScope & RequestOptions,
): APIPromise<Receipt> {
  const { params: query, request } = splitOptions<ReceiptScope>(scope);
  return apiCall(() => {
    assertValidRequest("getReceipt", { pathParams: { customerId }, query });
    assertValidScope("getReceipt", scopeInputOf(query), { allowCheckpoint: false });
    return unwrap<"getReceipt">(
      client.GET("/api/v1/balance/receipt/{customerId}", {
        params: { path: { customerId }, query },
        signal: request.signal,
      }),
    );
  });
}

/** Receipt documents: a customer's receipts and one receipt with its shareable links. */
export class ReceiptsResource {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  /** A customer's receipts, newest first (`limit` caps how many). */
  list(customerId: string, options?: ListReceiptsOptions): APIPromise<ReceiptSummaryList> {
    const { params: query, request } = splitOptions<QueryParams<"listCustomerReceipts">>(options);
    return apiCall(() => {
      assertValidRequest("listCustomerReceipts", { pathParams: { customerId }, query });
      return unwrap<"listCustomerReceipts">(
        this.#client.GET("/api/v1/balance/customers/{customerId}/receipts", {
          params: { path: { customerId }, query },
          signal: request.signal,
        }),
      );
    });
  }

  /** One receipt with `links.permalink` (and `links.pdf` when available), rendered per `locale`, `timezone`, `unit`. */
  get(receiptId: string, options?: ReceiptDocumentOptions): APIPromise<ReceiptDocument> {
    const { params: query, request } = splitOptions<QueryParams<"getReceiptDocument">>(options);
    return apiCall(() => {
      assertValidRequest("getReceiptDocument", { pathParams: { receiptId }, query });
      return unwrap<"getReceiptDocument">(
        this.#client.GET("/api/v1/balance/receipts/{receiptId}", {
          params: { path: { receiptId }, query },
          signal: request.signal,
        }),
      );
    });
  }
}
