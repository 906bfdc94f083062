/**
 * The ledger's internal state. Nothing here is handed to callers: views (`views.ts`) turn
 * it into the API shapes, so internal fields never leak into responses.
 */

import type { AnchorEntry, Schedule } from "./anchor-log.js";
import type { Plan, RecordStatus } from "./api-types.js";
import type { Decimal, Hex } from "./core.js";
import {
  DeltaState,
  type DeltaStore,
  type DeltasById,
  type SubmissionsByRoot,
  type SubmissionView,
} from "./delta-store.js";
import type { VerifiedIndex } from "./verified-index.js";

export type { Plan };
export type Environment = "sandbox" | "production";
export type KeyEnvironment = "test" | "live";
export type DeltaStatus = RecordStatus;

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
  /** Hash of the secret; the secret itself is never stored. */
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
  /** Overrides the plan's included deltas (e.g. an enterprise contract). */
  includedDeltas: number | null;
  createdAt: number;
  /** When true, compare calls must carry `X-PacSpace-Request-Signature`. */
  requireSignedCompare: boolean;
  keys: Map<string, ApiKeyState>;
  ledgers: Record<Environment, EnvLedger>;
  /** Provisioning of each ledger (dashboard environments). */
  environments: Record<Environment, EnvironmentRecord>;
  /** Billing counts, over both environments: a delta counts when it is verified. */
  usage: {
    /** VERIFIED deltas ever (the Free plan's lifetime cap). */
    verifiedLifetime: number;
    /** VERIFIED deltas per `YYYY-MM` of verification (monthly allotments). */
    verifiedByPeriod: Map<string, number>;
    /** QUEUED + PROCESSING: counted toward the Free cap so it can never be overshot. */
    inFlight: number;
  };
}

/**
 * Provisioning of one environment. Its status is derived on the clock: `none` before any
 * request, `activating` until `activatesAt`, then `active`; `failed` when an activation failed.
 */
export interface EnvironmentRecord {
  requestedAt: number | null;
  activatesAt: number | null;
  failed: boolean;
}

/** A dashboard user. The password is kept only as a salted scrypt hash. */
export interface UserState {
  userId: string;
  /** Lower-cased, trimmed: the login identifier. */
  email: string;
  name: string;
  organization: string | null;
  role: "owner" | "admin" | "manager";
  tenantId: string;
  passwordHash: PasswordHash;
  preferredEnvironment: Environment;
  createdAt: number;
  /** The code the user's authenticator gives (the mock's stand-in for TOTP); null = MFA off. */
  mfaCode: string | null;
}

export interface PasswordHash {
  algorithm: "scrypt";
  N: number;
  r: number;
  p: number;
  /** Hex. */
  salt: string;
  /** Hex. */
  hash: string;
}

/** A dashboard session; only a hash of its token is kept. */
export interface SessionState {
  tokenHash: Hex;
  userId: string;
  tenantId: string;
  createdAt: number;
  expiresAt: number;
  endedAt: number | null;
}

/** The ticket of a password-checked login waiting for its MFA code; only a hash of it is kept. */
export interface MfaTicketState {
  ticketHash: Hex;
  userId: string;
  expiresAt: number;
  usedAt: number | null;
  failedAttempts: number;
}

/** A single-use registration approval; only a hash of its token is kept. */
export interface ApprovalState {
  tokenHash: Hex;
  email: string;
  issuedAt: number;
  expiresAt: number;
  usedAt: number | null;
}

/** A request for access (one per email; a repeat only updates it). */
export interface AccessRequestState {
  email: string;
  name: string;
  organization: string | null;
  buyerMode: string | null;
  useCase: string | null;
  receivedAt: number;
}

/** Dashboard accounts of a ledger instance. */
export interface AccountsState {
  users: Map<string, UserState>;
  usersByEmail: Map<string, UserState>;
  sessions: Map<Hex, SessionState>;
  mfaTickets: Map<Hex, MfaTicketState>;
  approvals: Map<Hex, ApprovalState>;
  accessRequests: Map<string, AccessRequestState>;
  /** Hash of a password nobody knows, checked for unknown emails so they cost as much as known ones. */
  decoyPasswordHash?: PasswordHash;
}

export type { AnchorEntry, Schedule };

/** One delta of the log: a small object over the ledger's DeltaStore columns (delta-store.ts). */
export { DeltaState };

export interface CustomerState {
  customerId: string;
  /** Deterministic `0x` + 40 hex per (tenant, environment, customerId). */
  customerReference: string;
  createdAt: number;
  displayName: string | null;
  unitLabel: string | null;
  eventCadence: string | null;
  sharingStateHint: string | null;
  /** Minimum ms between accepted emits for this customer; null = the ledger default. */
  cadenceMs: number | null;
  lastEmitAt: number | null;
  /** Every delta, index = sequenceNumber − 1. */
  deltas: DeltaState[];
  /** First delta per referenceId (for `adjusts` by referenceId). */
  byReferenceId: Map<string, DeltaState>;
  verified: VerifiedIndex<DeltaState>;
  counts: { queued: number; processing: number; verified: number; failed: number };
  lastActivityAt: number;
  latestCheckpointId: string | null;
}

/** One submission: a view over the delta store (delta-store.ts). */
export type Submission = SubmissionView;

export interface CheckpointState extends Schedule {
  checkpointId: string;
  customerId: string;
  from: number;
  to: number;
  proofRoot: Hex;
  records: DeltaState[];
  /** Content hashes of `records` (computed on demand). */
  readonly itemHashes: Hex[];
  startingBalance: Decimal;
  netChange: Decimal;
  closingBalance: Decimal;
  /** Last sequence number at or before the window's end: checkpoint-mode derive starts after it. */
  coversThroughSequence: number;
  /**
   * The customer's deltas at or below `coversThroughSequence` that were still in flight when
   * the checkpoint was taken: not in its balance, so checkpoint-mode derive counts the ones
   * verified since.
   */
  inFlightAtCreation: DeltaState[];
  status: "QUEUED" | "PROCESSING" | "VERIFIED";
  createdAt: number;
  anchor: AnchorEntry | null;
  /** `mode` and `fingerprints` as sent at creation: stored and echoed, they decide nothing. */
  mode?: string;
  fingerprints?: string[];
}

export interface ReceiptState {
  receiptId: string;
  customerId: string;
  from: number;
  to: number;
  proofRoot: Hex;
  records: DeltaState[];
  startingBalance: Decimal;
  finalBalance: Decimal;
  generatedAt: number;
}

/** One isolated ledger: a tenant's sandbox or production. */
export interface EnvLedger {
  tenantId: string;
  environment: Environment;
  customers: Map<string, CustomerState>;
  /** The columns behind every DeltaState of this ledger. */
  deltaStore: DeltaStore;
  /** Every delta by recordId; iterates in acceptance order. */
  records: DeltasById;
  /** Deltas not yet VERIFIED/FAILED, in acceptance order. */
  inFlight: DeltaState[];
  /** Checkpoints not yet anchored, in creation order. */
  pendingCheckpoints: CheckpointState[];
  anchors: AnchorEntry[];
  /** The latest anchor's proofHash and reference (ZERO_HASH before the first). */
  headProofHash: Hex;
  headReference: Hex;
  /** Submissions by receipt root; iterates in acceptance order. */
  submissions: SubmissionsByRoot;
  /** Non-failed deltas that carry a referenceId, by content hash (batch item de-duplication). */
  byContentHash: Map<Hex, DeltaState>;
  checkpoints: CheckpointState[];
  checkpointsByScope: Map<string, CheckpointState>;
  receipts: ReceiptState[];
  receiptsByKey: Map<string, ReceiptState>;
  /** createdAt never goes backwards within a ledger, even if the clock is set back. */
  lastCreatedAt: number;
  /** False while the environment's anchoring contract is not deployed: writes get 412. */
  contractDeployed: boolean;
  totals: { deltas: number; verified: number; failed: number; net: Decimal };
  /** VERIFIED deltas of this ledger per `YYYY-MM` of verification, and their sum (webhook `period`). */
  verifiedByPeriod: Map<string, { count: number; net: Decimal }>;
}
