import { throwIfError } from "../errors.js";
import { getResponseMeta } from "../transport/index.js";
import { assertValidRequest } from "../validation/validate.js";
import { type EnvelopeData, successData } from "./envelope.js";
import {
  type APIPromise,
  type APIResponse,
  apiCall,
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
        envelopedOrBare,
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
        envelopedOrBare,
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
      const meta = getResponseMeta(response);
      const requestId = meta?.requestId ?? response.headers.get("x-request-id") ?? undefined;
      return {
        data: new Uint8Array(data ?? new ArrayBuffer(0)),
        response,
        attempts: meta?.attempts ?? 1,
        ...(requestId === undefined ? {} : { requestId }),
      };
    });
  }
}

/**
 * A successful public answer without an envelope is taken as the payload itself, as the
 * official client does ("Public verify endpoint may return direct payload", `PacSpace/python-sdk`,
 * `pacspace_sdk/client.py`). A body that looks like an envelope but is not a success one is not.
 */
function envelopedOrBare(body: unknown): EnvelopeData | undefined {
  const found = successData(body);
  if (found !== undefined) return found;
  const bare =
    typeof body === "object" &&
    body !== null &&
    !Array.isArray(body) &&
    !("success" in body) &&
    !("statusCode" in body);
  return bare ? { data: body } : undefined;
}
