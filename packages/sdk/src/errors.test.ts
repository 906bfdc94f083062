import { describe, expect, it } from "vitest";
import {
  APIError,
  AuthenticationError,
  CadenceLimitError,
  ConflictError,
  ConnectionError,
  ContractNotDeployedError,
  errorFromResponse,
  IdempotencyPendingError,
  InternalServerError,
  InvalidScopeCombinationError,
  isErrorResponse,
  NotFoundError,
  PacSpaceError,
  PaymentRequiredError,
  PermissionDeniedError,
  ProofVerificationError,
  RateLimitError,
  ScopeTooWideError,
  ServiceUnavailableError,
  TimeoutError,
  throwIfError,
  ValidationError,
  WebhookVerificationError,
} from "./errors.js";

function response(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers });
}

function envelope(code: string, extra: Record<string, unknown> = {}) {
  return { success: false, error: { code, message: `${code} message`, requestId: "req_env", ...extra } };
}

describe("errorFromResponse: class by status and code", () => {
  it.each([
    [400, "VALIDATION_ERROR", ValidationError],
    [400, "INVALID_SCOPE_COMBINATION", InvalidScopeCombinationError],
    [400, "SCOPE_TOO_WIDE", ScopeTooWideError],
    [422, "VALIDATION_ERROR", ValidationError],
    [401, "API_KEY_DISABLED", AuthenticationError],
    [402, "PLAN_LIMIT_REACHED", PaymentRequiredError],
    [402, "INSUFFICIENT_CREDITS", PaymentRequiredError],
    [403, "API_KEY_ENVIRONMENT_HOST_MISMATCH", PermissionDeniedError],
    [403, "CSRF_REQUIRED", PermissionDeniedError],
    [404, "CUSTOMER_NOT_FOUND", NotFoundError],
    [409, "IDEMPOTENCY_KEY_REUSED", ConflictError],
    [429, "RATE_LIMITED", RateLimitError],
    [429, "CADENCE_LIMIT", CadenceLimitError],
    [500, "INTERNAL_ERROR", InternalServerError],
    [503, "SERVICE_UNAVAILABLE", ServiceUnavailableError],
    [412, "CONTRACT_NOT_DEPLOYED", ContractNotDeployedError],
  ] as const)("%i %s → %o", (status, code, ErrorClass) => {
    const error = errorFromResponse(response(status), envelope(code));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(PacSpaceError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(ErrorClass.name);
    expect(error).toMatchObject({ status, code, message: `${code} message`, requestId: "req_env" });
  });

  // PacSpace/python-sdk tests/test_sdk.py, test_scope_error_mapping and
  // test_exhausted_service_unavailable_retries: the same bodies, the same classes.
  it("maps the official SDK's scope and 503 fixtures to subclasses existing catches still see", () => {
    const combination = errorFromResponse(response(400), {
      error: { message: "Choose either a checkpoint or scope.", code: "INVALID_SCOPE_COMBINATION" },
    });
    expect(combination).toBeInstanceOf(InvalidScopeCombinationError);
    expect(combination).toBeInstanceOf(ValidationError);
    const wide = errorFromResponse(response(400), {
      error: { message: "Requested scope is too wide.", code: "SCOPE_TOO_WIDE" },
    });
    expect(wide).toBeInstanceOf(ScopeTooWideError);
    expect(wide).not.toBeInstanceOf(InvalidScopeCombinationError);
    const unavailable = errorFromResponse(response(503, { "retry-after": "1" }), {
      message: "temporarily unavailable",
    });
    expect(unavailable).toBeInstanceOf(ServiceUnavailableError);
    expect(unavailable).toBeInstanceOf(InternalServerError);
    expect(unavailable).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfterSeconds: 1 });
    expect(errorFromResponse(response(412), {}).code).toBe("CONTRACT_NOT_DEPLOYED");
    expect(errorFromResponse(response(502), {})).not.toBeInstanceOf(ServiceUnavailableError);
  });

  it("keeps CADENCE_LIMIT and RATE_LIMITED apart and exposes the cadence fields", () => {
    const cadence = errorFromResponse(
      response(429),
      envelope("CADENCE_LIMIT", { retryAfterSeconds: 120, customerId: "cust_1" }),
    );
    expect(cadence).toBeInstanceOf(CadenceLimitError);
    expect(cadence).not.toBeInstanceOf(RateLimitError);
    expect(cadence).toMatchObject({ retryAfterSeconds: 120, customerId: "cust_1" });

    const rate = errorFromResponse(response(429, { "retry-after": "5" }), { message: "Too many requests" });
    expect(rate).toBeInstanceOf(RateLimitError);
    expect(rate).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 5, message: "Too many requests" });
  });

  it("uses each class's default code when the body has none", () => {
    expect(errorFromResponse(response(400), undefined).code).toBe("VALIDATION_ERROR");
    expect(errorFromResponse(response(401), {}).code).toBe("INVALID_API_KEY");
    expect(errorFromResponse(response(404), "").code).toBe("NOT_FOUND");
    expect(errorFromResponse(response(502), "<html>").code).toBe("INTERNAL_ERROR");
    expect(errorFromResponse(response(418), null).code).toBe("API_ERROR");
  });

  it("turns a 202 IDEMPOTENCY_PENDING into IdempotencyPendingError", () => {
    const pending = errorFromResponse(
      response(202),
      envelope("IDEMPOTENCY_PENDING", { retryAfterSeconds: 1 }),
    );
    expect(pending).toBeInstanceOf(IdempotencyPendingError);
    expect(pending).toMatchObject({ status: 202, code: "IDEMPOTENCY_PENDING", retryAfterSeconds: 1 });

    const replayed = errorFromResponse(response(202, { "Idempotent-Replayed": "true" }), {
      success: true,
      data: { status: "PROCESSING" },
    });
    expect(replayed).toBeInstanceOf(IdempotencyPendingError);
    expect(replayed.code).toBe("IDEMPOTENCY_PENDING");
  });
});

describe("errorFromResponse: reading the body", () => {
  it("reads the full envelope", () => {
    const headers = { "x-request-id": "req_header" };
    const body = envelope("VALIDATION_ERROR", {
      message: "delta must be a number",
      details: [
        { path: "delta", message: "must be a number" },
        { path: ["metadata", "plan"], message: "too long" },
        { nonsense: true },
      ],
    });
    const error = errorFromResponse(response(400, headers), body);
    expect(error).toMatchObject({
      message: "delta must be a number",
      requestId: "req_env",
      details: [
        { path: "delta", message: "must be a number" },
        { path: "metadata.plan", message: "too long" },
      ],
      body,
    });
    expect(error.headers?.get("x-request-id")).toBe("req_header");
  });

  it("falls back to the X-Request-Id header", () => {
    const error = errorFromResponse(response(404, { "X-Request-Id": "req_h" }), {
      success: false,
      error: { code: "NOT_FOUND", message: "nope" },
    });
    expect(error.requestId).toBe("req_h");
  });

  it("reads flat bodies", () => {
    const flat = errorFromResponse(response(429), {
      code: "CADENCE_LIMIT",
      message: "Submission cadence limit reached",
      retryAfterSeconds: "30",
      customerId: "c2",
      requestId: "req_flat",
    });
    expect(flat).toBeInstanceOf(CadenceLimitError);
    expect(flat).toMatchObject({ retryAfterSeconds: 30, customerId: "c2", requestId: "req_flat" });
  });

  it("joins a list of messages with '; '", () => {
    const error = errorFromResponse(response(400), {
      statusCode: 400,
      message: ["delta is required", "reason is empty"],
    });
    expect(error.message).toBe("delta is required; reason is empty");
  });

  it("uses a string `error` field as the message", () => {
    expect(errorFromResponse(response(401), { error: "Invalid API key" }).message).toBe("Invalid API key");
  });

  it("parses a JSON string body, and never throws on non-JSON", () => {
    const parsed = errorFromResponse(response(409), JSON.stringify(envelope("CONFLICT")));
    expect(parsed).toBeInstanceOf(ConflictError);
    expect(parsed.message).toBe("CONFLICT message");

    const text = errorFromResponse(response(502), "Bad Gateway");
    expect(text).toBeInstanceOf(InternalServerError);
    expect(text.message).toBe("Bad Gateway");
    expect(text.body).toBe("Bad Gateway");

    for (const odd of [undefined, null, 42, [1, 2], { error: { code: 7 } }, "x".repeat(10_000)]) {
      const error = errorFromResponse(new Response(null, { status: 500, statusText: "Oops" }), odd);
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error.message.length).toBeLessThan(600);
    }
    expect(
      errorFromResponse(new Response(null, { status: 500, statusText: "Oops" }), undefined).message,
    ).toBe("Request failed with status 500 Oops");
  });

  it("reads Retry-After as an HTTP date", () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const error = errorFromResponse(response(503, { "retry-after": inTenSeconds }), {});
    expect(error.retryAfterSeconds).toBeGreaterThan(8);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(10);
  });
});

describe("throwIfError and isErrorResponse", () => {
  it("passes successes, including an ordinary 202", () => {
    expect(() => throwIfError(response(200), { success: true, data: {} })).not.toThrow();
    expect(() => throwIfError(response(202), { success: true, data: { status: "QUEUED" } })).not.toThrow();
    expect(isErrorResponse(response(202), { success: true, data: { status: "PROCESSING" } })).toBe(false);
  });

  it("throws the typed error for failures and a still-pending 202", () => {
    expect(() => throwIfError(response(404), envelope("NOT_FOUND"))).toThrow(NotFoundError);
    expect(() => throwIfError(response(202), envelope("IDEMPOTENCY_PENDING"))).toThrow(
      IdempotencyPendingError,
    );
  });
});

describe("non-HTTP errors", () => {
  it.each([
    [ConnectionError, "CONNECTION_ERROR"],
    [TimeoutError, "TIMEOUT"],
    [WebhookVerificationError, "WEBHOOK_VERIFICATION_FAILED"],
    [ProofVerificationError, "PROOF_VERIFICATION_FAILED"],
  ] as const)("%o has its name and default code", (ErrorClass, code) => {
    const cause = new Error("root");
    const error = new ErrorClass("boom", { cause });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(PacSpaceError);
    expect(error).not.toBeInstanceOf(APIError);
    expect(error).toMatchObject({ name: ErrorClass.name, code, message: "boom", cause });
    expect(error.status).toBeUndefined();
    expect(String(error)).toBe(`${ErrorClass.name}: boom`);
  });

  it("makes a timeout a kind of connection failure", () => {
    expect(new TimeoutError("slow")).toBeInstanceOf(ConnectionError);
  });

  it("lets callers choose the code", () => {
    expect(new WebhookVerificationError("stale", { code: "TIMESTAMP_OUTSIDE_TOLERANCE" }).code).toBe(
      "TIMESTAMP_OUTSIDE_TOLERANCE",
    );
  });
});
