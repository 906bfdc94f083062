/**
 * Test doubles for the transport: a fetch that answers from a script, one entry per attempt,
 * and records what it was sent; a sleep that records delays instead of waiting.
 */

/** One scripted answer: a response, a thrown error, or "hang" (never answers until aborted). */
export type Step = Response | Error | "hang" | ((request: Request) => Response | Promise<Response>);

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  /** The second argument the transport handed to fetch. */
  init: RequestInit | undefined;
}

export function scriptedFetch(steps: Step[]) {
  const requests: RecordedRequest[] = [];
  const fetch = async (request: Request, init?: RequestInit): Promise<Response> => {
    requests.push({
      method: request.method,
      url: new URL(request.url),
      headers: new Headers(request.headers),
      body: await request.text(),
      init,
    });
    const step = steps[requests.length - 1];
    if (step === undefined) throw new Error(`scriptedFetch: no step for request ${requests.length}`);
    if (step === "hang") {
      return new Promise<Response>((_, reject) => {
        request.signal.addEventListener("abort", () => reject(request.signal.reason), { once: true });
      });
    }
    if (step instanceof Error) throw step;
    if (typeof step === "function") return step(request);
    return step;
  };
  return { fetch, requests };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-request-id": `req_${status}`, ...headers },
  });
}

export function errorBody(code: string, extra: Record<string, unknown> = {}) {
  return { success: false, error: { code, message: `${code} happened`, requestId: "req_body", ...extra } };
}

export function ok(data: unknown = { ok: true }, headers: Record<string, string> = {}): Response {
  return json(200, { success: true, data }, headers);
}

export function recordingSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number, _signal: AbortSignal): Promise<void> => {
    delays.push(ms);
  };
  return { sleep, delays };
}

/** A well-formed test key and its secret part (what must never be logged). */
export const TEST_SECRET = "sk3cr3t-Value_0123456789abcdef";
export const TEST_API_KEY = `pk_test_pub123.${TEST_SECRET}`;
