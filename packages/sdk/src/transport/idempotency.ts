import { HEADER } from "./headers.js";
import { isWriteMethod } from "./write-methods.js";

export function defaultIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Sets the `Idempotency-Key` of a write once for the whole logical call: the caller's own
 * header wins, otherwise one key is generated. Returns the key (undefined for reads).
 */
export function ensureIdempotencyKey(
  headers: Headers,
  method: string,
  generate: () => string = defaultIdempotencyKey,
): string | undefined {
  if (!isWriteMethod(method)) return undefined;
  const existing = headers.get(HEADER.idempotencyKey);
  if (existing !== null && existing !== "") return existing;
  const key = generate();
  headers.set(HEADER.idempotencyKey, key);
  return key;
}
