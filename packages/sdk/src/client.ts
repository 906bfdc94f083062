import { normalizeUrl } from "./base-url.js";
import { type ClientProofs, createClientProofs } from "./client-proofs.js";
import { parseApiKey } from "./core/api-key.js";
import { AuthenticationError } from "./errors.js";
import { createRawClient, type RawClient } from "./raw-client.js";
import { BalanceResource } from "./resources/balance.js";
import { type APIPromise, definedOnly, type RequestOptions } from "./resources/request.js";
import {
  type PublicReceipt,
  PublicVerification,
  type VerifyOptions,
  type VerifyProofResult,
} from "./resources/verify.js";
import { createPacSpaceFetch, type FetchLike, type PacSpaceLogger } from "./transport/index.js";
import { Webhooks } from "./webhooks/webhooks.js";

/** Where both sandbox (`pk_test_`) and production (`pk_live_`) keys are served today. */
export const DEFAULT_BASE_URL = "https://app.pacspace.io";

export interface PacSpaceOptions {
  /** `pk_test_{publicId}.{secret}` (sandbox) or `pk_live_{publicId}.{secret}` (production). */
  apiKey: string;
  /** Sends every request here, whatever the key's environment. */
  baseUrl?: string;
  /** Host for `pk_test_` keys. Default `https://app.pacspace.io`. */
  sandboxUrl?: string;
  /** Host for `pk_live_` keys. Default `https://app.pacspace.io`. */
  productionUrl?: string;
  /** Retries after the first attempt (transient failures only). Default 2. */
  maxRetries?: number;
  /** Per-attempt timeout in ms. Default 30 000. */
  timeout?: number;
  /** The fetch every attempt goes through. Default: the global `fetch`. */
  fetch?: FetchLike;
  /** Secret(s) `pac.webhooks` checks deliveries with (`whsec_…`; old and new during a rotation). */
  webhookSecret?: string | readonly string[];
  /** Sign compare and checkpoint calls with the key's secret. Default true. */
  signRequests?: boolean;
  /** Receives one debug line per attempt and one warning per retry; never keys or signatures. */
  logger?: PacSpaceLogger;
  /**
   * The clock request signatures are timestamped with, in ms. Default `Date.now`. Tests that
   * pin or advance a mock server's clock pass that clock, so signatures stay within its
   * 300-second tolerance.
   */
  now?: () => number;
}

/**
 * The PacSpace client.
 *
 * ```ts
 * const pac = new PacSpace({ apiKey: process.env.PACSPACE_API_KEY! });
 * const delta = await pac.balance.emit("cust_acme", -12.5, "API usage 2026-04-03");
 * ```
 */
export class PacSpace {
  /** The host requests go to, chosen from the key's environment unless `baseUrl` was given. */
  readonly baseUrl: string;
  /** `test` (sandbox) or `live` (production), from the key's prefix. */
  readonly environment: "test" | "live";
  /** The typed openapi-fetch client over the same transport, for calls the resources do not wrap. */
  readonly raw: RawClient;
  /** The Balance API. */
  readonly balance: BalanceResource;
  /** Webhook verification and typed event parsing with `webhookSecret`. */
  readonly webhooks: Webhooks;
  /**
   * Offline proof checks: the functions of `@pacspace/sdk/proofs`, resolving with the same
   * results; their code is loaded on first use.
   */
  readonly proofs: ClientProofs = createClientProofs();
  readonly #public: PublicVerification;

  constructor(options: PacSpaceOptions) {
    const { apiKey } = options ?? ({} as PacSpaceOptions);
    if (typeof apiKey !== "string" || apiKey === "") {
      throw new AuthenticationError("An API key is required: new PacSpace({ apiKey: 'pk_test_….…' })");
    }
    const parsed = parseApiKey(apiKey);
    if (parsed === null) {
      throw new AuthenticationError(
        "The API key is malformed: expected pk_test_{publicId}.{secret} or pk_live_{publicId}.{secret}",
      );
    }
    this.environment = parsed.environment;
    this.baseUrl =
      options.baseUrl !== undefined
        ? normalizeUrl("baseUrl", options.baseUrl)
        : parsed.environment === "test"
          ? normalizeUrl("sandboxUrl", options.sandboxUrl ?? DEFAULT_BASE_URL)
          : normalizeUrl("productionUrl", options.productionUrl ?? DEFAULT_BASE_URL);

    const transport = definedOnly({
      maxRetries: options.maxRetries,
      timeout: options.timeout,
      fetch: options.fetch,
      logger: options.logger,
      now: options.now,
    });
    this.raw = createRawClient({
      baseUrl: this.baseUrl,
      fetch: createPacSpaceFetch({ ...transport, apiKey, signRequests: options.signRequests ?? true }),
    });
    // Public verification needs no key: it is not sent where it is not needed.
    const publicClient = createRawClient({
      baseUrl: this.baseUrl,
      fetch: createPacSpaceFetch({ ...transport, signRequests: false }),
    });
    this.balance = new BalanceResource(this.raw);
    this.webhooks = new Webhooks(options.webhookSecret);
    this.#public = new PublicVerification(publicClient);
  }

  /** Public check of a proof root (`source`: `db` default, `chain`, `both`). No key is sent. */
  verify(proofRoot: string, options?: VerifyOptions): APIPromise<VerifyProofResult> {
    return this.#public.verify(proofRoot, options);
  }

  /** A receipt as anyone holding its id sees it. No key is sent. */
  publicReceipt(receiptId: string, options?: RequestOptions): APIPromise<PublicReceipt> {
    return this.#public.publicReceipt(receiptId, options);
  }

  /**
   * The public receipt as PDF bytes (`application/pdf`), e.g. to attach to an invoice email;
   * wrap them in a `Blob` for a browser download. No key is sent. A receipt document's
   * `links.pdf` is the same document's URL.
   */
  publicReceiptPdf(receiptId: string, options?: RequestOptions): APIPromise<Uint8Array> {
    return this.#public.publicReceiptPdf(receiptId, options);
  }
}
