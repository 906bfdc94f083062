/**
 * A fake PacSpace API for client tests: a fetch that records every request and answers from
 * a script of envelope responses (or a handler), so no test touches the network.
 */
import { PacSpace, type PacSpaceOptions } from "../../src/client.js";

export const TEST_SECRET = "s3cret_Value-0123456789";
export const TEST_KEY = `pk_test_pub123.${TEST_SECRET}`;
export const LIVE_KEY = "pk_live_pub456.live_secret_0123456789";
export const BASE = "https://api.pacspace.test";

export interface RecordedRequest {
  method: string;
  url: URL;
  /** Path without the origin, still percent-encoded. */
  path: string;
  query: Record<string, string>;
  headers: Headers;
  /** Parsed JSON body, or undefined when there was none. */
  body: unknown;
}

export type Reply = Response | Error | ((request: RecordedRequest) => Response | Promise<Response>);

/** A success envelope `{success: true, data}`. */
export function envelope(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ success: true, data }), {
    status,
    headers: { "content-type": "application/json", "x-request-id": `req_${status}`, ...headers },
  });
}

/** An error envelope `{success: false, error: {code, message, requestId, …}}`. */
export function failure(
  status: number,
  code: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({
      success: false,
      error: { code, message: `${code} happened`, requestId: `req_err_${status}`, ...extra },
    }),
    {
      status,
      headers: { "content-type": "application/json", "x-request-id": `req_err_${status}`, ...headers },
    },
  );
}

/**
 * A fetch that records requests and answers them in order from `replies`; when `replies` is a
 * function, it answers every request.
 */
export function fakeApi(replies: Reply[] | ((request: RecordedRequest) => Response | Promise<Response>)) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = await request.text();
    const recorded: RecordedRequest = {
      method: request.method,
      url,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: new Headers(request.headers),
      body: text === "" ? undefined : JSON.parse(text),
    };
    requests.push(recorded);
    const reply = typeof replies === "function" ? replies : replies[requests.length - 1];
    if (reply === undefined) throw new Error(`fakeApi: no reply scripted for request ${requests.length}`);
    if (reply instanceof Error) throw reply;
    return typeof reply === "function" ? reply(recorded) : reply;
  };
  return { fetch, requests };
}

/** A client on the fake API (no retries unless asked, so error tests do not wait). */
export function clientWith(replies: Parameters<typeof fakeApi>[0], options: Partial<PacSpaceOptions> = {}) {
  const api = fakeApi(replies);
  const pac = new PacSpace({ apiKey: TEST_KEY, baseUrl: BASE, maxRetries: 0, fetch: api.fetch, ...options });
  return { pac, requests: api.requests, fetch: api.fetch };
}
