import { errorAnswer } from "../handlers/pipeline.js";
import { jsonResponse, successBody } from "../handlers/responses.js";
import type { Route } from "../handlers/route.js";
import { validationError } from "../ledger/kernel/ledger-error.js";
import type { MiddlewareTenantInput } from "./middleware-tenants.js";

/** What `POST /__mock/middleware/tenants` answers (spec/mock-control.yaml). */
export interface ConfiguredMiddlewareTenant {
  tenantId: string;
  vendorAccounts: Array<{ vendorAccountId: string; displayName: string }>;
}

/** Makes a tenant billing middleware; the default tenant when `tenantId` is absent. */
export type ConfigureMiddlewareTenant = (
  input: MiddlewareTenantInput & { tenantId?: string },
) => ConfiguredMiddlewareTenant;

async function readObject(request: Request): Promise<Record<string, unknown>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await request.text());
  } catch {
    throw validationError(
      [{ path: "/", message: "must be a JSON object" }],
      "The request body is not valid JSON",
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw validationError([{ path: "/", message: "must be a JSON object" }]);
  }
  return parsed as Record<string, unknown>;
}

/** `POST /__mock/middleware/tenants` `{tenantId?, vendorAccounts: [{vendorAccountId, displayName?}]}`. */
export function middlewareControlRoutes(
  configure: ConfigureMiddlewareTenant,
  nextRequestId: () => string,
  onInternalError: (error: unknown, request: Request) => void,
): Route[] {
  return [
    {
      method: "POST",
      path: "/__mock/middleware/tenants",
      resolve: async (request) => {
        const requestId = nextRequestId();
        const headers = new Headers({ "X-Request-Id": requestId });
        try {
          const body = await readObject(request);
          const unknown = Object.keys(body).filter((key) => key !== "tenantId" && key !== "vendorAccounts");
          if (unknown.length > 0) {
            throw validationError(
              unknown.map((key) => ({ path: `/${key}`, message: "is not a known field" })),
            );
          }
          if (body.tenantId !== undefined && typeof body.tenantId !== "string") {
            throw validationError([{ path: "/tenantId", message: "must be a string" }]);
          }
          const input = {
            vendorAccounts: body.vendorAccounts as MiddlewareTenantInput["vendorAccounts"],
            ...(body.tenantId === undefined ? {} : { tenantId: body.tenantId as string }),
          };
          return jsonResponse(200, successBody(configure(input)), headers);
        } catch (error) {
          return errorAnswer(error, requestId, headers, request, { onInternalError });
        }
      },
    },
  ];
}
