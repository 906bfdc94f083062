import { throwIfError } from "../errors.js";
import { assertValidRequest } from "../validation/validate.js";
import { successOrBareData } from "./envelope.js";
import {
  type APIPromise,
  type APIResponse,
  apiCall,
  apiResponse,
  type HttpClient,
  type QueryParams,
  type RequestOptions,
  type ResponseData,
  splitOptions,
  unwrap,
} from "./request.js";

export type VerifyProofResult = ResponseData<"verifyProof">;
export type VerifyOptions = QueryParams<"verifyProof"> & RequestOptions;
export type PublicReceipt = ResponseData<"getPublicReceipt">;

/**
 * The public, unauthenticated endpoints: anyone holding a proof root or receipt id can call
 * them, so the client sends them without the API key.
 */
export class PublicVerification {
  readonly #client: HttpClient;

  constructor(publicClient: HttpClient) {
    this.#client = publicClient;
  }

  /** What a proof root covers and whether it is anchored (`source`: `db`, `chain` or `both`). */
  verify(proofRoot: string, options?: VerifyOptions): APIPromise<VerifyProofResult> {
    const { params: query, request } = splitOptions<QueryParams<"verifyProof">>(options);
    return apiCall(() => {
      assertValidRequest("verifyProof", { pathParams: { proofRoot }, query });
      return unwrap<"verifyProof">(
        this.#client.GET("/api/v1/verify/{proofRoot}", {
          params: { path: { proofRoot }, query },
          signal: request.signal,
        }),
        successOrBareData,
      );
    });
  }

  /** A receipt as the public sees it (without private metadata). */
  publicReceipt(receiptId: string, options: RequestOptions = {}): APIPromise<PublicReceipt> {
    return apiCall(() => {
      assertValidRequest("getPublicReceipt", { pathParams: { receiptId } });
      return unwrap<"getPublicReceipt">(
        this.#client.GET("/api/v1/receipt/{receiptId}", {
          params: { path: { receiptId } },
          signal: options.signal,
        }),
        successOrBareData,
      );
    });
  }

  /** The public receipt as a PDF document (`/api/v1/receipt/{receiptId}.pdf`), as bytes. */
  publicReceiptPdf(receiptId: string, options: RequestOptions = {}): APIPromise<Uint8Array> {
    return apiCall(async (): Promise<APIResponse<Uint8Array>> => {
      assertValidRequest("getPublicReceiptPdf", { pathParams: { receiptId } });
      const { data, error, response } = await this.#client.GET("/api/v1/receipt/{receiptId}.pdf", {
        params: { path: { receiptId } },
        parseAs: "arrayBuffer",
        signal: options.signal,
      });
      throwIfError(response, response.ok ? data : error);
      return apiResponse(response, new Uint8Array(data ?? new ArrayBuffer(0)));
    });
  }
}
