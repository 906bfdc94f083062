import { sha256 } from "@noble/hashes/sha2.js";
import type { Hex } from "./hex.js";
import { bytesToHex } from "./hex-encode.js";

/** An incremental SHA-256: feed chunks with `update`, read the digest once. */
export interface IncrementalSha256 {
  update(chunk: Uint8Array): void;
  digest(): Uint8Array;
}

interface NodeCrypto {
  createHash(algorithm: "sha256"): { update(data: Uint8Array): unknown; digest(): Uint8Array };
  /** One-shot hash (Node ≥ 20.12). */
  hash?(algorithm: "sha256", data: string, encoding: "hex"): string;
}

const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;

let nodeCrypto: NodeCrypto | null | undefined;

/** Looked up once: record checks hash twice per receipt, and the lookup is not free. */
function nodeCryptoModule(): NodeCrypto | undefined {
  if (nodeCrypto === undefined) {
    nodeCrypto = (runtime?.getBuiltinModule?.("node:crypto") as NodeCrypto | undefined) ?? null;
  }
  return nodeCrypto ?? undefined;
}

/**
 * Node's native SHA-256 when the runtime has it (reached through `process.getBuiltinModule`,
 * so bundles for browsers never import `node:crypto`), else the portable @noble/hashes one.
 * WebCrypto cannot hash incrementally, and a streamed input must never be held whole.
 */
export function createSha256(): IncrementalSha256 {
  const nodeCrypto = nodeCryptoModule();
  if (nodeCrypto) {
    const hash = nodeCrypto.createHash("sha256");
    return { update: (chunk) => void hash.update(chunk), digest: () => new Uint8Array(hash.digest()) };
  }
  const hash = sha256.create();
  return { update: (chunk) => void hash.update(chunk), digest: () => hash.digest() };
}

/**
 * SHA-256 of the UTF-8 bytes of `text`, as `0x` hex. In Node the one-shot native hash takes
 * the string as is (no encoding or hex pass in JavaScript): record checks call this twice per
 * receipt.
 */
export function sha256HexOfText(text: string): Hex {
  const native = nodeCryptoModule();
  if (native?.hash) return `0x${native.hash("sha256", text, "hex")}`;
  const hash = createSha256();
  hash.update(encoder.encode(text));
  return bytesToHex(hash.digest());
}

const encoder = new TextEncoder();
