import { canonicalJson, jsonStringLiteral } from "./canonical-json.js";
import type { Hex } from "./hex.js";
import { sha256HexOfText } from "./sha256.js";

/**
 * The hash chain of a record's committed entries. Each receipt commits to its entry's
 * lifecycle and content (`contentHash`) and to the receipt before it (`previousReceiptHash`,
 * zeros for the first), so reordering, dropping or editing a committed entry changes every
 * `receiptHash` after it. Both are SHA-256 (native in Node, so checking 10^5 receipts costs
 * about as much as reading them) over a domain tag and canonical JSON (RFC 8785).
 */

export const RECORD_CONTENT_TAG = "pacspace:record-content:v1:";
export const RECORD_RECEIPT_TAG = "pacspace:record-receipt:v1:";

/** What a receipt's `receiptHash` covers. */
export interface RecordReceiptLink {
  recordKey: string;
  seq: number;
  lifecycle: string;
  contentHash: string;
  previousReceiptHash: string;
  committedAt: string;
}

/** SHA-256 of the tag and the canonical JSON of `{lifecycle, content}`. */
export function recordContentHash(lifecycle: string, content: unknown): Hex {
  return sha256HexOfText(RECORD_CONTENT_TAG + canonicalJson({ lifecycle, content }));
}

/**
 * SHA-256 of the tag and the canonical JSON of the link's six fields. They are known
 * scalars, so the canonical form is written out in its sorted key order here rather than
 * built by the general canonicalizer; `canonicalJson` of the same object gives these bytes.
 */
export function recordReceiptHash(link: RecordReceiptLink): Hex {
  const { recordKey, seq, lifecycle, contentHash, previousReceiptHash, committedAt } = link;
  if (!Number.isSafeInteger(seq)) throw new TypeError("recordReceiptHash: seq must be a safe integer");
  return sha256HexOfText(
    `${RECORD_RECEIPT_TAG}{"committedAt":${linkText(committedAt)},"contentHash":${linkText(contentHash)},` +
      `"lifecycle":${linkText(lifecycle)},"previousReceiptHash":${linkText(previousReceiptHash)},` +
      `"recordKey":${linkText(recordKey)},"seq":${seq}}`,
  );
}

function linkText(value: unknown): string {
  const literal = typeof value === "string" ? jsonStringLiteral(value) : undefined;
  if (literal === undefined)
    throw new TypeError("recordReceiptHash: link fields must be well-formed strings");
  return literal;
}
