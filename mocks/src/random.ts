/**
 * Unpredictable strings from the platform's cryptographic random source (Web Crypto
 * `getRandomValues`, in Node and in browsers alike, since the mock also runs inside MSW
 * in a page). Draws are rejection-sampled, so every character of the alphabet is equally
 * likely.
 */

export const ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function randomString(length: number, alphabet: string = ALPHANUMERIC): string {
  // the largest multiple of the alphabet's size that fits a byte: bytes above it are redrawn
  const limit = 256 - (256 % alphabet.length);
  const codes: number[] = [];
  const bytes = new Uint8Array(Math.max(16, length * 2));
  while (codes.length < length) {
    globalThis.crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      if (byte >= limit) continue;
      codes.push(alphabet.charCodeAt(byte % alphabet.length));
      if (codes.length === length) break;
    }
  }
  return String.fromCharCode(...codes);
}
