/**
 * The requests the kit sends and the responses it records. Requests are plain data so a
 * report can show exactly what was sent.
 */

/** A request before serialization: decoded values per location, as the schemas describe them. */
export interface RequestInput {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  /** The JSON body; `undefined` sends none. */
  body?: unknown;
  /** Sent verbatim instead of `body` (for malformed JSON). */
  rawBody?: string;
}

export interface WireRequest {
  method: string;
  /** Path with query string, e.g. `/api/v1/balance/derive/c1?period=2026-11`. */
  target: string;
  headers: Record<string, string>;
  body?: string;
}

export interface WireResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json?: unknown;
  durationMs: number;
}

export class HttpFailure extends Error {
  override readonly name = "HttpFailure";
}

export function queryString(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    search.append(name, typeof value === "string" ? value : JSON.stringify(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export interface SendOptions {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** Sends one request; network errors and timeouts become an `HttpFailure`. */
export async function send(request: WireRequest, options: SendOptions): Promise<WireResponse> {
  // Targets are appended, so a base URL with a path prefix (https://host/prefix) keeps it.
  const url = new URL(options.baseUrl.replace(/\/+$/, "") + request.target);
  const started = performance.now();
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: request.method.toUpperCase(),
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: "manual",
    });
  } catch (error) {
    throw new HttpFailure(
      `${request.method.toUpperCase()} ${request.target}: no response (${failureReason(error)})`,
    );
  }
  const text = await response.text();
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  let json: unknown;
  if (text.length > 0 && /[/+]json\b/i.test(headers["content-type"] ?? "")) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, headers, text, json, durationMs: performance.now() - started };
}

/** Runs `tasks` with at most `limit` in flight; results keep the tasks' order. */
export async function runConcurrently<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results = new Array<T>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

/**
 * Why a request got no response. fetch's own error says only "fetch failed"; what happened
 * (a refused or reset connection, a timeout) is in its `cause`.
 */
function failureReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { cause } = error;
  if (!(cause instanceof Error)) return `${error.name}: ${error.message}`;
  const code = (cause as Error & { code?: unknown }).code;
  return `${error.name}: ${error.message}: ${typeof code === "string" ? code : cause.name}: ${cause.message}`;
}
