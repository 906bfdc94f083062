import type { FaultController } from "../faults.js";
import type { RequestLog } from "../inspector/request-log.js";
import type { VerificationMode } from "../ledger/kernel/context.js";
import { ParamReader } from "../ledger/kernel/query.js";
import type { Environment } from "../ledger/kernel/state.js";
import type { Ledger } from "../ledger/ledger.js";
import type { WebhookEngine } from "../webhooks/engine.js";
import { errorAnswer } from "./pipeline.js";
import { jsonResponse, successBody } from "./responses.js";
import type { Route } from "./route.js";

/**
 * Read-only control operations the inspector page is built from (spec/mock-control.yaml):
 * the mock's state at a glance, the request log and the webhook endpoints with their
 * deliveries. Nothing here changes state.
 */

export interface InspectorTarget {
  ledger: Ledger;
  faults: FaultController;
  webhooks: Pick<WebhookEngine, "listEndpoints" | "inspectDeliveries" | "deliveryBody">;
  requests: RequestLog;
  defaultTenantId(): string | null;
}

export const INSPECTOR_OPERATIONS: ReadonlyArray<{ method: string; path: string }> = [
  { method: "GET", path: "/__mock/overview" },
  { method: "GET", path: "/__mock/requests" },
  { method: "GET", path: "/__mock/webhooks" },
];

const ENVIRONMENTS: readonly Environment[] = ["sandbox", "production"];
const MAX_DELIVERIES = 200;

export function inspectorRoutes(
  target: InspectorTarget,
  nextRequestId: () => string,
  onInternalError: (error: unknown, request: Request) => void,
): Route[] {
  const read =
    (run: (query: URLSearchParams) => unknown): Route["resolve"] =>
    async (request) => {
      const requestId = nextRequestId();
      const headers = new Headers({ "X-Request-Id": requestId, "Cache-Control": "no-store" });
      try {
        return jsonResponse(200, successBody(run(new URL(request.url).searchParams)), headers);
      } catch (error) {
        return errorAnswer(error, requestId, headers, request, { onInternalError });
      }
    };

  return [
    { method: "GET", path: "/__mock/overview", resolve: read(() => mockOverview(target)) },
    {
      method: "GET",
      path: "/__mock/requests",
      resolve: read((query) => {
        const reader = new ParamReader();
        const limit = reader.integer("limit", param(query, "limit"), { min: 1, max: 1000, fallback: 100 });
        const afterSeq = reader.integer("afterSeq", param(query, "afterSeq"), { min: 0 });
        const status = param(query, "status");
        if (status !== undefined && !/^([1-5]\d\d|[1-5]xx)$/i.test(status)) {
          reader.add({ path: "status", message: "must be a status code (404) or a class (4xx)" });
        }
        const flags = { replayed: false, faulted: false };
        for (const name of ["replayed", "faulted"] as const) {
          const value = param(query, name);
          if (value === undefined) continue;
          if (value !== "true" && value !== "false")
            reader.add({ path: name, message: "must be true or false" });
          flags[name] = value === "true";
        }
        reader.throwIfAny();
        const method = param(query, "method");
        const path = param(query, "path");
        return target.requests.query({
          limit,
          ...(afterSeq !== undefined ? { afterSeq } : {}),
          ...(method !== undefined ? { method } : {}),
          ...(path !== undefined ? { path } : {}),
          ...(status !== undefined ? { status } : {}),
          replayedOnly: flags.replayed,
          faultedOnly: flags.faulted,
        });
      }),
    },
    {
      method: "GET",
      path: "/__mock/webhooks",
      resolve: read((query) => tenantWebhooks(target, param(query, "tenantId"))),
    },
  ];
}

function param(query: URLSearchParams, name: string): string | undefined {
  const value = query.get(name);
  return value === null || value === "" ? undefined : value;
}

function verificationLabel(mode: VerificationMode): string {
  return typeof mode === "object" ? `delay:${mode.delayMs}` : mode;
}

/** `GET /__mock/overview`'s data. */
export type MockOverview = ReturnType<typeof mockOverview>;
/** `GET /__mock/webhooks`'s data. */
export type MockWebhooks = ReturnType<typeof tenantWebhooks>;

function mockOverview(target: InspectorTarget) {
  const { ledger } = target;
  const now = ledger.clock.now();
  return {
    now: new Date(now).toISOString(),
    epochMs: now,
    verification: verificationLabel(ledger.verification),
    defaultTenantId: target.defaultTenantId(),
    tenants: ledger.listTenants().map((tenant) => ({
      ...tenant,
      keys: ledger.listApiKeys(tenant.tenantId).map((key) => ({
        keyId: key.id,
        name: key.name,
        environment: key.environment,
        publicKey: key.publicKey,
        status: key.status,
      })),
      usage: ledger.forEnvironment(tenant.tenantId, "sandbox").getUsage(),
      environments: ENVIRONMENTS.map((environment) => ({
        environment,
        ...ledger.forEnvironment(tenant.tenantId, environment).getCustomersSummary(),
      })),
    })),
    faults: target.faults.list(),
  };
}

function tenantWebhooks(target: InspectorTarget, tenantParam: string | undefined) {
  const tenantId = tenantParam ?? target.defaultTenantId();
  if (!target.ledger.listTenants().some((tenant) => tenant.tenantId === tenantId)) {
    const reader = new ParamReader();
    reader.add({ path: "tenantId", message: "must name an existing tenant" });
    reader.throwIfAny();
  }
  const id = tenantId as string;
  const endpoints = [];
  for (let page = 1; ; page++) {
    const list = target.webhooks.listEndpoints(id, { page, limit: 100 });
    endpoints.push(...list.webhooks);
    if (list.webhooks.length < 100) break;
  }
  const deliveries = target.webhooks.inspectDeliveries({ tenantId: id });
  return {
    tenantId: id,
    endpoints,
    deliveries: deliveries
      .slice(-MAX_DELIVERIES)
      .reverse()
      .map((delivery) => ({ ...delivery, body: target.webhooks.deliveryBody(delivery.deliveryId) ?? "" })),
    totalDeliveries: deliveries.length,
  };
}
