import type { operations } from "../../../packages/sdk/src/generated/schema.js";
import { stringifyJson } from "../ledger/balance/exact-number.js";
import type { FieldIssue, LedgerErrorCode } from "../ledger/kernel/ledger-error.js";
import type { OperationId } from "../validation/request-validator.js";
import type { MockResponse } from "./exchange.js";

/**
 * The success and error envelopes and the headers every answer carries. Bodies are
 * serialised with `stringifyJson` (exact balances keep their digits) here and nowhere else,
 * so a stored idempotent response replays byte for byte.
 */

type JsonOf<R> = R extends { content: { "application/json": infer Body } } ? Body : never;
type SuccessStatus<Op extends OperationId> = Extract<keyof operations[Op]["responses"], 200 | 201>;
type DataOf<Op extends OperationId, S extends SuccessStatus<Op>> =
  JsonOf<operations[Op]["responses"][S]> extends {
    data: infer Data;
  }
    ? Data
    : never;

/** A successful answer of operation `Op`, typed by the spec: one of its 200/201 statuses and that status's `data`. */
export type Reply<Op extends OperationId> = {
  [S in SuccessStatus<Op>]: {
    status: S;
    data: DataOf<Op, S>;
    message?: string;
    /**
     * Builds `data` again as first answered, from the ledger: an Idempotency-Key replay then
     * needs no stored copy. `rebuild` is shared (one per operation and ledger); `ref` names what it reads.
     */
    replay?: { rebuild: (ref: string) => DataOf<Op, S>; ref: string };
  };
}[SuccessStatus<Op>];

export interface ErrorBody {
  /** `UNSUPPORTED_MEDIA_TYPE`: a control API write that is not JSON. */
  code: LedgerErrorCode | "IDEMPOTENCY_PENDING" | "UNSUPPORTED_MEDIA_TYPE";
  message: string;
  details?: FieldIssue[];
  retryAfterSeconds?: number;
  customerId?: string;
}

/** Seconds sent in `Retry-After` when a 429/503 does not say otherwise. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

export function jsonResponse(status: number, body: unknown, headers: Headers): Response {
  headers.set("Content-Type", "application/json");
  return new Response(stringifyJson(body), { status, headers });
}

/** `jsonResponse` as plain data; `headers` is completed in place. */
export function jsonReply(status: number, body: unknown, headers: Record<string, string>): MockResponse {
  headers["Content-Type"] = "application/json";
  return { status, headers, body: stringifyJson(body) };
}

export function successBody(data: unknown, message?: string): Record<string, unknown> {
  return message === undefined ? { success: true, data } : { success: true, data, message };
}

/** The `{statusCode, data}` success envelope the current docs show on the dashboard's API-key and billing routes. */
export function statusCodeBody(status: number, data: unknown, message?: string): Record<string, unknown> {
  return message === undefined ? { statusCode: status, data } : { statusCode: status, data, message };
}

export function errorResponse(
  status: number,
  error: ErrorBody,
  requestId: string,
  headers: Headers,
): Response {
  if (status === 429 || status === 503) {
    headers.set("Retry-After", String(error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS));
  }
  return jsonResponse(status, { success: false, error: { ...error, requestId } }, headers);
}

/** `errorResponse` as plain data; `headers` is completed in place. */
export function errorReply(
  status: number,
  error: ErrorBody,
  requestId: string,
  headers: Record<string, string>,
): MockResponse {
  if (status === 429 || status === 503) {
    headers["Retry-After"] = String(error.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS);
  }
  return jsonReply(status, { success: false, error: { ...error, requestId } }, headers);
}

const PENDING_BODY = JSON.stringify({
  success: true,
  data: { status: "PROCESSING", code: "IDEMPOTENCY_PENDING" },
  message: "A request with this Idempotency-Key is still being processed",
});

/** 202: a request with this Idempotency-Key is still in flight; resend later. */
export function pendingReply(headers: Record<string, string>): MockResponse {
  headers["Retry-After"] = "1";
  headers["Content-Type"] = "application/json";
  return { status: 202, headers, body: PENDING_BODY };
}

/** Error code and default message of an injected status fault. */
export function faultError(status: 429 | 500 | 502 | 503, retryAfterSeconds: number | null): ErrorBody {
  const retry = retryAfterSeconds === null ? {} : { retryAfterSeconds };
  switch (status) {
    case 429:
      return { code: "RATE_LIMITED", message: "Too many requests (injected fault)", ...retry };
    case 503:
      return {
        code: "SERVICE_UNAVAILABLE",
        message: "PacSpace is temporarily unavailable (injected fault)",
        ...retry,
      };
    case 502:
      return { code: "INTERNAL_ERROR", message: "Bad gateway (injected fault)" };
    default:
      return { code: "INTERNAL_ERROR", message: "Internal error (injected fault)" };
  }
}
