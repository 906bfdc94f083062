import { verifyWebhookSignature } from "../core/webhook-signature.js";
import { WebhookVerificationError } from "../errors.js";
import type { components } from "../generated/schema.js";

/** Request headers as Fetch (`Headers`) or Node (`IncomingHttpHeaders`) give them. */
export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>;

/**
 * A verified delivery. The spec does not generate payload types yet, so `data` is left to the
 * caller to narrow by `event`.
 */
export interface WebhookEvent {
  id: string;
  event: components["schemas"]["WebhookEventType"];
  timestamp: string;
  data: unknown;
  [field: string]: unknown;
}

export interface WebhookVerifyOptions {
  /** Overrides the client's `webhookSecret`; a list accepts any of them (secret rotation). */
  secret?: string | readonly string[];
  /** Maximum distance between the signed timestamp and now. Default 300 s. */
  toleranceSeconds?: number;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === "string" ? value : value?.[0];
}

/** Verifies webhook deliveries with the client's `webhookSecret` (CONTRACT §7). */
export class Webhooks {
  readonly #secret: string | readonly string[] | undefined;

  constructor(secret?: string | readonly string[]) {
    this.#secret = secret;
  }

  /**
   * Checks `X-PacSpace-Signature` / `X-PacSpace-Timestamp` against the raw body (exactly the
   * bytes received, as text) and returns the parsed event; throws `WebhookVerificationError`.
   */
  async verify(
    rawBody: string,
    headers: WebhookHeaders,
    options: WebhookVerifyOptions = {},
  ): Promise<WebhookEvent> {
    const secret = options.secret ?? this.#secret;
    if (secret === undefined || secret.length === 0) {
      throw new WebhookVerificationError(
        "No webhook secret: pass webhookSecret to new PacSpace() or options.secret",
      );
    }
    if (typeof rawBody !== "string") {
      throw new WebhookVerificationError("rawBody must be the request body as received, as a string");
    }
    const check = await verifyWebhookSignature({
      body: rawBody,
      signatureHeader: header(headers, "x-pacspace-signature"),
      timestampHeader: header(headers, "x-pacspace-timestamp"),
      secret,
      ...(options.toleranceSeconds === undefined ? {} : { toleranceSeconds: options.toleranceSeconds }),
    });
    if (!check.valid) throw new WebhookVerificationError(check.message);
    let event: unknown;
    try {
      event = JSON.parse(rawBody);
    } catch (cause) {
      throw new WebhookVerificationError("The webhook body is not JSON", { cause });
    }
    if (typeof event !== "object" || event === null || Array.isArray(event)) {
      throw new WebhookVerificationError("The webhook body is not a JSON object");
    }
    return event as WebhookEvent;
  }
}
