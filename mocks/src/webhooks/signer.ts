import { signWebhookPayload } from "@pacspace/sdk/core";

/**
 * The headers of one delivery attempt, signed with the shared core signer
 * the SDK verifies with: `X-PacSpace-Signature` holds one `v1=` value per signing secret
 * (two during a rotation overlap), each over `{timestamp}.{body}`; the timestamp is the
 * attempt's time on the mock clock in Unix seconds, so every retry is signed afresh.
 */

export const SIGNATURE_HEADER = "X-PacSpace-Signature";
export const TIMESTAMP_HEADER = "X-PacSpace-Timestamp";
export const EVENT_HEADER = "X-Webhook-Event";
export const EVENT_ID_HEADER = "X-Event-ID";
const USER_AGENT = "PacSpace-Webhooks/1.0 (pacspace-mock)";

export async function signedDeliveryHeaders(input: {
  body: string;
  event: string;
  eventId: string;
  secrets: readonly string[];
  nowMs: number;
}): Promise<Record<string, string>> {
  const timestamp = Math.floor(input.nowMs / 1000);
  return {
    "Content-Type": "application/json",
    "User-Agent": USER_AGENT,
    [SIGNATURE_HEADER]: await signWebhookPayload({ secrets: input.secrets, timestamp, body: input.body }),
    [TIMESTAMP_HEADER]: String(timestamp),
    [EVENT_HEADER]: input.event,
    [EVENT_ID_HEADER]: input.eventId,
  };
}
