import { signWebhookPayload } from "../core/webhook-signature.js";
import { EVENT_HEADER, EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from "./headers.js";

/**
 * Signed delivery headers for your own tests, made exactly as PacSpace makes them, so a
 * receiver can be exercised without the service:
 *
 * ```ts
 * const body = JSON.stringify(event);
 * const headers = await generateTestWebhookHeaders({ payload: body, secret });
 * await fetch("http://localhost:3000/hooks/pacspace", { method: "POST", headers, body });
 * ```
 *
 * `payload` is the body string you will send (an object is serialised with
 * `JSON.stringify`; send that same string). `X-Webhook-Event` comes from the payload's
 * `event`; `X-Event-ID` from `eventId`, else the payload's `id` (the documented envelope
 * `{event, timestamp, data}` has none). A list of secrets signs with each, as during a
 * rotation.
 */
export interface TestWebhookHeadersInput {
  payload: string | object;
  secret: string | readonly string[];
  /** Unix seconds, or a Date. Default: now. */
  timestamp?: number | Date;
  /** `X-Event-ID`, the id receivers deduplicate on. Default: the payload's `id`, if any. */
  eventId?: string;
}

export async function generateTestWebhookHeaders(
  input: TestWebhookHeadersInput,
): Promise<Record<string, string>> {
  const body = typeof input.payload === "string" ? input.payload : JSON.stringify(input.payload);
  const timestamp =
    input.timestamp === undefined
      ? Math.floor(Date.now() / 1000)
      : input.timestamp instanceof Date
        ? Math.floor(input.timestamp.getTime() / 1000)
        : input.timestamp;
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new TypeError("timestamp must be whole Unix seconds (or a Date)");
  }
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    [SIGNATURE_HEADER]: await signWebhookPayload({ secrets: input.secret, timestamp, body }),
    [TIMESTAMP_HEADER]: String(timestamp),
  };
  const envelope = parseObject(body);
  if (typeof envelope?.event === "string") headers[EVENT_HEADER] = envelope.event;
  const eventId = input.eventId ?? envelope?.id;
  if (typeof eventId === "string") headers[EVENT_ID_HEADER] = eventId;
  return headers;
}

function parseObject(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
