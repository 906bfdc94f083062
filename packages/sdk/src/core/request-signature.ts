import { hmacSha256Hex, timingSafeEqual } from "./hmac.js";

export const REQUEST_SIGNATURE_TOLERANCE_SECONDS = 300;

const SIGNATURE_HEX = /^[0-9a-f]{64}$/;
const TIMESTAMP = /^\d{1,12}$/;

function signedMessage(timestamp: string, method: string, pathWithQuery: string, body: string): string {
  return `${timestamp}.${method.toUpperCase()}.${pathWithQuery}.${body}`;
}

/**
 * The `X-PacSpace-Request-Signature` value `t=<t>,v1=<hex>`: HMAC-SHA256 keyed by the API
 * key's secret part over `${t}.${METHOD}.${pathWithQuery}.${body}`, `t` in Unix seconds.
 */
export async function signRequest(input: {
  secret: string;
  method: string;
  pathWithQuery: string;
  body: string;
  timestamp: number;
}): Promise<string> {
  const { secret, method, pathWithQuery, body, timestamp } = input;
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new TypeError("signRequest: timestamp must be a non-negative integer of Unix seconds");
  }
  const t = String(timestamp);
  return `t=${t},v1=${await hmacSha256Hex(secret, signedMessage(t, method, pathWithQuery, body))}`;
}

export type RequestSignatureCheck =
  | { valid: true; timestamp: number; signature: string }
  | { valid: false; code: "INVALID_REQUEST_SIGNATURE" | "REQUEST_SIGNATURE_EXPIRED"; message: string };

/**
 * Verifies a signed call. The signature is checked before the clock, so a forged header is
 * reported as invalid rather than expired. Replays are the server's concern: it records the
 * returned `signature` and refuses to see it twice.
 */
export async function verifyRequestSignature(input: {
  header: string | null | undefined;
  secret: string;
  method: string;
  pathWithQuery: string;
  body: string;
  now: number;
  toleranceSeconds?: number;
}): Promise<RequestSignatureCheck> {
  const invalidSignature = (message: string): RequestSignatureCheck => ({
    valid: false,
    code: "INVALID_REQUEST_SIGNATURE",
    message,
  });
  if (!input.header) return invalidSignature("X-PacSpace-Request-Signature header is missing");
  let t: string | undefined;
  const candidates: string[] = [];
  for (const entry of input.header.split(",")) {
    const [key, value, ...rest] = entry.trim().split("=");
    if (value === undefined || rest.length > 0) return invalidSignature("signature header is malformed");
    if (key === "t") {
      if (t !== undefined || !TIMESTAMP.test(value))
        return invalidSignature("signature header has a bad t value");
      t = value;
    } else if (key === "v1") {
      if (!SIGNATURE_HEX.test(value)) return invalidSignature("signature header has a bad v1 value");
      candidates.push(value);
    }
  }
  if (t === undefined || candidates.length === 0) return invalidSignature("signature header needs t and v1");

  const expected = await hmacSha256Hex(
    input.secret,
    signedMessage(t, input.method, input.pathWithQuery, input.body),
  );
  const signature = candidates.find((candidate) => timingSafeEqual(candidate, expected));
  if (signature === undefined) return invalidSignature("request signature does not match");

  const timestamp = Number(t);
  const tolerance = input.toleranceSeconds ?? REQUEST_SIGNATURE_TOLERANCE_SECONDS;
  if (Math.abs(input.now / 1000 - timestamp) > tolerance) {
    return {
      valid: false,
      code: "REQUEST_SIGNATURE_EXPIRED",
      message: `request signature timestamp is more than ${tolerance} s from the server clock`,
    };
  }
  return { valid: true, timestamp, signature };
}
