import type { FaultController } from "../faults.js";
import { answerHeader, headerOf, type MockRequest } from "../handlers/exchange.js";
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
  /** Logs one answer; `answered` runs the route and reports what the log keeps of its answer. */
  const logged = async <T>(
    method: string,
    path: string,
    answered: () => Promise<{
      result: T;
      status: number | null;
      header(name: string): string | null;
      recordIds(): Promise<string[]>;
    }>,
  ): Promise<T> => {
    const started = performance.now();
    // Faults strike API operations only; a control request may remove one.
    const faultable = !path.includes("/__mock/");
    const hitsBefore = faultable ? faultHits(faults) : null;
    const { result, status, header, recordIds } = await answered();
    const replayed = header("Idempotent-Replayed") === "true";
    log.add({
      at: new Date(now()).toISOString(),
      method,
      path,
      status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      requestId: header("X-Request-Id"),
      idempotentReplayed: replayed,
      replayedRecordIds: replayed ? await recordIds() : [],
      faultIds: faultable ? struckFaults(faults, hitsBefore) : [],
    });
    return result;
  };

  return routes.map((route) => {
    const { answer } = route;
    return {
      ...route,
      async resolve(request, params) {
        if (request.headers.has(INSPECTOR_REQUEST_HEADER)) return route.resolve(request, params);
        const url = new URL(request.url);
        return logged(request.method, url.pathname + url.search, async () => {
          const response = await route.resolve(request, params);
          return {
            result: response,
            status: response.type === "error" ? null : response.status,
            header: (name) => response.headers.get(name),
            recordIds: async () => recordIdsOf(await response.clone().text()),
          };
        });
      },
      ...(answer === undefined
        ? {}
        : {
            async answer(request: MockRequest, params: Record<string, string>) {
              if (headerOf(request, INSPECTOR_HEADER_LOWER) !== null) return answer(request, params);
              return logged(request.method, request.path + request.search, async () => {
                const response = await answer(request, params);
                return {
                  result: response,
                  status: response.networkError ? null : response.status,
                  header: (name) => answerHeader(response, name),
                  recordIds: async () =>
                    recordIdsOf(
                      typeof response.body === "string"
                        ? response.body
                        : new TextDecoder().decode(response.body ?? new Uint8Array()),
                    ),
                };
              });
            },
          }),
    };
  });
}

const INSPECTOR_HEADER_LOWER = INSPECTOR_REQUEST_HEADER.toLowerCase();

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
function recordIdsOf(text: string): string[] {
  try {
    const body = JSON.parse(text) as { data?: { recordId?: unknown; results?: unknown } };
    const data = body.data ?? {};
    const ids = Array.isArray(data.results)
      ? data.results.map((result: { recordId?: unknown }) => result?.recordId)
      : [data.recordId];
    return ids.filter((id): id is string => typeof id === "string");
  } catch {
    return [];
  }
}
