/**
 * Writes the shared test vectors in spec/vectors/*.json from the core rules.
 * Every input is fixed (leaves come from hashing labels, clocks are constants), so the
 * output is byte-for-byte reproducible; CI regenerates and diffs it.
 *
 *   pnpm --filter @pacspace/sdk run gen:vectors
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type AnchoredBatch,
  buildInclusionProof,
  type ContentPayload,
  canonicalJson,
  contentHash,
  contentPayloadOf,
  DEFAULT_SCOPE_LIMITS,
  Decimal,
  type Hex,
  type InclusionProof,
  keccak256Hex,
  merkleRoot,
  nextVerificationReference,
  type ResolvedScope,
  resolveScope,
  type ScopeInput,
  type ScopeLimits,
  signRequest,
  signWebhookPayload,
  sumDecimals,
  utf8,
  verifyAnchorChain,
  verifyInclusion,
  verifyRequestSignature,
  verifyWebhookSignature,
  ZERO_HASH,
} from "../src/core/index.js";

const label = (text: string): Hex => keccak256Hex(utf8(text));
const labels = (prefix: string, count: number): Hex[] =>
  Array.from({ length: count }, (_, i) => label(`${prefix}${i}`));

function canonicalJsonVectors() {
  const inputs: [string, string][] = [
    [
      "RFC 8785 §3.2.2 combined example",
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/","literals":[null,true,false]}',
    ],
    [
      "RFC 8785 §3.2.3 key sorting by UTF-16 code units",
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One","\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    ],
    ["exponent thresholds", "[1e21,1e20,1e-7,1e-6,123e-20,1.5e+21]"],
    ["negative zero", "[-0,-0.0,0]"],
    ["extreme doubles", "[5e-324,-5e-324,1.7976931348623157e308,9007199254740993,295147905179352825856]"],
    ["control characters and escapes", '"\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f \\u007f\\u2028\\"\\\\/"'],
    ["nested objects sort at every level", '{"b":{"z":1,"a":[{"y":2,"x":1}]},"a":null}'],
    ["whitespace is dropped", ' { "a" : [ 1 , 2 ] , "b" : { } , "c" : [ ] } '],
    ["scalars", '"text"'],
  ];
  return {
    description:
      "RFC 8785 canonical JSON. `input` is JSON text (kept as text so forms like -0, 1E30 and 4.50 survive); `canonical` is the JCS of its parsed value.",
    cases: inputs.map(([name, input]) => ({ name, input, canonical: canonicalJson(JSON.parse(input)) })),
  };
}

function contentHashVectors() {
  const payloads: [string, Record<string, unknown>][] = [
    ["required fields only", { customerId: "cust_001", delta: 100, reason: "Initial credit" }],
    ["negative fractional delta", { customerId: "cust_001", delta: -0.01, reason: "API call" }],
    ["delta that serializes with an exponent", { customerId: "c", delta: 1e-7, reason: "dust" }],
    [
      "all fields, metadata sorted recursively",
      {
        reason: "Invoice payment",
        metadata: { plan: "growth", tags: ["b", "a"], nested: { z: true, a: null }, "€": 1 },
        referenceId: "inv-2025-0042",
        delta: 250.75,
        customerId: "acme:eu-1",
      },
    ],
    ["non-ASCII reason", { customerId: "cust_002", delta: 5, reason: "Prämie für März 🎉" }],
    [
      "null optional fields count as absent",
      { customerId: "cust_001", delta: 100, reason: "Initial credit", referenceId: null, metadata: null },
    ],
    [
      "properties outside the payload are ignored",
      {
        customerId: "cust_001",
        delta: 100,
        reason: "Initial credit",
        recordId: "rec_1",
        status: "VERIFIED",
        sequenceNumber: 1,
      },
    ],
    [
      "empty metadata object is kept",
      { customerId: "cust_001", delta: 100, reason: "Initial credit", metadata: {} },
    ],
  ];
  return {
    description:
      'contentHash = keccak256(utf8("pacspace:item:v1:") ‖ utf8(JCS(payload))), payload = {customerId, delta, reason, referenceId?, metadata?}; absent, null and undefined optional fields are omitted and other properties ignored. `canonical` is the hashed JSON.',
    cases: payloads.map(([name, payload]) => ({
      name,
      payload,
      canonical: canonicalJson(contentPayloadOf(payload as unknown as ContentPayload)),
      contentHash: contentHash(payload as unknown as ContentPayload),
    })),
  };
}

function merkleVectors() {
  const roots = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 16, 17].map((count) => {
    const leaves = labels("leaf-", count);
    return { name: `${count} leaves`, leaves, leafCount: count, root: merkleRoot(leaves) };
  });
  const [a, b, c, d] = labels("leaf-", 4) as [Hex, Hex, Hex, Hex];
  roots.push({
    name: "[a,b,c,c] shares the root of [a,b,c]",
    leaves: [a, b, c, c],
    leafCount: 4,
    root: merkleRoot([a, b, c, c]),
  });

  const seven = labels("leaf-", 7);
  const validProofs = [
    ...[0, 3, 6].map((index) => ({
      name: `7 leaves, index ${index}`,
      proof: buildInclusionProof(seven, index),
    })),
    { name: "1 leaf", proof: buildInclusionProof([a], 0) },
    {
      name: "odd last node paired with itself (3 leaves, index 2)",
      proof: buildInclusionProof([a, b, c], 2),
    },
  ];
  const base = buildInclusionProof(seven, 3);
  const odd = buildInclusionProof([a, b, c], 2);
  const flip = (hash: Hex): Hex => `${hash.slice(0, -1)}${hash.endsWith("0") ? "1" : "0"}` as Hex;
  const published3 = { root: merkleRoot([a, b, c]), leafCount: 3 };
  const negatives: { name: string; proof: InclusionProof; published?: { root: Hex; leafCount: number } }[] = [
    { name: "tampered leaf", proof: { ...base, leaf: flip(base.leaf) } },
    { name: "tampered root", proof: { ...base, root: flip(base.root) } },
    {
      name: "tampered sibling",
      proof: {
        ...base,
        siblings: [base.siblings[0] as Hex, flip(base.siblings[1] as Hex), base.siblings[2] as Hex],
      },
    },
    { name: "wrong index", proof: { ...base, index: 2 } },
    { name: "index equal to leafCount", proof: { ...base, index: 7 } },
    { name: "wrong leaf count (tree shape needs another sibling count)", proof: { ...base, leafCount: 9 } },
    { name: "missing sibling", proof: { ...base, siblings: base.siblings.slice(0, 2) } },
    { name: "extra sibling", proof: { ...base, siblings: [...base.siblings, a] } },
    { name: "siblings out of order", proof: { ...base, siblings: [...base.siblings].reverse() } },
    {
      name: "odd last node with a sibling other than itself",
      proof: { ...odd, siblings: [d, odd.siblings[1] as Hex] },
    },
    {
      name: "[a,b,c,c] proof for index 3 against the published [a,b,c] (same root, count 3)",
      proof: buildInclusionProof([a, b, c, c], 3),
      published: published3,
    },
    {
      name: "[a,b,c] proof claiming 4 leaves against the published count 3",
      proof: { ...odd, leafCount: 4 },
      published: published3,
    },
  ];
  return {
    description:
      'Merkle trees: node = keccak256(utf8("pacspace:node:v1:") ‖ left ‖ right) over raw 32-byte children; leaves paired left to right, an odd last node paired with itself; 0 leaves → 32 zero bytes; 1 leaf → the leaf. Proof siblings run leaf → root. `published`, when present, is the root and count the verifier trusts (the root alone does not fix the count).',
    roots,
    proofs: [
      ...validProofs.map(({ name, proof }) => ({ name, proof, valid: true })),
      ...negatives.map(({ name, proof, published }) => {
        const check = verifyInclusion(proof, published);
        if (check.valid) throw new Error(`negative merkle vector "${name}" verifies`);
        return { name, proof, ...(published ? { published } : {}), valid: false };
      }),
    ],
  };
}

function decimalVectors() {
  const from: [string, number | string][] = [
    ["0.1", 0.1],
    ["0.1 + 0.2 as a double", 0.1 + 0.2],
    ["1e-7", 1e-7],
    ["1.5e21", 1.5e21],
    ["max safe integer", Number.MAX_SAFE_INTEGER],
    ["smallest subnormal", 5e-324],
    ["string with trailing zeros", "1.2300"],
    ["string with exponent", "-25e-3"],
    ["string negative zero", "-0.000"],
    ["string large exponent", "1.5E+21"],
  ];
  const sums: [string, (number | string)[]][] = [
    ["0.1 + 0.2", [0.1, 0.2]],
    ["credits and debits cancel", [100, -33.33, -33.33, -33.34]],
    ["mixed scales", ["0.001", 2, "-0.5", 1e-7]],
    ["empty", []],
    ["large values", [999999999.99, 999999999.99, -0.01]],
  ];
  return {
    description:
      "Exact decimals. Numbers are taken at their shortest round-trip string (ECMAScript Number::toString), strings follow the JSON number grammar; `output` is the plain canonical form (no exponent, no trailing fractional zeros, never -0).",
    from: from.map(([name, input]) => ({ name, input, output: Decimal.from(input).toString() })),
    sum: [
      ...sums.map(([name, inputs]) => ({
        name,
        inputs,
        output: sumDecimals(inputs.map((v) => Decimal.from(v))).toString(),
      })),
    ],
    sumRepeated: [{ name: "a million cents", value: 0.01, count: 1_000_000, output: "10000" }],
    minus: [
      { a: 0.3, b: 0.1, output: Decimal.from(0.3).minus(0.1).toString() },
      { a: "0", b: 1e-7, output: Decimal.from("0").minus(1e-7).toString() },
      { a: -1000000000, b: 1000000000, output: Decimal.from(-1000000000).minus(1000000000).toString() },
    ],
    invalid: [
      { input: "", error: "TypeError" },
      { input: "+1", error: "TypeError" },
      { input: ".5", error: "TypeError" },
      { input: "01", error: "TypeError" },
      { input: "1e", error: "TypeError" },
      { input: "NaN", error: "TypeError" },
      { input: "Infinity", error: "TypeError" },
      { input: " 1", error: "TypeError" },
      { input: "1e999999999", error: "RangeError" },
    ],
  };
}

const WEBHOOK_NOW_MS = 1_750_000_000_000;

async function webhookVectors() {
  const t = WEBHOOK_NOW_MS / 1000;
  const body =
    '{"id":"evt_01","event":"delta.verified","timestamp":"2025-06-15T15:06:40.000Z","data":{"recordId":"rec_01"}}';
  const current = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  const previous = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
  type Case = {
    name: string;
    body: string;
    timestampHeader: string | null;
    signatureHeader: string | null;
    secret: string | string[];
    now: number;
    toleranceSeconds?: number;
  };
  const signed = (secrets: string | string[], timestamp: number, b = body) =>
    signWebhookPayload({ secrets, timestamp, body: b });
  const cases: Case[] = [
    {
      name: "valid",
      body,
      timestampHeader: String(t),
      signatureHeader: await signed(current, t),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "valid at the edge of the tolerance (300 s old)",
      body,
      timestampHeader: String(t - 300),
      signatureHeader: await signed(current, t - 300),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "expired (301 s old)",
      body,
      timestampHeader: String(t - 301),
      signatureHeader: await signed(current, t - 301),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "future timestamp (301 s ahead)",
      body,
      timestampHeader: String(t + 301),
      signatureHeader: await signed(current, t + 301),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "custom tolerance",
      body,
      timestampHeader: String(t - 60),
      signatureHeader: await signed(current, t - 60),
      secret: current,
      now: WEBHOOK_NOW_MS,
      toleranceSeconds: 30,
    },
    {
      name: "millisecond timestamp, signed as sent",
      body,
      timestampHeader: String(WEBHOOK_NOW_MS - 5000),
      signatureHeader: await signed(current, WEBHOOK_NOW_MS - 5000),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "millisecond timestamp out of tolerance",
      body,
      timestampHeader: String(WEBHOOK_NOW_MS - 301_000),
      signatureHeader: await signed(current, WEBHOOK_NOW_MS - 301_000),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "wrong secret",
      body,
      timestampHeader: String(t),
      signatureHeader: await signed(current, t),
      secret: "whsec_wrong",
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "rotation: two signatures, receiver has the new secret",
      body,
      timestampHeader: String(t),
      signatureHeader: await signed([current, previous], t),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "rotation: two signatures, receiver still has the old secret",
      body,
      timestampHeader: String(t),
      signatureHeader: await signed([current, previous], t),
      secret: previous,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "receiver holding both secrets, sender signed with the old one",
      body,
      timestampHeader: String(t),
      signatureHeader: await signed(previous, t),
      secret: [current, previous],
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "body altered",
      body: `${body} `,
      timestampHeader: String(t),
      signatureHeader: await signed(current, t),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "timestamp header altered",
      body,
      timestampHeader: String(t + 1),
      signatureHeader: await signed(current, t),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "missing signature header",
      body,
      timestampHeader: String(t),
      signatureHeader: null,
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "missing timestamp header",
      body,
      timestampHeader: null,
      signatureHeader: await signed(current, t),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "non-numeric timestamp",
      body,
      timestampHeader: "2025-06-15T15:06:40Z",
      signatureHeader: await signed(current, t),
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
    {
      name: "no v1 value",
      body,
      timestampHeader: String(t),
      signatureHeader: "v0=abc",
      secret: current,
      now: WEBHOOK_NOW_MS,
    },
  ];
  return {
    description:
      "Webhook signatures: X-PacSpace-Signature = v1=<hex>[,v1=<hex>], hex HMAC-SHA256 keyed by the whole whsec_ string over `{timestamp header}.{raw body}`. Tolerance 300 s in both directions unless `toleranceSeconds` is given; timestamps ≥ 1e12 are milliseconds. `now` is in milliseconds.",
    cases: await Promise.all(
      cases.map(async (c) => {
        const result = await verifyWebhookSignature(c);
        return { ...c, expected: result.valid ? { valid: true } : { valid: false, reason: result.reason } };
      }),
    ),
  };
}

async function requestSignatureVectors() {
  const t = 1_750_000_000;
  const secret = "Zm9vYmFyLnNlY3JldC5wYXJ0";
  const compare = {
    method: "POST",
    pathWithQuery: "/api/v1/balance/compare",
    body: '{"customerId":"cust_001","yourBalance":100.5,"theirBalance":100.5}',
  };
  const header = await signRequest({ secret, ...compare, timestamp: t });
  const lowercase = await signRequest({
    secret,
    ...compare,
    method: "post",
    pathWithQuery: "/api/v1/balance/checkpoint?dryRun=false",
    timestamp: t,
  });
  type Case = {
    name: string;
    header: string | null;
    secret: string;
    method: string;
    pathWithQuery: string;
    body: string;
    now: number;
  };
  const cases: Case[] = [
    { name: "valid", header, secret, ...compare, now: t * 1000 },
    {
      name: "method is uppercased before signing, query included",
      header: lowercase,
      secret,
      ...compare,
      method: "post",
      pathWithQuery: "/api/v1/balance/checkpoint?dryRun=false",
      now: t * 1000,
    },
    { name: "299 s old", header, secret, ...compare, now: (t + 299) * 1000 },
    { name: "expired (301 s old)", header, secret, ...compare, now: (t + 301) * 1000 },
    { name: "from the future (301 s ahead)", header, secret, ...compare, now: (t - 301) * 1000 },
    {
      name: "body altered",
      header,
      secret,
      ...compare,
      body: compare.body.replace("100.5}", "100.6}"),
      now: t * 1000,
    },
    {
      name: "path altered",
      header,
      secret,
      ...compare,
      pathWithQuery: "/api/v1/balance/compare?x=1",
      now: t * 1000,
    },
    { name: "wrong secret", header, secret: `${secret}x`, ...compare, now: t * 1000 },
    { name: "missing header", header: null, secret, ...compare, now: t * 1000 },
    { name: "no timestamp", header: header.replace(/^t=\d+,/, ""), secret, ...compare, now: t * 1000 },
  ];
  return {
    description:
      "Signed calls: X-PacSpace-Request-Signature = t=<unix seconds>,v1=<hex HMAC-SHA256 keyed by the API key's secret part over `{t}.{METHOD}.{path with query}.{raw body}`>. Tolerance 300 s both ways; `now` is in milliseconds.",
    secretFromKey: { apiKey: `pk_test_a1B2c3.${secret}`, secret },
    cases: await Promise.all(
      cases.map(async (c) => {
        const result = await verifyRequestSignature(c);
        return {
          ...c,
          expected: result.valid
            ? { valid: true, signature: result.signature }
            : { valid: false, code: result.code },
        };
      }),
    ),
  };
}

function anchorVectors() {
  const batches: Required<AnchoredBatch>[] = [];
  let previousReference = ZERO_HASH;
  let previousProofHash = ZERO_HASH;
  for (const [index, size] of [1, 3, 2, 5].entries()) {
    const itemHashes = labels(`batch-${index}-item-`, size);
    const proofHash = merkleRoot(itemHashes);
    const verificationReference = nextVerificationReference(previousReference, proofHash);
    batches.push({ proofHash, previousProofHash, verificationReference, itemHashes });
    previousReference = verificationReference;
    previousProofHash = proofHash;
  }
  const replace = (index: number, change: Partial<AnchoredBatch>) =>
    batches.map((batch, i) => (i === index ? { ...batch, ...change } : batch));
  const other = label("other");
  const rewrittenItems = [other];
  const rewrittenProofHash = merkleRoot(rewrittenItems);
  const chains: {
    name: string;
    batches: AnchoredBatch[];
    options?: { previousReference: Hex; previousProofHash: Hex };
  }[] = [
    { name: "intact chain from the start of the ledger", batches },
    {
      name: "intact stretch starting after batch 0",
      batches: batches.slice(1),
      options: {
        previousReference: batches[0]?.verificationReference as Hex,
        previousProofHash: batches[0]?.proofHash as Hex,
      },
    },
    { name: "stretch checked without its starting point", batches: batches.slice(1) },
    { name: "altered verificationReference", batches: replace(2, { verificationReference: other }) },
    { name: "broken previousProofHash link", batches: replace(2, { previousProofHash: other }) },
    { name: "item hashes that do not produce proofHash", batches: replace(1, { itemHashes: [other] }) },
    {
      name: "earlier batch rewritten consistently: the next batch no longer links",
      batches: replace(1, {
        itemHashes: rewrittenItems,
        proofHash: rewrittenProofHash,
        verificationReference: nextVerificationReference(
          batches[0]?.verificationReference as Hex,
          rewrittenProofHash,
        ),
      }),
    },
  ];
  return {
    description:
      'Anchor chain: verificationReference = keccak256(utf8("pacspace:anchor:v1:") ‖ previous reference ‖ proofHash), 32 raw bytes each; the first batch of a ledger chains from 32 zero bytes, as does its previousProofHash. `expected.brokenAt` is the first batch that fails.',
    references: batches.map((batch, index) => ({
      previousReference: index === 0 ? ZERO_HASH : batches[index - 1]?.verificationReference,
      proofHash: batch.proofHash,
      verificationReference: batch.verificationReference,
    })),
    chains: chains.map((chain) => {
      const result = verifyAnchorChain(chain.batches, chain.options);
      return {
        ...chain,
        expected: result.valid ? { valid: true } : { valid: false, brokenAt: result.brokenAt },
      };
    }),
  };
}

function scopeVectors() {
  const now = "2025-03-15T10:30:00.000Z";
  const root = label("checkpoint-root");
  const cases: {
    name: string;
    input: ScopeInput;
    now?: string;
    limits?: ScopeLimits;
    allowCheckpoint?: boolean;
  }[] = [
    { name: "no scope field: current UTC month", input: {} },
    { name: "no scope field at a year end", input: {}, now: "2025-12-31T23:59:59.999Z" },
    { name: "timePreset current_month", input: { timePreset: "current_month" } },
    { name: "period", input: { period: "2024-02" } },
    { name: "period: current month", input: { period: "2025-03" } },
    { name: "period in the future", input: { period: "2025-04" } },
    { name: "period not a month", input: { period: "2024-13" } },
    { name: "period with a preset", input: { period: "2024-02", timePreset: "custom" } },
    { name: "period with a date", input: { period: "2024-02", startDate: "2024-02-01" } },
    {
      name: "custom dates",
      input: { timePreset: "custom", startDate: "2025-01-10", endDate: "2025-02-01T12:00:00Z" },
    },
    {
      name: "dates without a preset",
      input: { startDate: "2025-01-10T00:00:00+02:00", endDate: "2025-02-01" },
    },
    { name: "custom without endDate", input: { timePreset: "custom", startDate: "2025-01-10" } },
    { name: "endDate alone", input: { endDate: "2025-01-10" } },
    {
      name: "dates with current_month",
      input: { timePreset: "current_month", startDate: "2025-03-01", endDate: "2025-03-10" },
    },
    { name: "unknown preset", input: { timePreset: "last_7_days" } },
    { name: "startDate not before endDate", input: { startDate: "2025-02-01", endDate: "2025-02-01" } },
    { name: "invalid calendar date", input: { startDate: "2025-02-30", endDate: "2025-03-01" } },
    { name: "not ISO 8601", input: { startDate: "01/02/2025", endDate: "2025-03-01" } },
    { name: "exactly 12 months", input: { startDate: "2024-03-15", endDate: "2025-03-15" } },
    {
      name: "longer than 12 months",
      input: { startDate: "2024-03-15", endDate: "2025-03-15T00:00:00.001Z" },
    },
    {
      name: "month arithmetic clamps the day",
      input: { startDate: "2024-08-31", endDate: "2025-02-28T00:00:01Z" },
      limits: { maxScopeMonths: 6, maxRetentionDays: 730 },
    },
    { name: "older than the retention", input: { period: "2023-03" } },
    { name: "inside the retention", input: { period: "2023-04" } },
    { name: "checkpoint by proofRoot (default type)", input: { startingCheckpoint: root } },
    {
      name: "legacy itemsRoot alias",
      input: { startingCheckpoint: root, startingCheckpointType: "itemsRoot" },
    },
    {
      name: "legacy anchorId alias",
      input: { startingCheckpoint: "rec_01JABC", startingCheckpointType: "anchorId" },
    },
    { name: "checkpoint with a period", input: { startingCheckpoint: root, period: "2025-01" } },
    {
      name: "checkpoint with a date",
      input: { startingCheckpoint: root, startDate: "2025-01-01", endDate: "2025-02-01" },
    },
    {
      name: "checkpoint where not allowed (receipts)",
      input: { startingCheckpoint: root },
      allowCheckpoint: false,
    },
    { name: "unknown checkpoint type", input: { startingCheckpoint: root, startingCheckpointType: "hash" } },
    { name: "malformed proofRoot checkpoint", input: { startingCheckpoint: "0xABC" } },
  ];
  const describeScope = (scope: ResolvedScope) =>
    scope.mode === "checkpoint"
      ? scope
      : {
          mode: scope.mode,
          from: scope.from.toISOString(),
          to: scope.to.toISOString(),
          preset: scope.preset,
          ...(scope.period ? { period: scope.period } : {}),
        };
  return {
    description:
      "Scope resolution. Windows are [from, to) in UTC. `now` defaults to the file's `now`, limits to `defaultLimits`. Errors give the API code and the offending field.",
    now,
    defaultLimits: DEFAULT_SCOPE_LIMITS,
    cases: cases.map((c) => {
      const result = resolveScope(c.input, {
        now: new Date(c.now ?? now),
        limits: c.limits ?? DEFAULT_SCOPE_LIMITS,
        allowCheckpoint: c.allowCheckpoint,
      });
      return {
        ...c,
        expected: result.ok
          ? { ok: true, scope: describeScope(result.scope) }
          : { ok: false, code: result.error.code, field: result.error.field },
      };
    }),
  };
}

export async function buildVectors(): Promise<Record<string, unknown>> {
  return {
    "canonical-json.json": canonicalJsonVectors(),
    "content-hash.json": contentHashVectors(),
    "merkle.json": merkleVectors(),
    "decimal.json": decimalVectors(),
    "webhook-signature.json": await webhookVectors(),
    "request-signature.json": await requestSignatureVectors(),
    "anchors.json": anchorVectors(),
    "scope.json": scopeVectors(),
  };
}

export const VECTORS_DIR = fileURLToPath(new URL("../../../spec/vectors/", import.meta.url));

export function serializeVectors(content: unknown): string {
  return `${JSON.stringify(content, null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(VECTORS_DIR, { recursive: true });
  const files = Object.entries(await buildVectors());
  for (const [file, content] of files) writeFileSync(`${VECTORS_DIR}${file}`, serializeVectors(content));
  console.log(`wrote ${files.length} vector files to spec/vectors`);
}
