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
import { readHashInto } from "./hash-hex.js";

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
  if (!readHashInto(previousReference, anchorInput, ANCHOR_TAG.length)) {
    throw new TypeError("previousReference is not a 32-byte lowercase hash");
  }
  if (!readHashInto(proofHash, anchorInput, ANCHOR_TAG.length + 32)) {
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
    if (!readHashInto(leaves[index], nodes, index * 32)) {
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
