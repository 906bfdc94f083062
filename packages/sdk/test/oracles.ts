/**
 * Deliberately naive second implementations, used only by tests to check the core rules
 * and the committed vectors against something that does not share their code: Node's
 * Buffer for hex, the `canonicalize` package for JCS, node:crypto for HMAC, plain
 * recursion for Merkle trees and schoolbook string arithmetic for decimals.
 */
import { createHmac } from "node:crypto";
import { keccak_256 } from "@noble/hashes/sha3.js";
import canonicalize from "canonicalize";

export const ZERO = `0x${"0".repeat(64)}`;

export function keccakHex(...parts: (string | Buffer)[]): string {
  const bytes = Buffer.concat(
    parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : part)),
  );
  return `0x${Buffer.from(keccak_256(bytes)).toString("hex")}`;
}

const raw = (hash: string) => Buffer.from(hash.slice(2), "hex");

export function naiveNode(left: string, right: string): string {
  return keccakHex("pacspace:node:v1:", raw(left), raw(right));
}

export function naiveMerkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return ZERO;
  if (leaves.length === 1) return leaves[0] as string;
  const parents: string[] = [];
  for (let i = 0; i < leaves.length; i += 2) {
    const left = leaves[i] as string;
    parents.push(naiveNode(left, i + 1 < leaves.length ? (leaves[i + 1] as string) : left));
  }
  return naiveMerkleRoot(parents);
}

/** Siblings leaf→root, by rebuilding every level from scratch. */
export function naiveSiblings(leaves: readonly string[], index: number): string[] {
  const siblings: string[] = [];
  let level = [...leaves];
  let i = index;
  while (level.length > 1) {
    siblings.push((i % 2 ? level[i - 1] : (level[i + 1] ?? level[i])) as string);
    const next: string[] = [];
    for (let j = 0; j < level.length; j += 2)
      next.push(naiveNode(level[j] as string, (level[j + 1] ?? level[j]) as string));
    level = next;
    i = Math.floor(i / 2);
  }
  return siblings;
}

export function naiveContentHash(payload: Record<string, unknown>): string {
  const picked: Record<string, unknown> = {};
  for (const key of ["customerId", "delta", "reason", "referenceId", "metadata"]) {
    if (payload[key] !== undefined && payload[key] !== null) picked[key] = payload[key];
  }
  return keccakHex(`pacspace:item:v1:${canonicalize(picked)}`);
}

export function naiveAnchorReference(previous: string, proofHash: string): string {
  return keccakHex("pacspace:anchor:v1:", raw(previous), raw(proofHash));
}

export function nodeHmacHex(key: string, message: string): string {
  return createHmac("sha256", key).update(message).digest("hex");
}

/** Plain digits of a JSON-number string: [negative, integer digits, fraction digits]. */
function splitDecimal(text: string): [boolean, string, string] {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) throw new Error(`oracle: bad number ${text}`);
  const digits = (match[2] ?? "") + (match[3] ?? "");
  let point = (match[2] ?? "").length + Number(match[4] ?? 0);
  let all = digits;
  if (point <= 0) {
    all = "0".repeat(1 - point) + all;
    point = 1;
  }
  if (point > all.length) all += "0".repeat(point - all.length);
  return [match[1] === "-", all.slice(0, point), all.slice(point)];
}

function compareMagnitude(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

function addDigits(a: string, b: string): string {
  let out = "";
  let carry = 0;
  for (let i = a.length - 1; i >= 0; i--) {
    const sum = Number(a[i]) + Number(b[i]) + carry;
    out = String(sum % 10) + out;
    carry = sum >= 10 ? 1 : 0;
  }
  return carry ? `1${out}` : out;
}

function subtractDigits(a: string, b: string): string {
  let out = "";
  let borrow = 0;
  for (let i = a.length - 1; i >= 0; i--) {
    let digit = Number(a[i]) - Number(b[i]) - borrow;
    borrow = digit < 0 ? 1 : 0;
    if (digit < 0) digit += 10;
    out = String(digit) + out;
  }
  return out;
}

/** Schoolbook decimal addition on strings, result in plain canonical form. */
export function naiveDecimalAdd(x: string, y: string): string {
  const [negX, intX, fracX] = splitDecimal(x);
  const [negY, intY, fracY] = splitDecimal(y);
  const fracLength = Math.max(fracX.length, fracY.length);
  const intLength = Math.max(intX.length, intY.length);
  const a = intX.padStart(intLength, "0") + fracX.padEnd(fracLength, "0");
  const b = intY.padStart(intLength, "0") + fracY.padEnd(fracLength, "0");
  let negative: boolean;
  let magnitude: string;
  if (negX === negY) {
    negative = negX;
    magnitude = addDigits(a, b);
  } else if (compareMagnitude(a, b) >= 0) {
    negative = negX;
    magnitude = subtractDigits(a, b);
  } else {
    negative = negY;
    magnitude = subtractDigits(b, a);
  }
  const integer = magnitude.slice(0, magnitude.length - fracLength).replace(/^0+/, "") || "0";
  const fraction = magnitude.slice(magnitude.length - fracLength).replace(/0+$/, "");
  const text = fraction ? `${integer}.${fraction}` : integer;
  return negative && text !== "0" ? `-${text}` : text;
}

export function naiveDecimalNegate(x: string): string {
  return naiveDecimalAdd("0", x.startsWith("-") ? x.slice(1) : x === "0" ? "0" : `-${x}`);
}

/** Canonical plain form of any JSON-number string. */
export function naiveDecimalCanonical(x: string): string {
  return naiveDecimalAdd(x, "0");
}

/** Inclusion check written from the definition: rebuild upward, tracking the level width. */
export function naiveVerifyInclusion(
  proof: { leaf: string; index: number; leafCount: number; siblings: string[]; root: string },
  published?: { root: string; leafCount: number },
): boolean {
  if (published && (published.root !== proof.root || published.leafCount !== proof.leafCount)) return false;
  if (!(proof.leafCount >= 1 && proof.index >= 0 && proof.index < proof.leafCount)) return false;
  const depth = proof.leafCount === 1 ? 0 : Math.ceil(Math.log2(proof.leafCount));
  if (proof.siblings.length !== depth) return false;
  let hash = proof.leaf;
  let index = proof.index;
  let width = proof.leafCount;
  for (const sibling of proof.siblings) {
    const isLoneLast = index === width - 1 && width % 2 === 1;
    if (isLoneLast && sibling !== hash) return false;
    hash = index % 2 === 0 ? naiveNode(hash, sibling) : naiveNode(sibling, hash);
    index = index >> 1;
    width = (width + 1) >> 1;
  }
  return hash === proof.root;
}
