import { HEADER } from "./headers.js";

/** Methods that write; each logical call with one of these carries an `Idempotency-Key`. */
export const WRITE_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isWriteMethod(method: string): boolean {
  return WRITE_METHODS.has(method.toUpperCase());
}

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
