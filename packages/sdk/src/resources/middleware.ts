import { assertValidRequest, validationError } from "../validation/validate.js";
import {
  type APIPromise,
  apiCall,
  type HttpClient,
  type QueryParams,
  type RequestBody,
  type RequestOptions,
  type ResponseData,
  splitOptions,
  unwrap,
} from "./request.js";

export type MiddlewareReadiness = ResponseData<"getMiddlewareReadiness">;
export type MiddlewareReadinessRow = MiddlewareReadiness["rows"][number];
export type MiddlewareLiveRecord = ResponseData<"getMiddlewareLiveRecord">;
export type MiddlewarePeriodList = ResponseData<"listMiddlewarePeriods">;
export type MiddlewarePeriodDetail = ResponseData<"getMiddlewarePeriod">;
export type MiddlewareClosePackage = ResponseData<"getMiddlewareClosePackage">;
export type MiddlewareAccessLink = ResponseData<"getMiddlewareAccessLink">;
export type MiddlewareCompareInput = RequestBody<"compareMiddlewarePeriods">;
export type MiddlewarePeriodComparison = ResponseData<"compareMiddlewarePeriods">;
export type MiddlewareExport = ResponseData<"exportMiddlewareRecord">;

export type MiddlewareReadinessOptions = QueryParams<"getMiddlewareReadiness"> & RequestOptions;
/** Choose the period by `checkpointId` or by month (`period`), not both; default the latest. */
export type MiddlewareClosePackageOptions = QueryParams<"getMiddlewareClosePackage"> & RequestOptions;
export interface MiddlewareExportOptions extends RequestOptions {
  /**
   * `json` (default) or `bundle` (adds the close package of every period). The service also
   * lists CSV and PDF exports, whose layouts it does not document; `pac.raw` reaches them.
   */
  format?: "json" | "bundle";
}

/**
 * The billing-middleware API (`pac.middleware`,
 * https://docs.pacspace.io/dashboard-api/middleware-verified-records/): verified-record
 * resources for tenants configured as billing middleware. Other tenants get
 * `PermissionDeniedError` (403 `FORBIDDEN`). Every method validates its input before any request.
 */
export class MiddlewareResource {
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

  /** The customer's live record, periods and verified records as JSON. */
  export(customerId: string, options: MiddlewareExportOptions = {}): APIPromise<MiddlewareExport> {
    const path = { customerId };
    const query = options.format === undefined ? {} : { format: options.format };
    return apiCall(() => {
      assertValidRequest("exportMiddlewareRecord", { pathParams: path, query });
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
