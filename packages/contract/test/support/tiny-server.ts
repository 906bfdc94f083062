import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { loadSpec } from "../../src/spec.js";
import { SchemaValidator } from "../../src/validator.js";

/**
 * A deliberately tiny PacSpace for the kit's own tests: four operations (getLimits,
 * getUsage, getCustomersSummary, emitDelta), API-key auth, 404/405 routing and request
 * validation straight from the spec. Each fault plants one contract violation.
 */

export const TINY_OPERATIONS = ["getLimits", "getUsage", "getCustomersSummary", "emitDelta"];

export interface TinyFaults {
  /** The success body of this operation carries a field of the wrong type. */
  wrongTypeIn?: string;
  /** This operation answers 500. */
  serverErrorIn?: string;
  /** This operation's responses have no X-Request-Id. */
  missingRequestIdIn?: string;
  /** This operation accepts any body (e.g. one without `reason`). */
  acceptInvalidIn?: string;
}

export interface TinyServer {
  url: string;
  apiKey: string;
  /** Deltas accepted so far. */
  accepted(): number;
  close(): Promise<void>;
}

const API_KEY = "pk_test_tiny01.s3cr3ts3cr3t";
const HASH = `0x${"1f".repeat(32)}`;

const spec = loadSpec();
const validator = new SchemaValidator();
const emitOperation = spec.operations.find((operation) => operation.operationId === "emitDelta");
if (!emitOperation?.body) throw new Error("the spec has no emitDelta body");
const emit = emitOperation;
const emitBody = emitOperation.body;

const routes: Record<string, Record<string, string>> = {
  "/api/v1/balance/limits": { GET: "getLimits" },
  "/api/v1/balance/usage": { GET: "getUsage" },
  "/api/v1/balance/customers/summary": { GET: "getCustomersSummary" },
  "/api/v1/balance/delta": { POST: "emitDelta" },
};

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => {
      text += chunk;
    });
    request.on("end", () => resolve(text));
    request.on("error", reject);
  });
}

export async function startTinyServer(faults: TinyFaults = {}): Promise<TinyServer> {
  let accepted = 0;
  let sequence = 0;
  const issued = new Set<string>();

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const requestId = `req_${randomUUID()}`;
    const url = new URL(request.url ?? "/", "http://tiny");
    const methods = routes[url.pathname];
    const operationId = methods?.[request.method ?? "GET"];
    const send = (status: number, body: unknown, extra: Record<string, string> = {}) => {
      const headers: Record<string, string> = { "content-type": "application/json", ...extra };
      if (!operationId || faults.missingRequestIdIn !== operationId) headers["x-request-id"] = requestId;
      response.writeHead(status, headers).end(JSON.stringify(body));
    };
    const fail = (
      status: number,
      code: string,
      message: string,
      details?: { path: string; message: string }[],
    ) =>
      send(status, { success: false, error: { code, message, requestId, ...(details ? { details } : {}) } });

    if (!methods) return fail(404, "NOT_FOUND", `No such endpoint: ${url.pathname}`);
    if (!operationId) return fail(405, "NOT_FOUND", `${request.method} is not supported here`, undefined);
    if (request.headers["x-api-key"] !== API_KEY)
      return fail(401, "INVALID_API_KEY", "Missing or unknown API key");
    if (faults.serverErrorIn === operationId) return fail(500, "INTERNAL_ERROR", "planted failure");
    const wrong = faults.wrongTypeIn === operationId;
    const chainId = request.headers["x-chain-id"];
    if (typeof chainId === "string" && !/^.{1,20}$/s.test(chainId)) {
      return fail(400, "VALIDATION_ERROR", "The request is invalid", [
        { path: "X-Chain-Id", message: "must be 1–20 characters" },
      ]);
    }

    if (operationId === "getLimits") {
      return send(200, {
        success: true,
        data: {
          maxScopeMonths: 12,
          maxLastNDays: 90,
          maxRetentionDays: 730,
          maxBatchSize: wrong ? "100" : 100,
          maxDeltaAbs: 1_000_000_000,
          maxReasonLength: 500,
        },
      });
    }
    if (operationId === "getUsage") {
      const period = new Date().toISOString().slice(0, 7);
      return send(200, {
        success: true,
        data: {
          period,
          plan: "growth",
          includedDeltas: 500_000,
          consumedDeltas: wrong ? "0" : accepted,
          remainingDeltas: 500_000 - accepted,
          remaining: 500_000 - accepted,
          allowed: true,
        },
      });
    }
    if (operationId === "getCustomersSummary") {
      return send(200, {
        success: true,
        data: {
          totalCustomers: 0,
          totalDeltas: accepted,
          verifiedDeltas: 0,
          pendingDeltas: accepted,
          failedDeltas: 0,
          netBalance: wrong ? "0" : 0,
        },
      });
    }

    // emitDelta
    const text = await readBody(request);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return fail(400, "VALIDATION_ERROR", "The body is not valid JSON", [
        { path: "/", message: "must be valid JSON" },
      ]);
    }
    if (faults.acceptInvalidIn !== operationId) {
      const problems = body === undefined ? ["/ is required"] : validator.problems(emitBody, body, 5);
      for (const parameter of emit.headerParams) {
        const value = request.headers[parameter.name.toLowerCase()];
        if (value !== undefined && parameter.schema) {
          problems.push(
            ...validator.problems(parameter.schema, value).map((line) => `${parameter.name}${line}`),
          );
        }
      }
      const adjusts = (body as { adjusts?: unknown } | undefined)?.adjusts;
      if (problems.length === 0 && typeof adjusts === "string" && !issued.has(adjusts)) {
        problems.push("/adjusts names no earlier delta");
      }
      // A direct-inference tenant: no vendor accounts.
      if (
        problems.length === 0 &&
        (body as { vendorAccountId?: unknown } | undefined)?.vendorAccountId !== undefined
      ) {
        problems.push("/vendorAccountId is accepted only from billing-middleware tenants");
      }
      if (problems.length > 0) {
        return fail(
          400,
          "VALIDATION_ERROR",
          "The request is invalid",
          problems.map((line) => {
            const [path = "/", ...rest] = line.split(" ");
            return { path, message: rest.join(" ") };
          }),
        );
      }
    }
    const input = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
    accepted++;
    sequence++;
    issued.add(`rec_tiny${sequence}`);
    return send(201, {
      success: true,
      data: {
        recordId: `rec_tiny${sequence}`,
        customerId: typeof input.customerId === "string" ? input.customerId : "unknown",
        delta: typeof input.delta === "number" && input.delta !== 0 ? input.delta : 1,
        reason: typeof input.reason === "string" && input.reason.length > 0 ? input.reason : "(none)",
        referenceId: input.referenceId ?? null,
        metadata: input.metadata ?? null,
        adjusts: input.adjusts ?? null,
        status: "QUEUED",
        sequenceNumber: wrong ? String(sequence) : sequence,
        contentHash: HASH,
        receiptId: HASH,
        createdAt: new Date().toISOString(),
      },
    });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { "content-type": "text/plain" }).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey: API_KEY,
    accepted: () => accepted,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
