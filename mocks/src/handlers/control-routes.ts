import { MAX_CLOCK_MS } from "../clock.js";
import { type FaultController, FaultInputError } from "../faults.js";
import type { DeltaError } from "../ledger/kernel/api-types.js";
import type { LedgerEvent } from "../ledger/kernel/events.js";
import {
  type FieldIssue,
  LEDGER_ERROR_STATUS,
  LedgerError,
  validationError,
} from "../ledger/kernel/ledger-error.js";
import type { Plan } from "../ledger/kernel/state.js";
import type { IssuedApprovalToken } from "../ledger/tenancy/approvals.js";
import type { MfaSetting } from "../ledger/tenancy/mfa.js";
import type { TenantInfo } from "../ledger/tenancy/tenants.js";
import type { VerificationRun } from "../ledger/verification/verification.js";
import { errorAnswer } from "./pipeline.js";
import { errorResponse, jsonResponse, successBody } from "./responses.js";
import type { Route } from "./route.js";

/**
 * The mock control API (`/__mock/**`, described by spec/mock-control.yaml): reset, clock,
 * verification, faults, tenants, snapshot, forced verification failures, registration
 * approvals and users' MFA, for tests that
 * drive the mock over HTTP (the standalone server, other languages, browsers).
 */

/** What the control API operates on: the PacSpace mock instance. */
export interface ControlTarget {
  reset(): void;
  readonly clock: { now(): number };
  /** Moves the mock clock forward and settles what came due. */
  advanceClock(ms: number): VerificationRun;
  /** Sets the mock clock to a time (ms) and settles what came due. */
  setClock(ms: number): VerificationRun;
  verifyPending(selector?: { recordIds?: string[] }): VerificationRun;
  readonly faults: FaultController;
  createTenant(input: ControlTenantInput): {
    tenant: TenantInfo;
    apiKey: string;
    keyId: string;
    apiKeys: ControlCreatedKey[];
  };
  snapshot(): string;
  inspect(): {
    tenants: Array<{ environments: Record<string, { deltas: unknown[]; inFlightRecordIds: unknown[] }> }>;
  };
  failDeltas(selector: DeltaSelector, error?: DeltaError): () => void;
  /** Approves an email for dashboard registration (a single-use token, shown once). */
  issueApprovalToken(input: { email: string }): IssuedApprovalToken;
  /** Turns a dashboard user's MFA on (fixed or generated 6-digit code) or off. */
  setUserMfa(input: { email: string; enabled?: boolean; code?: string }): MfaSetting;
  /** Publishes a catalogue event; `data` defaults for the events no mock state produces. Errors: VALIDATION_ERROR, NOT_FOUND. */
  sendEvent(body: Record<string, unknown>): LedgerEvent;
  /** Deploys or takes down a tenant environment's anchoring contract (the default tenant when none is named). Errors: NOT_FOUND. */
  setContractDeployed(input: ContractSwitch): Required<ContractSwitch>;
  /** Export and import of the whole state; null when the mock keeps its state in memory only. */
  state: StateTransfer | null;
}

/** Export and import of the whole state (`GET` / `PUT /__mock/state`). */
export interface StateTransfer {
  /** The format an export is in. */
  readonly format: string;
  /** Every format an import takes. */
  readonly formats: readonly string[];
  /** The whole state: a snapshot's text (`snapshot`), in the state directory's format. */
  exportState(): { format: string; snapshot: string };
  /** Replaces the whole state with a snapshot or a journal. Throws an error with a `line` for a bad one. */
  importState(text: string): Promise<{ records: number }>;
}

export interface ContractSwitch {
  tenantId?: string;
  /** The key environment, `test` (sandbox, the default) or `live` (production). */
  environment?: "test" | "live";
  deployed: boolean;
}

export interface ControlTenantInput {
  tenantId?: string;
  name?: string;
  plan?: Plan;
  requireSignedCompare?: boolean;
  /** Overrides the plan's included deltas. */
  includedDeltas?: number | null;
  /** Environment of the one key (default `test`); not with `apiKeys`. */
  environment?: "test" | "live";
  /** Fixed value of the one key; not with `apiKeys`. */
  apiKey?: string;
  /** Name of the one key; not with `apiKeys`. */
  keyName?: string;
  /** The tenant's keys, instead of one key from `environment` / `apiKey` / `keyName`. */
  apiKeys?: ControlTenantKeyInput[];
}

export interface ControlTenantKeyInput {
  /** Default: the environment of `apiKey`, else `test`. */
  environment?: "test" | "live";
  name?: string;
  /** Fixed value; generated from the seed when absent. */
  apiKey?: string;
}

/** A key created with a tenant, in full (shown once). */
export interface ControlCreatedKey {
  keyId: string;
  name: string;
  environment: "test" | "live";
  apiKey: string;
}

export interface DeltaSelector {
  recordIds?: string[];
  customerIds?: string[];
  referenceIds?: string[];
}

type Body = Record<string, unknown>;

/** Method and path of every control operation (spec/mock-control.yaml), for 405 answers. */
export const CONTROL_OPERATIONS: ReadonlyArray<{ method: string; path: string }> = [
  { method: "POST", path: "/__mock/reset" },
  { method: "GET", path: "/__mock/clock" },
  { method: "POST", path: "/__mock/clock/advance" },
  { method: "POST", path: "/__mock/clock/set" },
  { method: "POST", path: "/__mock/verify" },
  { method: "GET", path: "/__mock/faults" },
  { method: "POST", path: "/__mock/faults" },
  { method: "DELETE", path: "/__mock/faults" },
  { method: "DELETE", path: "/__mock/faults/{faultId}" },
  { method: "POST", path: "/__mock/tenants" },
  { method: "GET", path: "/__mock/snapshot" },
  { method: "POST", path: "/__mock/deltas/fail" },
  { method: "POST", path: "/__mock/approval-tokens" },
  { method: "POST", path: "/__mock/users/mfa" },
  { method: "POST", path: "/__mock/events" },
  { method: "POST", path: "/__mock/contracts" },
  { method: "GET", path: "/__mock/state" },
  { method: "PUT", path: "/__mock/state" },
  { method: "POST", path: "/__mock/middleware/tenants" },
];

/** The control routes; who may call them is `guardedControlRoutes`' rule (control-access.ts). */
export function controlRoutes(
  target: ControlTarget,
  nextRequestId: () => string,
  onInternalError: (error: unknown, request: Request) => void,
): Route[] {
  const route = (method: Route["method"], path: string, resolve: Route["resolve"]): Route => ({
    method,
    path: `/__mock${path}`,
    resolve,
  });

  /** Runs one control action with the shared envelope, X-Request-Id and error mapping. */
  const action =
    (
      run: (
        body: Body,
        params: Record<string, string>,
      ) => { status?: number; data: unknown } | Promise<{ status?: number; data: unknown }>,
      options: { body?: boolean } = {},
    ) =>
    async (request: Request, params: Record<string, string>) => {
      const requestId = nextRequestId();
      const headers = new Headers({ "X-Request-Id": requestId });
      try {
        const body = options.body ? await readBody(request) : {};
        const result = await run(body, params);
        return jsonResponse(result.status ?? 200, successBody(result.data), headers);
      } catch (error) {
        if (error instanceof FaultInputError) {
          return errorResponse(
            400,
            { code: "VALIDATION_ERROR", message: error.message, details: error.issues },
            requestId,
            headers,
          );
        }
        return errorAnswer(error, requestId, headers, request, { onInternalError });
      }
    };

  const durableState = (): StateTransfer => {
    if (target.state) return target.state;
    throw new LedgerError(
      "CONFLICT",
      "This mock keeps its state in memory only: start pacspace-mock serve with --state <dir> to export or import it",
    );
  };

  const clockView = () => {
    const now = target.clock.now();
    return { now: new Date(now).toISOString(), epochMs: now };
  };

  return [
    route(
      "POST",
      "/reset",
      action(() => {
        target.reset();
        return { data: { snapshot: target.snapshot() } };
      }),
    ),
    route(
      "GET",
      "/clock",
      action(() => ({ data: clockView() })),
    ),
    route(
      "POST",
      "/clock/advance",
      action(
        (body) => {
          rejectUnknown(body, ["ms"]);
          const ms = body.ms;
          if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
            throw validationError([{ path: "/ms", message: "is required: a number of milliseconds ≥ 0" }]);
          }
          if (target.clock.now() + ms > MAX_CLOCK_MS) {
            throw validationError([
              {
                path: "/ms",
                message: `must keep the clock at or before ${new Date(MAX_CLOCK_MS).toISOString()}`,
              },
            ]);
          }
          const verification = target.advanceClock(ms);
          return { data: { ...clockView(), verification } };
        },
        { body: true },
      ),
    ),
    route(
      "POST",
      "/clock/set",
      action(
        (body) => {
          rejectUnknown(body, ["time"]);
          const time = timeOf(body.time);
          if (time === null) {
            throw validationError([
              {
                path: "/time",
                message: `is required: an ISO 8601 date-time or milliseconds since the Unix epoch, from 1970 to ${new Date(MAX_CLOCK_MS).toISOString()}`,
              },
            ]);
          }
          const verification = target.setClock(time);
          return { data: { ...clockView(), verification } };
        },
        { body: true },
      ),
    ),
    route(
      "POST",
      "/verify",
      action(
        (body) => {
          rejectUnknown(body, ["recordIds"]);
          const recordIds = stringList(body, "recordIds");
          return { data: target.verifyPending(recordIds ? { recordIds } : {}) };
        },
        { body: true },
      ),
    ),
    route(
      "GET",
      "/faults",
      action(() => ({ data: { faults: target.faults.list() } })),
    ),
    route(
      "POST",
      "/faults",
      action((body) => ({ status: 201, data: target.faults.inject(body as never) }), { body: true }),
    ),
    route(
      "DELETE",
      "/faults",
      action(() => ({ data: { removed: target.faults.clear() } })),
    ),
    route(
      "DELETE",
      "/faults/{faultId}",
      action((_body, params) => {
        if (!target.faults.remove(String(params.faultId)))
          throw new LedgerError("NOT_FOUND", "No such fault");
        return { data: { removed: 1 } };
      }),
    ),
    route(
      "POST",
      "/tenants",
      action(
        (body) => {
          rejectUnknown(body, [
            "tenantId",
            "name",
            "plan",
            "requireSignedCompare",
            "includedDeltas",
            "environment",
            "apiKey",
            "keyName",
            "apiKeys",
          ]);
          const issues: FieldIssue[] = [];
          for (const field of ["tenantId", "name", "plan", "apiKey", "keyName"] as const) {
            if (body[field] !== undefined && (typeof body[field] !== "string" || body[field] === "")) {
              issues.push({ path: `/${field}`, message: "must be a non-empty string" });
            }
          }
          if (body.requireSignedCompare !== undefined && typeof body.requireSignedCompare !== "boolean") {
            issues.push({ path: "/requireSignedCompare", message: "must be a boolean" });
          }
          const included = body.includedDeltas;
          if (
            included !== undefined &&
            included !== null &&
            !(Number.isSafeInteger(included) && Number(included) >= 0)
          ) {
            issues.push({ path: "/includedDeltas", message: "must be an integer ≥ 0 or null" });
          }
          if (body.environment !== undefined && body.environment !== "test" && body.environment !== "live") {
            issues.push({ path: "/environment", message: "must be test or live" });
          }
          if (body.apiKeys !== undefined) issues.push(...tenantKeyIssues(body.apiKeys));
          if (issues.length > 0) throw validationError(issues);
          return { status: 201, data: target.createTenant(body as ControlTenantInput) };
        },
        { body: true },
      ),
    ),
    route(
      "GET",
      "/snapshot",
      action(() => {
        let deltas = 0;
        let inFlight = 0;
        const { tenants } = target.inspect();
        for (const tenant of tenants) {
          for (const environment of Object.values(tenant.environments)) {
            deltas += environment.deltas.length;
            inFlight += environment.inFlightRecordIds.length;
          }
        }
        return { data: { digest: target.snapshot(), tenants: tenants.length, deltas, inFlight } };
      }),
    ),
    route(
      "POST",
      "/deltas/fail",
      action(
        (body) => {
          rejectUnknown(body, ["recordIds", "customerIds", "referenceIds", "error"]);
          const selector: DeltaSelector = {};
          for (const field of ["recordIds", "customerIds", "referenceIds"] as const) {
            const list = stringList(body, field);
            if (list) selector[field] = list;
          }
          if (Object.keys(selector).length === 0) {
            throw validationError([
              { path: "/recordIds", message: "name at least one of recordIds, customerIds, referenceIds" },
            ]);
          }
          const error = deltaError(body.error);
          target.failDeltas(selector, error);
          return { data: { ...selector, ...(error ? { error } : {}) } };
        },
        { body: true },
      ),
    ),
    route(
      "POST",
      "/approval-tokens",
      action(
        (body) => {
          rejectUnknown(body, ["email"]);
          if (typeof body.email !== "string") {
            throw validationError([{ path: "/email", message: "is required: the email to approve" }]);
          }
          return { status: 201, data: target.issueApprovalToken({ email: body.email }) };
        },
        { body: true },
      ),
    ),
    route(
      "POST",
      "/users/mfa",
      action(
        (body) => {
          rejectUnknown(body, ["email", "enabled", "code"]);
          const issues: FieldIssue[] = [];
          if (typeof body.email !== "string") {
            issues.push({ path: "/email", message: "is required: the email of a dashboard user" });
          }
          if (body.enabled !== undefined && typeof body.enabled !== "boolean") {
            issues.push({ path: "/enabled", message: "must be a boolean" });
          }
          if (body.code !== undefined && typeof body.code !== "string") {
            issues.push({ path: "/code", message: "must be 6 digits" });
          }
          if (issues.length > 0) throw validationError(issues);
          return { data: target.setUserMfa(body as { email: string; enabled?: boolean; code?: string }) };
        },
        { body: true },
      ),
    ),
    route(
      "POST",
      "/contracts",
      action(
        (body) => {
          rejectUnknown(body, ["tenantId", "environment", "deployed"]);
          const issues: FieldIssue[] = [];
          if (typeof body.deployed !== "boolean")
            issues.push({ path: "/deployed", message: "is required: a boolean" });
          if (body.environment !== undefined && body.environment !== "test" && body.environment !== "live") {
            issues.push({ path: "/environment", message: "must be test or live" });
          }
          if (body.tenantId !== undefined && (typeof body.tenantId !== "string" || body.tenantId === "")) {
            issues.push({ path: "/tenantId", message: "must be a non-empty string" });
          }
          if (issues.length > 0) throw validationError(issues);
          return { data: target.setContractDeployed(body as unknown as ContractSwitch) };
        },
        { body: true },
      ),
    ),
    route(
      "POST",
      "/events",
      action(
        (body) => {
          rejectUnknown(body, ["event", "data", "tenantId", "environment"]);
          return { data: target.sendEvent(body) };
        },
        { body: true },
      ),
    ),
    route(
      "GET",
      "/state",
      action(() => ({ data: durableState().exportState() })),
    ),
    route(
      "PUT",
      "/state",
      action(
        async (body) => {
          rejectUnknown(body, ["format", "snapshot", "journal"]);
          // `snapshot` is what an export holds; `journal` is the earlier journal-only export
          const field = body.journal !== undefined && body.snapshot === undefined ? "journal" : "snapshot";
          const text = body[field];
          if (
            typeof text !== "string" ||
            text === "" ||
            (body.journal !== undefined && body.snapshot !== undefined)
          ) {
            throw validationError([
              {
                path: `/${field}`,
                message: "is required (one of snapshot or journal): the text of a state export",
              },
            ]);
          }
          const state = durableState();
          if (body.format !== undefined && !state.formats.includes(body.format as string)) {
            throw validationError([
              { path: "/format", message: `must be one of ${state.formats.join(", ")}` },
            ]);
          }
          try {
            return { data: await state.importState(text) };
          } catch (error) {
            if (typeof (error as { line?: unknown }).line !== "number") throw error;
            throw validationError([{ path: `/${field}`, message: (error as Error).message }]);
          }
        },
        { body: true },
      ),
    ),
  ];
}

const MAX_TENANT_KEYS = 20;

function tenantKeyIssues(value: unknown): FieldIssue[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_TENANT_KEYS) {
    return [{ path: "/apiKeys", message: `must be an array of 1–${MAX_TENANT_KEYS} keys` }];
  }
  const issues: FieldIssue[] = [];
  value.forEach((key: unknown, index) => {
    const at = `/apiKeys/${index}`;
    if (typeof key !== "object" || key === null || Array.isArray(key)) {
      issues.push({ path: at, message: "must be an object" });
      return;
    }
    const entry = key as Body;
    for (const field of Object.keys(entry)) {
      if (!["environment", "name", "apiKey"].includes(field))
        issues.push({ path: `${at}/${field}`, message: "is not an accepted field" });
    }
    if (entry.environment !== undefined && entry.environment !== "test" && entry.environment !== "live") {
      issues.push({ path: `${at}/environment`, message: "must be test or live" });
    }
    for (const field of ["name", "apiKey"] as const) {
      if (entry[field] !== undefined && (typeof entry[field] !== "string" || entry[field] === "")) {
        issues.push({ path: `${at}/${field}`, message: "must be a non-empty string" });
      }
    }
  });
  return issues;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

/** An ISO 8601 date-time or integer epoch ms in the clock's range → ms; null when it is neither. */
function timeOf(value: unknown): number | null {
  let ms: number;
  if (typeof value === "number") ms = Number.isSafeInteger(value) ? value : Number.NaN;
  else if (typeof value === "string" && DATE_TIME.test(value)) ms = Date.parse(value);
  else return null;
  return Number.isFinite(ms) && ms >= 0 && ms <= MAX_CLOCK_MS ? ms : null;
}

async function readBody(request: Request): Promise<Body> {
  const text = await request.text();
  if (text.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw validationError(
      [{ path: "/", message: "must be valid JSON" }],
      "The request body is not valid JSON",
    );
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw validationError([{ path: "/", message: "must be a JSON object" }]);
  }
  return parsed as Body;
}

function rejectUnknown(body: Body, known: string[]): void {
  const unknown = Object.keys(body).filter((field) => !known.includes(field));
  if (unknown.length > 0)
    throw validationError(
      unknown.map((field) => ({ path: `/${field}`, message: "is not an accepted field" })),
    );
}

function stringList(body: Body, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((item) => typeof item === "string" && item !== "")
  ) {
    throw validationError([{ path: `/${field}`, message: "must be a non-empty array of non-empty strings" }]);
  }
  return value as string[];
}

function deltaError(value: unknown): DeltaError | undefined {
  if (value === undefined) return undefined;
  const candidate = value as { code?: unknown; message?: unknown };
  if (
    typeof value !== "object" ||
    value === null ||
    typeof candidate.code !== "string" ||
    typeof candidate.message !== "string" ||
    candidate.message === ""
  ) {
    throw validationError([{ path: "/error", message: "must be {code, message}" }]);
  }
  if (!Object.hasOwn(LEDGER_ERROR_STATUS, candidate.code)) {
    throw validationError([
      { path: "/error/code", message: "must be an error code of the PacSpace API, e.g. INTERNAL_ERROR" },
    ]);
  }
  return { code: candidate.code, message: candidate.message } as DeltaError;
}
