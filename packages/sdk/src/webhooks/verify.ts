import { verifyWebhookSignature, WEBHOOK_TOLERANCE_SECONDS } from "../core/webhook-signature.js";
import { WebhookVerificationError } from "../errors.js";
import { parseWebhookEvent } from "./event-schemas.js";
import type { WebhookEnvelope, WebhookEvent } from "./events.js";
import {
  EVENT_HEADER,
  EVENT_ID_HEADER,
  headerValue,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  type WebhookHeaders,
} from "./headers.js";
import { type RawWebhookBody, rawBodyText } from "./raw-body.js";

/**
 * Verifying a delivery with WebCrypto only, so it runs in Node, browsers
 * and edge runtimes:
 *
 * 1. the raw body (never re-serialised JSON) and `X-PacSpace-Signature` /
 *    `X-PacSpace-Timestamp`: any `v1` value matching any secret, compared in constant time,
 *    with the timestamp within `tolerance` seconds of now in either direction;
 * 2. the body is a JSON object with a string `event`. The signature is the proof: the
 *    documented envelope `{event, timestamp, data}` has no `id`. Where the body has an
 *    `id` or `event` and the matching `X-Event-ID` or `X-Webhook-Event` header is sent,
 *    they must agree: the headers are not signed, so a receiver that deduplicates on the
 *    header must not be fooled by a replay with a new id;
 * 3. (`constructWebhookEvent` only) a known event's payload matches its schema from the
 *    spec; an event type newer than this SDK is returned with `known: false`.
 */

export interface WebhookVerifyOptions {
  /** `whsec_…`; a list accepts any of them (e.g. old and new during a rotation). */
  secret: string | readonly string[];
  /** Largest distance between the signed timestamp and now, in seconds. Default 300. */
  tolerance?: number;
  /** "Now" for the timestamp check (ms or Date); e.g. a mock's clock in tests. Default: the system clock. */
  now?: number | Date;
}

function nowMs(now: WebhookVerifyOptions["now"]): number {
  if (now === undefined) return Date.now();
  const ms = now instanceof Date ? now.getTime() : now;
  if (!Number.isFinite(ms)) throw new TypeError("now must be a finite time in ms or a valid Date");
  return ms;
}

function checkSecret(secret: unknown): string | readonly string[] {
  const list = typeof secret === "string" ? [secret] : secret;
  if (!Array.isArray(list) || list.length === 0 || !list.every((s) => typeof s === "string" && s !== "")) {
    throw new WebhookVerificationError(
      "No webhook secret: pass the endpoint's whsec_… secret as `secret` (or `webhookSecret` to new PacSpace())",
      { reason: "no_secret" },
    );
  }
  if (list.some((s: string) => s.trim() !== s)) {
    throw new WebhookVerificationError("The webhook secret has leading or trailing whitespace", {
      reason: "no_secret",
    });
  }
  return secret as string | readonly string[];
}

/** Checks the signature and the envelope; resolves with the parsed envelope or throws `WebhookVerificationError`. */
export async function verifyWebhook(
  rawBody: RawWebhookBody,
  headers: WebhookHeaders,
  options: WebhookVerifyOptions,
): Promise<WebhookEnvelope> {
  const secret = checkSecret(options?.secret);
  const body = rawBodyText(rawBody);
  if (headers === null || typeof headers !== "object") {
    throw new WebhookVerificationError("headers must be the request's Headers or header record", {
      reason: "missing_header",
    });
  }
  const tolerance = options.tolerance ?? WEBHOOK_TOLERANCE_SECONDS;
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) throw new TypeError("tolerance must be seconds ≥ 0");
  const check = await verifyWebhookSignature({
    body,
    signatureHeader: headerValue(headers, SIGNATURE_HEADER),
    timestampHeader: headerValue(headers, TIMESTAMP_HEADER),
    secret,
    toleranceSeconds: tolerance,
    now: nowMs(options.now),
  });
  if (!check.valid) throw new WebhookVerificationError(check.message, { reason: check.reason });

  let envelope: unknown;
  try {
    envelope = JSON.parse(body);
  } catch (cause) {
    throw new WebhookVerificationError("The webhook body is not JSON", { reason: "invalid_json", cause });
  }
  if (typeof envelope !== "object" || envelope === null || Array.isArray(envelope)) {
    throw new WebhookVerificationError("The webhook body is not a JSON object", { reason: "invalid_json" });
  }
  const { id, event } = envelope as { id?: unknown; event?: unknown };
  if (typeof event !== "string") {
    throw new WebhookVerificationError("The webhook body has no string event", { reason: "invalid_payload" });
  }
  // The documented envelope carries no id: each check runs only when both sides are there.
  for (const [name, value] of [
    [EVENT_ID_HEADER, id],
    [EVENT_HEADER, event],
  ] as const) {
    const sent = headerValue(headers, name);
    if (sent !== undefined && typeof value === "string" && sent.trim() !== value) {
      throw new WebhookVerificationError(`${name} (${sent}) does not match the signed body (${value})`, {
        reason: "header_mismatch",
      });
    }
  }
  return envelope as WebhookEnvelope;
}

/** `verifyWebhook` without throwing: true only for a genuine, fresh delivery. */
export async function isValidWebhook(
  rawBody: RawWebhookBody,
  headers: WebhookHeaders,
  options: WebhookVerifyOptions,
): Promise<boolean> {
  try {
    await verifyWebhook(rawBody, headers, options);
    return true;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return false;
    throw error;
  }
}

/**
 * Verifies a delivery and checks its payload against the spec; resolves with the typed
 * event or throws `WebhookVerificationError`. Narrow it with `if (event.known)`, then
 * `switch (event.event)`; an event type newer than this SDK comes back with
 * `known: false` and its raw `data` instead of an error.
 */
export async function constructWebhookEvent(
  rawBody: RawWebhookBody,
  headers: WebhookHeaders,
  options: WebhookVerifyOptions,
): Promise<WebhookEvent> {
  return parseWebhookEvent(await verifyWebhook(rawBody, headers, options));
}
