/** The calls of `pac.middleware` (`MiddlewareResource`), loaded on its first call. */
import { throwIfError } from "../errors.js";
import { assertValidRequest, validationError } from "../validation/validate.js";
import type {
  MiddlewareAccessLink,
  MiddlewareClosePackage,
  MiddlewareClosePackageOptions,
  MiddlewareCompareInput,
  MiddlewareExport,
  MiddlewareExportOptions,
  MiddlewareLiveRecord,
  MiddlewarePeriodComparison,
  MiddlewarePeriodDetail,
  MiddlewarePeriodList,
  MiddlewareReadiness,
  MiddlewareReadinessOptions,
} from "./middleware.js";
import {
  type APIPromise,
  type APIResponse,
  apiCall,
  apiResponse,
  type HttpClient,
  type QueryParams,
  type RequestOptions,
  splitOptions,
  unwrap,
} from "./request.js";

/** What `MiddlewareResource`'s methods do: validate, send, unwrap. */
export class MiddlewareCalls {
  readonly #client: HttpClient;

  constructor(client: HttpClient) {
    this.#client = client;
  }

  /** Invoice readiness of every customer for a month (`period`, default the current UTC month). */
  readiness(options?: MiddlewareReadinessOptions): APIPromise<MiddlewareReadiness> {
    const { params: query, request } = splitOptions<QueryParams<"getMiddlewareReadiness">>(options);
    return apiCall(() => {
      assertValidRequest("getMiddlewareReadiness", { query });
      return unwrap<"getMiddlewareReadiness">(
        this.#client.GET("/api/v1/middleware/readiness", { params: { query }, signal: request.signal }),
      );
    });
  }

  /** A customer's current Shared Record state. */
  live(customerId: string, options: RequestOptions = {}): APIPromise<MiddlewareLiveRecord> {
    const path = { customerId };
    return apiCall(() => {
      assertValidRequest("getMiddlewareLiveRecord", { pathParams: path });
      return unwrap<"getMiddlewareLiveRecord">(
        this.#client.GET("/api/v1/middleware/customers/{customerId}/live", {
          params: { path },
          signal: options.signal,
        }),
      );
    });
  }

  /** A customer's closed periods (checkpoints), newest first. */
  periods(customerId: string, options: RequestOptions = {}): APIPromise<MiddlewarePeriodList> {
    const path = { customerId };
    return apiCall(() => {
      assertValidRequest("listMiddlewarePeriods", { pathParams: path });
      return unwrap<"listMiddlewarePeriods">(
        this.#client.GET("/api/v1/middleware/customers/{customerId}/periods", {
          params: { path },
          signal: options.signal,
        }),
      );
    });
  }

  /** One closed period with the verified records it covers. */
  period(
    customerId: string,
    checkpointId: string,
    options: RequestOptions = {},
  ): APIPromise<MiddlewarePeriodDetail> {
    const path = { customerId, checkpointId };
    return apiCall(() => {
      assertValidRequest("getMiddlewarePeriod", { pathParams: path });
      return unwrap<"getMiddlewarePeriod">(
        this.#client.GET("/api/v1/middleware/customers/{customerId}/periods/{checkpointId}", {
          params: { path },
          signal: options.signal,
        }),
      );
    });
  }

  /** The Finance Close Package of a period: the checkpoint, its receipt and each record with its proof. */
  closePackage(
    customerId: string,
    options?: MiddlewareClosePackageOptions,
  ): APIPromise<MiddlewareClosePackage> {
    const { params: query, request } = splitOptions<QueryParams<"getMiddlewareClosePackage">>(options);
    const path = { customerId };
    return apiCall(() => {
      assertValidRequest("getMiddlewareClosePackage", { pathParams: path, query });
      if (query.period !== undefined && query.checkpointId !== undefined) {
        throw validationError("getMiddlewareClosePackage", [
          { path: "checkpointId", message: "cannot be combined with period: choose one" },
        ]);
      }
      return unwrap<"getMiddlewareClosePackage">(
        this.#client.GET("/api/v1/middleware/customers/{customerId}/close-package", {
          params: { path, query },
          signal: request.signal,
        }),
      );
    });
  }

  /** The customer's Shared Record link and whether link and access code are ready. */
  accessLink(customerId: string, options: RequestOptions = {}): APIPromise<MiddlewareAccessLink> {
    const path = { customerId };
    return apiCall(() => {
      assertValidRequest("getMiddlewareAccessLink", { pathParams: path });
      return unwrap<"getMiddlewareAccessLink">(
        this.#client.GET("/api/v1/middleware/customers/{customerId}/access-link", {
          params: { path },
          signal: options.signal,
        }),
      );
    });
  }

  /** Two closed periods side by side; differences are `to` minus `from`. */
  compare(
    customerId: string,
    input: MiddlewareCompareInput,
    options: RequestOptions = {},
  ): APIPromise<MiddlewarePeriodComparison> {
    const path = { customerId };
    return apiCall(() => {
      assertValidRequest("compareMiddlewarePeriods", { pathParams: path, body: input });
      return unwrap<"compareMiddlewarePeriods">(
        this.#client.POST("/api/v1/middleware/customers/{customerId}/compare", {
          params: { path },
          body: input,
          signal: options.signal,
        }),
      );
    });
  }

  /** The export in its `format`: JSON for json and bundle, text for csv, bytes for pdf. */
  export(
    customerId: string,
    options: MiddlewareExportOptions = {},
  ): APIPromise<MiddlewareExport | string | Uint8Array> {
    const path = { customerId };
    const query = options.format === undefined ? {} : { format: options.format };
    return apiCall(async (): Promise<APIResponse<MiddlewareExport | string | Uint8Array>> => {
      assertValidRequest("exportMiddlewareRecord", { pathParams: path, query });
      if (query.format === "csv" || query.format === "pdf") {
        const parseAs = query.format === "csv" ? "text" : "arrayBuffer";
        const { data, error, response } = await this.#client.GET(
          "/api/v1/middleware/customers/{customerId}/export",
          {
            params: { path, query },
            parseAs,
            signal: options.signal,
          },
        );
        throwIfError(response, response.ok ? data : error);
        const body = data as string | ArrayBuffer | undefined;
        return apiResponse(
          response,
          query.format === "csv"
            ? (body as string)
            : new Uint8Array((body as ArrayBuffer) ?? new ArrayBuffer(0)),
        );
      }
      return unwrap<"exportMiddlewareRecord">(
        this.#client.GET("/api/v1/middleware/customers/{customerId}/export", {
          params: { path, query },
          signal: options.signal,
        }),
      );
    });
  }

  /** The live record of the customer `externalCustomerId` as the vendor account `vendorId` recorded it. */
  vendorRecord(
    vendorId: string,
    externalCustomerId: string,
    options: RequestOptions = {},
  ): APIPromise<MiddlewareLiveRecord> {
    const path = { vendorId, externalCustomerId };
    return apiCall(() => {
      assertValidRequest("getMiddlewareVendorRecord", { pathParams: path });
      return unwrap<"getMiddlewareVendorRecord">(
        this.#client.GET("/api/v1/middleware/vendors/{vendorId}/customers/{externalCustomerId}/record", {
          params: { path },
          signal: options.signal,
        }),
      );
    });
  }
}
