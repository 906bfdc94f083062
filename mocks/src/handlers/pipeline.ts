import type { Fault, FaultController, FaultTarget } from "../faults.js";
import { illFormedStringIssues } from "../ledger/balance/well-formed.js";
import type { AnswerRebuilder, IdempotencyClaim, StoredResponse } from "../ledger/kernel/idempotency.js";
import {
  type FieldIssue,
  isLedgerError,
  LedgerError,
  validationError,
} from "../ledger/kernel/ledger-error.js";
import type { BalanceSession, Ledger } from "../ledger/ledger.js";
import {
  type ApiOperationId,
  type OperationId,
  operationHasBody,
  operationPath,
  validateRequest,
} from "../validation/request-validator.js";
import { bodyText, headerOf, type MockRequest, type MockResponse, toFetchRequest } from "./exchange.js";
import { OPERATION_POLICIES } from "./operations.js";
import {
  type ErrorBody,
  errorReply,
  errorResponse,
  faultError,
  jsonReply,
  pendingReply,
  type Reply,
  successBody,
} from "./responses.js";
import { operationExchangeRoute, type Route } from "./route.js";

/**
 * The one request pipeline every API operation goes through:
 *
 *   X-Request-Id → authenticate (X-Api-Key) → JSON content type (else 415) → parse JSON →
 *   validate against the spec (lone surrogates included) → check the request signature → claim the Idempotency-Key (synchronously, before
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
  /** The body as sent ("" for operations without one). */
  rawBody: string;
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
    run: (session: BalanceSession, input: OperationInput) => DocumentReply | Promise<DocumentReply>,
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
  headers?: Record<string, string>;
}

type RunResult =
  | { status: number; data: unknown; message?: string; replay?: AnswerReplay }
  | Promise<DocumentReply>;

/**
 * How an operation's answer is built again for an Idempotency-Key replay: `rebuild(ref)`
 * returns its `data` from the ledger. `rebuild` is shared (one per operation and ledger),
 * so the idempotency store keeps a reference and a string per answer, no closure.
 */
export interface AnswerReplay {
  rebuild: AnswerRebuilder;
  ref: string;
}

/** The envelope rebuilder of each data rebuilder, made once. */
const envelopeRebuilders = new WeakMap<AnswerRebuilder, AnswerRebuilder>();

/** What the idempotency store keeps of an answer: its rebuild when the operation has one, else the body. */
function storedAnswer(
  status: number,
  envelope: unknown,
  replay: AnswerReplay | undefined,
  message?: string,
): StoredResponse {
  if (!replay || message !== undefined) return { status, body: envelope };
  let rebuild = envelopeRebuilders.get(replay.rebuild);
  if (!rebuild) {
    const data = replay.rebuild;
    rebuild = (ref) => successBody(data(ref));
    envelopeRebuilders.set(replay.rebuild, rebuild);
  }
  return { status, rebuild, ref: replay.ref };
}

const CREDIT_POOL_ID = /^.{1,128}$/s;
/** A `\u` escape of a UTF-16 surrogate (`\ud800`–`\udfff`) in JSON text. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
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
  for (const name of pathParamNames(operationId)) {
    const value = params[name];
    if (typeof value === "string") out[name] = value;
  }
  return out;
}

const paramNamesByOperation = new Map<OperationId, string[]>();

/** The `{name}`s of an operation's path template, read once per operation. */
function pathParamNames(operationId: OperationId): string[] {
  let names = paramNamesByOperation.get(operationId);
  if (names === undefined) {
    names = Array.from(operationPath(operationId).matchAll(/\{([^}]+)\}/g), (match) => match[1] as string);
    paramNamesByOperation.set(operationId, names);
  }
  return names;
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

/** The headers every pipeline answer carries. */
function answerHeaders(requestId: string, creditPoolId: string | null): Record<string, string> {
  return creditPoolId === null
    ? { "X-Request-Id": requestId }
    : { "X-Request-Id": requestId, "X-Credit-Pool-Id": creditPoolId };
}

/** `application/json`, or a structured `+json` type, with any parameters. */
const JSON_MEDIA_TYPE = /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/** The 415 for a body sent as anything but JSON; null when the type is JSON or there is no body. */
export function unsupportedMediaType(request: MockRequest, requestId: string): MockResponse | null {
  if (request.body === null) return null;
  const contentType = headerOf(request, "content-type");
  if (contentType !== null && JSON_MEDIA_TYPE.test(contentType)) return null;
  return errorReply(
    415,
    {
      code: "VALIDATION_ERROR",
      message: "The request body must be sent as application/json",
      details: [
        {
          path: "Content-Type",
          message:
            contentType === null
              ? "is required: send Content-Type: application/json"
              : `must be application/json, got ${contentType}`,
        },
      ],
    },
    requestId,
    answerHeaders(requestId, null),
  );
}

const EMPTY_QUERY = new URLSearchParams();

/** `faultAnswer` as plain data. */
function faultReply(fault: Fault, requestId: string, headers: Record<string, string>): MockResponse | null {
  if (fault.networkError) return { status: 0, headers, body: null, networkError: true };
  if (fault.status === null) return null;
  return errorReply(fault.status, faultError(fault.status, fault.retryAfterSeconds), requestId, headers);
}

/**
 * Strings with a lone surrogate, anywhere in the body; a batch's items are left to the
 * ledger, which fails only the item that holds one.
 */
function textIssues(operationId: ApiOperationId, body: unknown): FieldIssue[] {
  const issues = illFormedStringIssues(body);
  return operationId === "emitDeltaBatch"
    ? issues.filter((issue) => !issue.path.startsWith("/deltas/"))
    : issues;
}

export function createPipeline(deps: PipelineDeps): Pipeline {
  const { ledger, faults } = deps;
  const nextRequestId = () => ledger.ids.requestId();

  async function handle(
    request: MockRequest,
    rawParams: Record<string, unknown>,
    operationId: ApiOperationId,
    run: (session: BalanceSession | null, input: OperationInput) => RunResult,
  ): Promise<MockResponse> {
    const requestId = nextRequestId();
    let creditPoolId: string | null = null;
    let claim: Extract<IdempotencyClaim, { kind: "new" }> | null = null;
    try {
      const policy = OPERATION_POLICIES[operationId];
      const hasBody = operationHasBody(operationId);
      const session = policy.auth ? ledger.session(headerOf(request, "x-api-key")) : null;
      if (session?.environment === "production" && deps.sandboxOnlyHosts?.has(request.host)) {
        throw new LedgerError(
          "API_KEY_ENVIRONMENT_HOST_MISMATCH",
          `${request.host} serves sandbox keys only; send pk_live_ keys to the production host`,
        );
      }
      if (hasBody) {
        const unsupported = unsupportedMediaType(request, requestId);
        if (unsupported) return unsupported;
      }
      const rawBody = hasBody ? bodyText(request) : "";
      const poolHeader = headerOf(request, "x-credit-pool-id");
      const params = pathParams(operationId, rawParams);
      const body = hasBody ? parseJsonBody(rawBody) : undefined;
      const query = request.search === "" ? EMPTY_QUERY : new URLSearchParams(request.search);
      const check = validateRequest(operationId, { params, query, body });
      const issues = check.ok ? [] : [...check.issues];
      // a lone surrogate can only come from a \u escape: decoding replaces ill-formed UTF-8
      if (hasBody && SURROGATE_ESCAPE.test(rawBody)) issues.push(...textIssues(operationId, body));
      if (poolHeader !== null && !CREDIT_POOL_ID.test(poolHeader)) {
        issues.push({ path: "X-Credit-Pool-Id", message: "must be 1–128 characters" });
      }
      // X-Chain-Id (sent by the official SDKs) is checked for its length and otherwise ignored.
      const chainHeader = headerOf(request, "x-chain-id");
      if (chainHeader !== null && !CHAIN_ID.test(chainHeader)) {
        issues.push({ path: "X-Chain-Id", message: "must be 1–20 characters" });
      }
      if (!check.ok || issues.length > 0) {
        throw validationError(issues, describeIssues(issues));
      }
      creditPoolId = poolHeader;
      const input: OperationInput = { body, rawBody, query: check.query, params };

      if (session && policy.signable) {
        await session.checkRequestSignature({
          method: request.method,
          pathWithQuery: `${request.path}${request.search}`,
          body: rawBody,
          header: headerOf(request, "x-pacspace-request-signature"),
          operation: policy.signable,
        });
      }

      const idempotencyKey = policy.idempotent ? headerOf(request, "idempotency-key") : null;
      if (session && idempotencyKey !== null) {
        const claimed = session.claimIdempotencyKey(idempotencyKey, {
          method: request.method,
          path: request.path,
          body,
        });
        if (claimed.kind === "pending") return pendingReply(answerHeaders(requestId, creditPoolId));
        if (claimed.kind === "replay") {
          const replayHeaders = answerHeaders(requestId, creditPoolId);
          replayHeaders["Idempotent-Replayed"] = "true";
          return jsonReply(claimed.status, claimed.body, replayHeaders);
        }
        claim = claimed;
      }

      const target: FaultTarget = {
        operationId,
        method: request.method,
        pathTemplate: operationPath(operationId),
        path: request.path.slice(deps.basePath.length) || "/",
      };
      const before = faults.take(target, "before");
      if (before) {
        if (before.latencyMs > 0) await sleep(before.latencyMs);
        const answer = faultReply(before, requestId, answerHeaders(requestId, creditPoolId));
        if (answer) {
          claim?.abandon();
          claim = null;
          return answer;
        }
      }

      const outcome = run(session, input);
      let answer: MockResponse;
      if (outcome instanceof Promise) {
        const document = await outcome;
        const documentHeaders = answerHeaders(requestId, creditPoolId);
        Object.assign(documentHeaders, document.headers);
        documentHeaders["Content-Type"] = document.contentType;
        answer = { status: 200, headers: documentHeaders, body: document.body };
      } else {
        const envelope = successBody(outcome.data, outcome.message);
        claim?.complete(storedAnswer(outcome.status, envelope, outcome.replay, outcome.message));
        claim = null;
        answer = jsonReply(outcome.status, envelope, answerHeaders(requestId, creditPoolId));
      }

      const after = faults.take(target, "after");
      if (after) {
        if (after.latencyMs > 0) await sleep(after.latencyMs);
        const faulted = faultReply(after, requestId, answerHeaders(requestId, creditPoolId));
        if (faulted) return faulted;
      }
      return answer;
    } catch (error) {
      claim?.abandon();
      return failureReply(error, requestId, answerHeaders(requestId, creditPoolId), request, deps);
    }
  }

  return {
    authed: (operationId, run) =>
      operationExchangeRoute(operationId, (request, params) =>
        handle(
          request,
          params,
          operationId,
          run as (session: BalanceSession | null, input: OperationInput) => RunResult,
        ),
      ),
    authedDocument: (operationId, run) => {
      // a document answer is RunResult's promise branch
      const answer = async (session: BalanceSession | null, input: OperationInput) =>
        run(session as BalanceSession, input);
      return operationExchangeRoute(operationId, (request, params) =>
        handle(request, params, operationId, answer),
      );
    },
    open: (operationId, run) => {
      const answer = (_session: BalanceSession | null, input: OperationInput) => run(input, ledger);
      return operationExchangeRoute(operationId, (request, params) =>
        handle(request, params, operationId, answer),
      );
    },
    openDocument: (operationId, run) => {
      const answer = (_session: BalanceSession | null, input: OperationInput) => run(input, ledger);
      return operationExchangeRoute(operationId, (request, params) =>
        handle(request, params, operationId, answer),
      );
    },
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
  return errorResponse(500, INTERNAL_ERROR_BODY, requestId, headers);
}

/** `errorAnswer` as plain data. */
function failureReply(
  error: unknown,
  requestId: string,
  headers: Record<string, string>,
  request: MockRequest,
  deps: Pick<PipelineDeps, "onInternalError">,
): MockResponse {
  if (isLedgerError(error)) return errorReply(error.status, error.toBody(), requestId, headers);
  deps.onInternalError(error, toFetchRequest(request));
  return errorReply(500, INTERNAL_ERROR_BODY, requestId, headers);
}

const INTERNAL_ERROR_BODY: ErrorBody = {
  code: "INTERNAL_ERROR",
  message: "Unexpected error in the PacSpace mock",
};
