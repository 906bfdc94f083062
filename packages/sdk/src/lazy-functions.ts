/**
 * `checkRecordHistory` and `fingerprint` as `@pacspace/sdk` exports them: the same async
 * functions, whose code (hashing, the record chain rules) is loaded with `import()` on the first
 * call, so an app that never checks a record does not ship it.
 */
import type { Fingerprint, FingerprintSource } from "./fingerprint.js";
import type { RecordCheckOptions, RecordCheckResult } from "./records/check.js";

/**
 * Checks a record history offline: its numbering, the receipt hash chain (when the receipts
 * carry it), the lifecycle, that every entry committed, that the fingerprints you `expect`
 * were committed, and that the payload bytes you give as `source` hash to committed
 * fingerprints. It never throws for a bad history (the verdict says what failed); it throws
 * `ValidationError` only for bad arguments (an entry below 1, a history that is not an object,
 * a source that is not bytes).
 */
export async function checkRecordHistory(
  history: unknown,
  options?: RecordCheckOptions,
): Promise<RecordCheckResult> {
  return (await import("./records/check.js")).checkRecordHistory(history, options);
}

/**
 * The fingerprint of payload bytes, for `content.payloads` of a record entry
 * (`pacspace_sdk/fingerprint.py` of the official Python SDK computes the same). Streams are
 * read chunk by chunk and never held whole, so memory stays flat however large the input.
 * Errors: `ValidationError` with code `RECORD_PAYLOAD_ALG_UNSUPPORTED` (an `alg` other than
 * `sha-256`) or `RECORD_CONTENT_INVALID` (text, or anything that is not bytes).
 */
export async function fingerprint(source: FingerprintSource, alg?: "sha-256"): Promise<Fingerprint> {
  return (await import("./fingerprint.js")).fingerprint(source, alg);
}
