/**
 * Bodies the code already holds, so they need not be streamed again: the local server
 * records each request's raw bytes (read before the `Request` was built), and
 * `jsonResponse` records the text it serialised. Reading through these gives exactly what
 * `request.text()` / `response.arrayBuffer()` would (UTF-8, a leading BOM dropped, bad
 * bytes as U+FFFD), without the stream round trips. Requests and responses built
 * elsewhere (MSW in tests, fetch) are not recorded and are read as usual.
 */

const requestBodies = new WeakMap<Request, Uint8Array>();
const responseBodies = new WeakMap<Response, string>();
const decoder = new TextDecoder();

/** Records the bytes `request` was built from (the caller must not hand it a different body). */
export function recordRequestBody(request: Request, bytes: Uint8Array): void {
  requestBodies.set(request, bytes);
}

/** `request.text()`, from the recorded bytes when there are some. */
export function requestText(request: Request): Promise<string> {
  const bytes = requestBodies.get(request);
  if (bytes === undefined || request.bodyUsed) return request.text();
  return Promise.resolve(decoder.decode(bytes));
}

export function recordResponseBody(response: Response, text: string): void {
  responseBodies.set(response, text);
}

/** The text `response` was built from, if recorded and its body is still unread. */
export function recordedResponseText(response: Response): string | undefined {
  return response.bodyUsed ? undefined : responseBodies.get(response);
}
