import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json.js";
import {
  RECORD_CONTENT_TAG,
  RECORD_RECEIPT_TAG,
  recordContentHash,
  recordReceiptHash,
} from "./record-chain.js";

const sha256 = (text: string) => `0x${createHash("sha256").update(text, "utf8").digest("hex")}`;

const link = {
  recordKey: `0x${"ab".repeat(32)}`,
  seq: 3,
  lifecycle: "amended",
  contentHash: `0x${"01".repeat(32)}`,
  previousReceiptHash: `0x${"02".repeat(32)}`,
  committedAt: "2026-04-15T12:00:00.000Z",
};

describe("record chain hashes", () => {
  it("hash the tag and the canonical JSON of {lifecycle, content}", () => {
    const content = { title: "Ünïcode ✓", payloads: [], actorId: "a", occurredAt: "2026-04-15T12:00:00Z" };
    expect(recordContentHash("recorded", content)).toBe(
      sha256(RECORD_CONTENT_TAG + canonicalJson({ lifecycle: "recorded", content })),
    );
  });

  it("write the receipt link exactly as canonicalJson would", () => {
    expect(recordReceiptHash(link)).toBe(sha256(RECORD_RECEIPT_TAG + canonicalJson(link)));
    expect(recordReceiptHash({ ...link, lifecycle: 'a"b\\c' })).toBe(
      sha256(RECORD_RECEIPT_TAG + canonicalJson({ ...link, lifecycle: 'a"b\\c' })),
    );
  });

  it("change with every field and refuse what is not I-JSON", () => {
    const base = recordReceiptHash(link);
    for (const [field, value] of Object.entries({
      seq: 4,
      lifecycle: "closed",
      committedAt: "x",
      recordKey: "0x",
    })) {
      expect(recordReceiptHash({ ...link, [field]: value })).not.toBe(base);
    }
    expect(() => recordReceiptHash({ ...link, lifecycle: "\uD800" })).toThrow(TypeError);
    expect(() => recordReceiptHash({ ...link, seq: 1.5 })).toThrow(TypeError);
  });
});
