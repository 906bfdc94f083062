import { apiKey } from "./api-key.js";
import { CONTROL_TOKEN_HEADER, controlToken } from "./control-token.js";
import type {
  CheckpointList,
  CompareResult,
  CustomerDetail,
  CustomerList,
  DeriveResult,
  MockOverview,
  MockWebhooks,
  RequestLogPage,
  VerifyProofResult,
} from "./types.js";

/**
 * Every call the page makes: the control API (`/__mock/…`) and the Balance API with the
 * sandbox key, on the server that serves the page. Reads carry `X-PacSpace-Inspector` so
 * the request log shows the application's requests, not the page's own.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (method === "GET") headers["X-PacSpace-Inspector"] = "1";
  if (path.startsWith("/__mock/")) {
    const token = controlToken();
    if (token) headers[CONTROL_TOKEN_HEADER] = token;
  } else if (apiKey()) {
    headers["X-Api-Key"] = apiKey();
  }
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const json = (await response.json().catch(() => null)) as {
    data?: T;
    error?: { code?: string; message?: string };
  } | null;
  if (!response.ok || !json || json.data === undefined) {
    throw new ApiError(
      response.status,
      json?.error?.code ?? "HTTP_ERROR",
      json?.error?.message ?? `${method} ${path} answered ${response.status}`,
    );
  }
  return json.data;
}

const query = (params: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== "") search.set(name, String(value));
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
};

const segment = encodeURIComponent;

export const api = {
  state: () => call<MockOverview>("GET", "/__mock/overview"),
  requests: (limit: number) => call<RequestLogPage>("GET", `/__mock/requests${query({ limit })}`),
  replays: () => call<RequestLogPage>("GET", `/__mock/requests${query({ replayed: "true", limit: 1000 })}`),
  webhooks: () => call<MockWebhooks>("GET", "/__mock/webhooks"),
  verifyNow: () => call<unknown>("POST", "/__mock/verify", {}),
  customers: (page: number, search: string) =>
    call<CustomerList>("GET", `/api/v1/balance/customers${query({ page, limit: 25, search })}`),
  customer: (customerId: string, deltaPage: number, deltaLimit: number) =>
    call<CustomerDetail>(
      "GET",
      `/api/v1/balance/customers/${segment(customerId)}${query({ deltaPage, deltaLimit })}`,
    ),
  derive: (customerId: string, scope: Record<string, string>) =>
    call<DeriveResult>(
      "GET",
      `/api/v1/balance/derive/${segment(customerId)}${query({ ...scope, limit: 1 })}`,
    ),
  compare: (body: Record<string, unknown>) => call<CompareResult>("POST", "/api/v1/balance/compare", body),
  checkpoints: () => call<CheckpointList>("GET", `/api/v1/balance/checkpoints${query({ limit: 100 })}`),
  verifyProof: (proofRoot: string) => call<VerifyProofResult>("GET", `/api/v1/verify/${segment(proofRoot)}`),
  redeliver: (eventId: string, webhookId: string) =>
    call<unknown>("POST", `/api/v1/balance/webhooks/${segment(eventId)}/retry${query({ webhookId })}`),
};
