import { bytesToHex, type Hex, hexToBytes, isHash32, ZERO_HASH } from "./hex.js";
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

function assertLeaves(leaves: readonly Hex[]): void {
  if (!Array.isArray(leaves)) throw new TypeError("merkle: leaves must be an array");
  leaves.forEach((leaf, index) => {
    if (!isHash32(leaf))
      throw new TypeError(`merkle: leaf ${index} is not a 0x-prefixed 32-byte lowercase hash`);
  });
}

/** The level above: pairs left to right, an odd last node paired with itself. */
function parentLevel(level: readonly Hex[]): Hex[] {
  const parents: Hex[] = [];
  for (let i = 0; i < level.length; i += 2) {
    const left = level[i] as Hex;
    parents.push(merkleNode(left, level[i + 1] ?? left));
  }
  return parents;
}

/**
 * Root over the leaves. Zero leaves → ZERO_HASH, one leaf → the leaf itself.
 * The root alone does not fix the leaf count (`[a,b,c]` and `[a,b,c,c]` share a root):
 * always publish and check the count with it.
 */
export function merkleRoot(leaves: readonly Hex[]): Hex {
  assertLeaves(leaves);
  if (leaves.length === 0) return ZERO_HASH;
  let level: readonly Hex[] = leaves;
  while (level.length > 1) level = parentLevel(level);
  return level[0] as Hex;
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
  assertLeaves(leaves);
  if (!Number.isSafeInteger(index) || index < 0 || index >= leaves.length) {
    throw new RangeError(`buildInclusionProof: index ${index} is outside 0..${leaves.length - 1}`);
  }
  const siblings: Hex[] = [];
  let level: readonly Hex[] = leaves;
  let position = index;
  while (level.length > 1) {
    const partner = position % 2 === 1 ? position - 1 : Math.min(position + 1, level.length - 1);
    siblings.push(level[partner] as Hex);
    level = parentLevel(level);
    position = Math.floor(position / 2);
  }
  return { leaf: leaves[index] as Hex, index, leafCount: leaves.length, siblings, root: level[0] as Hex };
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
