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

  /** The customer's live record, periods and verified records as JSON. */
  export(customerId: string, options: MiddlewareExportOptions = {}): APIPromise<MiddlewareExport> {
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
