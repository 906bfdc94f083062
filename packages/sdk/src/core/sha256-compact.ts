/**
 * A one-shot SHA-256 (FIPS 180-4) in a few hundred bytes, for code that hashes short inputs
 * synchronously on the client's first load (summary reference ids): @noble/hashes' hasher
 * framework weighs several kilobytes there. Streams and large inputs use `createSha256`
 * (sha256.ts), which prefers Node's native hash.
 */

let roundConstants: Uint32Array | undefined;
let initialHash: Uint32Array | undefined;

/** The fractional bits of the cube (K) and square (H0) roots of the first primes, as the standard defines them. */
function constants(): [Uint32Array, Uint32Array] {
  if (roundConstants === undefined || initialHash === undefined) {
    const primes: number[] = [];
    for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
    roundConstants = Uint32Array.from(primes, (p) => (Math.cbrt(p) % 1) * 2 ** 32);
    initialHash = Uint32Array.from(primes.slice(0, 8), (p) => (Math.sqrt(p) % 1) * 2 ** 32);
  }
  return [roundConstants, initialHash];
}

/** The eight working variables of a round. */
type Words = [number, number, number, number, number, number, number, number];

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 of `data`. */
export function sha256Compact(data: Uint8Array): Uint8Array {
  const [k, init] = constants();
  const length = data.length;
  const padded = new Uint8Array(Math.ceil((length + 9) / 64) * 64);
  padded.set(data);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 2 ** 29));
  view.setUint32(padded.length - 4, (length << 3) >>> 0);
  const h = init.slice();
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + 4 * i);
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15] as number;
      const y = w[i - 2] as number;
      w[i] =
        (w[i - 16] as number) +
        (rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3)) +
        (w[i - 7] as number) +
        (rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10));
    }
    let [a, b, c, d, e, f, g, hh] = h as unknown as Words;
    for (let i = 0; i < 64; i++) {
      const t1 =
        (hh +
          (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) +
          ((e & f) ^ (~e & g)) +
          (k[i] as number) +
          (w[i] as number)) |
        0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const round = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i] as number) + (round[i] as number);
  }
  const digest = new Uint8Array(32);
  const out = new DataView(digest.buffer);
  for (let i = 0; i < 8; i++) out.setUint32(4 * i, h[i] as number);
  return digest;
}
