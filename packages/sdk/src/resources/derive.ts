import { offsetPaginator, type PagePromise, pagedCall } from "../pagination.js";
import {
  assertValidRequest,
  assertValidScope,
  scopeInputOf,
  validationError,
} from "../validation/validate.js";
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

export type DeriveParams = QueryParams<"deriveBalance">;
export type DeriveOptions = DeriveParams & RequestOptions;
export type DeriveResult = ResponseData<"deriveBalance">;
export type DeltaRow = DeriveResult["deltas"][number];

/** Derive options without the scope fields, for the helpers that set the scope themselves. */
export type DeriveHelperOptions = Omit<
  DeriveOptions,
  "period" | "timePreset" | "startDate" | "endDate" | "startingCheckpoint" | "startingCheckpointType"
>;

type CompareBody = RequestBody<"compareBalances">;
export type CompareOptions = Partial<Omit<CompareBody, "customerId" | "yourBalance" | "theirBalance">> &
  RequestOptions;
export type CompareResult = ResponseData<"compareBalances">;

/** The two balances to compare: your system's and your counterparty's. */
export interface CompareBalances {
  yours: number;
  theirs: number;
}

/**
 * The spec infers `startingCheckpointType` from the value's prefix; the SDK states it
 * explicitly for `rec_…` values so every server reads them the same way.
 */
function withCheckpointType<T extends { startingCheckpoint?: string; startingCheckpointType?: string }>(
  params: T,
): T {
  if (params.startingCheckpointType === undefined && params.startingCheckpoint?.startsWith("rec_")) {
    return { ...params, startingCheckpointType: "recordId" };
  }
  return params;
}

function fetchDerive(client: HttpClient, customerId: string, query: DeriveParams, options: RequestOptions) {
  return unwrap<"deriveBalance">(
    client.GET("/api/v1/balance/derive/{customerId}", {
      params: { path: { customerId }, query },
      signal: options.signal,
    }),
  );
}

/** Builds the options lazily, so a helper's argument errors reject the returned promise too. */
function deriveWith(
  client: HttpClient,
  customerId: string,
  build: () => DeriveOptions | undefined,
): PagePromise<DeriveResult, DeltaRow> {
  let query: DeriveParams = {};
  let request: RequestOptions = {};
  return pagedCall(
    () => {
      const split = splitOptions<DeriveParams>(build());
      query = withCheckpointType(split.params);
      request = split.request;
      assertValidRequest("deriveBalance", { pathParams: { customerId }, query });
      assertValidScope("deriveBalance", scopeInputOf(query), { allowCheckpoint: true });
      return fetchDerive(client, customerId, query, request);
    },
    offsetPaginator({
      items: (page: DeriveResult) => page.deltas,
      pagination: (page) => page.pagination,
      fetchPage: (offset) => fetchDerive(client, customerId, { ...query, offset }, request),
    }),
  );
}

/**
 * A customer's balance over a scope (default: the current UTC month) or from a checkpoint, with
 * one page of its verified deltas. Iterate it to walk every delta row.
 */
export function derive(
  client: HttpClient,
  customerId: string,
  options?: DeriveOptions,
): PagePromise<DeriveResult, DeltaRow> {
  return deriveWith(client, customerId, () => options);
}

const DAY_MS = 86_400_000;

function utcMonthStart(year: number, monthIndex: number): Date {
  return new Date(Date.UTC(year, monthIndex, 1));
}

function assertPositiveInteger(operation: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw validationError("deriveBalance", [
      { path: name, message: `${operation} needs a whole number ≥ 1` },
    ]);
  }
}

/** The current UTC calendar month (`timePreset=current_month`). */
export function deriveCurrentMonth(client: HttpClient, customerId: string, options?: DeriveHelperOptions) {
  return derive(client, customerId, { ...options, timePreset: "current_month" });
}

/** One calendar month, `YYYY-MM` (UTC). */
export function deriveForPeriod(
  client: HttpClient,
  customerId: string,
  period: string,
  options?: DeriveHelperOptions,
) {
  return derive(client, customerId, { ...options, period });
}

/**
 * The last `months` calendar months including the current one: from the first day of the
 * month `months − 1` months back to the first day of next month (end exclusive), UTC.
 */
export function deriveMonthsBack(
  client: HttpClient,
  customerId: string,
  months: number,
  options?: DeriveHelperOptions,
): PagePromise<DeriveResult, DeltaRow> {
  return deriveWith(client, customerId, () => {
    assertPositiveInteger("deriveMonthsBack", "months", months);
    const now = new Date();
    const start = utcMonthStart(now.getUTCFullYear(), now.getUTCMonth() - (months - 1));
    const end = utcMonthStart(now.getUTCFullYear(), now.getUTCMonth() + 1);
    return { ...options, timePreset: "custom", startDate: start.toISOString(), endDate: end.toISOString() };
  });
}

/**
 * The last `days` UTC calendar days including today: from midnight `days − 1` days ago to
 * midnight tonight (end exclusive).
 */
export function deriveDaysBack(
  client: HttpClient,
  customerId: string,
  days: number,
  options?: DeriveHelperOptions,
): PagePromise<DeriveResult, DeltaRow> {
  return deriveWith(client, customerId, () => {
    assertPositiveInteger("deriveDaysBack", "days", days);
    const now = new Date();
    const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
    return {
      ...options,
      timePreset: "custom",
      startDate: new Date(today - (days - 1) * DAY_MS).toISOString(),
      endDate: new Date(today + DAY_MS).toISOString(),
    };
  });
}

export function compare(
  client: HttpClient,
  customerId: string,
  balances: CompareBalances,
  options?: CompareOptions,
): APIPromise<CompareResult> {
  const { params, request } = splitOptions<Partial<CompareBody>>(options);
  return apiCall(() => {
    const body = withCheckpointType({
      // The docs mark startingBalance required; like the official SDKs, send 0 when not given.
      startingBalance: 0,
      ...params,
      customerId,
      yourBalance: balances?.yours,
      theirBalance: balances?.theirs,
    }) as CompareBody;
    assertValidRequest("compareBalances", { body });
    assertValidScope("compareBalances", scopeInputOf(body), { allowCheckpoint: true });
    return unwrap<"compareBalances">(
      client.POST("/api/v1/balance/compare", { body, signal: request.signal }),
    );
  });
}
