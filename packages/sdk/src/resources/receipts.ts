import { assertValidRequest, assertValidScope, scopeInputOf } from "../validation/validate.js";
import { type EmailableReceipt, type ReceiptEmailOptions, receiptEmailBody } from "./receipt-email.js";
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
export type ReceiptSummary = ReceiptSummaryList["receipts"][number];
export type ListReceiptsOptions = QueryParams<"listCustomerReceipts"> & RequestOptions;

/** A statement of a customer's verified deltas over a scope (default: the current UTC month). */
export function receipt(
  client: HttpClient,
  customerId: string,
  scope?: ReceiptScope & RequestOptions,
): APIPromise<Receipt> {
  const { params: query, request } = splitOptions<ReceiptScope>(scope);
  return apiCall(() => {
    assertValidScopedReceipt("getReceipt", customerId, query);
    return unwrap<"getReceipt">(
      client.GET("/api/v1/balance/receipt/{customerId}", {
        params: { path: { customerId }, query },
        signal: request.signal,
      }),
    );
  });
}

/**
 * The scoped receipt through `GET /api/v1/balance/invoice-proof/{customerId}`, the route the
 * official SDK sends scoped receipts to (`PacSpace/python-sdk`, `pacspace_sdk/balance.py`):
 * the same receipt, with the invoice fields `verifyUrl`, `accessHint`, `customerLinkUrl`.
 */
export function invoiceProof(
  client: HttpClient,
  customerId: string,
  scope?: ReceiptScope & RequestOptions,
): APIPromise<Receipt> {
  const { params: query, request } = splitOptions<ReceiptScope>(scope);
  return apiCall(() => {
    assertValidScopedReceipt("getInvoiceProof", customerId, query);
    return unwrap<"getInvoiceProof">(
      client.GET("/api/v1/balance/invoice-proof/{customerId}", {
        params: { path: { customerId }, query },
        signal: request.signal,
      }),
    );
  });
}

/** Both routes answer the same receipt for a window scope, never a checkpoint. */
function assertValidScopedReceipt(
  operationId: "getReceipt" | "getInvoiceProof",
  customerId: string,
  query: ReceiptScope,
): void {
  assertValidRequest(operationId, { pathParams: { customerId }, query });
  assertValidScope(operationId, scopeInputOf(query), { allowCheckpoint: false });
}

/** Receipt documents: a customer's receipts and one receipt with its shareable links. */
export class ReceiptsResource {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  /**
   * A customer's receipts, newest first (`limit` caps how many), as an array:
   * `(await pac.balance.receipts.list(id))[0].receiptId`, as the docs read it
   * (https://docs.pacspace.io/balance-api/receipts-verification/). The service's
   * `{receipts: […]}` answer and a bare array are both read.
   */
  list(customerId: string, options?: ListReceiptsOptions): APIPromise<ReceiptSummary[]> {
    const { params: query, request } = splitOptions<QueryParams<"listCustomerReceipts">>(options);
    return apiCall(async () => {
      assertValidRequest("listCustomerReceipts", { pathParams: { customerId }, query });
      const result = await unwrap<"listCustomerReceipts">(
        this.#client.GET("/api/v1/balance/customers/{customerId}/receipts", {
          params: { path: { customerId }, query },
          signal: request.signal,
        }),
      );
      const data: unknown = result.data;
      return { ...result, data: Array.isArray(data) ? (data as ReceiptSummary[]) : result.data.receipts };
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

  /**
   * The plain-text body of an invoice email for a receipt or receipt document: customer,
   * period, balances, verified deltas, the link to check it (with the access code when the
   * receipt has one) and the proof root. No request is made.
   */
  emailBody(receipt: EmailableReceipt, options?: ReceiptEmailOptions): string {
    return receiptEmailBody(receipt, options);
  }
}
