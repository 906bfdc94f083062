import type { LedgerContext } from "../kernel/context.js";
import { LedgerError } from "../kernel/ledger-error.js";
import type { Environment, EnvLedger } from "../kernel/state.js";
import { requireTenant } from "./tenants.js";

/**
 * Each environment of a tenant records its writes under an anchoring contract. The service
 * answers 412 `CONTRACT_NOT_DEPLOYED` to writes while that contract is not deployed; in the
 * mock every contract is deployed until a test takes one down to exercise that answer.
 */

/** Throws 412 `CONTRACT_NOT_DEPLOYED` when writes cannot be recorded in this ledger yet. */
export function assertContractDeployed(ledger: EnvLedger): void {
  if (ledger.contractDeployed) return;
  throw new LedgerError(
    "CONTRACT_NOT_DEPLOYED",
    `The ${ledger.environment} contract of this tenant is not deployed yet; writes are accepted once it is`,
  );
}

/** Marks a tenant environment's contract deployed or not (mock control). NOT_FOUND: tenant. */
export function setContractDeployed(
  ctx: LedgerContext,
  tenantId: string,
  environment: Environment,
  deployed: boolean,
): void {
  requireTenant(ctx, tenantId).ledgers[environment].contractDeployed = deployed;
}
