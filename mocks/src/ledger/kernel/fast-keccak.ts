import {
  CONTENT_HASH_TAG,
  type ContentPayload,
  canonicalJson,
  contentPayloadOf,
  type Hex,
  utf8,
  ZERO_HASH,
} from "@pacspace/sdk/core";
import { keccak256 } from "js-sha3";

/**
 * The ledger's Keccak-256 hashing: the same digests as `@pacspace/sdk/core` (which keeps
 * `@noble/hashes` for its size in the browser), computed by js-sha3, several times faster
 * on the short inputs every write hashes (content hash, idempotency fingerprint, anchor,
 * the Merkle root of each verification batch).
 */

/** Keccak-256 of the concatenation of `parts`, as `0x` hex. */
export function keccak256Hex(...parts: Uint8Array[]): Hex {
  if (parts.length === 1) return `0x${keccak256(parts[0] as Uint8Array)}`;
  const hasher = keccak256.create();
  for (const part of parts) hasher.update(part);
  return `0x${hasher.hex()}`;
}

/** A lone surrogate: what js-sha3 would encode differently from `TextEncoder` (U+FFFD). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Keccak-256 of the UTF-8 of `text`, as `keccak256Hex(utf8(text))`. js-sha3 encodes a
 * well-formed string itself, with no byte array in between; one with a lone surrogate goes
 * through `utf8`, which writes U+FFFD for it.
 */
export function keccak256Text(text: string): Hex {
  return `0x${keccak256(LONE_SURROGATE.test(text) ? utf8(text) : text)}`;
}

/** keccak256( utf8("pacspace:item:v1:") ‖ utf8(JCS(payload)) ), as the SDK's `contentHash`. */
export function contentHash(payload: ContentPayload): Hex {
  // canonical JSON refuses lone surrogates, so the text is always well formed
  return `0x${keccak256(CONTENT_HASH_TAG + canonicalJson(contentPayloadOf(payload)))}`;
}

const ANCHOR_TAG = utf8("pacspace:anchor:v1:");
/** The input of an anchor reference: the tag, then the two hashes (refilled on every call). */
const anchorInput = new Uint8Array(ANCHOR_TAG.length + 64);
anchorInput.set(ANCHOR_TAG);

/** keccak256( utf8("pacspace:anchor:v1:") ‖ previousReference ‖ proofHash ), as the SDK's `nextVerificationReference`. */
export function nextVerificationReference(previousReference: Hex, proofHash: Hex): Hex {
  if (!writeHashBytes(previousReference, anchorInput, ANCHOR_TAG.length)) {
    throw new TypeError("previousReference is not a 32-byte lowercase hash");
  }
  if (!writeHashBytes(proofHash, anchorInput, ANCHOR_TAG.length + 32)) {
    throw new TypeError("proofHash is not a 32-byte lowercase hash");
  }
  return `0x${keccak256(anchorInput)}`;
}

const NODE_TAG = utf8("pacspace:node:v1:");
/** The input of a Merkle node: the tag, then its two children (refilled for every node). */
const nodeInput = new Uint8Array(NODE_TAG.length + 64);
nodeInput.set(NODE_TAG);
const nodeChildren = nodeInput.subarray(NODE_TAG.length);

/**
 * Root over the leaves, as the SDK's `merkleRoot`: the same digests and the same checks.
 * Zero leaves → ZERO_HASH, one leaf → the leaf itself; a node is keccak256( utf8("pacspace:node:v1:")
 * ‖ left ‖ right ), an odd last node paired with itself. Each level replaces the one below
 * it in one buffer of raw bytes; the last node is hashed straight to hex.
 */
export function merkleRoot(leaves: readonly Hex[]): Hex {
  if (!Array.isArray(leaves)) throw new TypeError("merkle: leaves must be an array");
  // a lone leaf (a single emit's receipt) is only checked, in the node input
  const nodes = leaves.length === 1 ? nodeChildren : new Uint8Array(leaves.length * 32);
  for (let index = 0; index < leaves.length; index++) {
    if (!writeHashBytes(leaves[index], nodes, index * 32)) {
      throw new TypeError(`merkle: leaf ${index} is not a 0x-prefixed 32-byte lowercase hash`);
    }
  }
  if (leaves.length === 0) return ZERO_HASH;
  if (leaves.length === 1) return leaves[0] as Hex;
  let width = leaves.length;
  for (;;) {
    const parents = Math.ceil(width / 2);
    for (let i = 0; i < parents; i++) {
      const left = i * 64;
      const right = 2 * i + 1 === width ? left : left + 32;
      nodeInput.set(nodes.subarray(left, left + 32), NODE_TAG.length);
      nodeInput.set(nodes.subarray(right, right + 32), NODE_TAG.length + 32);
      if (parents === 1) return `0x${keccak256(nodeInput)}`;
      // parent i overwrites child 2i only after both children were copied out
      nodes.set(keccak256.digest(nodeInput), i * 32);
    }
    width = parents;
  }
}

/**
 * Writes the 32 bytes of `0x` + 64 lowercase hex digits (what `isHash32` accepts) into
 * `target` at `offset`; false, and `target` partly written, for anything else.
 */
function writeHashBytes(hash: unknown, target: Uint8Array, offset: number): boolean {
  if (
    typeof hash !== "string" ||
    hash.length !== 66 ||
    hash.charCodeAt(0) !== 48 ||
    hash.charCodeAt(1) !== 120
  ) {
    return false;
  }
  for (let i = 0; i < 32; i++) {
    const high = HEX_VALUE[hash.charCodeAt(2 + 2 * i)] ?? -1;
    const low = HEX_VALUE[hash.charCodeAt(3 + 2 * i)] ?? -1;
    if (high < 0 || low < 0) return false;
    target[offset + i] = (high << 4) | low;
  }
  return true;
}

/** The value of each lowercase hex digit by character code (a table beats comparisons here); -1 for any other character. */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit++) HEX_VALUE["0123456789abcdef".charCodeAt(digit)] = digit;
