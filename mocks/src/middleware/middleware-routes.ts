import type { Pipeline } from "../handlers/pipeline.js";
import type { Route } from "../handlers/route.js";
import type { BalanceApi } from "../ledger/ledger.js";
import { type MiddlewareViewContext, MiddlewareViews } from "./middleware-views.js";

/**
 * The nine `/api/v1/middleware/*` operations: billing-middleware tenants only (`FORBIDDEN`
 * otherwise), each answered by `MiddlewareViews` over the key's own ledger.
 */
export function middlewareRoutes(pipeline: Pipeline, context: MiddlewareViewContext): Route[] {
  const views = (session: BalanceApi) => new MiddlewareViews(context, session);
  return [
    pipeline.authed("getMiddlewareReadiness", (session, { query }) => ({
      status: 200,
      data: views(session).readiness(query.period),
    })),
    pipeline.authed("getMiddlewareLiveRecord", (session, { params }) => ({
      status: 200,
      data: views(session).live(params.customerId as string),
    })),
    pipeline.authed("listMiddlewarePeriods", (session, { params }) => ({
      status: 200,
      data: views(session).periods(params.customerId as string),
    })),
    pipeline.authed("getMiddlewarePeriod", (session, { params }) => ({
      status: 200,
      data: views(session).period(params.customerId as string, params.checkpointId as string),
    })),
    pipeline.authed("getMiddlewareClosePackage", (session, { params, query }) => ({
      status: 200,
      data: views(session).closePackage(params.customerId as string, query),
    })),
    pipeline.authed("getMiddlewareAccessLink", (session, { params }) => ({
      status: 200,
      data: views(session).accessLink(params.customerId as string),
    })),
    pipeline.authed("compareMiddlewarePeriods", (session, { params, body }) => ({
      status: 200,
      data: views(session).compare(
        params.customerId as string,
        body as { fromCheckpointId: string; toCheckpointId: string },
      ),
    })),
    pipeline.authed("exportMiddlewareRecord", (session, { params, query }) => ({
      status: 200,
      data: views(session).export(params.customerId as string, query.format),
    })),
    pipeline.authed("getMiddlewareVendorRecord", (session, { params }) => ({
      status: 200,
      data: views(session).vendorRecord(params.vendorId as string, params.externalCustomerId as string),
    })),
  ];
}
