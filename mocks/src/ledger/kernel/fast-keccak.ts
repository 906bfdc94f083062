import {
  CONTENT_HASH_TAG,
  type ContentPayload,
  canonicalJson,
  contentPayloadOf,
  type Hex,
  utf8,
} from "@pacspace/sdk/core";
import { keccak256 } from "js-sha3";

/**
 * The ledger's Keccak-256 hashing: the same digests as `@pacspace/sdk/core` (which keeps
 * `@noble/hashes` for its size in the browser), computed by js-sha3, several times faster
 * on the short inputs every write hashes (content hash, idempotency fingerprint, anchor).
 */

/** Keccak-256 of the concatenation of `parts`, as `0x` hex. */
export function keccak256Hex(...parts: Uint8Array[]): Hex {
  if (parts.length === 1) return `0x${keccak256(parts[0] as Uint8Array)}`;
  const hasher = keccak256.create();
  for (const part of parts) hasher.update(part);
  return `0x${hasher.hex()}`;
}

/** keccak256( utf8("pacspace:item:v1:") ‖ utf8(JCS(payload)) ), as the SDK's `contentHash`. */
export function contentHash(payload: ContentPayload): Hex {
  return keccak256Hex(utf8(CONTENT_HASH_TAG + canonicalJson(contentPayloadOf(payload))));
}

const ANCHOR_TAG = utf8("pacspace:anchor:v1:");

/** keccak256( utf8("pacspace:anchor:v1:") ‖ previousReference ‖ proofHash ), as the SDK's `nextVerificationReference`. */
export function nextVerificationReference(previousReference: Hex, proofHash: Hex): Hex {
  const previous = hashBytes(previousReference);
  if (!previous) throw new TypeError("previousReference is not a 32-byte lowercase hash");
  const proof = hashBytes(proofHash);
  if (!proof) throw new TypeError("proofHash is not a 32-byte lowercase hash");
  return `0x${keccak256.create().update(ANCHOR_TAG).update(previous).update(proof).hex()}`;
}

/** The 32 bytes of `0x` + 64 lowercase hex digits (what `isHash32` accepts); null for anything else. */
function hashBytes(hash: unknown): Uint8Array | null {
  if (
    typeof hash !== "string" ||
    hash.length !== 66 ||
    hash.charCodeAt(0) !== 48 ||
    hash.charCodeAt(1) !== 120
  ) {
    return null;
  }
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i++) {
    const high = nibble(hash.charCodeAt(2 + 2 * i));
    const low = nibble(hash.charCodeAt(3 + 2 * i));
    if (high < 0 || low < 0) return null;
    bytes[i] = (high << 4) | low;
  }
  return bytes;
}

/** A lowercase hex digit's value; -1 for any other character. */
function nibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}
