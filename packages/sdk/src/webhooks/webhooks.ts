import type { WebhookEnvelope, WebhookEvent } from "./events.js";
import type { WebhookHeaders } from "./headers.js";
import type { RawWebhookBody } from "./raw-body.js";
import type { WebhookVerifyOptions } from "./verify.js";

// Loaded on first use: an app that never receives webhooks does not ship the verifier.
const loadVerifier = () => import("./verify.js");

/** Per-call options of `pac.webhooks`; `secret` overrides the client's `webhookSecret`. */
export type WebhookOptions = Partial<WebhookVerifyOptions>;

/**
 * `pac.webhooks`: delivery verification with the client's `webhookSecret`. The same
 * functions, without a client or API key: `@pacspace/sdk/webhooks`.
 */
export class Webhooks {
  readonly #secret: string | readonly string[] | undefined;

  constructor(secret?: string | readonly string[]) {
    this.#secret = secret;
  }

  #options(options: WebhookOptions): WebhookVerifyOptions {
    return { ...options, secret: options.secret ?? this.#secret ?? "" };
  }

  /**
   * Checks the signature, timestamp and envelope of a delivery from its raw body; resolves
   * with the envelope (`data` unchecked, any event type) or throws `WebhookVerificationError`
   * with a `reason`.
   */
  verify(
    rawBody: RawWebhookBody,
    headers: WebhookHeaders,
    options: WebhookOptions = {},
  ): Promise<WebhookEnvelope> {
    const resolved = this.#options(options);
    return loadVerifier().then((verifier) => verifier.verifyWebhook(rawBody, headers, resolved));
  }

  /** Like `verify`, but resolves with true or false instead of throwing. */
  isValid(rawBody: RawWebhookBody, headers: WebhookHeaders, options: WebhookOptions = {}): Promise<boolean> {
    const resolved = this.#options(options);
    return loadVerifier().then((verifier) => verifier.isValidWebhook(rawBody, headers, resolved));
  }

  /**
   * `verify` plus a check of the payload against the spec: resolves with the typed event
   * (`known: true`), or with `known: false` and the raw `data` for an event type newer
   * than this SDK.
   */
  constructEvent(
    rawBody: RawWebhookBody,
    headers: WebhookHeaders,
    options: WebhookOptions = {},
  ): Promise<WebhookEvent> {
    const resolved = this.#options(options);
    return loadVerifier().then((verifier) => verifier.constructWebhookEvent(rawBody, headers, resolved));
  }
}
