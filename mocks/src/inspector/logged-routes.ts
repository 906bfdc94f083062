import type { FaultController } from "../faults.js";
import { answerHeader, headerOf, type MockRequest, type MockResponse } from "../handlers/exchange.js";
import { exchangeRoute, type Route } from "../handlers/route.js";
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
  /** Writes one answer to the log; `replayedRecordIds` is null unless it was an idempotent replay. */
  const record = (
    method: string,
    path: string,
    started: number,
    hitsBefore: Map<string, number> | null,
    status: number | null,
    requestId: string | null,
    replayedRecordIds: string[] | null,
  ) => {
    log.record(
      method,
      path,
      now(),
      status,
      Math.round((performance.now() - started) * 100) / 100,
      requestId,
      replayedRecordIds !== null,
      replayedRecordIds ?? NONE,
      isFaultable(path) ? struckFaults(faults, hitsBefore) : NONE,
    );
  };

  return routes.map((route) => {
    const { answer } = route;
    if (answer === undefined) {
      return {
        ...route,
        async resolve(request, params) {
          if (request.headers.has(INSPECTOR_REQUEST_HEADER)) return route.resolve(request, params);
          const url = new URL(request.url);
          const path = url.pathname + url.search;
          const started = performance.now();
          const hitsBefore = isFaultable(path) ? faultHits(faults) : null;
          const response = await route.resolve(request, params);
          const replayed = response.headers.get("Idempotent-Replayed") === "true";
          record(
            request.method,
            path,
            started,
            hitsBefore,
            response.type === "error" ? null : response.status,
            response.headers.get("X-Request-Id"),
            replayed ? recordIdsOf(await response.clone().text()) : null,
          );
          return response;
        },
      };
    }
    // A plain-data route is logged from its plain-data answer; MSW reaches it through the
    // same fetch adapter as any plain-data route, so a request is read and parsed once.
    const logged = async (request: MockRequest, params: Record<string, string>): Promise<MockResponse> => {
      if (headerOf(request, INSPECTOR_HEADER_LOWER) !== null) return answer(request, params);
      const path = request.path + request.search;
      const started = performance.now();
      const hitsBefore = isFaultable(path) ? faultHits(faults) : null;
      const response = await answer(request, params);
      const replayed = answerHeader(response, "Idempotent-Replayed") === "true";
      record(
        request.method,
        path,
        started,
        hitsBefore,
        response.networkError ? null : response.status,
        answerHeader(response, "X-Request-Id"),
        replayed
          ? recordIdsOf(typeof response.body === "string" ? response.body : bodyTextOf(response.body))
          : null,
      );
      return response;
    };
    return exchangeRoute(route.method, route.path, logged);
  });
}

const NONE: readonly string[] = [];

/** Faults strike API operations only; a control request may remove one. */
function isFaultable(path: string): boolean {
  return !path.includes("/__mock/");
}

const utf8Decoder = new TextDecoder();

function bodyTextOf(body: Uint8Array | null): string {
  return body === null ? "" : utf8Decoder.decode(body);
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
