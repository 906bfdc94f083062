import { createManualClock } from "../../src/clock.js";
import { createLedger } from "../../src/ledger/ledger.js";

export const HISTORY_START = Date.UTC(2025, 4, 1); // 2025-05-01
export const HISTORY_END = Date.UTC(2026, 4, 1); // 2026-05-01, twelve months later
const BATCH = 100;

/**
 * One customer (`cust_bench`) with `count` verified deltas of 0.01 spread over twelve
 * months, emitted through the ledger API (no HTTP) in batches of 100 with immediate
 * verification. The clock then stands in the last minute of the history.
 */
export function buildHistory(count: number) {
  const clock = createManualClock(HISTORY_START);
  const ledger = createLedger({ seed: "bench", clock });
  ledger.createTenant({ tenantId: "ten_bench", plan: "enterprise" });
  const api = ledger.forEnvironment("ten_bench", "sandbox");
  const step = Math.floor((HISTORY_END - HISTORY_START - 3_600_000) / (count / BATCH));
  const started = performance.now();
  for (let emitted = 0; emitted < count; emitted += BATCH) {
    const deltas = Array.from({ length: Math.min(BATCH, count - emitted) }, (_, i) => ({
      customerId: "cust_bench",
      delta: 0.01,
      reason: `usage ${emitted + i}`,
    }));
    api.emitDeltaBatch({ deltas });
    clock.advance(step);
  }
  clock.set(HISTORY_END - 60_000);
  return { ledger, api, setupMs: performance.now() - started };
}
