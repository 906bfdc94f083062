import {
  type RequestSchemas,
  requestSchemas,
} from "../../../../packages/sdk/src/generated/request-schemas.js";
import type { operations } from "../../../../packages/sdk/src/generated/schema.js";
import type { FaultController, FaultTarget } from "../../faults.js";
import { LedgerError, validationError } from "../../ledger/kernel/ledger-error.js";
import type { Environment } from "../../ledger/kernel/state.js";
import type { Ledger } from "../../ledger/ledger.js";
import type { ResolvedSession } from "../../ledger/tenancy/sessions.js";
import {
  type OperationId,
  operationHasBody,
  operationPath,
  validateRequest,
} from "../../validation/request-validator.js";
import { errorAnswer, faultAnswer, pathParams, sleep } from "../pipeline.js";
import { jsonResponse, statusCodeBody, successBody } from "../responses.js";
import { operationRoute, type Route } from "../route.js";
import { sessionCredential } from "./session-cookie.js";

/**
 * The request pipeline of the Dashboard API (`/dashboard/**`):
 *
 *   X-Request-Id → session (Bearer token, else the `pacspace_session` cookie) → CSRF for
 *   cookie-authenticated changes → read and validate the request against the spec →
 *   X-Environment → "before" fault → settle due verification → ledger → "after" fault → answer
 *
 * Authentication comes first, so an anonymous caller learns nothing from validation errors.
 * Dashboard writes are not idempotent by key (a repeated create makes a second key), so
 * `Idempotency-Key` is accepted and ignored.
 */

export type DashboardOperationId = {
  [Op in OperationId]: RequestSchemas[Op]["path"] extends `/dashboard/${string}` ? Op : never;
}[OperationId];

/** Method and path template of every dashboard operation of the spec (for 404/405 answers). */
export function dashboardOperationRoutes(): Array<{
  operationId: DashboardOperationId;
  method: string;
  path: string;
}> {
  return (Object.keys(requestSchemas) as OperationId[])
    .filter((operationId): operationId is DashboardOperationId =>
      requestSchemas[operationId].path.startsWith("/dashboard/"),
    )
    .map((operationId) => ({
      operationId,
      method: requestSchemas[operationId].method.toUpperCase(),
      path: requestSchemas[operationId].path,
    }));
}

/** Dashboard operations anyone may call (everything else needs a session). */
const PUBLIC_OPERATIONS: ReadonlySet<DashboardOperationId> = new Set<DashboardOperationId>([
  "requestAccess",
  "register",
  "login",
  "verifyMfaLogin",
]);

/**
 * Operations answered `{statusCode, data}` rather than `{success: true, data}`, as the current
 * docs show them (https://docs.pacspace.io/dashboard-api/api-keys/,
 * https://docs.pacspace.io/dashboard-api/billing/). Errors keep the one error envelope.
 */
export const STATUS_CODE_ENVELOPE_OPERATIONS: ReadonlySet<DashboardOperationId> =
  new Set<DashboardOperationId>([
    "createApiKey",
    "listApiKeys",
    "getApiKey",
    "updateApiKey",
    "revokeApiKey",
    "rotateApiKey",
    "getBillingPlan",
    "changeBillingPlan",
    "getBillingUsage",
  ]);

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const ENVIRONMENTS: readonly Environment[] = ["sandbox", "production"];

type JsonOf<R> = R extends { content: { "application/json": infer Body } } ? Body : never;
type SuccessStatus<Op extends OperationId> = Extract<keyof operations[Op]["responses"], 200 | 201 | 202>;
type DataOf<Op extends OperationId, S extends SuccessStatus<Op>> =
  JsonOf<operations[Op]["responses"][S]> extends { data: infer Data } ? Data : never;

/** A JSON success of operation `Op`, typed by the spec, with optional extra headers. */
export type DashboardJsonReply<Op extends OperationId> = {
  [S in SuccessStatus<Op>]: { status: S; data: DataOf<Op, S>; message?: string; headers?: Headers };
}[SuccessStatus<Op>];

/** A non-JSON success (the CSV export). */
export interface DashboardTextReply {
  status: 200;
  text: string;
  contentType: string;
  headers?: Headers;
}

/** What `handle` does with any reply, whatever its operation. */
type AnyReply = { status: number; data: unknown; message?: string; headers?: Headers } | DashboardTextReply;

export interface DashboardInput {
  body: unknown;
  query: Record<string, string>;
  params: Record<string, string>;
  /** `X-Environment` (default sandbox). */
  environment: Environment;
  /** The caller's session (null on public operations). */
  session: ResolvedSession | null;
  /** The token that authenticated the call (logout ends exactly this session). */
  token: string | null;
  /** Whether the request came over HTTPS (the session cookie is then `Secure`). */
  secure: boolean;
}

export interface DashboardPipeline {
  /** The route of a dashboard operation, answered by `run`. */
  handle<Op extends DashboardOperationId>(
    operationId: Op,
    run: (input: DashboardInput, ledger: Ledger) => DashboardJsonReply<Op> | DashboardTextReply,
  ): Route;
}

export interface DashboardPipelineDeps {
  ledger: Ledger;
  faults: FaultController;
  basePath: string;
  nextRequestId: () => string;
  onInternalError: (error: unknown, request: Request) => void;
}

function parseJsonBody(text: string): unknown {
  if (text.trim() === "") {
    throw validationError([{ path: "/", message: "is required: send a JSON body" }]);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw validationError(
      [{ path: "/", message: "must be valid JSON" }],
      "The request body is not valid JSON",
    );
  }
}

function environmentOf(request: Request): Environment {
  const header = request.headers.get("X-Environment");
  if (header === null) return "sandbox";
  if (!(ENVIRONMENTS as readonly string[]).includes(header)) {
    throw validationError([{ path: "X-Environment", message: "must be sandbox or production" }]);
  }
  return header as Environment;
}

export function createDashboardPipeline(deps: DashboardPipelineDeps): DashboardPipeline {
  const { ledger, faults } = deps;

  async function handle(
    request: Request,
    rawParams: Record<string, unknown>,
    operationId: DashboardOperationId,
    run: (input: DashboardInput, ledger: Ledger) => AnyReply,
  ): Promise<Response> {
    const requestId = deps.nextRequestId();
    const headers = () => new Headers({ "X-Request-Id": requestId });
    try {
      const url = new URL(request.url);
      const method = request.method.toUpperCase();
      let session: ResolvedSession | null = null;
      let token: string | null = null;
      if (!PUBLIC_OPERATIONS.has(operationId)) {
        const credential = sessionCredential(request);
        session = ledger.resolveSession(credential.token);
        token = credential.token;
        if (
          credential.via === "cookie" &&
          UNSAFE_METHODS.has(method) &&
          request.headers.get("X-Pacspace-CSRF") !== "1"
        ) {
          throw new LedgerError(
            "CSRF_REQUIRED",
            "Cookie-authenticated changes must send the header X-Pacspace-CSRF: 1",
          );
        }
      }

      const rawBody = operationHasBody(operationId) ? await request.text() : "";
      const params = pathParams(operationId, rawParams);
      const body = operationHasBody(operationId) ? parseJsonBody(rawBody) : undefined;
      const check = validateRequest(operationId, { params, query: url.searchParams, body });
      if (!check.ok) throw validationError(check.issues);
      const input: DashboardInput = {
        body,
        query: check.query,
        params,
        environment: environmentOf(request),
        session,
        token,
        secure: url.protocol === "https:",
      };

      const target: FaultTarget = {
        operationId,
        method,
        pathTemplate: operationPath(operationId),
        path: url.pathname.slice(deps.basePath.length) || "/",
      };
      const before = faults.take(target, "before");
      if (before) {
        if (before.latencyMs > 0) await sleep(before.latencyMs);
        const answer = faultAnswer(before, requestId, headers);
        if (answer) return answer;
      }

      // Billing and customer figures count verification that has come due on the clock.
      if (session) ledger.runDue();
      const reply = run(input, ledger);

      const after = faults.take(target, "after");
      if (after) {
        if (after.latencyMs > 0) await sleep(after.latencyMs);
        const answer = faultAnswer(after, requestId, headers);
        if (answer) return answer;
      }

      const answerHeaders = headers();
      for (const [name, value] of reply.headers ?? []) answerHeaders.append(name, value);
      if ("text" in reply) {
        answerHeaders.set("Content-Type", reply.contentType);
        return new Response(reply.text, { status: reply.status, headers: answerHeaders });
      }
      const envelope = STATUS_CODE_ENVELOPE_OPERATIONS.has(operationId)
        ? statusCodeBody(reply.status, reply.data, reply.message)
        : successBody(reply.data, reply.message);
      return jsonResponse(reply.status, envelope, answerHeaders);
    } catch (error) {
      return errorAnswer(error, requestId, headers(), request, deps);
    }
  }

  return {
    handle: (operationId, run) =>
      operationRoute(operationId, (request, params) => handle(request, params, operationId, run as never)),
  };
}
