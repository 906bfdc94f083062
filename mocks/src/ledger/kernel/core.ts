/**
 * The one place the ledger imports the shared rules from (packages/sdk/src/core): decimals,
 * canonical JSON, content hashes, Merkle roots, anchors, API keys, request signatures and
 * scope resolution. In the workspace the `@pacspace/source` export condition resolves the
 * package to its TypeScript sources, so the mock never runs against a stale build. The
 * hashing every write does (Keccak-256, content hashes, Merkle roots, anchor references)
 * comes from `fast-keccak.ts`: the same digests, computed faster.
 */
export {
  type ContentPayload,
  canonicalJson,
  DEFAULT_SCOPE_LIMITS,
  Decimal,
  type Hex,
  isHash32,
  parseApiKey,
  type ResolvedScope,
  resolveScope,
  SCOPE_FIELDS,
  type ScopeInput,
  signRequest,
  sumDecimals,
  utf8,
  verifyAnchorChain,
  verifyDeltaProof,
  verifyRequestSignature,
  verifyRootOverDeltas,
  ZERO_HASH,
} from "@pacspace/sdk/core";
export {
  contentHash,
  keccak256Hex,
  keccak256Text,
  merkleRoot,
  nextVerificationReference,
} from "./fast-keccak.js";
