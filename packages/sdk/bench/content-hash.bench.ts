/**
 * contentHash throughput against bare keccak of the same bytes: the difference is what the
 * payload checks, JCS canonicalization and UTF-8 encoding cost. Reported, no goal.
 */
import { keccak_256 } from "@noble/hashes/sha3.js";
import { canonicalJson } from "../src/core/canonical-json.js";
import {
  CONTENT_HASH_TAG,
  type ContentPayload,
  contentHash,
  contentPayloadOf,
} from "../src/core/content-hash.js";
import { utf8 } from "../src/core/keccak.js";
import { compare, format, heading, line, type Timing } from "./harness.js";

const PAYLOADS = 20_000;

function makePayloads(count: number): ContentPayload[] {
  return Array.from({ length: count }, (_, i) => ({
    customerId: `cust_${(i % 997).toString().padStart(4, "0")}`,
    delta: i % 3 === 0 ? -(i % 500) / 100 : (i % 10_000) / 4,
    reason: i % 5 === 0 ? `Usage — API calls (batch ${i}) €` : `API usage ${i}`,
    ...(i % 2 === 0 ? { referenceId: `ref_${i}` } : {}),
    ...(i % 4 === 0
      ? { metadata: { plan: "pro", region: "eu-west-1", units: i % 100, tags: ["a", "b"] } }
      : {}),
  }));
}

export async function benchContentHash(): Promise<void> {
  heading(`contentHash over ${PAYLOADS.toLocaleString("en-US")} delta payloads`);
  const payloads = makePayloads(PAYLOADS);
  // The exact bytes contentHash hashes, prepared outside the measurement.
  const inputs = payloads.map((payload) => utf8(CONTENT_HASH_TAG + canonicalJson(contentPayloadOf(payload))));
  const bytes = inputs.reduce((total, input) => total + input.length, 0);
  const [bare, jcs, full] = (await compare(
    [
      { name: "bare keccak_256 of the same bytes", run: () => inputs.map((input) => keccak_256(input)) },
      {
        name: "canonicalJson + utf8 alone",
        run: () =>
          payloads.map((payload) => utf8(CONTENT_HASH_TAG + canonicalJson(contentPayloadOf(payload)))),
      },
      { name: "contentHash(payload)", run: () => payloads.map((payload) => contentHash(payload)) },
    ],
    { rounds: 5, warmup: 1 },
  )) as [Timing, Timing, Timing];
  console.log(`  (${format(bytes / PAYLOADS)} bytes hashed per payload on average)`);
  console.log(line(bare, PAYLOADS));
  console.log(line(jcs, PAYLOADS, bare));
  console.log(line(full, PAYLOADS, bare));
  console.log(
    `  ratio contentHash / bare keccak: ${format(full.bestMs / bare.bestMs)}× ` +
      `(JCS + UTF-8 + checks ≈ ${format(((full.bestMs - bare.bestMs) / full.bestMs) * 100)}% of contentHash time)`,
  );
}
