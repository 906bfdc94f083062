import type { FaultController } from "../faults.js";
import type { Route } from "../handlers/route.js";
import type { RequestLog } from "./request-log.js";

/**
 * The inspector page marks its own reads with this header, so they stay out of the request
 * log it shows (they would otherwise bury the requests of the application under test).
 */
export const INSPECTOR_REQUEST_HEADER = "X-PacSpace-Inspector";

/**
 * Wraps every route so its answer is written to the request log: method, path, status,
 * time, idempotent replay and the injected faults that struck it (found by the faults' hit
 * counts, so a fault that struck an overlapping request may be credited to both).
 */
export function loggedRoutes(
  routes: readonly Route[],
  log: RequestLog,
  faults: FaultController,
  now: () => number,
): Route[] {
  return routes.map((route) => ({
    ...route,
    async resolve(request, params) {
      if (request.headers.has(INSPECTOR_REQUEST_HEADER)) return route.resolve(request, params);
      const started = performance.now();
      const url = new URL(request.url);
      // Faults strike API operations only; a control request may remove one.
      const faultable = !url.pathname.includes("/__mock/");
      const hitsBefore = faultable ? faultHits(faults) : null;
      const response = await route.resolve(request, params);
      const replayed = response.headers.get("Idempotent-Replayed") === "true";
      log.add({
        at: new Date(now()).toISOString(),
        method: request.method,
        path: url.pathname + url.search,
        status: response.type === "error" ? null : response.status,
        durationMs: Math.round((performance.now() - started) * 100) / 100,
        requestId: response.headers.get("X-Request-Id"),
        idempotentReplayed: replayed,
        replayedRecordIds: replayed ? await recordIdsOf(response) : [],
        faultIds: faultable ? struckFaults(faults, hitsBefore) : [],
      });
      return response;
    },
  }));
}

function faultHits(faults: FaultController): Map<string, number> | null {
  const list = faults.list();
  return list.length === 0 ? null : new Map(list.map((fault) => [fault.faultId, fault.hits]));
}

function struckFaults(faults: FaultController, before: Map<string, number> | null): string[] {
  const list = faults.list();
  if (list.length === 0 && before === null) return [];
  const struck = list
    .filter((fault) => fault.hits > (before?.get(fault.faultId) ?? 0))
    .map((fault) => fault.faultId);
  // A fault used up by this request is gone from the list.
  for (const faultId of before?.keys() ?? []) {
    if (!list.some((fault) => fault.faultId === faultId)) struck.push(faultId);
  }
  return struck;
}

/** The record ids of a replayed emit (`data.recordId`) or batch (`data.results[].recordId`). */
async function recordIdsOf(response: Response): Promise<string[]> {
  try {
    const body = (await response.clone().json()) as { data?: { recordId?: unknown; results?: unknown } };
    const data = body.data ?? {};
    const ids = Array.isArray(data.results)
      ? data.results.map((result: { recordId?: unknown }) => result?.recordId)
      : [data.recordId];
    return ids.filter((id): id is string => typeof id === "string");
  } catch {
    return [];
  }
}
