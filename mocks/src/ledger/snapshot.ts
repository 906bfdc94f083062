import { customerSummary } from "./balance/customers.js";
import type { Checkpoint, CustomerSummary, DeltaRecord, ReceiptSummary } from "./kernel/api-types.js";
import type { LedgerContext } from "./kernel/context.js";
import { canonicalJson, type Hex, keccak256Hex, utf8 } from "./kernel/core.js";
import type { Environment, EnvLedger } from "./kernel/state.js";
import { checkpointView, deltaRecord, receiptSummaryView } from "./kernel/views.js";
import { apiKeyInfo } from "./tenancy/api-keys.js";
import { environmentStatus } from "./tenancy/environments.js";
import { type TenantInfo, tenantInfo } from "./tenancy/tenants.js";

/**
 * Read access for assertions. `inspect()` lists every tenant's state in API shapes;
 * `snapshot()` digests it (plus idempotency entries) so a test can prove that a rejected
 * request changed nothing. Access bookkeeping (`lastUsedAt`) and rate-limit tokens are
 * left out: they change on every request by design.
 */

export interface EnvironmentInspection {
  customers: CustomerSummary[];
  /** Every delta in acceptance order. */
  deltas: DeltaRecord[];
  checkpoints: Checkpoint[];
  receipts: ReceiptSummary[];
  /** The anchor log: verification batches and checkpoint roots, chained. */
  anchors: Array<{
    index: number;
    kind: "batch" | "checkpoint";
    proofHash: Hex;
    previousProofHash: Hex;
    verificationReference: Hex;
    itemHashes: Hex[];
    anchoredAt: string;
  }>;
  inFlightRecordIds: string[];
  submissions: Array<{ receiptId: Hex; recordIds: string[] }>;
}

export interface LedgerInspection {
  tenants: Array<{
    tenant: TenantInfo;
    keys: Array<{ keyId: string; environment: string; publicKey: string; status: string; secretHash: Hex }>;
    usage: { verifiedLifetime: number; inFlight: number; verifiedByPeriod: Record<string, number> };
    environments: Record<Environment, EnvironmentInspection>;
    /** Provisioning status of each environment. */
    environmentStatus: Record<Environment, string>;
  }>;
  idempotency: Array<{ key: string; fingerprint: string; status: number | null }>;
  /** Dashboard accounts. Hashes and tokens are left out: they prove nothing a test needs. */
  accounts: {
    users: Array<{
      userId: string;
      email: string;
      tenantId: string;
      role: string;
      preferredEnvironment: string;
      mfaEnabled: boolean;
    }>;
    sessions: Array<{ userId: string; createdAt: string; expiresAt: string; ended: boolean }>;
    approvals: Array<{ email: string; expiresAt: string; used: boolean }>;
    accessRequests: string[];
  };
}

export function inspectLedger(ctx: LedgerContext): LedgerInspection {
  return {
    tenants: [...ctx.tenants.values()].map((tenant) => ({
      tenant: tenantInfo(tenant),
      keys: [...tenant.keys.values()].map((key) => ({
        keyId: key.keyId,
        environment: key.environment,
        publicKey: apiKeyInfo(ctx, key).publicKey,
        status: key.status,
        secretHash: key.secretHash,
      })),
      usage: {
        verifiedLifetime: tenant.usage.verifiedLifetime,
        inFlight: tenant.usage.inFlight,
        verifiedByPeriod: Object.fromEntries(tenant.usage.verifiedByPeriod),
      },
      environments: {
        sandbox: inspectEnvironment(ctx, tenant.ledgers.sandbox),
        production: inspectEnvironment(ctx, tenant.ledgers.production),
      },
      environmentStatus: {
        sandbox: environmentStatus(ctx, tenant.environments.sandbox),
        production: environmentStatus(ctx, tenant.environments.production),
      },
    })),
    idempotency: ctx.idempotency.describe(),
    accounts: {
      users: [...ctx.accounts.users.values()].map((user) => ({
        userId: user.userId,
        email: user.email,
        tenantId: user.tenantId,
        role: user.role,
        preferredEnvironment: user.preferredEnvironment,
        mfaEnabled: user.mfaCode !== null,
      })),
      sessions: [...ctx.accounts.sessions.values()].map((session) => ({
        userId: session.userId,
        createdAt: new Date(session.createdAt).toISOString(),
        expiresAt: new Date(session.expiresAt).toISOString(),
        ended: session.endedAt !== null,
      })),
      approvals: [...ctx.accounts.approvals.values()].map((approval) => ({
        email: approval.email,
        expiresAt: new Date(approval.expiresAt).toISOString(),
        used: approval.usedAt !== null,
      })),
      accessRequests: [...ctx.accounts.accessRequests.keys()],
    },
  };
}

function inspectEnvironment(ctx: LedgerContext, ledger: EnvLedger): EnvironmentInspection {
  return {
    customers: [...ledger.customers.values()].map(customerSummary),
    deltas: [...ledger.records.values()].map(deltaRecord),
    checkpoints: ledger.checkpoints.map((checkpoint) => checkpointView(ctx, checkpoint)),
    receipts: ledger.receipts.map(receiptSummaryView),
    anchors: ledger.anchors.map((anchor) => ({
      index: anchor.index,
      kind: anchor.kind,
      proofHash: anchor.proofHash,
      previousProofHash: anchor.previousProofHash,
      verificationReference: anchor.verificationReference,
      itemHashes: [...anchor.itemHashes],
      anchoredAt: new Date(anchor.anchoredAt).toISOString(),
    })),
    inFlightRecordIds: ledger.inFlight.map((record) => record.recordId),
    submissions: [...ledger.submissions.values()].map((submission) => ({
      receiptId: submission.receiptId,
      recordIds: submission.records.map((record) => record.recordId),
    })),
  };
}

export function snapshotDigest(ctx: LedgerContext): Hex {
  return keccak256Hex(utf8(canonicalJson(inspectLedger(ctx))));
}
