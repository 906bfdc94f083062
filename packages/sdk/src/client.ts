import { normalizeUrl } from "./base-url.js";
import { ClientClosedError, ClientLifecycle } from "./client-closed.js";
import { type ClientProofs, createClientProofs } from "./client-proofs.js";
import { parseApiKey } from "./core/api-key.js";
import {
  APIError,
  AuthenticationError,
  CadenceLimitError,
  ConflictError,
  ConnectionError,
  ContractNotDeployedError,
  IdempotencyPendingError,
  InternalServerError,
  InvalidScopeCombinationError,
  NotFoundError,
  PacSpaceError,
  PaymentRequiredError,
  PermissionDeniedError,
  ProofVerificationError,
  RateLimitError,
  ScopeTooWideError,
  ServiceUnavailableError,
  TimeoutError,
  ValidationError,
  WebhookVerificationError,
} from "./errors.js";
import { createRawClient } from "./lazy-raw-client.js";
import { loadOnce } from "./load-once.js";
import type { RawClient } from "./raw-client.js";
import { BalanceResource } from "./resources/balance.js";
import { deferredCall } from "./resources/deferred.js";
import { createDirectClient } from "./resources/direct-client.js";
import { MiddlewareResource } from "./resources/middleware.js";
import { RecordsResource } from "./resources/records.js";
import { type APIPromise, definedOnly, type RequestOptions } from "./resources/request.js";
import type {
  PublicReceipt,
  PublicVerification,
  VerifyOptions,
  VerifyProofResult,
} from "./resources/verify.js";
import { summaryBatchSender } from "./submission/batch-transport.js";
import { InvalidSubmissionProfileError, InvalidSummaryError } from "./submission/errors.js";
import type { SubmissionOptions } from "./submission/options.js";
import type { SummaryFlushReport } from "./submission/report.js";
import { SummarySubmission } from "./submission/summary-submission.js";
import type { FetchLike, PacSpaceLogger } from "./transport/index.js";
import { createLazyTransport } from "./transport/lazy-pacspace-fetch.js";
import { Webhooks } from "./webhooks/webhooks.js";

/** Where both sandbox (`pk_test_`) and production (`pk_live_`) keys are served today. */
export const DEFAULT_BASE_URL = "https://app.pacspace.io";

/** The `X-Chain-Id` the official PacSpace SDKs send for each key environment. */
const DEFAULT_CHAIN_ID = { test: 296, live: 295 } as const;

function checkedChainId(chainId: number | string): string {
  const text = String(chainId);
  if (!/^[0-9]{1,20}$/.test(text)) {
    throw new RangeError(`chainId must be a non-negative whole number, got ${JSON.stringify(chainId)}`);
  }
  return text;
}

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
  /**
   * Sent as `X-Chain-Id` on every request, as the official PacSpace SDKs do. Default: 296 for a
   * `pk_test_` key, 295 for a `pk_live_` key.
   */
  chainId?: number | string;
  /**
   * Default `X-Credit-Pool-Id` of every write (routing override for tenants with several
   * contracts); a call's own `creditPoolId` wins.
   */
  creditPoolId?: string | number;
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
  /**
   * The summary submitter's profile and pacing (`pac.balance.submission`). An enterprise-only
   * profile without `enterprise: true` throws `InvalidSubmissionProfileError` here.
   */
  submission?: SubmissionOptions;
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
  static readonly PacSpaceError = PacSpaceError;
  static readonly APIError = APIError;
  static readonly ValidationError = ValidationError;
  static readonly InvalidScopeCombinationError = InvalidScopeCombinationError;
  static readonly ScopeTooWideError = ScopeTooWideError;
  static readonly AuthenticationError = AuthenticationError;
  static readonly PaymentRequiredError = PaymentRequiredError;
  static readonly PermissionDeniedError = PermissionDeniedError;
  static readonly NotFoundError = NotFoundError;
  static readonly ConflictError = ConflictError;
  static readonly ContractNotDeployedError = ContractNotDeployedError;
  static readonly RateLimitError = RateLimitError;
  static readonly CadenceLimitError = CadenceLimitError;
  static readonly IdempotencyPendingError = IdempotencyPendingError;
  static readonly InternalServerError = InternalServerError;
  static readonly ServiceUnavailableError = ServiceUnavailableError;
  static readonly ConnectionError = ConnectionError;
  static readonly TimeoutError = TimeoutError;
  static readonly WebhookVerificationError = WebhookVerificationError;
  static readonly ProofVerificationError = ProofVerificationError;
  static readonly ClientClosedError = ClientClosedError;
  static readonly InvalidSummaryError = InvalidSummaryError;
  static readonly InvalidSubmissionProfileError = InvalidSubmissionProfileError;

  /** The host requests go to, chosen from the key's environment unless `baseUrl` was given. */
  readonly baseUrl: string;
  /** `test` (sandbox) or `live` (production), from the key's prefix. */
  readonly environment: "test" | "live";
  /** The typed openapi-fetch client over the same transport, for calls the resources do not wrap. */
  readonly raw: RawClient;
  /** The Balance API. */
  readonly balance: BalanceResource;
  /** The Records API: append-only, hash-chained records of machine actions. */
  readonly records: RecordsResource;
  /** The billing-middleware API (tenants configured as billing middleware only). */
  readonly middleware: MiddlewareResource;
  /** Webhook verification and typed event parsing with `webhookSecret`. */
  readonly webhooks: Webhooks;
  /**
   * Offline proof checks: the functions of `@pacspace/sdk/proofs`, resolving with the same
   * results; their code is loaded on first use.
   */
  readonly proofs: ClientProofs = createClientProofs();
  /** Public verification, loaded on its first call. */
  readonly #public: () => Promise<PublicVerification>;
  readonly #lifecycle = new ClientLifecycle();

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
      chainId: checkedChainId(options.chainId ?? DEFAULT_CHAIN_ID[parsed.environment]),
    });
    const keyed = createLazyTransport({
      ...transport,
      apiKey,
      signRequests: options.signRequests ?? true,
      ...(options.creditPoolId === undefined ? {} : { creditPoolId: options.creditPoolId }),
    });
    // openapi-fetch is loaded on `pac.raw`'s first request (see lazy-raw-client.ts).
    this.raw = createRawClient({ baseUrl: this.baseUrl, fetch: this.#lifecycle.guard(keyed.fetch) });
    // Public verification needs no key: it is not sent where it is not needed.
    const unkeyed = createLazyTransport({ ...transport, signRequests: false });
    // The resources send straight to the transport (`pac.raw` is openapi-fetch over the same one).
    const direct = createDirectClient(this.baseUrl, this.#lifecycle.guardSend(keyed.send));
    this.balance = new BalanceResource(
      direct,
      new SummarySubmission(summaryBatchSender(direct), options.submission, this.#lifecycle),
    );
    this.records = new RecordsResource(direct);
    this.middleware = new MiddlewareResource(direct);
    this.webhooks = new Webhooks(options.webhookSecret);
    const publicClient = createDirectClient(this.baseUrl, this.#lifecycle.guardSend(unkeyed.send));
    this.#public = loadOnce(
      async () => new (await import("./resources/verify.js")).PublicVerification(publicClient),
    );
  }

  /** True once `close()` or `shutdown()` was called. */
  get closed(): boolean {
    return this.#lifecycle.closed;
  }

  /**
   * Stops the summary scheduler (queued summaries are dropped) and closes the client: every
   * later call rejects with `ClientClosedError` (code `CLIENT_CLOSED`, message `reason`).
   * Requests already sent finish.
   */
  close(reason = "SDK closed"): void {
    this.balance.submission.stop();
    this.#lifecycle.close(reason);
  }

  /** Stops the summary scheduler, flushes the queued summaries, then closes the client (see `close`). */
  async shutdown(reason = "SDK shutdown"): Promise<SummaryFlushReport> {
    try {
      return await this.balance.submission.shutdown();
    } finally {
      this.#lifecycle.close(reason);
    }
  }

  /** Public check of a proof root (`source`: `db` default, `chain`, `both`). No key is sent. */
  verify(proofRoot: string, options?: VerifyOptions): APIPromise<VerifyProofResult> {
    return deferredCall(this.#public, (verification) => verification.verify(proofRoot, options));
  }

  /** A receipt as anyone holding its id sees it. No key is sent. */
  publicReceipt(receiptId: string, options?: RequestOptions): APIPromise<PublicReceipt> {
    return deferredCall(this.#public, (verification) => verification.publicReceipt(receiptId, options));
  }

  /**
   * The public receipt as PDF bytes (`application/pdf`), e.g. to attach to an invoice email;
   * wrap them in a `Blob` for a browser download. No key is sent. A receipt document's
   * `links.pdf` is the same document's URL.
   */
  publicReceiptPdf(receiptId: string, options?: RequestOptions): APIPromise<Uint8Array> {
    return deferredCall(this.#public, (verification) => verification.publicReceiptPdf(receiptId, options));
  }
}
