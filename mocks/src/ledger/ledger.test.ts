import { describe, expect, it } from "vitest";
import { createManualClock } from "../clock.js";
import { createLedger, type Ledger } from "./ledger.js";
import { delta, T0 } from "./ledger-fixture.js";

/** A little of everything, returning every response. */
function scenario(ledger: Ledger, advance: (ms: number) => void): unknown[] {
  const outputs: unknown[] = [];
  const tenant = ledger.createTenant({ plan: "growth" });
  const { apiKey } = ledger.createApiKey(tenant.tenantId, { environment: "test" });
  outputs.push(tenant, apiKey);
  const session = () => ledger.session(apiKey);
  outputs.push(session().emitDelta(delta("a", 0.1, { metadata: { k: 1 } })));
  advance(1000);
  outputs.push(session().emitDeltaBatch({ deltas: [delta("a", 0.2), delta("b", -3), delta("a", 0)] }));
  advance(1000);
  outputs.push(session().deriveBalance("a", { granularity: "day" }));
  outputs.push(session().compareBalances({ customerId: "a", yourBalance: 0.3, theirBalance: 0.1 }));
  outputs.push(session().createCheckpoint({}));
  outputs.push(session().getReceipt("a"));
  outputs.push(session().listCustomers());
  outputs.push(session().getCustomer("a"));
  outputs.push(ledger.inspect());
  return outputs;
}

describe("createLedger", () => {
  it("determinism: two ledgers with the same seed and clock produce byte-identical outputs", () => {
    const run = () => {
      const clock = createManualClock(T0);
      const ledger = createLedger({ seed: "same", clock });
      return JSON.stringify(scenario(ledger, (ms) => clock.advance(ms))) + ledger.snapshot();
    };
    expect(run()).toBe(run());
    const clock = createManualClock(T0);
    const other = createLedger({ seed: "other", clock });
    expect(JSON.stringify(scenario(other, (ms) => clock.advance(ms)))).not.toBe(run());
  });

  it("reset() returns to the seeded initial state and re-runs setup", () => {
    const clock = createManualClock(T0);
    const ledger = createLedger({
      seed: "s",
      clock,
      setup: (self) => {
        self.createTenant({ tenantId: "ten_fixture", plan: "pilot" });
      },
    });
    const initial = ledger.snapshot();
    const first = JSON.stringify(scenario(ledger, (ms) => clock.advance(ms)));
    expect(ledger.snapshot()).not.toBe(initial);
    clock.set(T0); // the clock is the caller's: reset() does not move it
    ledger.reset();
    expect(ledger.snapshot()).toBe(initial);
    expect(ledger.listTenants().map((tenant) => tenant.tenantId)).toEqual(["ten_fixture"]);
    expect(JSON.stringify(scenario(ledger, (ms) => clock.advance(ms)))).toBe(first);
  });

  it("keeps no module-level state: ledgers are independent", () => {
    const a = createLedger({ clock: createManualClock(T0) });
    const b = createLedger({ clock: createManualClock(T0) });
    a.createTenant({ tenantId: "ten_x" });
    expect(b.listTenants()).toEqual([]);
    expect(() => b.forEnvironment("ten_x", "sandbox")).toThrow(
      expect.objectContaining({ code: "NOT_FOUND" }),
    );
  });

  it("snapshot changes with any write and not with reads", () => {
    const clock = createManualClock(T0);
    const ledger = createLedger({ clock });
    ledger.createTenant({ tenantId: "ten_x" });
    const api = ledger.forEnvironment("ten_x", "sandbox");
    api.emitDelta(delta("a", 1));
    const before = ledger.snapshot();
    api.deriveBalance("a");
    api.listCustomers();
    expect(() => api.deriveBalance("unknown")).toThrow(
      expect.objectContaining({ code: "CUSTOMER_NOT_FOUND" }),
    );
    expect(ledger.snapshot()).toBe(before);
    api.emitDelta(delta("a", 2));
    expect(ledger.snapshot()).not.toBe(before);
  });

  it("sessions settle due verification work first (delay mode)", () => {
    const clock = createManualClock(T0);
    const ledger = createLedger({ clock, verification: { delayMs: 250 } });
    ledger.createTenant({ tenantId: "ten_x" });
    const { apiKey } = ledger.createApiKey("ten_x", { environment: "test" });
    const { recordId } = ledger.session(apiKey).emitDelta(delta("a", 1));
    clock.advance(250);
    expect(ledger.session(apiKey).getDeltaStatus(recordId).status).toBe("VERIFIED");
  });

  it("refuses nonsense options", () => {
    expect(() => createLedger({ verification: { delayMs: -1 } })).toThrow(RangeError);
    expect(() => createLedger({ verificationBatchSize: 0 })).toThrow(RangeError);
    expect(() => createLedger({ limits: { maxBatchSize: 0 } })).toThrow(RangeError);
  });
});
