import {
  APP_API_PREFIX,
  type AppApiErrorBody,
  type CompareInput,
  type CompareView,
  type DeltaView,
  type Overview,
  type RecordUsageInput,
} from "../app-api/contract.js";

/** The browser's side of the boundary: plain fetch calls to `/app-api`, no key, no SDK client. */

export class AppApiRequestError extends Error {
  override readonly name = "AppApiRequestError";
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

export interface AppApiClient {
  overview(customerId: string): Promise<Overview>;
  recordUsage(customerId: string, input: RecordUsageInput): Promise<DeltaView>;
  compare(customerId: string, input: CompareInput): Promise<CompareView>;
}

export interface AppApiClientOptions {
  /** Default `/app-api` on the page's origin; absolute in Node (`http://app.test/app-api`). */
  baseUrl?: string;
  fetch?: typeof fetch;
}

export function createAppApiClient(options: AppApiClientOptions = {}): AppApiClient {
  const baseUrl = options.baseUrl ?? APP_API_PREFIX;
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function call<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
    const response = await send(`${baseUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const payload: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const error = (payload as Partial<AppApiErrorBody> | null)?.error;
      throw new AppApiRequestError(
        error?.message ?? `request failed with status ${response.status}`,
        response.status,
        error?.code ?? "UNKNOWN",
        error?.requestId,
      );
    }
    return payload as T;
  }

  const customerPath = (customerId: string) => `/customers/${encodeURIComponent(customerId)}`;
  return {
    overview: (customerId) => call("GET", customerPath(customerId)),
    recordUsage: (customerId, input) => call("POST", `${customerPath(customerId)}/usage`, input),
    compare: (customerId, input) => call("POST", `${customerPath(customerId)}/compare`, input),
  };
}
