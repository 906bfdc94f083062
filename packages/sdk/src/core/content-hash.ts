import { canonicalJson } from "./canonical-json.js";
import type { Hex } from "./hex.js";
import { keccak256Hex, utf8 } from "./keccak.js";

/** The fields of a delta that its content hash commits to. */
export interface ContentPayload {
  customerId: string;
  delta: number;
  reason: string;
  referenceId?: string;
  metadata?: Record<string, unknown>;
}

export const CONTENT_HASH_TAG = "pacspace:item:v1:";

/**
 * The hashed form of a payload: exactly the five payload fields, with absent optional
 * fields left out. `null` optional fields count as absent too, because delta records
 * report a missing `referenceId`/`metadata` as `null` and must hash like the request
 * that created them. Any other property on the object is ignored.
 */
export function contentPayloadOf(payload: ContentPayload): Record<string, unknown> {
  if (typeof payload !== "object" || payload === null)
    throw new TypeError("contentHash: payload must be an object");
  const { customerId, delta, reason, referenceId, metadata } = payload;
  if (typeof customerId !== "string") throw new TypeError("contentHash: customerId must be a string");
  if (typeof delta !== "number" || !Number.isFinite(delta)) {
    throw new TypeError("contentHash: delta must be a finite number");
  }
  if (typeof reason !== "string") throw new TypeError("contentHash: reason must be a string");
  const hashed: Record<string, unknown> = { customerId, delta, reason };
  if (referenceId !== undefined && referenceId !== null) {
    if (typeof referenceId !== "string") throw new TypeError("contentHash: referenceId must be a string");
    hashed.referenceId = referenceId;
  }
  if (metadata !== undefined && metadata !== null) {
    if (typeof metadata !== "object" || Array.isArray(metadata)) {
      throw new TypeError("contentHash: metadata must be a JSON object");
    }
    hashed.metadata = metadata;
  }
  return hashed;
}

/** keccak256( utf8("pacspace:item:v1:") ‖ utf8(JCS(payload)) ). */
export function contentHash(payload: ContentPayload): Hex {
  return keccak256Hex(utf8(CONTENT_HASH_TAG + canonicalJson(contentPayloadOf(payload))));
}
