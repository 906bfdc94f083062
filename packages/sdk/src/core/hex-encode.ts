/**
 * Bytes to hex, apart from the rest of hex.ts: the client's summaries hash with it in the first
 * load, which needs neither hex parsing nor the hash checks.
 */
import type { Hex } from "./hex.js";

const HEX_DIGITS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** Lowercase `0x…` hex of the bytes. */
export function bytesToHex(bytes: Uint8Array): Hex {
  let out = "0x";
  for (const byte of bytes) out += HEX_DIGITS[byte];
  return out as Hex;
}
