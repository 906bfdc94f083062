import { scrypt } from "@noble/hashes/scrypt.js";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils.js";
import type { PasswordHash } from "../kernel/state.js";

/**
 * Password hashing for dashboard accounts: scrypt (RFC 7914) with a per-user salt, from the
 * pure-JS @noble/hashes so the mock also runs in a browser MSW worker. The mock uses a
 * modest cost (N = 2^12, r = 8, p = 1: a few ms per hash) so test suites stay fast; a real
 * service would use N = 2^15 or more. Only the salt and the derived key are stored.
 */

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

export const DEFAULT_PASSWORD_COST: Readonly<ScryptCost> = Object.freeze({ N: 2 ** 12, r: 8, p: 1 });

const KEY_LENGTH = 32;

export function hashPassword(password: string, salt: string, cost: ScryptCost): PasswordHash {
  const saltBytes = utf8ToBytes(salt);
  const key = scrypt(utf8ToBytes(password), saltBytes, { ...cost, dkLen: KEY_LENGTH });
  return { algorithm: "scrypt", ...cost, salt: bytesToHex(saltBytes), hash: bytesToHex(key) };
}

/** Recomputes the hash with the stored salt and cost and compares in constant time. */
export function verifyPassword(password: string, stored: PasswordHash): boolean {
  const key = scrypt(utf8ToBytes(password), hexToBytes(stored.salt), {
    N: stored.N,
    r: stored.r,
    p: stored.p,
    dkLen: KEY_LENGTH,
  });
  return constantTimeEqual(key, hexToBytes(stored.hash));
}

function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}
