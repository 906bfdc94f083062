import { checkResponse, type Expectation } from "./conformance.js";
import {
  HttpFailure,
  queryString,
  type RequestInput,
  send,
  type WireRequest,
  type WireResponse,
} from "./http.js";
import type { CheckCategory, CheckResult } from "./results.js";
import { type ContractSpec, fillPath, type OpenApiResponse, type Operation } from "./spec.js";
import type { SchemaValidator } from "./validator.js";

/** How a request authenticates: the run's credentials, none, or a given (wrong) credential value. */
export type AuthMode = { kind: "key" } | { kind: "none" } | { kind: "value"; value: string };

export interface SessionOptions {
  baseUrl: string;
  apiKey: string;
  /** For operations that take a bearer token (dashboard sessions); without it they are not called authenticated. */
  bearerToken?: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

const BODY_PREVIEW = 300;

/**
 * One run's connection to the server under test: builds wire requests from decoded
 * inputs, sends them, checks every response against the spec, and counts.
 */
export class Session {
  requests = 0;
  rejectionRequests = 0;
  serverErrors = 0;
  readonly byId: Map<string, Operation>;

  constructor(
    readonly spec: ContractSpec,
    readonly validator: SchemaValidator,
    readonly options: SessionOptions,
  ) {
    this.byId = new Map(spec.operations.map((operation) => [operation.operationId, operation]));
  }

  /** The wire form of a decoded request. Public operations are sent without credentials unless asked. */
  toWire(operation: Operation, input: RequestInput, auth: AuthMode = { kind: "key" }): WireRequest {
    const path = fillPath(
      operation.path,
      Object.fromEntries(Object.entries(input.path).map(([name, value]) => [name, String(value)])),
    );
    const headers: Record<string, string> = { accept: "application/json" };
    for (const [name, value] of Object.entries(input.headers)) {
      if (value !== undefined) headers[name] = String(value);
    }
    if (auth.kind !== "none" && operation.requiresAuth) {
      const value = auth.kind === "value" ? auth.value : undefined;
      if (operation.credential) headers[operation.credential.header] = value ?? this.options.apiKey;
      else if (operation.acceptsBearer && (value ?? this.options.bearerToken)) {
        headers.authorization = `Bearer ${value ?? this.options.bearerToken}`;
      }
    }
    const wire: WireRequest = {
      method: operation.method.toUpperCase(),
      target: path + queryString(input.query),
      headers,
    };
    const body = input.rawBody ?? (input.body === undefined ? undefined : JSON.stringify(input.body));
    if (body !== undefined) {
      wire.body = body;
      headers["content-type"] = "application/json";
    }
    return wire;
  }

  /** Whether the run has credentials this operation accepts (public operations need none). */
  canAuthenticate(operation: Operation): boolean {
    return (
      !operation.requiresAuth ||
      operation.credential !== null ||
      (operation.acceptsBearer && this.options.bearerToken !== undefined)
    );
  }

  /** The API-key header of the spec, for requests to routes it does not declare. */
  credentialHeader(): string | undefined {
    return this.spec.operations.find((operation) => operation.credential)?.credential?.header;
  }

  /** Sends a request and checks the response; returns both the result and the response (if any). */
  async exchange(
    check: { operationId: string; category: CheckCategory; name: string },
    operation: Operation | null,
    wire: WireRequest,
    expectation: Expectation,
    fallback?: OpenApiResponse,
  ): Promise<{ result: CheckResult; response?: WireResponse }> {
    this.requests++;
    if (expectation.outcome === "rejection") this.rejectionRequests++;
    const request = {
      method: wire.method,
      target: wire.target,
      ...(wire.body !== undefined ? { body: preview(wire.body) } : {}),
    };
    let response: WireResponse;
    try {
      response = await send(wire, this.options);
    } catch (error) {
      const message = error instanceof HttpFailure ? error.message : String(error);
      return { result: { ...check, outcome: "failed", messages: [message], request } };
    }
    if (response.status >= 500) this.serverErrors++;
    const messages = checkResponse(this.validator, operation, response, expectation, fallback);
    return {
      result: {
        ...check,
        outcome: messages.length ? "failed" : "passed",
        messages,
        request,
        status: response.status,
      },
      response,
    };
  }
}

function preview(body: string): string {
  return body.length > BODY_PREVIEW ? `${body.slice(0, BODY_PREVIEW - 1)}…` : body;
}
