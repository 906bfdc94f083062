import type { Clock } from "../clock.js";
import type { IdGenerator } from "../ids.js";
import { type FieldIssue, LedgerError, validationError } from "../ledger/kernel/ledger-error.js";
import { type ReceiverUrlPolicy, receiverUrlPolicy } from "./receiver-url-policy.js";
import { isWebhookEventType, subscriptionOf } from "./subscriptions.js";
import type { WebhookEventType } from "./types.js";

/**
 * Registered webhook endpoints and their signing secrets, per tenant. An endpoint receives
 * the events of both of its tenant's ledgers (the envelope's `environment` tells them
 * apart). Rotating a secret keeps the previous one signing for an overlap window
 * (default 24 h on the mock clock), so every delivery in that window carries two
 * signatures and receivers can switch secrets without losing events.
 */

export const DEFAULT_SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;
const MAX_URL_LENGTH = 2048;
const MAX_DESCRIPTION_LENGTH = 500;

export interface EndpointState {
  webhookId: string;
  tenantId: string;
  url: string;
  description: string | null;
  events: WebhookEventType[];
  enabled: boolean;
  disabledReason: string | null;
  secret: string;
  previousSecret: { secret: string; expiresAt: number } | null;
  createdAt: number;
  updatedAt: number;
  lastTriggeredAt: number | null;
  successCount: number;
  failureCount: number;
  consecutiveFailures: number;
}

export interface EndpointInput {
  url?: unknown;
  description?: unknown;
  events?: unknown;
  enabled?: unknown;
}

export class WebhookEndpoints {
  readonly #byId = new Map<string, EndpointState>();

  constructor(
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
    private readonly secretOverlapMs: number = DEFAULT_SECRET_OVERLAP_MS,
    private readonly urlPolicy: ReceiverUrlPolicy = receiverUrlPolicy(undefined),
  ) {}

  /** Errors: VALIDATION_ERROR. */
  create(tenantId: string, input: EndpointInput): EndpointState {
    const issues: FieldIssue[] = [];
    const url = readUrl(input.url, issues, true, this.urlPolicy);
    const description = readDescription(input.description, issues, false);
    const events = readEvents(input.events, issues);
    throwIfAny(issues);
    const now = this.clock.now();
    const endpoint: EndpointState = {
      webhookId: this.ids.webhookId(),
      tenantId,
      url: url as string,
      description: description ?? null,
      events: subscriptionOf(events),
      enabled: true,
      disabledReason: null,
      secret: this.ids.secret("whsec_"),
      previousSecret: null,
      createdAt: now,
      updatedAt: now,
      lastTriggeredAt: null,
      successCount: 0,
      failureCount: 0,
      consecutiveFailures: 0,
    };
    this.#byId.set(endpoint.webhookId, endpoint);
    return endpoint;
  }

  /** The tenant's endpoints, oldest first. */
  list(tenantId: string): EndpointState[] {
    return [...this.#byId.values()].filter((endpoint) => endpoint.tenantId === tenantId);
  }

  /** Errors: NOT_FOUND (unknown, deleted, or another tenant's: they look alike). */
  get(tenantId: string, webhookId: string): EndpointState {
    const endpoint = this.#byId.get(webhookId);
    if (!endpoint || endpoint.tenantId !== tenantId) {
      throw new LedgerError("NOT_FOUND", "No webhook endpoint has this id");
    }
    return endpoint;
  }

  /** The endpoint if it still exists (deliveries outlive deleted endpoints). */
  find(webhookId: string): EndpointState | undefined {
    return this.#byId.get(webhookId);
  }

  /** Errors: VALIDATION_ERROR, NOT_FOUND. Returns whether the endpoint was (re-)enabled. */
  update(
    tenantId: string,
    webhookId: string,
    changes: EndpointInput,
  ): { endpoint: EndpointState; enabled: boolean } {
    const endpoint = this.get(tenantId, webhookId);
    const issues: FieldIssue[] = [];
    const url = readUrl(changes.url, issues, false, this.urlPolicy);
    const description = readDescription(changes.description, issues, true);
    const events = readEvents(changes.events, issues);
    if (changes.enabled !== undefined && typeof changes.enabled !== "boolean") {
      issues.push({ path: "/enabled", message: "must be a boolean" });
    }
    throwIfAny(issues);
    if (url !== undefined) endpoint.url = url;
    if (description !== undefined) endpoint.description = description;
    if (events !== undefined) endpoint.events = subscriptionOf(events);
    const reenabled = changes.enabled === true && !endpoint.enabled;
    if (changes.enabled === true) {
      endpoint.enabled = true;
      endpoint.disabledReason = null;
      endpoint.consecutiveFailures = 0;
    } else if (changes.enabled === false) {
      endpoint.enabled = false;
    }
    endpoint.updatedAt = this.clock.now();
    return { endpoint, enabled: reenabled };
  }

  /** Errors: NOT_FOUND. */
  remove(tenantId: string, webhookId: string): EndpointState {
    const endpoint = this.get(tenantId, webhookId);
    this.#byId.delete(webhookId);
    return endpoint;
  }

  /** A new secret; the current one keeps signing until the overlap ends. Errors: NOT_FOUND. */
  rotateSecret(tenantId: string, webhookId: string): EndpointState {
    const endpoint = this.get(tenantId, webhookId);
    const now = this.clock.now();
    endpoint.previousSecret = { secret: endpoint.secret, expiresAt: now + this.secretOverlapMs };
    endpoint.secret = this.ids.secret("whsec_");
    endpoint.updatedAt = now;
    return endpoint;
  }

  /** The secrets that sign a delivery sent at `now`: the current one, plus the previous one during its overlap. */
  signingSecrets(endpoint: EndpointState, now: number): string[] {
    const previous = endpoint.previousSecret;
    return previous !== null && now < previous.expiresAt
      ? [endpoint.secret, previous.secret]
      : [endpoint.secret];
  }

  /** Until when the previous secret signs, or null when only the current one does. */
  previousSecretExpiresAt(endpoint: EndpointState, now: number): number | null {
    const previous = endpoint.previousSecret;
    return previous !== null && now < previous.expiresAt ? previous.expiresAt : null;
  }

  get size(): number {
    return this.#byId.size;
  }

  /** The endpoints as plain data, for a state snapshot (`loadState` takes them back). */
  saveState(): { endpoints: EndpointState[] } {
    return { endpoints: [...this.#byId.values()] };
  }

  loadState(state: { endpoints: EndpointState[] }): void {
    this.#byId.clear();
    for (const endpoint of state.endpoints) this.#byId.set(endpoint.webhookId, endpoint);
  }

  reset(): void {
    this.#byId.clear();
  }
}

function readUrl(
  value: unknown,
  issues: FieldIssue[],
  required: boolean,
  policy: ReceiverUrlPolicy,
): string | undefined {
  if (value === undefined) {
    if (required) issues.push({ path: "/url", message: "is required" });
    return undefined;
  }
  let url: URL | null = null;
  if (typeof value === "string" && value.length <= MAX_URL_LENGTH) {
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
  }
  if (url === null || (url.protocol !== "https:" && url.protocol !== "http:")) {
    issues.push({
      path: "/url",
      message: `must be an absolute http(s) URL of at most ${MAX_URL_LENGTH} characters`,
    });
    return undefined;
  }
  const refusal = policy.refusal(url);
  if (refusal !== null) {
    issues.push({ path: "/url", message: refusal });
    return undefined;
  }
  return value as string;
}

function readDescription(value: unknown, issues: FieldIssue[], nullable: boolean): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null && nullable) return null;
  // Characters are code points, as the spec's maxLength counts them: an emoji is one, not two.
  if (typeof value !== "string" || [...value].length > MAX_DESCRIPTION_LENGTH) {
    issues.push({
      path: "/description",
      message: `must be a string of at most ${MAX_DESCRIPTION_LENGTH} characters`,
    });
    return undefined;
  }
  return value;
}

function readEvents(value: unknown, issues: FieldIssue[]): WebhookEventType[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || !value.every(isWebhookEventType)) {
    issues.push({ path: "/events", message: "must be a non-empty list of webhook event types" });
    return undefined;
  }
  if (new Set(value).size !== value.length) {
    issues.push({ path: "/events", message: "must not repeat an event type" });
    return undefined;
  }
  return value;
}

function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0)
    throw validationError(
      issues,
      `The webhook endpoint is invalid: ${issues[0]?.path} ${issues[0]?.message}`,
    );
}
