import type { PacSpaceMock } from "../../src/index.js";

/**
 * A programmable webhook receiver for delivery tests, injected as the mock's `webhooks.fetch`:
 * it records every attempt (headers, exact body, the mock-clock time it arrived) and
 * answers with whatever `respond` returns, so tests can fail, hang or crash on cue.
 */

export interface ReceivedDelivery {
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Mock-clock time when the attempt arrived. */
  at: number;
}

export type Respond = (delivery: ReceivedDelivery, index: number) => Response | Promise<Response>;

export interface RecordingReceiver {
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  received: ReceivedDelivery[];
  /** Replaces the answer for the attempts that follow. */
  respondWith(respond: Respond): void;
  /** Binds the mock whose clock stamps `at` (call right after creating it). */
  attach(pacspace: PacSpaceMock): void;
}

export const ok = () => new Response(null, { status: 204 });
export const status = (code: number) => () => new Response("nope", { status: code });

export function createRecordingReceiver(respond: Respond = ok): RecordingReceiver {
  let answer = respond;
  let now = () => Date.now();
  const received: ReceivedDelivery[] = [];
  return {
    received,
    respondWith(next) {
      answer = next;
    },
    attach(pacspace) {
      now = () => pacspace.clock.now();
    },
    async fetch(input, init) {
      const headers = Object.fromEntries(new Headers(init.headers).entries());
      const delivery = { url: input, headers, body: String(init.body), at: now() };
      received.push(delivery);
      const signal = init.signal;
      const response = answer(delivery, received.length - 1);
      if (!signal) return response;
      // Like a real fetch: an abort (timeout or reset) rejects even if the receiver hangs.
      return Promise.race([
        response,
        new Promise<Response>((_, reject) => {
          if (signal.aborted) reject(signal.reason);
          signal.addEventListener("abort", () => reject(signal.reason), { once: true });
        }),
      ]);
    },
  };
}
