export { bytesToHex } from "./hex-encode.js";

/** A `0x`-prefixed hex string. Hashes and roots are always `0x` + 64 lowercase hex digits. */
export type Hex = `0x${string}`;

/** The root of an empty tree and the "previous" link of the first batch: 32 zero bytes. */
export const ZERO_HASH: Hex = `0x${"0".repeat(64)}`;

const HASH32 = /^0x[0-9a-f]{64}$/;
const HEX_BODY = /^[0-9a-fA-F]*$/;

/**
 * Bytes of a hex string. The `0x` prefix is optional and either letter case is accepted;
 * an odd number of digits or a non-hex character throws a TypeError.
 */
export function hexToBytes(hex: string): Uint8Array {
  if (typeof hex !== "string") throw new TypeError("hexToBytes expects a string");
  const body = hex.startsWith("0x") || hex.startsWith("0X") ? hex.slice(2) : hex;
  if (body.length % 2 !== 0) throw new TypeError(`hex string has an odd number of digits: ${hex}`);
  if (!HEX_BODY.test(body)) throw new TypeError(`not a hex string: ${hex}`);
  const bytes = new Uint8Array(body.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(body.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

/** True for a well-formed 32-byte hash: `0x` followed by exactly 64 lowercase hex digits. */
export function isHash32(value: unknown): value is Hex {
  return typeof value === "string" && HASH32.test(value);
}
