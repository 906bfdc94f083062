/**
 * 32-byte hashes between their text (`0x` + 64 lowercase hex digits, what `isHash32`
 * accepts) and raw bytes, through lookup tables: on the ledger's per-write paths a table
 * beats both digit comparisons and a native call per hash.
 */

const HEX = "0123456789abcdef";
/** The ASCII code of each byte's high and low hex digit. */
const HIGH_DIGIT = Uint8Array.from({ length: 256 }, (_, byte) => HEX.charCodeAt(byte >> 4));
const LOW_DIGIT = Uint8Array.from({ length: 256 }, (_, byte) => HEX.charCodeAt(byte & 15));
/** Each hex digit's value by character code, -1 for any other: lowercase only, so stored bytes read back as the same text. */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let digit = 0; digit < 16; digit++) HEX_VALUE[HEX.charCodeAt(digit)] = digit;

/**
 * Writes the 32 bytes of `hash` into `target` at `offset`; false, and `target` partly
 * written, when `hash` is not `0x` + 64 lowercase hex digits.
 */
export function readHashInto(hash: unknown, target: Uint8Array, offset = 0): boolean {
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

/** Writes the 32 bytes at `bytes[start]` as 64 lowercase hex digits (ASCII codes) into `target` at `at`. */
export function writeHexDigits(
  bytes: ArrayLike<number>,
  start: number,
  target: Uint8Array,
  at: number,
): void {
  for (let i = 0; i < 32; i++) {
    const byte = bytes[start + i] as number;
    target[at + 2 * i] = HIGH_DIGIT[byte] as number;
    target[at + 2 * i + 1] = LOW_DIGIT[byte] as number;
  }
}
