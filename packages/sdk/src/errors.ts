import {
  bodyRetryAfterSeconds,
  CADENCE_LIMIT,
  errorCodeOf,
  IDEMPOTENCY_PENDING,
  isIdempotencyPending,
  isJsonObject,
  nonEmptyString,
  parseMaybeJson,
  parseRetryAfterHeader,
} from "./transport/response-signals.js";

/**
 * The SDK's error hierarchy.
 *
 * PacSpaceError
 * ├── APIError                 the server answered with an error response (fallback class)
 * │   ├── ValidationError        400 / 422
 * │   │   ├── InvalidScopeCombinationError 400 INVALID_SCOPE_COMBINATION
 * │   │   └── ScopeTooWideError      400 SCOPE_TOO_WIDE
 * │   ├── AuthenticationError    401
 * │   ├── PaymentRequiredError   402
 * │   ├── PermissionDeniedError  403
 * │   ├── NotFoundError          404
 * │   ├── ConflictError          409
 * │   ├── ContractNotDeployedError 412 CONTRACT_NOT_DEPLOYED
 * │   ├── RateLimitError         429 RATE_LIMITED (and any 429 that is not CADENCE_LIMIT)
 * │   ├── CadenceLimitError      429 CADENCE_LIMIT
 * │   ├── IdempotencyPendingError 202 IDEMPOTENCY_PENDING after the transport stopped waiting
 * │   └── InternalServerError    ≥ 500
 * │       └── ServiceUnavailableError 503
 * ├── ConnectionError          no response: network failure after the last retry
 * │   └── TimeoutError           every attempt timed out
 * ├── WebhookVerificationError
 * └── ProofVerificationError
 */

export interface ErrorDetail {
  path: string;
  message: string;
}

export interface PacSpaceErrorInit {
  code?: string;
  status?: number;
  requestId?: string;
  details?: ErrorDetail[];
  retryAfterSeconds?: number;
  customerId?: string;
  headers?: Headers;
  body?: unknown;
  cause?: unknown;
}

export class PacSpaceError extends Error {
  override name = "PacSpaceError";
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** Machine-readable code: the server's `error.code`, or the class default. */
  code: string;
  /** The server's request id (`error.requestId` or the `X-Request-Id` header). */
  requestId?: string;
  /** Per-field problems of a validation failure. */
  details?: ErrorDetail[];
  /** How long the server asked the caller to wait. */
  retryAfterSeconds?: number;
  customerId?: string;
  headers?: Headers;
  /** The parsed response body (or its raw text when it was not JSON). */
  body?: unknown;

  /** Code used when neither the caller nor the server supplied one. */
  protected static readonly defaultCode: string = "PACSPACE_ERROR";

  constructor(message: string, init: PacSpaceErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.code = init.code ?? (new.target as typeof PacSpaceError).defaultCode;
    if (init.status !== undefined) this.status = init.status;
    if (init.requestId !== undefined) this.requestId = init.requestId;
    if (init.details !== undefined) this.details = init.details;
    if (init.retryAfterSeconds !== undefined) this.retryAfterSeconds = init.retryAfterSeconds;
    if (init.customerId !== undefined) this.customerId = init.customerId;
    if (init.headers !== undefined) this.headers = init.headers;
    if (init.body !== undefined) this.body = init.body;
  }
}

export class APIError extends PacSpaceError {
  override name = "APIError";
  protected static override readonly defaultCode: string = "API_ERROR";
}

export class ValidationError extends APIError {
  override name = "ValidationError";
  protected static override readonly defaultCode: string = "VALIDATION_ERROR";
}

/** Checkpoint mode mixed with scope fields, or scope fields mixed wrongly. */
export class InvalidScopeCombinationError extends ValidationError {
  override name = "InvalidScopeCombinationError";
  protected static override readonly defaultCode: string = "INVALID_SCOPE_COMBINATION";
}

/** The scope is wider or older than the tenant's limits (`GET /limits`) allow. */
export class ScopeTooWideError extends ValidationError {
  override name = "ScopeTooWideError";
  protected static override readonly defaultCode: string = "SCOPE_TOO_WIDE";
}

export class AuthenticationError extends APIError {
  override name = "AuthenticationError";
  protected static override readonly defaultCode: string = "INVALID_API_KEY";
}

export class PaymentRequiredError extends APIError {
  override name = "PaymentRequiredError";
  protected static override readonly defaultCode: string = "PLAN_LIMIT_REACHED";
}

export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError";
  protected static override readonly defaultCode: string = "FORBIDDEN";
}

export class NotFoundError extends APIError {
  override name = "NotFoundError";
  protected static override readonly defaultCode: string = "NOT_FOUND";
}

export class ConflictError extends APIError {
  override name = "ConflictError";
  protected static override readonly defaultCode: string = "CONFLICT";
}

export class RateLimitError extends APIError {
  override name = "RateLimitError";
  protected static override readonly defaultCode: string = "RATE_LIMITED";
}

/** 412: the environment's anchoring contract is not deployed yet, so writes cannot be recorded. */
export class ContractNotDeployedError extends APIError {
  override name = "ContractNotDeployedError";
  protected static override readonly defaultCode: string = "CONTRACT_NOT_DEPLOYED";
}

/** Per-customer submission cadence exceeded. Never retried automatically: wait `retryAfterSeconds`. */
export class CadenceLimitError extends APIError {
  override name = "CadenceLimitError";
  protected static override readonly defaultCode: string = "CADENCE_LIMIT";
}

/** A request with the same Idempotency-Key was still in flight when the transport gave up waiting. */
export class IdempotencyPendingError extends APIError {
  override name = "IdempotencyPendingError";
  protected static override readonly defaultCode: string = "IDEMPOTENCY_PENDING";
}

export class InternalServerError extends APIError {
  override name = "InternalServerError";
  protected static override readonly defaultCode: string = "INTERNAL_ERROR";
}

/** 503: maintenance or overload; retried by the transport, thrown once retries are spent. */
export class ServiceUnavailableError extends InternalServerError {
  override name = "ServiceUnavailableError";
  protected static override readonly defaultCode: string = "SERVICE_UNAVAILABLE";
}

export class ConnectionError extends PacSpaceError {
  override name = "ConnectionError";
  protected static override readonly defaultCode: string = "CONNECTION_ERROR";
}

export class TimeoutError extends ConnectionError {
  override name = "TimeoutError";
  protected static override readonly defaultCode: string = "TIMEOUT";
}

/** Why a webhook delivery was refused; stable across releases, unlike the messages. */
export type WebhookVerificationReason =
  | "no_secret"
  | "raw_body_required"
  | "missing_header"
  | "malformed_header"
  | "no_matching_signature"
  | "timestamp_out_of_tolerance"
  | "header_mismatch"
  | "invalid_json"
  // No longer raised (an unknown event type resolves with `known: false`); kept so existing checks compile.
  | "unknown_event_type"
  | "invalid_payload";

export class WebhookVerificationError extends PacSpaceError {
  override name = "WebhookVerificationError";
  protected static override readonly defaultCode: string = "WEBHOOK_VERIFICATION_FAILED";
  /** Why the delivery was refused (set on every error the SDK's webhook functions throw). */
  readonly reason?: WebhookVerificationReason;

  constructor(message: string, init: PacSpaceErrorInit & { reason?: WebhookVerificationReason } = {}) {
    super(message, init);
    if (init.reason !== undefined) this.reason = init.reason;
  }
}

export class ProofVerificationError extends PacSpaceError {
  override name = "ProofVerificationError";
  protected static override readonly defaultCode: string = "PROOF_VERIFICATION_FAILED";
}

// ---------------------------------------------------------------------------
// Turning error responses into typed errors
// ---------------------------------------------------------------------------

/** A message may be a string or (NestJS style) a list of strings. */
function asMessage(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const parts = value.filter((part): part is string => typeof part === "string" && part !== "");
    return parts.length > 0 ? parts.join("; ") : undefined;
  }
  return nonEmptyString(value);
}

function asDetails(value: unknown): ErrorDetail[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const details: ErrorDetail[] = [];
  for (const item of value) {
    if (!isJsonObject(item)) continue;
    const path = Array.isArray(item.path) ? item.path.join(".") : nonEmptyString(item.path);
    const message = asMessage(item.message);
    if (message !== undefined) details.push({ path: path ?? "", message });
  }
  return details.length > 0 ? details : undefined;
}

type APIErrorClass = new (message: string, init?: PacSpaceErrorInit) => APIError;

/** The 400 class for a code: the scope codes have their own subclasses. */
export function validationClassFor(code: string | undefined): typeof ValidationError {
  if (code === "INVALID_SCOPE_COMBINATION") return InvalidScopeCombinationError;
  if (code === "SCOPE_TOO_WIDE") return ScopeTooWideError;
  return ValidationError;
}

function classFor(status: number, code: string | undefined): APIErrorClass {
  switch (status) {
    case 400:
    case 422:
      return validationClassFor(code);
    case 401:
      return AuthenticationError;
    case 402:
      return PaymentRequiredError;
    case 403:
      return PermissionDeniedError;
    case 404:
      return NotFoundError;
    case 409:
      return ConflictError;
    case 412:
      return ContractNotDeployedError;
    case 429:
      return code === CADENCE_LIMIT ? CadenceLimitError : RateLimitError;
    case 503:
      return ServiceUnavailableError;
    default:
      return status >= 500 ? InternalServerError : APIError;
  }
}

const MAX_TEXT_MESSAGE_LENGTH = 500;

/**
 * Builds the typed error for an error response. `body` is the parsed JSON body, its raw text,
 * or undefined. Reads the PacSpace envelope `{success:false,error:{code,message,details?,
 * retryAfterSeconds?,customerId?,requestId}}` and tolerates flat or odd bodies (`{code,message}`,
 * `{message:[..]}`, `{error:"text"}`, plain text). Never throws.
 */
export function errorFromResponse(response: Response, body: unknown): PacSpaceError {
  const parsed = parseMaybeJson(body);
  const fields = isJsonObject(parsed) ? parsed : {};
  const envelope = isJsonObject(fields.error) ? fields.error : undefined;
  const pending = isIdempotencyPending(response.status, response.headers, parsed);
  const code = errorCodeOf(parsed) ?? (pending ? IDEMPOTENCY_PENDING : undefined);
  const text = typeof parsed === "string" ? parsed.trim() : "";

  const message =
    asMessage(envelope?.message) ??
    asMessage(fields.message) ??
    asMessage(fields.error) ??
    (text !== "" && text.length <= MAX_TEXT_MESSAGE_LENGTH ? text : undefined) ??
    `Request failed with status ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;

  const init: PacSpaceErrorInit = { status: response.status, headers: response.headers, body: parsed };
  if (code !== undefined) init.code = code;
  const requestId =
    nonEmptyString(envelope?.requestId) ??
    nonEmptyString(fields.requestId) ??
    response.headers.get("x-request-id") ??
    undefined;
  if (requestId !== undefined) init.requestId = requestId;
  const details = asDetails(envelope?.details) ?? asDetails(fields.details);
  if (details !== undefined) init.details = details;
  const retryAfterSeconds =
    bodyRetryAfterSeconds(parsed) ?? parseRetryAfterHeader(response.headers.get("retry-after"));
  if (retryAfterSeconds !== undefined) init.retryAfterSeconds = retryAfterSeconds;
  const customerId = nonEmptyString(envelope?.customerId) ?? nonEmptyString(fields.customerId);
  if (customerId !== undefined) init.customerId = customerId;

  const ErrorClass = pending ? IdempotencyPendingError : classFor(response.status, code);
  return new ErrorClass(message, init);
}

/** True for responses the higher-level client must turn into an error: non-2xx, or a 202 still pending. */
export function isErrorResponse(response: Response, body: unknown): boolean {
  return !response.ok || isIdempotencyPending(response.status, response.headers, body);
}

/** Throws `errorFromResponse(response, body)` when `isErrorResponse(response, body)`. */
export function throwIfError(response: Response, body: unknown): void {
  if (isErrorResponse(response, body)) throw errorFromResponse(response, body);
}
