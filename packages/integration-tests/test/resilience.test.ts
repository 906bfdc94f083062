import { Decimal } from "@pacspace/sdk";
import { expect, it } from "vitest";
import { defaultTenantId, fastRetryingBalance, sandboxOf, useInProcessMock } from "./support/in-process.js";

const mock = useInProcessMock();

const TOTAL = 10_000;
const CUSTOMERS = 20;
const CONCURRENCY = 32;
/** Six faults, each striking this share of emits: 1 − (1 − p)^6 = 20 % of attempts overall. */
const P = 1 - 0.8 ** (1 / 6);

async function pool(count: number, concurrency: number, task: (index: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < count) await task(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

it(`records exactly ${TOTAL} deltas under 20% injected 503/429/network faults (before and after the write)`, async () => {
  const pacspace = mock.start({ seed: "resilience" });
  for (const when of ["before", "after"] as const) {
    pacspace.faults.inject({ route: "emitDelta", status: 503, probability: P, when });
    pacspace.faults.inject({ route: "emitDelta", status: 429, probability: P, when });
    pacspace.faults.inject({ route: "emitDelta", networkError: true, probability: P, when });
  }
  const balance = fastRetryingBalance(pacspace.apiKey, { maxRetries: 10 });

  const expected = new Map<string, Decimal>();
  let attempts = 0;
  let replayedAnswers = 0;
  const started = performance.now();
  await pool(TOTAL, CONCURRENCY, async (i) => {
    const customerId = `cust_${i % CUSTOMERS}`;
    const delta = ((i % 97) + 1) / 100 - (i % 3 === 0 ? 1 : 0);
    expected.set(customerId, (expected.get(customerId) ?? Decimal.from(0)).plus(Decimal.from(delta)));
    const {
      data,
      attempts: used,
      response,
    } = await balance.emit(customerId, delta, `usage ${i}`, { referenceId: `ref-${i}` }).withResponse();
    expect(data.referenceId).toBe(`ref-${i}`);
    attempts += used;
    if (response.headers.get("Idempotent-Replayed") === "true") replayedAnswers += 1;
  });
  const seconds = (performance.now() - started) / 1000;

  const faults = pacspace.faults.list();
  const hits = Object.fromEntries(
    faults.map((fault) => [`${fault.when} ${fault.networkError ? "network" : fault.status}`, fault.hits]),
  );
  const injected = faults.reduce((sum, fault) => sum + fault.hits, 0);
  console.info(
    `resilience: ${TOTAL} emits, ${attempts} attempts, ${injected} faults injected ` +
      `(${((100 * injected) / attempts).toFixed(1)}% of attempts) ${JSON.stringify(hits)}, ` +
      `${replayedAnswers} answers replayed from the idempotency store, ${seconds.toFixed(1)} s`,
  );

  // Every attempt reached the mock, and about a fifth of them were struck.
  expect(mock.requests).toHaveLength(attempts);
  expect(injected / attempts).toBeGreaterThan(0.17);
  expect(injected / attempts).toBeLessThan(0.23);
  for (const fault of faults)
    expect(fault.hits, `${fault.when} ${fault.status ?? "network"}`).toBeGreaterThan(0);
  // Writes that were applied before their answer failed came back as replays, not second deltas.
  expect(replayedAnswers).toBeGreaterThan(0);

  const ledger = sandboxOf(pacspace, defaultTenantId(pacspace));
  expect(ledger.deltas).toHaveLength(TOTAL);
  const referenceIds = ledger.deltas.map((delta) => delta.referenceId);
  expect(new Set(referenceIds).size).toBe(TOTAL);
  expect(new Set(referenceIds)).toEqual(new Set(Array.from({ length: TOTAL }, (_, i) => `ref-${i}`)));
  for (let c = 0; c < CUSTOMERS; c++) {
    const sequence = ledger.deltas
      .filter((delta) => delta.customerId === `cust_${c}`)
      .map((delta) => delta.sequenceNumber)
      .sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: TOTAL / CUSTOMERS }, (_, i) => i + 1));
  }

  pacspace.faults.clear();
  const summary = await balance.customersSummary();
  expect(summary).toMatchObject({ totalCustomers: CUSTOMERS, totalDeltas: TOTAL, verifiedDeltas: TOTAL });
  for (const [customerId, sum] of expected) {
    const derived = await balance.derive(customerId, { limit: 1 });
    expect(derived.deltasCount).toBe(TOTAL / CUSTOMERS);
    expect(derived.computedBalance).toBe(sum.toNumber());
  }
});

it("emitBatch of 2,000 deltas (20 chunks) under the same faults records each delta once", async () => {
  const pacspace = mock.start({ seed: "resilience-batch" });
  for (const when of ["before", "after"] as const) {
    pacspace.faults.inject({ route: "emitDeltaBatch", status: 503, probability: P, when });
    pacspace.faults.inject({ route: "emitDeltaBatch", status: 429, probability: P, when });
    pacspace.faults.inject({ route: "emitDeltaBatch", networkError: true, probability: P, when });
  }
  const balance = fastRetryingBalance(pacspace.apiKey, { maxRetries: 10 });
  const deltas = Array.from({ length: 2_000 }, (_, i) => ({
    customerId: `cust_${i % 7}`,
    delta: i + 1,
    reason: `row ${i}`,
    referenceId: `batch-${i}`,
  }));
  const result = await balance.emitBatch(deltas, { idempotencyKey: "nightly-flush" });
  expect(result).toMatchObject({ totalQueued: 2_000, totalFailed: 0 });
  expect(result.receiptIds).toHaveLength(20);
  expect(result.results.map((item) => item.index)).toEqual(deltas.map((_, i) => i));
  const injected = pacspace.faults.list().reduce((sum, fault) => sum + fault.hits, 0);
  expect(injected).toBeGreaterThan(0);
  expect(mock.requests).toHaveLength(20 + injected);

  const ledger = sandboxOf(pacspace, defaultTenantId(pacspace));
  expect(ledger.deltas).toHaveLength(2_000);
  expect(new Set(ledger.deltas.map((delta) => delta.referenceId)).size).toBe(2_000);
  // The chunks' keys are K:0 … K:19, each reused on its retries.
  const keys = new Set(mock.requests.map((request) => request.requestHeaders.get("Idempotency-Key")));
  expect(keys).toEqual(new Set(Array.from({ length: 20 }, (_, i) => `nightly-flush:${i}`)));
});
