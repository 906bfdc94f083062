import { keccakP } from "@noble/hashes/sha3.js";
import { swap32IfBE } from "@noble/hashes/utils.js";
import { type Hex, hexToBytes, isHash32, ZERO_HASH } from "./hex.js";
import { bytesToHex } from "./hex-encode.js";
import { keccak256, utf8 } from "./keccak.js";
import { invalid, type ProofCheck, VALID } from "./proof-check.js";

const NODE_TAG = utf8("pacspace:node:v1:");

/** keccak256( utf8("pacspace:node:v1:") ‖ left ‖ right ), both children as 32 raw bytes. */
export function merkleNode(left: Hex, right: Hex): Hex {
  const input = new Uint8Array(NODE_TAG.length + 64);
  input.set(NODE_TAG, 0);
  input.set(hexToBytes(left), NODE_TAG.length);
  input.set(hexToBytes(right), NODE_TAG.length + 32);
  return bytesToHex(keccak256(input));
}

// Whole trees are hashed on raw bytes: hex is decoded once at the leaves and encoded once
// for the root, and every node is hashed in one preallocated Keccak state. A node's input
// (17-byte tag + 64 bytes) fits in one 136-byte Keccak-256 block, so a node is exactly one
// permutation: absorb, pad, permute, read 32 bytes. `merkleNode` is the reference form.
const RATE = 136;
const NODE_INPUT_LENGTH = NODE_TAG.length + 64;
const state32 = new Uint32Array(50);
const state = new Uint8Array(state32.buffer);
const digest = state.subarray(0, 32);

/** Hashes the pair at `nodes[pair * 64 .. +64]` (or the node at `pair * 64` with itself) into `nodes[target * 32]`. */
function hashNodeInto(
  nodes: Uint8Array,
  childOffset: number,
  duplicate: boolean,
  targetOffset: number,
): void {
  state32.fill(0);
  state.set(NODE_TAG, 0);
  if (duplicate) {
    const child = nodes.subarray(childOffset, childOffset + 32);
    state.set(child, NODE_TAG.length);
    state.set(child, NODE_TAG.length + 32);
  } else {
    state.set(nodes.subarray(childOffset, childOffset + 64), NODE_TAG.length);
  }
  // Keccak padding (0x01 … 0x80), not SHA-3's 0x06.
  state[NODE_INPUT_LENGTH] = 0x01;
  state[RATE - 1] = 0x80;
  swap32IfBE(state32);
  keccakP(state32, 24);
  swap32IfBE(state32);
  nodes.set(digest, targetOffset);
}

/** Replaces the level of `width` nodes at the start of `nodes` by its parents; returns their count. */
function reduceLevel(nodes: Uint8Array, width: number): number {
  const parents = Math.ceil(width / 2);
  // Parent i overwrites child 2i only after both children were read into the state.
  for (let i = 0; i < parents; i++) hashNodeInto(nodes, i * 64, 2 * i + 1 === width, i * 32);
  return parents;
}

const HEX_VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let digit = 0; digit < 16; digit++) values["0123456789abcdef".charCodeAt(digit)] = digit;
  return values;
})();

function leafError(index: number): TypeError {
  return new TypeError(`merkle: leaf ${index} is not a 0x-prefixed 32-byte lowercase hash`);
}

/** The leaves as 32 raw bytes each, checked to be `0x` + 64 lowercase hex digits. */
function leafBytes(leaves: readonly Hex[]): Uint8Array {
  if (!Array.isArray(leaves)) throw new TypeError("merkle: leaves must be an array");
  const bytes = new Uint8Array(leaves.length * 32);
  for (let index = 0; index < leaves.length; index++) {
    const leaf: unknown = leaves[index];
    if (
      typeof leaf !== "string" ||
      leaf.length !== 66 ||
      leaf.charCodeAt(0) !== 48 ||
      leaf.charCodeAt(1) !== 120
    )
      throw leafError(index);
    for (let i = 0, offset = index * 32; i < 32; i++) {
      const high = HEX_VALUES[leaf.charCodeAt(2 + 2 * i)] ?? -1;
      const low = HEX_VALUES[leaf.charCodeAt(3 + 2 * i)] ?? -1;
      if (high < 0 || low < 0) throw leafError(index);
      bytes[offset + i] = (high << 4) | low;
    }
  }
  return bytes;
}

function nodeHex(nodes: Uint8Array, index: number): Hex {
  return bytesToHex(nodes.subarray(index * 32, index * 32 + 32));
}

/**
 * Root over the leaves. Zero leaves → ZERO_HASH, one leaf → the leaf itself.
 * The root alone does not fix the leaf count (`[a,b,c]` and `[a,b,c,c]` share a root):
 * always publish and check the count with it.
 */
export function merkleRoot(leaves: readonly Hex[]): Hex {
  const nodes = leafBytes(leaves);
  if (leaves.length === 0) return ZERO_HASH;
  if (leaves.length === 1) return leaves[0] as Hex;
  let width = leaves.length;
  while (width > 1) width = reduceLevel(nodes, width);
  return nodeHex(nodes, 0);
}

/** Number of levels above the leaves, which is also the number of siblings in a proof. */
export function treeDepth(leafCount: number): number {
  let depth = 0;
  for (let width = leafCount; width > 1; width = Math.ceil(width / 2)) depth++;
  return depth;
}

export interface InclusionProof {
  leaf: Hex;
  index: number;
  leafCount: number;
  /** One per level, leaf to root. An odd last node's sibling is the node itself. */
  siblings: Hex[];
  root: Hex;
}

/** An inclusion proof as received from elsewhere: hashes are checked, not trusted. */
export interface InclusionProofInput {
  leaf: string;
  index: number;
  leafCount: number;
  siblings: readonly string[];
  root: string;
}

export function buildInclusionProof(leaves: readonly Hex[], index: number): InclusionProof {
  const nodes = leafBytes(leaves);
  if (!Number.isSafeInteger(index) || index < 0 || index >= leaves.length) {
    throw new RangeError(`buildInclusionProof: index ${index} is outside 0..${leaves.length - 1}`);
  }
  const siblings: Hex[] = [];
  let width = leaves.length;
  let position = index;
  while (width > 1) {
    const partner = position % 2 === 1 ? position - 1 : Math.min(position + 1, width - 1);
    siblings.push(nodeHex(nodes, partner));
    width = reduceLevel(nodes, width);
    position = Math.floor(position / 2);
  }
  const root = leaves.length === 1 ? (leaves[0] as Hex) : nodeHex(nodes, 0);
  return { leaf: leaves[index] as Hex, index, leafCount: leaves.length, siblings, root };
}

/**
 * Checks an inclusion proof: the index lies inside the tree, the sibling count is the one
 * the tree shape for `leafCount` requires, an odd last node is paired with itself, and
 * the recomputed root matches.
 *
 * The root does not commit to the leaf count, so a proof can only be tied to a published
 * tree by comparing against that publication: pass `expected` (for a checkpoint or
 * receipt: its `proofRoot` and `deltaCount`) to reject a proof that claims another count,
 * such as a proof for `[a,b,c,c]` offered against the root of `[a,b,c]`.
 */
export function verifyInclusion(
  proof: InclusionProofInput,
  expected?: { root: string; leafCount: number },
): ProofCheck {
  if (typeof proof !== "object" || proof === null) return invalid("proof must be an object");
  const { leaf, index, leafCount, siblings, root } = proof;
  if (!isHash32(leaf)) return invalid("leaf is not a 32-byte lowercase hex hash");
  if (!isHash32(root)) return invalid("root is not a 32-byte lowercase hex hash");
  if (!Number.isSafeInteger(leafCount) || leafCount < 1)
    return invalid("leafCount must be a positive integer");
  if (!Number.isSafeInteger(index) || index < 0) return invalid("index must be a non-negative integer");
  if (index >= leafCount) return invalid(`index ${index} is not below leafCount ${leafCount}`);
  if (expected) {
    if (expected.leafCount !== leafCount) {
      return invalid(`proof is for ${leafCount} leaves but the published count is ${expected.leafCount}`);
    }
    if (expected.root !== root) return invalid("proof root differs from the published root");
  }
  if (!Array.isArray(siblings)) return invalid("siblings must be an array");
  const depth = treeDepth(leafCount);
  if (siblings.length !== depth) {
    return invalid(`a tree of ${leafCount} leaves needs ${depth} siblings, the proof has ${siblings.length}`);
  }
  let node = leaf;
  let position = index;
  let width = leafCount;
  for (let level = 0; level < depth; level++) {
    const sibling = siblings[level];
    if (!isHash32(sibling)) return invalid(`sibling ${level} is not a 32-byte lowercase hex hash`);
    if (position % 2 === 1) {
      node = merkleNode(sibling, node);
    } else if (position === width - 1) {
      if (sibling !== node) return invalid(`level ${level}: an odd last node must be paired with itself`);
      node = merkleNode(node, node);
    } else {
      node = merkleNode(node, sibling);
    }
    position = Math.floor(position / 2);
    width = Math.ceil(width / 2);
  }
  return node === root ? VALID : invalid("recomputed root does not match the proof root");
}
