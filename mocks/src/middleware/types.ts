import type { components } from "@pacspace/sdk";

type Schemas = components["schemas"];

/** The middleware answers, straight from the generated schema. */
export type MiddlewareLiveRecord = Schemas["MiddlewareLiveRecord"];
export type MiddlewareReadiness = Schemas["MiddlewareReadiness"];
export type MiddlewareReadinessRow = Schemas["MiddlewareReadinessRow"];
export type MiddlewarePeriodList = Schemas["MiddlewarePeriodList"];
export type MiddlewarePeriodDetail = Schemas["MiddlewarePeriodDetail"];
export type MiddlewareClosePackage = Schemas["MiddlewareClosePackage"];
export type MiddlewareAccessLink = Schemas["MiddlewareAccessLink"];
export type MiddlewarePeriodComparison = Schemas["MiddlewarePeriodComparison"];
export type MiddlewareExport = Schemas["MiddlewareExport"];
export type MiddlewareRecordedBy = Schemas["MiddlewareRecordedBy"];
