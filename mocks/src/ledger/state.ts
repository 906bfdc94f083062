/**
 * The ledger's internal state. Nothing here is returned to callers directly: views
 * (`views.ts`) turn it into the API shapes, so internal fields never leak.
 */
import type { Decimal, Hex } from "./core.js";
import type { VerifiedIndex } from "./verified-index.js";

export type Environment = "sandbox" | "production";
export type KeyEnvironment = "test" | "live";
export type Plan = "free" | "pilot" | "starter" | "growth" | "scale" | "enterprise";
export type DeltaStatus = "QUEUED" | "PROCESSING" | "VERIFIED" | "FAILED";

export const ENVIRONMENT_OF_KEY: Record<KeyEnvironment, Environment> = {
  test: "sandbox",
  live: "production",
};
export const KEY_OF_ENVIRONMENT: Record<Environment, KeyEnvironment> = {
  sandbox: "test",
  production: "live",
};

export interface ApiKeyState {
  keyId: string;
  tenantId: string;
  name: string;
  environment: KeyEnvironment;
  publicId: string;
  /** keccak256 of the secret; the secret itself is never stored. */
  secretHash: Hex;
  /** After a rotation, the old secret's hash stays valid until `validUntil` (ms). */
  previousSecret: { hash: Hex; validUntil: number } | null;
  status: "active" | "disabled" | "revoked";
  createdAt: number;
  lastUsedAt: number | null;
  rotatedAt: number | null;
  revokedAt: number | null;
}

export interface TenantState {
  tenantId: string;
  name: string;
  plan: Plan;
  createdAt: number;
  /** When true, compare calls must carry `X-PacSpace-Request-Signature` (CONTRACT.md §8). */
  requireSignedCompare: boolean;
  keys: Map<string, ApiKeyState>;
  ledgers: Record<Environment, EnvLedger>;
}

export interface VerificationBatch {
  batchIndex: number;
  proofHash: Hex;
  previousProofHash: Hex;
  previousReference: Hex;
  verificationReference: Hex;
  itemHashes: Hex[];
  recordIds: string[];
  anchoredAt: number;
}

export interface DeltaState {
  recordId: string;
  customerId: string;
  /** The number as received (what records echo and the content hash commits to). */
  delta: number;
  /** The same value as an exact decimal (what every sum uses). */
  amount: Decimal;
  reason: string;
  referenceId: string | null;
  metadata: Record<string, unknown> | null;
  adjusts: string | null;
  sequenceNumber: number;
  contentHash: Hex;
  /** Root of the submission that carried this delta. */
  receiptId: Hex;
  createdAt: number;
  status: DeltaStatus;
  /** Delay mode: when the delta turns PROCESSING and when it is verified (ms). */
  processingAt: number | null;
  dueAt: number | null;
  verifiedAt: number | null;
  batch: VerificationBatch | null;
  itemIndex: number | null;
  failedAt: number | null;
  error: { code: string; message: string } | null;
}

export interface CustomerState {
  customerId: string;
  /** Deterministic `0x` + 40 hex per (tenant, environment, customerId). */
  customerReference: string;
  createdAt: number;
  displayName: string | null;
  unitLabel: string | null;
  eventCadence: string | null;
  /** Minimum ms between accepted emits for this customer; null = off. */
  cadenceMs: number | null;
  lastEmitAt: number | null;
  /** Every delta, index = sequenceNumber − 1. */
  deltas: DeltaState[];
  verified: VerifiedIndex<DeltaState>;
  counts: { queued: number; processing: number; verified: number; failed: number };
  lastActivityAt: number;
}

export interface Submission {
  receiptId: Hex;
  itemHashes: Hex[];
  recordIds: string[];
  createdAt: number;
}

export interface CheckpointState {
  checkpointId: string;
  customerId: string;
  scopeKey: string;
  from: number;
  to: number;
  period: string | null;
  preset: "current_month" | "period" | "custom";
  proofRoot: Hex;
  deltaCount: number;
  startingBalance: Decimal;
  netChange: Decimal;
  closingBalance: Decimal;
  firstSequenceNumber: number | null;
  lastSequenceNumber: number | null;
  lastRecordId: string | null;
  createdAt: number;
  verificationReference: Hex;
  itemHashes: Hex[];
}

export interface ReceiptState {
  receiptId: Hex;
  customerId: string;
  from: number;
  to: number;
  period: string | null;
  preset: "current_month" | "period" | "custom";
  generatedAt: number;
  deltaCount: number;
}

/** One isolated ledger: a tenant's sandbox or production. */
export interface EnvLedger {
  tenantId: string;
  environment: Environment;
  customers: Map<string, CustomerState>;
  records: Map<string, DeltaState>;
  /** Deltas not yet VERIFIED/FAILED, in acceptance order. */
  inFlight: DeltaState[];
  batches: VerificationBatch[];
  /** Latest anchor: the last batch's proofHash and verificationReference (ZERO_HASH at first). */
  headProofHash: Hex;
  headReference: Hex;
  submissions: Map<Hex, Submission>;
  checkpoints: CheckpointState[];
  checkpointsByScope: Map<string, CheckpointState>;
  receipts: Map<Hex, ReceiptState>;
  /** createdAt never goes backwards within a ledger, even if the clock is set back. */
  lastCreatedAt: number;
  usage: {
    /** VERIFIED deltas ever (Free plan cap). */
    verifiedLifetime: number;
    /** VERIFIED deltas per `YYYY-MM` of verification (billing). */
    verifiedByPeriod: Map<string, number>;
    /** QUEUED + PROCESSING: counted toward the Free cap so it can never be overshot. */
    inFlight: number;
  };
  /** Cumulative counters for the customers summary. */
  totals: { deltas: number; verified: number; failed: number; net: Decimal };
}
