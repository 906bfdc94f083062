import { keccak_256 } from "@noble/hashes/sha3.js";
import type { Hex } from "./hex.js";
import { bytesToHex } from "./hex-encode.js";

/** Keccak-256 as used by Ethereum (the pre-standard padding; not SHA3-256). */
export function keccak256(data: Uint8Array): Uint8Array {
  return keccak_256(data);
}

/** Keccak-256 of the concatenation of `parts`, as `0x` hex. */
export function keccak256Hex(...parts: Uint8Array[]): Hex {
  return bytesToHex(keccak_256(concatBytes(parts)));
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string (domain tags, canonical JSON). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
