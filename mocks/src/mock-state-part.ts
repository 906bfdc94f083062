import type { FaultController } from "./faults.js";
import type { Ledger } from "./ledger/ledger.js";
import type { MiddlewareTenants } from "./middleware/middleware-tenants.js";
import type { RecordStore } from "./records/record-store.js";
import { registerStatePart, type StatePart, statePartOf } from "./state-parts.js";
import type { WebhookEngine } from "./webhooks/engine.js";

/** The parts of a mock's state, by name: what a state snapshot holds besides the clock and ids. */
export interface MockStateOwners {
  ledger: Ledger;
  webhooks: WebhookEngine;
  records: RecordStore;
  middlewareTenants: MiddlewareTenants;
  faults: FaultController;
  /** The clock every part reads. */
  clock: object;
}

export type SavedMockState = Record<"ledger" | "webhooks" | "records" | "middleware" | "faults", unknown>;

/** Registers, on `mock`, how to save and load all of its state at once. */
export function registerMockStatePart(mock: object, owners: MockStateOwners): void {
  const part = (owner: object): StatePart => {
    const found = statePartOf(owner);
    if (!found) throw new Error("a part of the mock has no registered state");
    return found;
  };
  const ledger = part(owners.ledger);
  const webhooks = part(owners.webhooks);
  const faults = part(owners.faults);
  registerStatePart<SavedMockState>(mock, {
    wiring: { clock: owners.clock },
    save: () => ({
      ledger: ledger.save(),
      webhooks: webhooks.save(),
      records: owners.records.saveState(),
      middleware: owners.middlewareTenants.saveState(),
      faults: faults.save(),
    }),
    load(saved) {
      ledger.load(saved.ledger);
      owners.records.loadState(saved.records as ReturnType<RecordStore["saveState"]>);
      owners.middlewareTenants.loadState(saved.middleware as ReturnType<MiddlewareTenants["saveState"]>);
      faults.load(saved.faults);
      webhooks.load(saved.webhooks);
    },
  });
}
