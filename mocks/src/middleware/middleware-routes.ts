import type { DocumentReply, Pipeline } from "../handlers/pipeline.js";
import { successBody } from "../handlers/responses.js";
import type { Route } from "../handlers/route.js";
import { stringifyJson } from "../ledger/balance/exact-number.js";
import type { BalanceApi } from "../ledger/ledger.js";
import { renderExportCsv } from "./export-csv.js";
import { renderExportPdf } from "./export-pdf.js";
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
    pipeline.authedDocument("exportMiddlewareRecord", (session, { params, query }) =>
      exportDocument(views(session), params.customerId as string, query.format),
    ),
    pipeline.authed("getMiddlewareVendorRecord", (session, { params }) => ({
      status: 200,
      data: views(session).vendorRecord(params.vendorId as string, params.externalCustomerId as string),
    })),
  ];
}

/**
 * The export in its `format` (validated against the spec's enum before this runs): the JSON
 * ones in the success envelope, CSV and PDF rendered from the same JSON export.
 */
async function exportDocument(
  views: MiddlewareViews,
  customerId: string,
  format: string | undefined,
): Promise<DocumentReply> {
  if (format === "csv" || format === "pdf") {
    const exported = views.export(customerId, "json");
    const disposition = { "Content-Disposition": `attachment; filename="${customerId}-export.${format}"` };
    return format === "csv"
      ? {
          body: new TextEncoder().encode(renderExportCsv(exported.records)),
          contentType: "text/csv; charset=utf-8",
          headers: disposition,
        }
      : { body: await renderExportPdf(exported), contentType: "application/pdf", headers: disposition };
  }
  const exported = views.export(customerId, format === "bundle" ? "bundle" : "json");
  return {
    body: new TextEncoder().encode(stringifyJson(successBody(exported))),
    contentType: "application/json",
  };
}
