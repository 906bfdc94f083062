import type { WebhookEventType } from "./api-types.js";
import type { Environment } from "./state.js";

/**
 * Ledger events: state changes (a delta verified or failed, a checkpoint verified, a
 * receipt generated, a customer created) and reads the catalogue reports (a comparison
 * run, an export downloaded, a shared record viewed). Each is already in the webhook
 * envelope shape, with this toolkit's `id`, `tenantId` and `environment` beside the
 * documented `event`, `timestamp` and `data`, so a delivery engine only has to sign and
 * send it. Events of a write are published after it has committed, never for a
 * rolled-back one.
 */
export interface LedgerEvent<TData = Record<string, unknown>> {
  /** `evt_…`, sent as `X-Event-ID`; receivers dedupe on it. */
  id: string;
  event: WebhookEventType;
  /** ISO 8601 UTC with milliseconds. */
  timestamp: string;
  tenantId: string;
  environment: Environment;
  data: TData;
}

export type LedgerEventListener = (event: LedgerEvent) => void;

export class EventBus {
  private readonly listeners = new Set<LedgerEventListener>();

  constructor(private readonly onListenerError: (error: unknown, event: LedgerEvent) => void) {}

  /** Subscribes; returns the unsubscribe function. */
  on(listener: LedgerEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Building event payloads costs time at scale, so writers skip it when nobody listens. */
  get hasListeners(): boolean {
    return this.listeners.size > 0;
  }

  publish(event: LedgerEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A subscriber's bug must not undo or block a committed write.
        this.onListenerError(error, event);
      }
    }
  }
}
