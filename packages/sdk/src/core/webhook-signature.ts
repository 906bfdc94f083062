import { hmacSha256Hex, timingSafeEqual } from "./hmac.js";

export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** Timestamps at or above this are milliseconds, below it seconds. */
const MILLISECONDS_THRESHOLD = 1e12;

const SIGNATURE_HEX = /^[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{1,16}$/;

export type SignatureCheck =
  | { valid: true; timestamp: number }
  | {
      valid: false;
      reason: "missing_header" | "malformed_header" | "timestamp_out_of_tolerance" | "no_matching_signature";
      message: string;
    };

function secretList(secrets: string | readonly string[]): readonly string[] {
  const list = typeof secrets === "string" ? [secrets] : secrets;
  if (
    !Array.isArray(list) ||
    list.length === 0 ||
    !list.every((s) => typeof s === "string" && s.length > 0)
  ) {
    throw new TypeError("webhook secret must be a non-empty string or a non-empty list of them");
  }
  return list;
}

/**
 * The `X-PacSpace-Signature` value: one `v1=<hex>` per secret (two during a rotation),
 * each the HMAC-SHA256 of `${timestamp}.${body}` keyed by the whole `whsec_…` string.
 */
export async function signWebhookPayload(input: {
  secrets: string | readonly string[];
  timestamp: number;
  body: string;
}): Promise<string> {
  const message = `${input.timestamp}.${input.body}`;
  const signatures = await Promise.all(
    secretList(input.secrets).map((secret) => hmacSha256Hex(secret, message)),
  );
  return signatures.map((signature) => `v1=${signature}`).join(",");
}

/**
 * Verifies a delivery from its raw body and the `X-PacSpace-Signature` and
 * `X-PacSpace-Timestamp` headers. Accepts when any `v1` value matches any secret
 * (constant-time comparison) and the timestamp is within `toleranceSeconds` of `now`
 * in either direction. The signed message uses the timestamp exactly as sent;
 * values ≥ 1e12 are read as milliseconds. `timestamp` in the result is the header's value.
 */
export async function verifyWebhookSignature(input: {
  body: string;
  signatureHeader: string | null | undefined;
  timestampHeader: string | null | undefined;
  secret: string | readonly string[];
  toleranceSeconds?: number;
  now?: number;
}): Promise<SignatureCheck> {
  const secrets = secretList(input.secret);
  const { signatureHeader, timestampHeader } = input;
  if (!signatureHeader) return failure("missing_header", "X-PacSpace-Signature header is missing");
  if (!timestampHeader) return failure("missing_header", "X-PacSpace-Timestamp header is missing");
  const timestampText = timestampHeader.trim();
  if (!TIMESTAMP.test(timestampText)) {
    return failure("malformed_header", "X-PacSpace-Timestamp must be an integer Unix timestamp");
  }
  const candidates: string[] = [];
  for (const entry of signatureHeader.split(",")) {
    const [scheme, value, ...rest] = entry.trim().split("=");
    if (scheme !== "v1") continue; // unknown schemes are skipped, leaving room for future ones
    if (value === undefined || rest.length > 0 || !SIGNATURE_HEX.test(value)) {
      return failure(
        "malformed_header",
        "X-PacSpace-Signature has a v1 value that is not 64 lowercase hex digits",
      );
    }
    candidates.push(value);
  }
  if (candidates.length === 0) return failure("malformed_header", "X-PacSpace-Signature has no v1 signature");

  const message = `${timestampText}.${input.body}`;
  const expected = await Promise.all(secrets.map((secret) => hmacSha256Hex(secret, message)));
  const matched = candidates.some((candidate) =>
    expected.some((signature) => timingSafeEqual(candidate, signature)),
  );
  if (!matched) return failure("no_matching_signature", "no signature matches the payload and secret");

  const timestamp = Number(timestampText);
  const sentSeconds = timestamp >= MILLISECONDS_THRESHOLD ? timestamp / 1000 : timestamp;
  const nowSeconds = (input.now ?? Date.now()) / 1000;
  const tolerance = input.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS;
  if (Math.abs(nowSeconds - sentSeconds) > tolerance) {
    return failure(
      "timestamp_out_of_tolerance",
      `timestamp is ${Math.round(nowSeconds - sentSeconds)} s from now; the tolerance is ${tolerance} s`,
    );
  }
  return { valid: true, timestamp };
}

function failure(
  reason: Extract<SignatureCheck, { valid: false }>["reason"],
  message: string,
): Extract<SignatureCheck, { valid: false }> {
  return { valid: false, reason, message };
}
