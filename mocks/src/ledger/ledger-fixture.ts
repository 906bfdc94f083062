import { createManualClock, type ManualClock } from "../clock.js";
import type { LedgerError } from "./kernel/ledger-error.js";
import type { Plan } from "./kernel/state.js";
import { type BalanceApi, createLedger, type Ledger, type LedgerOptions } from "./ledger.js";

/** Shared test setup: a ledger on a manual clock with one tenant and a sandbox key. */

/** 2026-04-01T08:00:00.000Z */
export const T0 = Date.UTC(2026, 3, 1, 8);
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export interface Fixture {
  clock: ManualClock;
  ledger: Ledger;
  tenantId: string;
  apiKey: string;
  keyId: string;
  api: BalanceApi;
}

export function createFixture(options: LedgerOptions & { plan?: Plan; start?: number } = {}): Fixture {
  const { plan = "growth", start = T0, ...ledgerOptions } = options;
  const clock = createManualClock(start);
  const ledger = createLedger({ seed: "test", clock, ...ledgerOptions });
  const { tenantId } = ledger.createTenant({ tenantId: "ten_acme", plan });
  const issued = ledger.createApiKey(tenantId, { environment: "test" });
  return {
    clock,
    ledger,
    tenantId,
    apiKey: issued.apiKey,
    keyId: issued.key.id,
    api: ledger.forEnvironment(tenantId, "sandbox"),
  };
}

/** A valid emit body. */
export function delta(
  customerId: string,
  amount: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { customerId, delta: amount, reason: `change of ${amount}`, ...extra };
}

/** The error `run` throws (fails the test when it throws none). */
export function errorOf(run: () => unknown): LedgerError {
  try {
    run();
  } catch (error) {
    return error as LedgerError;
  }
  throw new Error("expected an error");
}

/** The `code` of the error `run` throws, or `"ok"` when it throws none. */
export function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return "ok";
}
