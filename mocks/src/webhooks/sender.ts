/**
 * One delivery attempt over HTTP. `fetch` is looked up on every call (the injected one, or
 * `globalThis.fetch` at that moment), so an MSW handler installed after the mock was
 * created, or a real local server, receives it. Success is a 2xx answer within the
 * timeout; a redirect is not followed and counts as a failure. Nothing here throws: every
 * outcome, including the receiver's own crash, becomes a logged result.
 */

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface AttemptOutcome {
  ok: boolean;
  /** The receiver's status; null when there was no answer. */
  statusCode: number | null;
  /** Real milliseconds from sending to the answer (or the failure). */
  durationMs: number;
  /** Why it failed; null on success. */
  error: string | null;
}

export async function sendAttempt(input: {
  fetch: FetchLike | undefined;
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Aborts the attempt when the mock is reset. */
  signal: AbortSignal;
}): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.max(0, Math.round(performance.now() - started));
  const timeout = AbortSignal.timeout(input.timeoutMs);
  try {
    const fetchImpl = input.fetch ?? (globalThis.fetch as FetchLike);
    const response = await fetchImpl(input.url, {
      method: "POST",
      headers: input.headers,
      body: input.body,
      redirect: "manual",
      signal: AbortSignal.any([timeout, input.signal]),
    });
    // The answer's body is not needed; release the connection without waiting for it.
    response.body?.cancel().catch(() => {});
    const ok = response.status >= 200 && response.status < 300;
    return {
      ok,
      statusCode: response.status,
      durationMs: elapsed(),
      error: ok ? null : `Receiver answered ${response.status}`,
    };
  } catch (error) {
    const timedOut = timeout.aborted;
    return {
      ok: false,
      statusCode: null,
      durationMs: elapsed(),
      error: timedOut ? `No answer within ${input.timeoutMs} ms` : `Network error: ${describe(error)}`,
    };
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}
