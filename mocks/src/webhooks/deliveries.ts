import type { DeliveredEventType, EventEnvironment, WebhookDeliveryStatus } from "./types.js";

/**
 * The delivery log: one delivery per (event, endpoint), each with its attempts. A delivery
 * keeps the exact body it was created with, so every attempt and manual retry sends the
 * same bytes (and the same event id) and receivers can deduplicate. `nextAttemptAt` on the
 * mock clock is the queue: a delivery is due when it is `pending` and that time has come.
 */

export interface AttemptRecord {
  attempt: number;
  at: number;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

export interface DeliveryState {
  deliveryId: string;
  eventId: string;
  webhookId: string;
  tenantId: string;
  environment: EventEnvironment;
  event: DeliveredEventType;
  /** The serialised envelope, sent as is on every attempt. */
  body: string;
  createdAt: number;
  status: WebhookDeliveryStatus;
  /** When the next attempt is due; null when delivered or given up. */
  nextAttemptAt: number | null;
  /** Failed attempts since the schedule (re)started; picks the next retry delay. */
  failuresInSchedule: number;
  attempts: AttemptRecord[];
  /** An attempt is on the wire. */
  inFlight: boolean;
  /** A test delivery: attempted once, never retried, never counted against the endpoint. */
  test: boolean;
  /** Why the delivery was given up without a failed attempt (its endpoint was deleted). */
  abandonedReason: string | null;
}

export interface DeliveryFilter {
  tenantId: string;
  environment?: EventEnvironment;
  webhookId?: string;
  eventId?: string;
  status?: WebhookDeliveryStatus;
  includeTests?: boolean;
}

export class DeliveryLog {
  readonly #deliveries: DeliveryState[] = [];
  readonly #byId = new Map<string, DeliveryState>();
  /** Pending deliveries: the only ones the scheduler has to look at. */
  readonly #pending = new Set<DeliveryState>();

  add(delivery: DeliveryState): DeliveryState {
    this.#deliveries.push(delivery);
    this.#byId.set(delivery.deliveryId, delivery);
    if (delivery.status === "pending") this.#pending.add(delivery);
    return delivery;
  }

  /** Every delivery, oldest first. */
  all(): readonly DeliveryState[] {
    return this.#deliveries;
  }

  get(deliveryId: string): DeliveryState | undefined {
    return this.#byId.get(deliveryId);
  }

  /** Matching deliveries, newest first. */
  query(filter: DeliveryFilter): DeliveryState[] {
    const matches: DeliveryState[] = [];
    for (let i = this.#deliveries.length - 1; i >= 0; i--) {
      const delivery = this.#deliveries[i] as DeliveryState;
      if (delivery.tenantId !== filter.tenantId) continue;
      if (filter.environment !== undefined && delivery.environment !== filter.environment) continue;
      if (filter.webhookId !== undefined && delivery.webhookId !== filter.webhookId) continue;
      if (filter.eventId !== undefined && delivery.eventId !== filter.eventId) continue;
      if (filter.status !== undefined && delivery.status !== filter.status) continue;
      if (delivery.test && !filter.includeTests) continue;
      matches.push(delivery);
    }
    return matches;
  }

  pending(): Iterable<DeliveryState> {
    return this.#pending;
  }

  /** Schedules the next attempt at `at` (manual retry, or a retry after a failure). */
  schedule(delivery: DeliveryState, at: number): void {
    delivery.status = "pending";
    delivery.nextAttemptAt = at;
    this.#pending.add(delivery);
  }

  /** Restarts the retry schedule and makes the delivery due at `now`. */
  requeue(delivery: DeliveryState, now: number): void {
    delivery.failuresInSchedule = 0;
    delivery.abandonedReason = null;
    this.schedule(delivery, now);
  }

  recordAttempt(delivery: DeliveryState, attempt: Omit<AttemptRecord, "attempt">): AttemptRecord {
    const record = { attempt: delivery.attempts.length + 1, ...attempt };
    delivery.attempts.push(record);
    return record;
  }

  /** Final state: `delivered` or `failed`, nothing more scheduled. */
  settle(delivery: DeliveryState, status: Exclude<WebhookDeliveryStatus, "pending">, reason?: string): void {
    delivery.status = status;
    delivery.abandonedReason = reason ?? null;
    delivery.nextAttemptAt = null;
    this.#pending.delete(delivery);
  }

  /** The log as plain data, for a state snapshot (`loadState` takes it back). */
  saveState(): { deliveries: DeliveryState[] } {
    return { deliveries: this.#deliveries };
  }

  /** Replaces the log with a saved one; an attempt in flight when it was saved is due again. */
  loadState(state: { deliveries: DeliveryState[] }): void {
    this.reset();
    for (const delivery of state.deliveries) {
      delivery.inFlight = false;
      this.add(delivery);
    }
  }

  reset(): void {
    this.#deliveries.length = 0;
    this.#byId.clear();
    this.#pending.clear();
  }
}
