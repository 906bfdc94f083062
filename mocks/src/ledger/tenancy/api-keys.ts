import type { ApiKey } from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { type Hex, keccak256Hex, parseApiKey, utf8 } from "../kernel/core.js";
import { LedgerError, validationError } from "../kernel/ledger-error.js";
import { iso } from "../kernel/scope.js";
import {
  type ApiKeyState,
  ENVIRONMENT_OF_KEY,
  type Environment,
  type KeyEnvironment,
  type TenantState,
} from "../kernel/state.js";
import { PLANS } from "../kernel/usage-and-plans.js";
import { requireTenant } from "./tenants.js";

/**
 * API keys: `pk_{test|live}_{publicId}.{secret}`. The full key is returned
 * once, at creation or rotation; only a hash of the secret is kept. Disabled keys answer
 * `API_KEY_DISABLED`; revoked, unknown or malformed keys `INVALID_API_KEY`; a rotated key's
 * old secret keeps working for the overlap window on the mock clock.
 */

/** Who is calling: resolved from the key on every Balance API request. */
export interface AuthContext {
  tenantId: string;
  environment: Environment;
  keyEnvironment: KeyEnvironment;
  keyId: string;
}

/** A key as the dashboard shows it (the spec's `ApiKey`): never the secret. */
export type ApiKeyInfo = ApiKey;

export interface IssuedApiKey {
  /** The full key. Shown once; the ledger cannot show it again. */
  apiKey: string;
  key: ApiKeyInfo;
}

const KEY_ENVIRONMENTS: readonly KeyEnvironment[] = ["test", "live"];

function hashSecret(secret: string): Hex {
  return keccak256Hex(utf8(`pacspace:api-key-secret:v1:${secret}`));
}

/**
 * The hashes of the secrets that last authenticated as each key (at most two: during a
 * rotation's overlap both the old and the new secret are in use), so a request does not
 * hash its secret again. Only the hashing is saved: every request still compares the hash
 * with the key's current and previous hash and reads its state, so a rotated, revoked or
 * disabled key stops working at once. Only secrets that matched are kept.
 */
const verifiedSecretHashes = new WeakMap<ApiKeyState, Map<string, Hex>>();
const VERIFIED_SECRETS_PER_KEY = 2;

function secretHashFor(key: ApiKeyState, secret: string): Hex {
  return verifiedSecretHashes.get(key)?.get(secret) ?? hashSecret(secret);
}

function rememberVerifiedSecret(key: ApiKeyState, secret: string, hash: Hex): void {
  let hashes = verifiedSecretHashes.get(key);
  if (hashes === undefined) {
    hashes = new Map();
    verifiedSecretHashes.set(key, hashes);
  }
  if (hashes.has(secret)) return;
  if (hashes.size >= VERIFIED_SECRETS_PER_KEY) hashes.clear();
  hashes.set(secret, hash);
}

export function apiKeyInfo(ctx: LedgerContext, key: ApiKeyState): ApiKeyInfo {
  const previous =
    key.previousSecret && key.previousSecret.validUntil > ctx.clock.now() ? key.previousSecret : null;
  return {
    id: key.keyId,
    name: key.name,
    environment: key.environment,
    publicKey: `pk_${key.environment}_${key.publicId}`,
    active: key.status === "active",
    status: key.status,
    createdAt: iso(key.createdAt),
    lastUsedAt: key.lastUsedAt === null ? null : iso(key.lastUsedAt),
    rotatedAt: key.rotatedAt === null ? null : iso(key.rotatedAt),
    revokedAt: key.revokedAt === null ? null : iso(key.revokedAt),
    previousSecretValidUntil: previous ? iso(previous.validUntil) : null,
  };
}

/** FORBIDDEN: live keys on a plan without production. */
export function assertEnvironmentAllowed(tenant: TenantState, environment: KeyEnvironment): void {
  if (environment === "live" && !PLANS[tenant.plan].productionAllowed) {
    throw new LedgerError(
      "FORBIDDEN",
      `The ${tenant.plan} plan has no production environment; upgrade to use live keys`,
    );
  }
}

export function createApiKey(
  ctx: LedgerContext,
  tenantId: string,
  input: { name?: string; environment: KeyEnvironment },
): IssuedApiKey {
  const tenant = requireTenant(ctx, tenantId);
  if (!KEY_ENVIRONMENTS.includes(input.environment)) {
    throw validationError([{ path: "/environment", message: "must be test or live" }]);
  }
  assertEnvironmentAllowed(tenant, input.environment);
  let publicId = ctx.ids.publicId();
  while (ctx.keysByPublicId.has(publicId)) publicId = ctx.ids.publicId();
  const secret = ctx.ids.secret();
  const key: ApiKeyState = {
    keyId: ctx.ids.keyId(),
    tenantId,
    name: input.name ?? `${input.environment} key`,
    environment: input.environment,
    publicId,
    secretHash: hashSecret(secret),
    previousSecret: null,
    status: "active",
    createdAt: ctx.clock.now(),
    lastUsedAt: null,
    rotatedAt: null,
    revokedAt: null,
  };
  tenant.keys.set(key.keyId, key);
  ctx.keysByPublicId.set(publicId, key);
  return { apiKey: `pk_${key.environment}_${publicId}.${secret}`, key: apiKeyInfo(ctx, key) };
}

export function requireKey(ctx: LedgerContext, tenantId: string, keyId: string): ApiKeyState {
  const key = requireTenant(ctx, tenantId).keys.get(keyId);
  if (!key) throw new LedgerError("NOT_FOUND", "API key not found");
  return key;
}

export function listApiKeys(ctx: LedgerContext, tenantId: string): ApiKeyInfo[] {
  return [...requireTenant(ctx, tenantId).keys.values()].map((key) => apiKeyInfo(ctx, key));
}

/** Renames and/or enables/disables a key. A revoked key cannot be re-enabled. */
export function updateApiKey(
  ctx: LedgerContext,
  tenantId: string,
  keyId: string,
  changes: { name?: string; active?: boolean },
): ApiKeyInfo {
  const key = requireKey(ctx, tenantId, keyId);
  if (changes.active !== undefined && key.status === "revoked") {
    throw new LedgerError("CONFLICT", "A revoked key cannot be enabled or disabled");
  }
  if (changes.name !== undefined) key.name = changes.name;
  if (changes.active !== undefined) key.status = changes.active ? "active" : "disabled";
  return apiKeyInfo(ctx, key);
}

/** Issues a new secret; the old one keeps working for `keyRotationOverlapMs`. */
export function rotateApiKey(ctx: LedgerContext, tenantId: string, keyId: string): IssuedApiKey {
  const key = requireKey(ctx, tenantId, keyId);
  if (key.status === "revoked") throw new LedgerError("CONFLICT", "A revoked key cannot be rotated");
  const now = ctx.clock.now();
  const secret = ctx.ids.secret();
  key.previousSecret = { hash: key.secretHash, validUntil: now + ctx.keyRotationOverlapMs };
  key.secretHash = hashSecret(secret);
  key.rotatedAt = now;
  return { apiKey: `pk_${key.environment}_${key.publicId}.${secret}`, key: apiKeyInfo(ctx, key) };
}

export function revokeApiKey(ctx: LedgerContext, tenantId: string, keyId: string): ApiKeyInfo {
  const key = requireKey(ctx, tenantId, keyId);
  if (key.status !== "revoked") {
    key.status = "revoked";
    key.revokedAt = ctx.clock.now();
    key.previousSecret = null;
  }
  return apiKeyInfo(ctx, key);
}

/**
 * Resolves (tenant, environment, key) from an `X-Api-Key` value. The secret is checked
 * before the key's state, so a wrong secret for a disabled key still says INVALID_API_KEY.
 */
export function authenticate(ctx: LedgerContext, apiKey: string | null | undefined): AuthContext {
  const invalid = () =>
    new LedgerError("INVALID_API_KEY", "The API key is missing, malformed, unknown or revoked");
  const parsed = parseApiKey(apiKey);
  if (!parsed) throw invalid();
  const key = ctx.keysByPublicId.get(parsed.publicId);
  if (!key || key.environment !== parsed.environment || key.status === "revoked") throw invalid();
  const now = ctx.clock.now();
  const hash = secretHashFor(key, parsed.secret);
  const current = hash === key.secretHash;
  const previous =
    key.previousSecret !== null && hash === key.previousSecret.hash && now < key.previousSecret.validUntil;
  if (!current && !previous) throw invalid();
  rememberVerifiedSecret(key, parsed.secret, hash);
  if (key.status === "disabled") throw new LedgerError("API_KEY_DISABLED", "This API key is disabled");
  const tenant = requireTenant(ctx, key.tenantId);
  assertEnvironmentAllowed(tenant, key.environment);
  key.lastUsedAt = now;
  return {
    tenantId: key.tenantId,
    environment: ENVIRONMENT_OF_KEY[key.environment],
    keyEnvironment: key.environment,
    keyId: key.keyId,
  };
}
