/**
 * The committed vectors in spec/vectors are checked twice: against the core rules that
 * the mock and the SDK run, and against independent naive computations (test/oracles.ts,
 * node:crypto HMAC, the `canonicalize` package, hand-written expectations), so a bug in
 * the core cannot bless its own output. A last test fails when the files are stale.
 */
import { readFileSync } from "node:fs";
import canonicalize from "canonicalize";
import { describe, expect, it } from "vitest";
import { buildVectors, serializeVectors, VECTORS_DIR } from "../scripts/gen-vectors.js";
import {
  canonicalJson,
  contentHash,
  Decimal,
  type Hex,
  merkleRoot,
  nextVerificationReference,
  resolveScope,
  sumDecimals,
  verifyAnchorChain,
  verifyInclusion,
  verifyRequestSignature,
  verifyWebhookSignature,
} from "../src/core/index.js";
import {
  keccakHex,
  naiveAnchorReference,
  naiveContentHash,
  naiveDecimalAdd,
  naiveDecimalCanonical,
  naiveDecimalNegate,
  naiveMerkleRoot,
  naiveVerifyInclusion,
  nodeHmacHex,
  ZERO,
} from "./oracles.js";

// biome-ignore lint/suspicious/noExplicitAny: vector files are untyped JSON
const load = (file: string): any => JSON.parse(readFileSync(`${VECTORS_DIR}${file}`, "utf8"));
// biome-ignore lint/suspicious/noExplicitAny: vector files are untyped JSON
const named = (list: any[]): [string, any][] => list.map((c) => [c.name, c]);

describe("canonical-json.json", () => {
  const { cases } = load("canonical-json.json");
  it.each(named(cases))("%s", (_name, c) => {
    const value = JSON.parse(c.input);
    expect(canonicalJson(value)).toBe(c.canonical);
    expect(canonicalize(value)).toBe(c.canonical);
  });
});

describe("content-hash.json", () => {
  const { cases } = load("content-hash.json");
  it.each(named(cases))("%s", (_name, c) => {
    expect(contentHash(c.payload)).toBe(c.contentHash);
    expect(naiveContentHash(c.payload)).toBe(c.contentHash);
    expect(keccakHex(`pacspace:item:v1:${c.canonical}`)).toBe(c.contentHash);
  });
  it("starts from a known keccak answer", () => {
    expect(keccakHex("")).toBe("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
  });
});

describe("merkle.json", () => {
  const { roots, proofs } = load("merkle.json");
  it.each(named(roots))("root: %s", (_name, r) => {
    expect(r.leaves).toHaveLength(r.leafCount);
    expect(merkleRoot(r.leaves)).toBe(r.root);
    expect(naiveMerkleRoot(r.leaves)).toBe(r.root);
  });
  it("root of no leaves is 32 zero bytes", () => {
    expect(roots[0].root).toBe(ZERO);
  });
  it.each(named(proofs))("proof: %s", (_name, p) => {
    expect(verifyInclusion(p.proof, p.published).valid).toBe(p.valid);
    expect(naiveVerifyInclusion(p.proof, p.published)).toBe(p.valid);
  });
});

describe("decimal.json", () => {
  const vectors = load("decimal.json");
  const plain = (input: number | string) => naiveDecimalCanonical(String(input));
  it.each(named(vectors.from))("from: %s", (_name, c) => {
    expect(Decimal.from(c.input).toString()).toBe(c.output);
    expect(plain(c.input)).toBe(c.output);
  });
  it.each(named(vectors.sum))("sum: %s", (_name, c) => {
    expect(sumDecimals(c.inputs.map((v: number | string) => Decimal.from(v))).toString()).toBe(c.output);
    expect(c.inputs.reduce((acc: string, v: number | string) => naiveDecimalAdd(acc, plain(v)), "0")).toBe(
      c.output,
    );
  });
  it("minus", () => {
    for (const c of vectors.minus) {
      expect(Decimal.from(c.a).minus(c.b).toString()).toBe(c.output);
      expect(naiveDecimalAdd(plain(c.a), naiveDecimalNegate(plain(c.b)))).toBe(c.output);
    }
  });
  it("repeated sums", () => {
    for (const c of vectors.sumRepeated) {
      const value = Decimal.from(c.value);
      expect(sumDecimals(Array.from({ length: c.count }, () => value)).toString()).toBe(c.output);
      let naive = "0";
      const step = plain(c.value);
      for (let i = 0; i < c.count; i++) naive = naiveDecimalAdd(naive, step);
      expect(naive).toBe(c.output);
    }
  });
  const invalid: { input: string; error: string }[] = vectors.invalid;
  it.each(invalid.map((c) => [c.input, c] as const))("rejects %j", (_input, c) => {
    expect(() => Decimal.from(c.input)).toThrow(c.error === "RangeError" ? RangeError : TypeError);
  });
});

/** Independent webhook check with node:crypto. */
function naiveWebhook(c: {
  body: string;
  timestampHeader: string | null;
  signatureHeader: string | null;
  secret: string | string[];
  now: number;
  toleranceSeconds?: number;
}): { valid: boolean; reason?: string } {
  if (!c.signatureHeader || !c.timestampHeader) return { valid: false, reason: "missing_header" };
  if (!/^\d+$/.test(c.timestampHeader)) return { valid: false, reason: "malformed_header" };
  const values = c.signatureHeader
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.startsWith("v1="))
    .map((part) => part.slice(3));
  if (values.length === 0) return { valid: false, reason: "malformed_header" };
  const secrets = Array.isArray(c.secret) ? c.secret : [c.secret];
  const expected = secrets.map((s) => nodeHmacHex(s, `${c.timestampHeader}.${c.body}`));
  if (!values.some((v) => expected.includes(v))) return { valid: false, reason: "no_matching_signature" };
  const sent = Number(c.timestampHeader);
  const seconds = sent >= 1e12 ? sent / 1000 : sent;
  if (Math.abs(c.now / 1000 - seconds) > (c.toleranceSeconds ?? 300)) {
    return { valid: false, reason: "timestamp_out_of_tolerance" };
  }
  return { valid: true };
}

describe("webhook-signature.json", () => {
  const { cases } = load("webhook-signature.json");
  it.each(named(cases))("%s", async (_name, c) => {
    const result = await verifyWebhookSignature(c);
    expect(result.valid ? { valid: true } : { valid: false, reason: result.reason }).toEqual(c.expected);
    expect(naiveWebhook(c)).toEqual(c.expected);
  });
  it("covers every outcome", () => {
    const outcomes = new Set(
      cases.map((c: { expected: { reason?: string } }) => c.expected.reason ?? "valid"),
    );
    expect([...outcomes].sort()).toEqual([
      "malformed_header",
      "missing_header",
      "no_matching_signature",
      "timestamp_out_of_tolerance",
      "valid",
    ]);
  });
});

describe("request-signature.json", () => {
  const vectors = load("request-signature.json");
  it("uses the API key's secret part", () => {
    expect(vectors.secretFromKey.apiKey.slice(vectors.secretFromKey.apiKey.indexOf(".") + 1)).toBe(
      vectors.secretFromKey.secret,
    );
  });
  it.each(named(vectors.cases))("%s", async (_name, c) => {
    const result = await verifyRequestSignature(c);
    expect(
      result.valid ? { valid: true, signature: result.signature } : { valid: false, code: result.code },
    ).toEqual(c.expected);
    // Independent: node:crypto over the documented message.
    const t = /(?:^|,)t=(\d+)/.exec(c.header ?? "")?.[1];
    const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(c.header ?? "")?.[1];
    const matches =
      t !== undefined &&
      v1 === nodeHmacHex(c.secret, `${t}.${c.method.toUpperCase()}.${c.pathWithQuery}.${c.body}`);
    const fresh = t !== undefined && Math.abs(c.now / 1000 - Number(t)) <= 300;
    const naive = !matches
      ? { valid: false, code: "INVALID_REQUEST_SIGNATURE" }
      : fresh
        ? { valid: true, signature: v1 }
        : { valid: false, code: "REQUEST_SIGNATURE_EXPIRED" };
    expect(naive).toEqual(c.expected);
  });
});

describe("anchors.json", () => {
  const { references, chains } = load("anchors.json");
  it("references chain from 32 zero bytes", () => {
    expect(references[0].previousReference).toBe(ZERO);
    for (const r of references) {
      expect(nextVerificationReference(r.previousReference, r.proofHash)).toBe(r.verificationReference);
      expect(naiveAnchorReference(r.previousReference, r.proofHash)).toBe(r.verificationReference);
    }
  });
  type Batch = { proofHash: Hex; previousProofHash: Hex; verificationReference: Hex; itemHashes?: Hex[] };
  function naiveWalk(
    batches: Batch[],
    options: { previousReference?: string; previousProofHash?: string } = {},
  ) {
    let reference = options.previousReference ?? ZERO;
    let proofHash = options.previousProofHash ?? ZERO;
    for (const [i, batch] of batches.entries()) {
      const ok =
        batch.previousProofHash === proofHash &&
        (!batch.itemHashes || naiveMerkleRoot(batch.itemHashes) === batch.proofHash) &&
        naiveAnchorReference(reference, batch.proofHash) === batch.verificationReference;
      if (!ok) return { valid: false, brokenAt: i };
      reference = batch.verificationReference;
      proofHash = batch.proofHash;
    }
    return { valid: true };
  }
  it.each(named(chains))("%s", (_name, c) => {
    const result = verifyAnchorChain(c.batches, c.options);
    expect(result.valid ? { valid: true } : { valid: false, brokenAt: result.brokenAt }).toEqual(c.expected);
    expect(naiveWalk(c.batches, c.options)).toEqual(c.expected);
  });
});

describe("scope.json", () => {
  const vectors = load("scope.json");
  // Written by hand from the scope rules for now = 2025-03-15T10:30Z, not computed.
  const window = (from: string, to: string) => `${from} → ${to}`;
  const handWritten: Record<string, string> = {
    "no scope field: current UTC month": window("2025-03-01", "2025-04-01"),
    "no scope field at a year end": window("2025-12-01", "2026-01-01"),
    "timePreset current_month": window("2025-03-01", "2025-04-01"),
    period: window("2024-02-01", "2024-03-01"),
    "period: current month": window("2025-03-01", "2025-04-01"),
    "period in the future": "VALIDATION_ERROR period",
    "period not a month": "VALIDATION_ERROR period",
    "period with a preset": "INVALID_SCOPE_COMBINATION period",
    "period with a date": "INVALID_SCOPE_COMBINATION period",
    "custom dates": window("2025-01-10", "2025-02-01T12:00:00"),
    "dates without a preset": window("2025-01-09T22:00:00", "2025-02-01"),
    "custom without endDate": "VALIDATION_ERROR endDate",
    "endDate alone": "VALIDATION_ERROR startDate",
    "dates with current_month": "INVALID_SCOPE_COMBINATION startDate",
    "unknown preset": "VALIDATION_ERROR timePreset",
    "startDate not before endDate": "VALIDATION_ERROR endDate",
    "invalid calendar date": "VALIDATION_ERROR startDate",
    "not ISO 8601": "VALIDATION_ERROR startDate",
    "exactly 12 months": window("2024-03-15", "2025-03-15"),
    "longer than 12 months": "SCOPE_TOO_WIDE endDate",
    "month arithmetic clamps the day": "SCOPE_TOO_WIDE endDate",
    "older than the retention": "SCOPE_TOO_WIDE period",
    "inside the retention": window("2023-04-01", "2023-05-01"),
    "checkpoint by proofRoot (default type)": "checkpoint proofRoot",
    "legacy itemsRoot alias": "checkpoint proofRoot",
    "legacy anchorId alias": "checkpoint recordId",
    "checkpoint with a period": "INVALID_SCOPE_COMBINATION period",
    "checkpoint with a date": "INVALID_SCOPE_COMBINATION startDate",
    "checkpoint where not allowed (receipts)": "INVALID_SCOPE_COMBINATION startingCheckpoint",
    "unknown checkpoint type": "VALIDATION_ERROR startingCheckpointType",
    "malformed proofRoot checkpoint": "VALIDATION_ERROR startingCheckpoint",
  };
  const iso = (text: string) => new Date(text.length === 10 ? `${text}T00:00:00Z` : `${text}Z`).toISOString();
  it.each(named(vectors.cases))("%s", (name, c) => {
    const result = resolveScope(c.input, {
      now: new Date(c.now ?? vectors.now),
      limits: c.limits ?? vectors.defaultLimits,
      allowCheckpoint: c.allowCheckpoint,
    });
    const summary = result.ok
      ? result.scope.mode === "checkpoint"
        ? { ok: true, scope: result.scope }
        : {
            ok: true,
            scope: {
              mode: "window",
              from: result.scope.from.toISOString(),
              to: result.scope.to.toISOString(),
              preset: result.scope.preset,
              ...(result.scope.period ? { period: result.scope.period } : {}),
            },
          }
      : { ok: false, code: result.error.code, field: result.error.field };
    expect(summary).toEqual(c.expected);

    const expected = handWritten[name as string];
    expect(expected, `no hand-written expectation for "${name}"`).toBeDefined();
    const [first, second] = (expected as string).split(/ → | /);
    if (expected?.includes("→")) {
      expect([c.expected.scope.from, c.expected.scope.to]).toEqual([
        iso(first as string),
        iso(second as string),
      ]);
    } else if (first === "checkpoint") {
      expect(c.expected.scope.checkpointType).toBe(second);
    } else {
      expect([c.expected.code, c.expected.field]).toEqual([first, second]);
    }
  });
});

describe("spec/vectors", () => {
  it("are up to date with scripts/gen-vectors.ts", async () => {
    for (const [file, content] of Object.entries(await buildVectors())) {
      expect(readFileSync(`${VECTORS_DIR}${file}`, "utf8"), file).toBe(serializeVectors(content));
    }
  });
});
