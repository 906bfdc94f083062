import { bytesToHex } from "./core/hex-encode.js";
import { createSha256 } from "./core/sha256.js";
import { ValidationError } from "./errors.js";

/** A payload fingerprint as records carry it: SHA-256, lowercase hex, length as a decimal string. */
export interface Fingerprint {
  alg: "sha-256";
  digest: string;
  byteLength: string;
}

/**
 * What `fingerprint()` reads: bytes, a `Blob` (or `File`), a web `ReadableStream`, or any
 * (async) iterable of byte chunks, which covers Node streams (`fs.createReadStream(path)`)
 * and generators. Text is refused: encode it first, so the bytes hashed are the bytes kept.
 */
export type FingerprintSource =
  | Uint8Array
  | ArrayBuffer
  | Blob
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | Iterable<Uint8Array>;

function contentInvalid(message: string): ValidationError {
  return new ValidationError(message, {
    code: "RECORD_CONTENT_INVALID",
    details: [{ path: "source", message }],
  });
}

function asChunk(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw contentInvalid("fingerprint reads byte chunks (Uint8Array); a chunk was not bytes");
}

async function* chunksOf(source: FingerprintSource): AsyncGenerator<Uint8Array> {
  if (source instanceof Uint8Array || source instanceof ArrayBuffer) {
    yield asChunk(source);
    return;
  }
  if (typeof Blob !== "undefined" && source instanceof Blob) {
    yield* chunksOf(source.stream());
    return;
  }
  if (typeof ReadableStream !== "undefined" && source instanceof ReadableStream) {
    const reader = source.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield asChunk(value);
      }
    } finally {
      reader.releaseLock();
    }
  }
  if (typeof source === "object" && source !== null) {
    if (Symbol.asyncIterator in source) {
      for await (const chunk of source as AsyncIterable<unknown>) yield asChunk(chunk);
      return;
    }
    if (Symbol.iterator in source) {
      for (const chunk of source as Iterable<unknown>) yield asChunk(chunk);
      return;
    }
  }
  throw contentInvalid(
    "fingerprint reads a Uint8Array, ArrayBuffer, Blob, ReadableStream or (async) iterable of Uint8Array chunks",
  );
}

/**
 * The fingerprint of payload bytes, for `content.payloads` of a record entry
 * (`pacspace_sdk/fingerprint.py` of the official Python SDK computes the same). Streams are
 * read chunk by chunk and never held whole, so memory stays flat however large the input.
 * Errors: `ValidationError` with code `RECORD_PAYLOAD_ALG_UNSUPPORTED` (an `alg` other than
 * `sha-256`) or `RECORD_CONTENT_INVALID` (text, or anything that is not bytes).
 */
export async function fingerprint(
  source: FingerprintSource,
  alg: "sha-256" = "sha-256",
): Promise<Fingerprint> {
  if (alg !== "sha-256") {
    throw new ValidationError("A fingerprint is made with sha-256.", {
      code: "RECORD_PAYLOAD_ALG_UNSUPPORTED",
      details: [{ path: "alg", message: "must be sha-256" }],
    });
  }
  const hash = createSha256();
  let byteLength = 0;
  for await (const chunk of chunksOf(source)) {
    hash.update(chunk);
    byteLength += chunk.byteLength;
  }
  return { alg: "sha-256", digest: bytesToHex(hash.digest()).slice(2), byteLength: String(byteLength) };
}
