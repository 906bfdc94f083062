import type { Clock } from "../clock.js";
import type { IdGenerator } from "../ids.js";
import type { LedgerEvent, LedgerEventListener } from "../ledger/kernel/events.js";
import { LedgerError } from "../ledger/kernel/ledger-error.js";
import { ParamReader, type QueryValue } from "../ledger/kernel/query.js";
import { registerStatePart } from "../state-parts.js";
import { DeliveryLog, type DeliveryState } from "./deliveries.js";
import {
  DEFAULT_SECRET_OVERLAP_MS,
  type EndpointInput,
  type EndpointState,
  WebhookEndpoints,
} from "./endpoints.js";
import type { ReceiverUrlPolicy } from "./receiver-url-policy.js";
import {
  DELIVERY_TIMEOUT_MS,
  DISABLE_AFTER_CONSECUTIVE_FAILURES,
  retryDelayAfter,
} from "./retry-schedule.js";
import { DeliveryScheduler } from "./scheduler.js";
import { type AttemptOutcome, type FetchLike, sendAttempt } from "./sender.js";
import { signedDeliveryHeaders } from "./signer.js";
import { isSubscribed } from "./subscriptions.js";
import {
  type CreatedWebhookEndpoint,
  type DeletedWebhookEndpoint,
  type EventEnvironment,
  TEST_EVENT_TYPE,
  type WebhookDelivery,
  type WebhookDeliveryList,
  type WebhookDeliveryStatus,
  type WebhookEndpoint,
  type WebhookEndpointList,
  type WebhookEventDelivery,
  type WebhookEventList,
} from "./types.js";
import { createdEndpointView, deliveryView, endpointView, eventDeliveryView } from "./views.js";

/**
 * The webhook delivery engine of one mock instance. Ledger events, published
 * after their write committed, become one delivery per enabled, subscribed endpoint of the
 * tenant. Attempts leave on a later macrotask, never inside the API request that caused
 * the event, and their outcome (status, duration, error) only ever lands in the delivery
 * log: a slow, failing or crashing receiver cannot slow or fail an API call. Failed
 * attempts are retried on the mock clock (`runDue()` after the clock moves); 20
 * consecutive failures disable the endpoint. Delivery is at least once.
 */

export interface WebhookEngineOptions {
  clock: Clock;
  ids: IdGenerator;
  /** Where ledger events come from; subscribed only while at least one endpoint exists. */
  events: { onEvent(listener: LedgerEventListener): () => void };
  /** The fetch attempts use. Default: `globalThis.fetch`, looked up on every attempt. */
  fetch?: FetchLike;
  /** Real-time limit for a receiver's 2xx (default 10 000 ms). */
  timeoutMs?: number;
  /** How long a rotated-out secret keeps signing (default 24 h on the mock clock). */
  secretOverlapMs?: number;
  /** Moves the mock clock (and settles what came due); `drain()` needs it. */
  advanceClock?: (ms: number) => void;
  /** Receiver URLs refused at registration (default: none). */
  receiverUrls?: ReceiverUrlPolicy;
  /** Receives what a delivery pass running on a timer throws. Default: console.error. */
  onInternalError?: (error: unknown) => void;
}

export interface ListQuery {
  status?: QueryValue;
  limit?: QueryValue;
  offset?: QueryValue;
}

export interface DeliveryInspection {
  tenantId?: string;
  webhookId?: string;
  eventId?: string;
}

export interface WebhookEngine {
  /** Registers an endpoint; the answer is the only one with its `secret`. Errors: VALIDATION_ERROR. */
  createEndpoint(tenantId: string, input: EndpointInput): CreatedWebhookEndpoint;
  listEndpoints(tenantId: string, query?: { page?: QueryValue; limit?: QueryValue }): WebhookEndpointList;
  /** Errors: NOT_FOUND. */
  getEndpoint(tenantId: string, webhookId: string): WebhookEndpoint;
  /** `{enabled: true}` resumes deliveries, including retries that came due. Errors: VALIDATION_ERROR, NOT_FOUND. */
  updateEndpoint(tenantId: string, webhookId: string, changes: EndpointInput): WebhookEndpoint;
  /** Pending deliveries to it become `failed`. Errors: NOT_FOUND. */
  deleteEndpoint(tenantId: string, webhookId: string): DeletedWebhookEndpoint;
  /** New secret; the previous one keeps signing for the overlap. Errors: NOT_FOUND. */
  rotateSecret(tenantId: string, webhookId: string): CreatedWebhookEndpoint;
  /**
   * Queues one signed `webhook.test` event for the endpoint (even a disabled one) and returns
   * the pending delivery; the single attempt follows on the next pass. Errors: NOT_FOUND.
   */
  sendTestEvent(tenantId: string, webhookId: string, environment?: EventEnvironment): WebhookDelivery;
  /** The endpoint's deliveries, newest first. Errors: NOT_FOUND, VALIDATION_ERROR. */
  listDeliveries(tenantId: string, webhookId: string, query?: ListQuery): WebhookDeliveryList;
  /** Re-queues one delivery now with a fresh schedule. Errors: NOT_FOUND, CONFLICT (disabled endpoint, test delivery). */
  retryDelivery(tenantId: string, webhookId: string, deliveryId: string): WebhookDelivery;
  /** Balance API: the ledger's deliveries, newest first. Errors: VALIDATION_ERROR. */
  listEvents(tenantId: string, environment: EventEnvironment, query?: ListQuery): WebhookEventList;
  /**
   * Balance API: re-queues the event's deliveries (or the one to `webhookId`) now.
   * Errors: NOT_FOUND, CONFLICT (only disabled or deleted endpoints left).
   */
  retryEvent(
    tenantId: string,
    environment: EventEnvironment,
    eventId: string,
    webhookId?: string,
  ): WebhookEventDelivery;
  /** Deliveries with their attempts, for assertions (all tenants unless filtered), oldest first. */
  inspectDeliveries(filter?: DeliveryInspection): WebhookDelivery[];
  /** The exact body a delivery sends on every attempt (the signed bytes); null for an unknown id. */
  deliveryBody(deliveryId: string): string | null;
  /** Starts every attempt that is due on the mock clock; does not wait for them. */
  runDue(): void;
  /** Starts what is due and resolves when no attempt is in flight. Does not move the clock. */
  flush(): Promise<void>;
  /**
   * Runs every pending delivery to its end: flushes, then moves the clock to the next
   * scheduled retry, until nothing is pending (held deliveries of disabled endpoints wait).
   */
  drain(): Promise<void>;
  /** Forgets endpoints and deliveries; attempts in flight are aborted and their outcome dropped. */
  reset(): void;
}

const TEST_MESSAGE = "Test event from PacSpace";
const MAX_DRAIN_STEPS = 100_000;

export function createWebhookEngine(options: WebhookEngineOptions): WebhookEngine {
  const { clock, ids } = options;
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  if (!(Number.isFinite(timeoutMs) && timeoutMs > 0))
    throw new RangeError("timeoutMs must be a positive number");
  const endpoints = new WebhookEndpoints(
    clock,
    ids,
    options.secretOverlapMs ?? DEFAULT_SECRET_OVERLAP_MS,
    options.receiverUrls,
  );
  const log = new DeliveryLog();
  const scheduler = new DeliveryScheduler(
    () => runDue(),
    options.onInternalError ??
      ((error) => console.error("[pacspace-mock] webhook delivery pass failed", error)),
  );
  // A reset bumps the generation: outcomes of attempts started before it are dropped.
  let generation = 0;
  let aborter = new AbortController();
  let unsubscribe: (() => void) | null = null;

  // Ledgers only build event payloads while someone listens; listen only when it matters.
  const updateSubscription = () => {
    if (endpoints.size > 0 && unsubscribe === null) unsubscribe = options.events.onEvent(onLedgerEvent);
    if (endpoints.size === 0 && unsubscribe !== null) {
      unsubscribe();
      unsubscribe = null;
    }
  };

  function onLedgerEvent(event: LedgerEvent): void {
    const receivers = endpoints
      .list(event.tenantId)
      .filter((endpoint) => endpoint.enabled && isSubscribed(endpoint.events, event.event));
    if (receivers.length === 0) return;
    // Serialised once: every attempt and retry sends these exact bytes.
    const body = JSON.stringify(event);
    const now = clock.now();
    for (const endpoint of receivers) {
      log.add(newDelivery(endpoint, event, body, now, false));
    }
    scheduler.kick();
  }

  function newDelivery(
    endpoint: EndpointState,
    event: Pick<LedgerEvent, "id" | "environment"> & { event: DeliveryState["event"] },
    body: string,
    now: number,
    test: boolean,
  ): DeliveryState {
    return {
      deliveryId: ids.deliveryId(),
      eventId: event.id,
      webhookId: endpoint.webhookId,
      tenantId: endpoint.tenantId,
      environment: event.environment,
      event: event.event,
      body,
      createdAt: now,
      status: "pending",
      nextAttemptAt: now,
      failuresInSchedule: 0,
      attempts: [],
      inFlight: false,
      test,
      abandonedReason: null,
    };
  }

  function runDue(): void {
    const now = clock.now();
    for (const delivery of [...log.pending()]) {
      if (delivery.inFlight || delivery.nextAttemptAt === null || delivery.nextAttemptAt > now) continue;
      const endpoint = endpoints.find(delivery.webhookId);
      if (endpoint === undefined) {
        log.settle(delivery, "failed", "The endpoint was deleted");
        continue;
      }
      // Held, not dropped: re-enabling the endpoint resumes it. A test goes out regardless.
      if (!endpoint.enabled && !delivery.test) continue;
      void scheduler.track(attempt(delivery, endpoint));
    }
  }

  async function attempt(delivery: DeliveryState, endpoint: EndpointState): Promise<void> {
    delivery.inFlight = true;
    const started = generation;
    const at = clock.now();
    let outcome: AttemptOutcome;
    try {
      const headers = await signedDeliveryHeaders({
        body: delivery.body,
        event: delivery.event,
        eventId: delivery.eventId,
        secrets: endpoints.signingSecrets(endpoint, at),
        nowMs: at,
      });
      outcome = await sendAttempt({
        fetch: options.fetch,
        url: endpoint.url,
        headers,
        body: delivery.body,
        timeoutMs,
        signal: aborter.signal,
      });
    } catch (error) {
      outcome = { ok: false, statusCode: null, durationMs: 0, error: `Could not send: ${String(error)}` };
    }
    if (started !== generation) return;
    delivery.inFlight = false;
    record(delivery, endpoint, at, outcome);
  }

  function record(
    delivery: DeliveryState,
    endpoint: EndpointState,
    at: number,
    outcome: AttemptOutcome,
  ): void {
    log.recordAttempt(delivery, {
      at,
      statusCode: outcome.statusCode,
      durationMs: outcome.durationMs,
      error: outcome.error,
    });
    endpoint.lastTriggeredAt = at;
    if (delivery.test) {
      log.settle(delivery, outcome.ok ? "delivered" : "failed");
      return;
    }
    if (outcome.ok) {
      endpoint.successCount += 1;
      endpoint.consecutiveFailures = 0;
      log.settle(delivery, "delivered");
      return;
    }
    endpoint.failureCount += 1;
    endpoint.consecutiveFailures += 1;
    delivery.failuresInSchedule += 1;
    const delay = retryDelayAfter(delivery.failuresInSchedule);
    if (delay === null) log.settle(delivery, "failed");
    else log.schedule(delivery, at + delay);
    if (endpoint.enabled && endpoint.consecutiveFailures >= DISABLE_AFTER_CONSECUTIVE_FAILURES) {
      endpoint.enabled = false;
      endpoint.disabledReason = `Disabled after ${endpoint.consecutiveFailures} consecutive failed delivery attempts (last: ${outcome.error})`;
      endpoint.updatedAt = clock.now();
    }
    // The clock may have moved past the retry while the attempt was on the wire.
    if (delivery.nextAttemptAt !== null && delivery.nextAttemptAt <= clock.now()) scheduler.kick();
  }

  function readList(query: ListQuery): { status?: WebhookDeliveryStatus; limit: number; offset: number } {
    const reader = new ParamReader();
    const limit = reader.integer("limit", query.limit, { min: 1, max: 100, fallback: 25 });
    const offset = reader.integer("offset", query.offset, { min: 0, fallback: 0 });
    const status = reader.text("status", query.status);
    if (status !== undefined && status !== "pending" && status !== "delivered" && status !== "failed") {
      reader.add({ path: "status", message: "must be one of pending, delivered, failed" });
    }
    reader.throwIfAny();
    return { ...(status === undefined ? {} : { status: status as WebhookDeliveryStatus }), limit, offset };
  }

  function ownDelivery(tenantId: string, webhookId: string, deliveryId: string) {
    const endpoint = endpoints.get(tenantId, webhookId);
    const delivery = log.get(deliveryId);
    if (!delivery || delivery.tenantId !== tenantId || delivery.webhookId !== webhookId) {
      throw new LedgerError("NOT_FOUND", "No delivery of this endpoint has this id");
    }
    return { endpoint, delivery };
  }

  const engine: WebhookEngine = {
    createEndpoint(tenantId, input) {
      const endpoint = endpoints.create(tenantId, input);
      updateSubscription();
      return createdEndpointView(endpoints, endpoint, clock.now());
    },
    listEndpoints(tenantId, query = {}) {
      const reader = new ParamReader();
      const page = reader.integer("page", query.page, { min: 1, fallback: 1 });
      const limit = reader.integer("limit", query.limit, { min: 1, max: 100, fallback: 25 });
      reader.throwIfAny();
      const all = endpoints.list(tenantId);
      const now = clock.now();
      return {
        webhooks: all.slice((page - 1) * limit, page * limit).map((e) => endpointView(endpoints, e, now)),
        pagination: { page, limit, total: all.length, totalPages: Math.ceil(all.length / limit) },
      };
    },
    getEndpoint: (tenantId, webhookId) =>
      endpointView(endpoints, endpoints.get(tenantId, webhookId), clock.now()),
    updateEndpoint(tenantId, webhookId, changes) {
      const { endpoint, enabled } = endpoints.update(tenantId, webhookId, changes);
      if (enabled) scheduler.kick();
      return endpointView(endpoints, endpoint, clock.now());
    },
    deleteEndpoint(tenantId, webhookId) {
      const endpoint = endpoints.remove(tenantId, webhookId);
      for (const delivery of [...log.pending()]) {
        if (delivery.webhookId === webhookId && !delivery.inFlight) {
          log.settle(delivery, "failed", "The endpoint was deleted");
        }
      }
      updateSubscription();
      return { id: endpoint.webhookId, deleted: true };
    },
    rotateSecret(tenantId, webhookId) {
      const endpoint = endpoints.rotateSecret(tenantId, webhookId);
      return createdEndpointView(endpoints, endpoint, clock.now());
    },
    sendTestEvent(tenantId, webhookId, environment = "sandbox") {
      const endpoint = endpoints.get(tenantId, webhookId);
      const now = clock.now();
      const envelope = {
        id: ids.eventId(),
        event: TEST_EVENT_TYPE,
        timestamp: new Date(now).toISOString(),
        tenantId,
        environment,
        data: { webhookId, message: TEST_MESSAGE },
      };
      const delivery = log.add(newDelivery(endpoint, envelope, JSON.stringify(envelope), now, true));
      scheduler.kick();
      return deliveryView(delivery);
    },
    listDeliveries(tenantId, webhookId, query = {}) {
      endpoints.get(tenantId, webhookId);
      const { status, limit, offset } = readList(query);
      const matches = log.query({
        tenantId,
        webhookId,
        includeTests: true,
        ...(status === undefined ? {} : { status }),
      });
      return {
        deliveries: matches.slice(offset, offset + limit).map(deliveryView),
        pagination: { limit, offset, total: matches.length },
      };
    },
    retryDelivery(tenantId, webhookId, deliveryId) {
      const { endpoint, delivery } = ownDelivery(tenantId, webhookId, deliveryId);
      if (delivery.test)
        throw new LedgerError("CONFLICT", "Test deliveries are not retried; send a new test event");
      if (!endpoint.enabled) {
        throw new LedgerError(
          "CONFLICT",
          "The endpoint is disabled; enable it before retrying its deliveries",
        );
      }
      if (!delivery.inFlight) log.requeue(delivery, clock.now());
      scheduler.kick();
      return deliveryView(delivery);
    },
    listEvents(tenantId, environment, query = {}) {
      const { status, limit, offset } = readList(query);
      const matches = log.query({ tenantId, environment, ...(status === undefined ? {} : { status }) });
      return {
        events: matches.slice(offset, offset + limit).map(eventDeliveryView),
        pagination: { limit, offset, total: matches.length },
      };
    },
    retryEvent(tenantId, environment, eventId, webhookId) {
      const matches = log
        .query({ tenantId, environment, eventId, ...(webhookId === undefined ? {} : { webhookId }) })
        .reverse();
      if (matches.length === 0) throw new LedgerError("NOT_FOUND", "No webhook delivery has this event id");
      const requeued = matches.filter((delivery) => endpoints.find(delivery.webhookId)?.enabled === true);
      const first = requeued[0];
      if (first === undefined) {
        throw new LedgerError(
          "CONFLICT",
          "Every endpoint this event went to is disabled or deleted; enable one before retrying",
        );
      }
      const now = clock.now();
      for (const delivery of requeued) if (!delivery.inFlight) log.requeue(delivery, now);
      scheduler.kick();
      return eventDeliveryView(first);
    },
    deliveryBody: (deliveryId) => log.get(deliveryId)?.body ?? null,
    inspectDeliveries(filter = {}) {
      return log
        .all()
        .filter(
          (delivery) =>
            (filter.tenantId === undefined || delivery.tenantId === filter.tenantId) &&
            (filter.webhookId === undefined || delivery.webhookId === filter.webhookId) &&
            (filter.eventId === undefined || delivery.eventId === filter.eventId),
        )
        .map(deliveryView);
    },
    runDue,
    async flush() {
      runDue();
      await scheduler.idle();
    },
    async drain() {
      const advance = options.advanceClock;
      if (advance === undefined) throw new TypeError("drain() needs an advanceClock function");
      for (let step = 0; step < MAX_DRAIN_STEPS; step++) {
        runDue();
        await scheduler.idle();
        let next: number | null = null;
        for (const delivery of log.pending()) {
          if (delivery.nextAttemptAt === null || endpoints.find(delivery.webhookId)?.enabled !== true)
            continue;
          if (next === null || delivery.nextAttemptAt < next) next = delivery.nextAttemptAt;
        }
        if (next === null) return;
        advance(Math.max(0, next - clock.now()));
      }
      throw new Error(`drain() gave up after ${MAX_DRAIN_STEPS} steps`);
    },
    reset() {
      generation += 1;
      aborter.abort();
      aborter = new AbortController();
      endpoints.reset();
      log.reset();
      updateSubscription();
    },
  };
  registerStatePart<{
    endpoints: ReturnType<WebhookEndpoints["saveState"]>;
    log: ReturnType<DeliveryLog["saveState"]>;
  }>(engine, {
    save: () => ({ endpoints: endpoints.saveState(), log: log.saveState() }),
    load(saved) {
      // attempts on the wire belong to the state being replaced: their outcomes are dropped
      generation += 1;
      aborter.abort();
      aborter = new AbortController();
      endpoints.loadState(saved.endpoints);
      log.loadState(saved.log);
      updateSubscription();
      scheduler.kick();
    },
  });
  return engine;
}
