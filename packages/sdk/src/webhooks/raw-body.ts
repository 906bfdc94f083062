import { WebhookVerificationError } from "../errors.js";

/**
 * The signature covers the exact bytes PacSpace sent, so verification needs the raw body:
 * a string, or bytes (`Uint8Array`, Node `Buffer`, `ArrayBuffer`) that are decoded as UTF-8
 * without any normalisation. A parsed object is refused with an explanation, because JSON
 * serialised again (other spacing, key order, number formatting) no longer matches.
 */
export type RawWebhookBody = string | Uint8Array | ArrayBuffer;

// fatal: invalid UTF-8 is refused rather than replaced; ignoreBOM: a BOM stays part of the text.
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function rawBodyText(rawBody: unknown): string {
  if (typeof rawBody === "string") return rawBody;
  if (rawBody instanceof Uint8Array || rawBody instanceof ArrayBuffer) {
    try {
      return decoder.decode(rawBody);
    } catch (cause) {
      throw new WebhookVerificationError("The webhook body is not valid UTF-8", {
        reason: "invalid_json",
        cause,
      });
    }
  }
  const what = rawBody === null ? "null" : Array.isArray(rawBody) ? "an array" : typeof rawBody;
  throw new WebhookVerificationError(
    `The webhook body must be the raw request body (a string or bytes), got ${what === "object" ? "a parsed object" : what}. ` +
      "Read the body before any JSON parsing (e.g. express.raw({ type: 'application/json' }) or await request.text()): " +
      "JSON serialised again does not match the signature.",
    { reason: "raw_body_required" },
  );
}
