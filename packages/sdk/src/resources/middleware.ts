import { loadOnce } from "../load-once.js";
import { deferredCall } from "./deferred.js";
import type { MiddlewareCalls } from "./middleware-calls.js";
import type {
  APIPromise,
  HttpClient,
  QueryParams,
  RequestBody,
  RequestOptions,
  ResponseData,
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
export type MiddlewareExportFormat = NonNullable<QueryParams<"exportMiddlewareRecord">["format"]>;
export interface MiddlewareExportOptions extends RequestOptions {
  /**
   * `json` (default), `bundle` (adds the close package of every period), `csv` (the records
   * as RFC 4180 text, one row each) or `pdf` (a table of the same rows with the totals, as
   * bytes). The CSV columns are described on the spec's `exportMiddlewareRecord`.
   */
  format?: MiddlewareExportFormat;
}

/**
 * The billing-middleware API (`pac.middleware`,
 * https://docs.pacspace.io/dashboard-api/middleware-verified-records/): verified-record
 * resources for tenants configured as billing middleware. Other tenants get
 * `PermissionDeniedError` (403 `FORBIDDEN`). Every method validates its input before any request.
 */
export class MiddlewareResource {
  readonly #calls: () => Promise<MiddlewareCalls>;

  constructor(client: HttpClient) {
    this.#calls = loadOnce(async () => new (await import("./middleware-calls.js")).MiddlewareCalls(client));
  }

  /** Invoice readiness of every customer for a month (`period`, default the current UTC month). */
  readiness(options?: MiddlewareReadinessOptions): APIPromise<MiddlewareReadiness> {
    return deferredCall(this.#calls, (calls) => calls.readiness(options));
  }

  /** A customer's current Shared Record state. */
  live(customerId: string, options: RequestOptions = {}): APIPromise<MiddlewareLiveRecord> {
    return deferredCall(this.#calls, (calls) => calls.live(customerId, options));
  }

  /** A customer's closed periods (checkpoints), newest first. */
  periods(customerId: string, options: RequestOptions = {}): APIPromise<MiddlewarePeriodList> {
    return deferredCall(this.#calls, (calls) => calls.periods(customerId, options));
  }

  /** One closed period with the verified records it covers. */
  period(
    customerId: string,
    checkpointId: string,
    options: RequestOptions = {},
  ): APIPromise<MiddlewarePeriodDetail> {
    return deferredCall(this.#calls, (calls) => calls.period(customerId, checkpointId, options));
  }

  /** The Finance Close Package of a period: the checkpoint, its receipt and each record with its proof. */
  closePackage(
    customerId: string,
    options?: MiddlewareClosePackageOptions,
  ): APIPromise<MiddlewareClosePackage> {
    return deferredCall(this.#calls, (calls) => calls.closePackage(customerId, options));
  }

  /** The customer's Shared Record link and whether link and access code are ready. */
  accessLink(customerId: string, options: RequestOptions = {}): APIPromise<MiddlewareAccessLink> {
    return deferredCall(this.#calls, (calls) => calls.accessLink(customerId, options));
  }

  /** Two closed periods side by side; differences are `to` minus `from`. */
  compare(
    customerId: string,
    input: MiddlewareCompareInput,
    options: RequestOptions = {},
  ): APIPromise<MiddlewarePeriodComparison> {
    return deferredCall(this.#calls, (calls) => calls.compare(customerId, input, options));
  }

  /** The customer's verified records as CSV text: a header row, then one row per record. */
  export(customerId: string, options: MiddlewareExportOptions & { format: "csv" }): APIPromise<string>;
  /** The customer's verified records as a PDF document, as bytes. */
  export(customerId: string, options: MiddlewareExportOptions & { format: "pdf" }): APIPromise<Uint8Array>;
  /** The customer's live record, periods and verified records as JSON (`bundle`: with close packages). */
  export(
    customerId: string,
    options?: MiddlewareExportOptions & { format?: "json" | "bundle" },
  ): APIPromise<MiddlewareExport>;
  export(
    customerId: string,
    options: MiddlewareExportOptions = {},
  ): APIPromise<MiddlewareExport | string | Uint8Array> {
    return deferredCall(this.#calls, (calls) => calls.export(customerId, options));
  }

  /** The live record of the customer `externalCustomerId` as the vendor account `vendorId` recorded it. */
  vendorRecord(
    vendorId: string,
    externalCustomerId: string,
    options: RequestOptions = {},
  ): APIPromise<MiddlewareLiveRecord> {
    return deferredCall(this.#calls, (calls) => calls.vendorRecord(vendorId, externalCustomerId, options));
  }
}
