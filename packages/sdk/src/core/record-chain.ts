import { canonicalJson } from "./canonical-json.js";
import type { Hex } from "./hex.js";
import { keccak256Hex, utf8 } from "./keccak.js";

/**
 * The hash chain of a record's committed entries. Each receipt commits to its entry's
 * lifecycle and content (`contentHash`) and to the receipt before it (`previousReceiptHash`,
 * zeros for the first), so reordering, dropping or editing a committed entry changes every
 * `receiptHash` after it. The service commits receipts; anyone holding a history re-derives
 * them with these two functions.
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

/** Keccak-256 of the tag and the canonical JSON of `{lifecycle, content}`. */
export function recordContentHash(lifecycle: string, content: unknown): Hex {
  return keccak256Hex(utf8(RECORD_CONTENT_TAG + canonicalJson({ lifecycle, content })));
}

/** Keccak-256 of the tag and the canonical JSON of the receipt's chain fields. */
export function recordReceiptHash(link: RecordReceiptLink): Hex {
  const { recordKey, seq, lifecycle, contentHash, previousReceiptHash, committedAt } = link;
  return keccak256Hex(
    utf8(
      RECORD_RECEIPT_TAG +
        canonicalJson({ recordKey, seq, lifecycle, contentHash, previousReceiptHash, committedAt }),
    ),
  );
}
