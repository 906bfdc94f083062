/**
 * The one error type the ledger throws. Handlers map `code` to an HTTP status with
 * `LEDGER_ERROR_STATUS` and put the rest into the error envelope.
 */

/**
 * Every error code of the spec's `ErrorCode` with its HTTP status, except
 * `IDEMPOTENCY_PENDING`, which is a 202 answer rather than an error.
 */
export const LEDGER_ERROR_STATUS = {
  VALIDATION_ERROR: 400,
  INVALID_SCOPE_COMBINATION: 400,
  SCOPE_TOO_WIDE: 400,
  INVALID_API_KEY: 401,
  API_KEY_DISABLED: 401,
  UNAUTHENTICATED: 401,
  INVALID_REQUEST_SIGNATURE: 401,
  REQUEST_SIGNATURE_EXPIRED: 401,
  REQUEST_REPLAYED: 401,
  SIGNATURE_REQUIRED: 401,
  INVALID_MFA_TICKET: 401,
  INVALID_MFA_CODE: 401,
  PLAN_LIMIT_REACHED: 402,
  INSUFFICIENT_CREDITS: 402,
  CSRF_REQUIRED: 403,
  FORBIDDEN: 403,
  REGISTRATION_REQUIRES_APPROVAL: 403,
  API_KEY_ENVIRONMENT_HOST_MISMATCH: 403,
  NOT_FOUND: 404,
  CUSTOMER_NOT_FOUND: 404,
  IDEMPOTENCY_KEY_REUSED: 409,
  CONFLICT: 409,
  CONTRACT_NOT_DEPLOYED: 412,
  RATE_LIMITED: 429,
  CADENCE_LIMIT: 429,
  INTERNAL_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type LedgerErrorCode = keyof typeof LEDGER_ERROR_STATUS;

/** One entry of `details` for validation failures: which field, and what is wrong. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface LedgerErrorOptions {
  details?: FieldIssue[];
  /** For 429s (and 503s): how long the caller should wait; handlers also send `Retry-After`. */
  retryAfterSeconds?: number;
  /** For `CADENCE_LIMIT`: the customer whose cadence was exceeded. */
  customerId?: string;
}

export class LedgerError extends Error {
  override readonly name = "LedgerError";
  readonly code: LedgerErrorCode;
  readonly status: number;
  readonly details?: FieldIssue[];
  readonly retryAfterSeconds?: number;
  readonly customerId?: string;

  constructor(code: LedgerErrorCode, message: string, options: LedgerErrorOptions = {}) {
    super(message);
    this.code = code;
    this.status = LEDGER_ERROR_STATUS[code];
    if (options.details) this.details = options.details;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options.customerId !== undefined) this.customerId = options.customerId;
  }

  /** The `error` object of the envelope, minus `requestId` (the handler adds it). */
  toBody(): {
    code: LedgerErrorCode;
    message: string;
    details?: FieldIssue[];
    retryAfterSeconds?: number;
    customerId?: string;
  } {
    return {
      code: this.code,
      message: this.message,
      ...(this.details ? { details: this.details } : {}),
      ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      ...(this.customerId !== undefined ? { customerId: this.customerId } : {}),
    };
  }
}

export function isLedgerError(value: unknown): value is LedgerError {
  return value instanceof LedgerError;
}

/** Shorthand for a 400 `VALIDATION_ERROR` naming each bad field. */
export function validationError(details: FieldIssue[], message?: string): LedgerError {
  const first = details[0];
  return new LedgerError(
    "VALIDATION_ERROR",
    message ?? (first ? `${first.path}: ${first.message}` : "The request is invalid"),
    { details },
  );
}
