/**
 * The one place the ledger imports the shared rules from (packages/sdk/src/core): decimals,
 * canonical JSON, content hashes, Merkle roots, anchors, API keys, request signatures and
 * scope resolution. Imported from source so the mock needs no SDK build; switch this file
 * to `@pacspace/sdk/core` once the package export is consumed from dist.
 */
export {
  canonicalJson,
  contentHash,
  DEFAULT_SCOPE_LIMITS,
  Decimal,
  type Hex,
  isHash32,
  keccak256Hex,
  merkleRoot,
  nextVerificationReference,
  parseApiKey,
  type ResolvedScope,
  resolveScope,
  type ScopeInput,
  sumDecimals,
  utf8,
  verifyRequestSignature,
  ZERO_HASH,
} from "../../../packages/sdk/src/core/index.js";
