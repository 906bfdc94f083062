/**
 * The client the SDK's resources send through: the same typed `GET`/`POST`/… calls as
 * openapi-fetch, answered the same way (`{ data, error, response }`), but handed to the transport
 * as method, URL, headers and body, without a `Request` built here and taken apart again there
 * (the transport's ky call makes the one `Request` of each attempt). Paths, query strings and
 * bodies are serialized as openapi-fetch's defaults do; `pac.raw` stays openapi-fetch itself.
 */
import type { DirectSend } from "../transport/lazy-pacspace-fetch.js";
import type { HttpClient } from "./request.js";

type HeaderValue = string | number | boolean | (string | number | boolean)[] | null | undefined;
type HeaderBag = Record<string, HeaderValue> | Headers | undefined;

interface CallInit {
  params?: {
    path?: Record<string, unknown>;
    query?: Record<string, unknown>;
    header?: HeaderBag;
  };
  headers?: HeaderBag;
  body?: unknown;
  signal?: AbortSignal | null;
  parseAs?: "json" | "text" | "arrayBuffer" | "blob" | "stream";
}

const PATH_PARAMETER = /\{([^{}]+)\}/g;

function primitiveParam(name: string, value: unknown): string {
  if (typeof value === "object") {
    throw new Error(
      "Deeply-nested arrays/objects aren’t supported. Provide your own `querySerializer()` to handle these.",
    );
  }
  return `${name}=${encodeURIComponent(String(value))}`;
}

/** openapi-fetch's default query: arrays exploded (`a=1&a=2`), objects as deepObject (`o[k]=v`). */
function queryString(query: Record<string, unknown> | undefined): string {
  const parts: string[] = [];
  for (const name in query) {
    const value = query[name];
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value)
        if (item !== undefined && item !== null) parts.push(primitiveParam(name, item));
    } else if (typeof value === "object") {
      for (const key in value) {
        const item = (value as Record<string, unknown>)[key];
        if (item !== undefined && item !== null) parts.push(primitiveParam(`${name}[${key}]`, item));
      }
    } else {
      parts.push(primitiveParam(name, value));
    }
  }
  return parts.join("&");
}

function filledPath(path: string, values: Record<string, unknown> | undefined): string {
  if (values === undefined) return path;
  return path.replace(PATH_PARAMETER, (placeholder, name: string) => {
    const value = values[name];
    return value === undefined || value === null ? placeholder : encodeURIComponent(String(value));
  });
}

// A path the URL parser would rewrite: a `.` or `..` segment, or a placeholder left unfilled.
const REWRITTEN_PATH = /(?:^|\/)\.\.?(?:\/|$)|[{}]/;

/**
 * The path of `origin` as the URL parser reads it, when `origin` is written exactly as the parser
 * writes it (no query, fragment, default port, upper-case host…); otherwise undefined.
 */
function exactBasePath(origin: string): string | undefined {
  const url = new URL(origin);
  const path = url.pathname === "/" ? "" : url.pathname;
  return url.search === "" && url.hash === "" && `${url.origin}${path}` === origin ? path : undefined;
}

function mergeInto(headers: Headers, bag: HeaderBag): void {
  if (bag === undefined || bag === null || typeof bag !== "object") return;
  const entries = bag instanceof Headers ? bag.entries() : Object.entries(bag);
  for (const [name, value] of entries) {
    if (value === null) headers.delete(name);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, String(item));
    else if (value !== undefined) headers.set(name, String(value));
  }
}

/** What openapi-fetch answers for a response, read the way it reads it. */
async function answerOf(response: Response, method: string, parseAs: NonNullable<CallInit["parseAs"]>) {
  const contentLength = response.headers.get("Content-Length");
  if (
    response.status === 204 ||
    method === "HEAD" ||
    (contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked"))
  ) {
    return response.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (response.ok) {
    if (parseAs === "stream") return { data: response.body, response };
    if (parseAs === "json" && !contentLength) {
      const text = await response.text();
      return { data: text ? JSON.parse(text) : undefined, response };
    }
    return { data: await response[parseAs](), response };
  }
  let error: unknown = await response.text();
  try {
    error = JSON.parse(error as string);
  } catch {
    // not JSON: the text itself
  }
  return { error, response };
}

export function createDirectClient(baseUrl: string, send: DirectSend): HttpClient {
  const origin = baseUrl.endsWith("/") ? baseUrl.slice(0, -1) : baseUrl;
  const basePath = exactBasePath(origin);
  const call = async (method: string, path: string, init: CallInit = {}) => {
    const headers = new Headers();
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    if (body !== undefined) headers.set("Content-Type", "application/json");
    mergeInto(headers, init.headers);
    mergeInto(headers, init.params?.header);
    const filled = filledPath(path, init.params?.path);
    const query = queryString(init.params?.query);
    const response = await send({
      method,
      url: query === "" ? `${origin}${filled}` : `${origin}${filled}?${query}`,
      // Known without parsing the URL: the transport then parses it only to sign.
      pathname: basePath === undefined || REWRITTEN_PATH.test(filled) ? undefined : `${basePath}${filled}`,
      headers,
      body,
      signal: init.signal ?? undefined,
    });
    // Awaited: an async function returning a promise would resolve through two more turns.
    return await answerOf(response, method, init.parseAs ?? "json");
  };
  return {
    GET: (path: string, init?: CallInit) => call("GET", path, init),
    POST: (path: string, init?: CallInit) => call("POST", path, init),
    PUT: (path: string, init?: CallInit) => call("PUT", path, init),
    PATCH: (path: string, init?: CallInit) => call("PATCH", path, init),
    DELETE: (path: string, init?: CallInit) => call("DELETE", path, init),
  } as unknown as HttpClient;
}
