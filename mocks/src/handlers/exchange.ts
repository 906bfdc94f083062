/**
 * The request and answer the mock's pipeline works on: plain data that both adapters build
 * (the local server from node:http, the MSW handlers from a fetch `Request`), so the server
 * answers without a fetch `Request`/`Response` per request and both answer byte for byte alike.
 */

export interface MockRequest {
  /** Upper case. */
  method: string;
  /** The path as sent, still percent-encoded, without the query. */
  path: string;
  /** The query string with its `?`, or `""`. */
  search: string;
  /** `host[:port]` the request was sent to. */
  host: string;
  /** Lower-case names; repeated headers joined with `, ` (as node:http and `Headers.get` do). */
  headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The whole body, read once; null without one. */
  body: Uint8Array | null;
  /** The address the local server received the request from; absent in-process. */
  peer?: string;
}

export interface MockResponse {
  status: number;
  /** Header names as sent. */
  headers: Record<string, string>;
  /** A string is sent as UTF-8. */
  body: string | Uint8Array | null;
  /** Drop the connection instead of answering (an injected network error). */
  networkError?: true;
}

/** One header's value, or null. `name` in lower case. */
export function headerOf(request: MockRequest, name: string): string | null {
  const value = request.headers[name];
  if (value === undefined) return null;
  return typeof value === "string" ? value : value.join(", ");
}

/** One header of an answer, its name matched in any case; null when absent. */
export function answerHeader(response: MockResponse, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const key in response.headers) {
    if (key.toLowerCase() === wanted) return response.headers[key] ?? null;
  }
  return null;
}

const utf8Decoder = new TextDecoder();

/** The body as text (UTF-8, invalid bytes replaced); `""` without one. */
export function bodyText(request: MockRequest): string {
  return request.body === null ? "" : utf8Decoder.decode(request.body);
}

/** A fetch `Request` as a MockRequest (its body read once). */
export async function fromFetchRequest(request: Request): Promise<MockRequest> {
  const url = request.url;
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = request.body === null ? null : new Uint8Array(await request.arrayBuffer());
  // `url` is serialised: host in lower case without credentials, path and query escaped, so
  // the first "/" after the authority, "?" and "#" delimit the parts (no second URL parse).
  const hostStart = url.indexOf("//") + 2;
  const pathStart = url.indexOf("/", hostStart);
  const hash = url.indexOf("#", pathStart);
  const end = hash === -1 ? url.length : hash;
  const query = url.indexOf("?", pathStart);
  const pathEnd = query === -1 || query > end ? end : query;
  return {
    method: request.method.toUpperCase(),
    path: url.slice(pathStart, pathEnd),
    search: pathEnd === end || pathEnd + 1 === end ? "" : url.slice(pathEnd, end),
    host: url.slice(hostStart, pathStart),
    headers,
    body: body !== null && body.length === 0 ? null : body,
  };
}

/** A MockRequest as a fetch `Request`, for callbacks that take one (e.g. `onInternalError`). */
export function toFetchRequest(request: MockRequest): Request {
  const headers: Array<[string, string]> = [];
  for (const name of Object.keys(request.headers)) {
    const value = headerOf(request, name);
    if (value !== null) headers.push([name, value]);
  }
  const hasBody = request.body !== null && request.method !== "GET" && request.method !== "HEAD";
  return new Request(`http://${request.host}${request.path}${request.search}`, {
    method: request.method,
    headers,
    ...(hasBody ? { body: request.body as Uint8Array<ArrayBuffer> } : {}),
  });
}

/** A MockResponse as a fetch `Response` (`Response.error()` for a network error). */
export function toFetchResponse(response: MockResponse): Response {
  if (response.networkError) return Response.error();
  return new Response(response.body as BodyInit | null, {
    status: response.status,
    headers: response.headers,
  });
}
