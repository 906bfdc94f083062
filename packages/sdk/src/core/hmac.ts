import { bytesToHex } from "./hex-encode.js";

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const crypto = globalThis.crypto;
  if (!crypto?.subtle)
    throw new Error("WebCrypto (globalThis.crypto.subtle) is not available in this runtime");
  return crypto.subtle;
}

/** Lowercase hex HMAC-SHA256 of `message` under `key` (both UTF-8), via WebCrypto. */
export async function hmacSha256Hex(key: string, message: string): Promise<string> {
  // WebCrypto refuses empty HMAC keys. HMAC zero-pads keys to the block size, so a single
  // zero byte is the same key and gives the RFC 2104 result for "".
  const keyBytes = key.length === 0 ? new Uint8Array(1) : encoder.encode(key);
  const cryptoKey = await subtle().importKey("raw", keyBytes, { name: "HMAC", hash: "SHA-256" }, false, [
    "sign",
  ]);
  const signature = await subtle().sign("HMAC", cryptoKey, encoder.encode(message));
  return bytesToHex(new Uint8Array(signature)).slice(2);
}

/**
 * Compares two strings in time that depends only on their length. Unequal lengths return
 * false at once, which reveals only the length (fixed for hex signatures).
 */
export function timingSafeEqual(a: string, b: string): boolean {
  if (typeof a !== "string" || typeof b !== "string" || a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
