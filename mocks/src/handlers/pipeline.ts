import type { Fault, FaultController, FaultTarget } from "../faults.js";
import type { IdempotencyClaim } from "../ledger/idempotency.js";
import type { BalanceSession, Ledger } from "../ledger/ledger.js";
import { type FieldIssue, isLedgerError, LedgerError, validationError } from "../ledger/ledger-error.js";
import {
  type ApiOperationId,
  type OperationId,
  operationHasBody,
  operationPath,
  validateRequest,
} from "../validation/request-validator.js";
import { OPERATION_POLICIES } from "./operations.js";
import {
  errorResponse,
  faultError,
  jsonResponse,
  pendingResponse,
  type Reply,
  successBody,
} from "./responses.js";
import { operationRoute, type Route } from "./route.js";

/**
 * The one request pipeline every API operation goes through:
 *
 *   X-Request-Id → read body → authenticate (X-Api-Key) → parse JSON → validate against the
 *   spec → check the request signature → claim the Idempotency-Key (synchronously, before
 *   any further await) → "before" fault → ledger → store the idempotent response →
 *   "after" fault → answer
 *
 * Handlers only say which ledger method answers which operation; every HTTP concern lives
 * here. Ledger errors map to their status; anything else is a 500 `INTERNAL_ERROR` reported
 * to `onInternalError` (bad input must never get there).
 */

export interface PipelineDeps {
  ledger: Ledger;
  faults: FaultController;
  /** Path prefix of the base URL (`""` for an origin-only base or `"*"`). */
  basePath: string;
  /** Hosts (`host[:port]`) serving sandbox keys only: a `pk_live_` key there gets 403. */
  sandboxOnlyHosts?: ReadonlySet<string>;
  onInternalError: (error: unknown, request: Request) => void;
}

export interface OperationInput {
  /** The parsed JSON body (undefined for operations without one). */
  body: unknown;
  /** Query parameters as sent (validated against the spec). */
  query: Record<string, string>;
  /** Path parameters (validated against the spec). */
  params: Record<string, string>;
}

export interface Pipeline {
  /** The route of an operation that needs an API key; `run` receives the authenticated ledger session. */
  authed<Op extends ApiOperationId>(
    operationId: Op,
    run: (session: BalanceSession, input: OperationInput) => Reply<Op>,
  ): Route;
  /** The route of a public operation (no key); `run` reads the ledger directly. */
  open<Op extends ApiOperationId>(
    operationId: Op,
    run: (input: OperationInput, ledger: Ledger) => Reply<Op>,
  ): Route;
  /** The route of an operation that needs an API key and answers a 200 body of its own instead of the envelope. */
  authedDocument(
    operationId: ApiOperationId,
    run: (session: BalanceSession, input: OperationInput) => DocumentReply,
  ): Route;
  /** The route of a public operation that answers a document (not JSON), e.g. a PDF. */
  openDocument(
    operationId: ApiOperationId,
    run: (input: OperationInput, ledger: Ledger) => Promise<DocumentReply>,
  ): Route;
  /** A fresh `X-Request-Id` for answers produced outside the pipeline (fallbacks, control API). */
  nextRequestId(): string;
}

/** A 200 whose body is a document in its own media type, not the JSON envelope. */
export interface DocumentReply {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  headers?: Headers;
}

type RunResult = { status: number; data: unknown; message?: string } | Promise<DocumentReply>;

const CREDIT_POOL_ID = /^.{1,128}$/s;
const CHAIN_ID = /^.{1,20}$/s;

function parseJsonBody(text: string): unknown {
  if (text.trim() === "") {
    throw new LedgerError("VALIDATION_ERROR", "The request body is required and must be JSON", {
      details: [{ path: "/", message: "is required: send a JSON body" }],
    });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new LedgerError("VALIDATION_ERROR", "The request body is not valid JSON", {
      details: [{ path: "/", message: `must be valid JSON (${reason})` }],
    });
  }
}

function describeIssues(issues: FieldIssue[]): string {
  const [first, ...rest] = issues;
  const more = rest.length === 0 ? "" : ` (and ${rest.length} more problem${rest.length === 1 ? "" : "s"})`;
  return `The request is invalid: ${first?.path} ${first?.message}${more}`;
}

/** The template's path parameters as strings (a `*` base URL adds wildcard captures, left out). */
export function pathParams(
  operationId: OperationId,
  params: Record<string, unknown>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name] of operationPath(operationId).matchAll(/\{([^}]+)\}/g)) {
    const value = params[name as string];
    if (typeof value === "string") out[name as string] = value;
  }
  return out;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * The answer a fault that struck gives (after its latency, which the caller waits only when
 * there is one, so a fault-free path takes no extra turn): a network error or its status with
 * the matching error envelope; null when it only delays (the request goes on).
 */
export function faultAnswer(fault: Fault, requestId: string, headers: () => Headers): Response | null {
  if (fault.networkError) return Response.error();
  if (fault.status === null) return null;
  return errorResponse(fault.status, faultError(fault.status, fault.retryAfterSeconds), requestId, headers());
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const { ledger, faults } = deps;
  const nextRequestId = () => ledger.ids.requestId();

  async function handle(
    request: Request,
    rawParams: Record<string, unknown>,
    operationId: ApiOperationId,
    run: (session: BalanceSession | null, input: OperationInput) => RunResult,
  ): Promise<Response> {
    const requestId = nextRequestId();
    let creditPoolId: string | null = null;
    let claim: Extract<IdempotencyClaim, { kind: "new" }> | null = null;
    const headers = () => {
      const result = new Headers({ "X-Request-Id": requestId });
      if (creditPoolId !== null) result.set("X-Credit-Pool-Id", creditPoolId);
      return result;
    };
    try {
      const policy = OPERATION_POLICIES[operationId];
      const url = new URL(request.url);
      const path = url.pathname.slice(deps.basePath.length) || "/";
      const target: FaultTarget = {
        operationId,
        method: request.method,
        pathTemplate: operationPath(operationId),
        path,
      };
      const rawBody = operationHasBody(operationId) ? await request.text() : "";

      const session = policy.auth ? ledger.session(request.headers.get("X-Api-Key")) : null;
      if (session?.environment === "production" && deps.sandboxOnlyHosts?.has(url.host)) {
        throw new LedgerError(
          "API_KEY_ENVIRONMENT_HOST_MISMATCH",
          `${url.host} serves sandbox keys only; send pk_live_ keys to the production host`,
        );
      }
      const poolHeader = request.headers.get("X-Credit-Pool-Id");
      const params = pathParams(operationId, rawParams);
      const body = operationHasBody(operationId) ? parseJsonBody(rawBody) : undefined;
      const check = validateRequest(operationId, { params, query: url.searchParams, body });
      const issues = check.ok ? [] : [...check.issues];
      if (poolHeader !== null && !CREDIT_POOL_ID.test(poolHeader)) {
        issues.push({ path: "X-Credit-Pool-Id", message: "must be 1–128 characters" });
      }
      // X-Chain-Id (sent by the official SDKs) is checked for its length and otherwise ignored.
      const chainHeader = request.headers.get("X-Chain-Id");
      if (chainHeader !== null && !CHAIN_ID.test(chainHeader)) {
        issues.push({ path: "X-Chain-Id", message: "must be 1–20 characters" });
      }
      if (!check.ok || issues.length > 0) {
        throw validationError(issues, describeIssues(issues));
      }
      creditPoolId = poolHeader;
      const input: OperationInput = { body, query: check.query, params };

      if (session && policy.signable) {
        await session.checkRequestSignature({
          method: request.method,
          pathWithQuery: `${url.pathname}${url.search}`,
          body: rawBody,
          header: request.headers.get("X-PacSpace-Request-Signature"),
          operation: policy.signable,
        });
      }

      const idempotencyKey = policy.idempotent ? request.headers.get("Idempotency-Key") : null;
      if (session && idempotencyKey !== null) {
        const claimed = session.claimIdempotencyKey(idempotencyKey, {
          method: request.method,
          path: url.pathname,
          body,
        });
        if (claimed.kind === "pending") return pendingResponse(headers());
        if (claimed.kind === "replay") {
          const replayHeaders = headers();
          replayHeaders.set("Idempotent-Replayed", "true");
          return jsonResponse(claimed.status, claimed.body, replayHeaders);
        }
        claim = claimed;
      }

      const before = faults.take(target, "before");
      if (before) {
        if (before.latencyMs > 0) await sleep(before.latencyMs);
        const answer = faultAnswer(before, requestId, headers);
        if (answer) {
          claim?.abandon();
          claim = null;
          return answer;
        }
      }

      const outcome = run(session, input);
      let answer: () => Response;
      if (outcome instanceof Promise) {
        const document = await outcome;
        answer = () => {
          const documentHeaders = headers();
          for (const [name, value] of document.headers ?? []) documentHeaders.set(name, value);
          documentHeaders.set("Content-Type", document.contentType);
          return new Response(document.body, { status: 200, headers: documentHeaders });
        };
      } else {
        const envelope = successBody(outcome.data, outcome.message);
        claim?.complete({ status: outcome.status, body: envelope });
        claim = null;
        answer = () => jsonResponse(outcome.status, envelope, headers());
      }

      const after = faults.take(target, "after");
      if (after) {
        if (after.latencyMs > 0) await sleep(after.latencyMs);
        const faulted = faultAnswer(after, requestId, headers);
        if (faulted) return faulted;
      }
      return answer();
    } catch (error) {
      claim?.abandon();
      return errorAnswer(error, requestId, headers(), request, deps);
    }
  }

  return {
    authed: (operationId, run) =>
      operationRoute(operationId, (request, params) =>
        handle(request, params, operationId, (session, input) => run(session as BalanceSession, input)),
      ),
    authedDocument: (operationId, run) =>
      operationRoute(operationId, (request, params) =>
        handle(request, params, operationId, async (session, input) => run(session as BalanceSession, input)),
      ),
    open: (operationId, run) =>
      operationRoute(operationId, (request, params) =>
        handle(request, params, operationId, (_session, input) => run(input, ledger)),
      ),
    openDocument: (operationId, run) =>
      operationRoute(operationId, (request, params) =>
        handle(request, params, operationId, (_session, input) => run(input, ledger)),
      ),
    nextRequestId,
  };
}

/** LedgerError → its status and envelope; anything else → 500 INTERNAL_ERROR. */
export function errorAnswer(
  error: unknown,
  requestId: string,
  headers: Headers,
  request: Request,
  deps: Pick<PipelineDeps, "onInternalError">,
): Response {
  if (isLedgerError(error)) return errorResponse(error.status, error.toBody(), requestId, headers);
  deps.onInternalError(error, request);
  return errorResponse(
    500,
    { code: "INTERNAL_ERROR", message: "Unexpected error in the PacSpace mock" },
    requestId,
    headers,
  );
}
