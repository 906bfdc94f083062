import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import {
  constructWebhookEvent,
  EVENT_ID_HEADER,
  type KnownWebhookEvent,
  type WebhookEvent,
  WebhookVerificationError,
} from "@pacspace/sdk/webhooks";

/**
 * A PacSpace webhook receiver on node:http:
 *
 * 1. reads the raw body (the signature covers these exact bytes; never parse first);
 * 2. verifies signature, timestamp and payload (`constructWebhookEvent`), answering 400 to
 *    anything forged, stale or malformed;
 * 3. acknowledges an event type newer than this receiver (`known: false`) without work;
 * 4. processes each `X-Event-ID` once: PacSpace delivers at least once, so a redelivery of
 *    an event already handled is acknowledged without doing the work again;
 * 5. acknowledges with 2xx only after the work succeeded; a failure answers 500, and
 *    PacSpace retries later with the same event id.
 */

export interface WebhookReceiverOptions {
  /** The endpoint's `whsec_…` secret; during a rotation, both (`[newSecret, oldSecret]`). */
  secret: string | readonly string[];
  /** The work for one verified event. Throwing answers 500, so PacSpace delivers it again. */
  onEvent(event: KnownWebhookEvent): void | Promise<void>;
  /**
   * Ids of events already processed. In memory by default; a real receiver records them
   * durably, ideally in the same transaction as the work itself.
   */
  processed?: Set<string>;
  /** Largest accepted body (default 1 MiB). */
  maxBodyBytes?: number;
}

const ONE_MIB = 1024 * 1024;

class BodyTooLarge extends Error {}

function readRawBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLarge());
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

function answer(response: ServerResponse, status: number, body: Record<string, unknown>): void {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(body));
}

export function createWebhookReceiver(options: WebhookReceiverOptions): Server {
  const processed = options.processed ?? new Set<string>();
  const inProgress = new Set<string>();
  const limit = options.maxBodyBytes ?? ONE_MIB;

  return createServer(async (request, response) => {
    if (request.method !== "POST") return answer(response, 405, { error: "POST only" });

    let rawBody: Buffer;
    try {
      rawBody = await readRawBody(request, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge) return answer(response, 413, { error: "body too large" });
      return answer(response, 400, { error: "could not read the body" });
    }

    let event: WebhookEvent;
    try {
      event = await constructWebhookEvent(rawBody, request.headers, { secret: options.secret });
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) throw error;
      return answer(response, 400, { error: error.reason ?? "invalid delivery" });
    }
    // Genuine (the signature was checked) but newer than this receiver: acknowledge it.
    if (!event.known) return answer(response, 202, { status: "ignored" });

    const eventId = deliveryId(request, event);
    if (eventId === null) return answer(response, 400, { error: "no X-Event-ID" });
    if (processed.has(eventId)) return answer(response, 200, { status: "duplicate" });
    // The same event arriving twice at once: let the second try again later.
    if (inProgress.has(eventId)) return answer(response, 409, { error: "already being processed" });
    inProgress.add(eventId);
    try {
      await options.onEvent(event);
      processed.add(eventId);
      answer(response, 200, { status: "processed" });
    } catch {
      answer(response, 500, { error: "processing failed; deliver again" });
    } finally {
      inProgress.delete(eventId);
    }
  });
}

/** The delivery's dedupe id: the `X-Event-ID` header, else the body's `id` (an extension some senders add). */
function deliveryId(request: IncomingMessage, event: KnownWebhookEvent): string | null {
  const header = request.headers[EVENT_ID_HEADER.toLowerCase()];
  const value = Array.isArray(header) ? header[0] : header;
  return value?.trim() || event.id || null;
}
