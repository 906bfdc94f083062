import { runChain } from "./chain.js";
import type { Expectation } from "./conformance.js";
import {
  CREDENTIAL_CHANGING_OPERATIONS,
  CREDENTIAL_CREATING_OPERATIONS,
  KEY_ID,
} from "./credential-operations.js";
import { type OperationPlan, planOperation, seedFor } from "./generate.js";
import { type RequestInput, runConcurrently } from "./http.js";
import { type LoginCredentials, type OwnCredential, OwnCredentials } from "./own-credentials.js";
import { runRecordsChain } from "./records-chain.js";
import {
  CHECK_CATEGORIES,
  type CheckCategory,
  type CheckResult,
  type ContractReport,
  type OperationSummary,
  ROUTING,
  STATE,
} from "./results.js";
import { UnsupportedSchemaError } from "./schema-arbitrary.js";
import { type GenerationContext, ledgerOfKey, type Resources } from "./semantic-rules.js";
import { type AuthMode, Session } from "./session.js";
import { type ContractSpec, fillPath, loadSpec, type Operation } from "./spec.js";
import { SchemaValidator } from "./validator.js";

export interface ContractOptions {
  /** Where the API is served, e.g. `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** A working API key (sent in the header the spec's security scheme names). */
  apiKey: string;
  /**
   * A bearer token for operations that accept one instead of the API key (the dashboard's
   * session token). Without it those operations only get the auth checks.
   */
  bearerToken?: string;
  /**
   * A dashboard login (email and password). The kit logs in with it to open sessions of
   * its own for the checks that end one (`logout`); without it those checks are skipped.
   * The session of `bearerToken` is never ended.
   */
  login?: LoginCredentials;
  /** The dereferenced OpenAPI 3.1 document, or a path to it; default: this package's generated/openapi.json. */
  spec?: ContractSpec | string;
  /**
   * Only these operationIds. The stateful chain still runs when they need its identifiers;
   * routing checks run only when `checks` names them explicitly.
   */
  only?: string[];
  /** Seed of every generated input. Default 1. */
  seed?: number;
  /** Valid requests per operation. Default 5. */
  validPerOp?: number;
  /** Invalid requests per operation. Default: each applicable violation once. */
  invalidPerOp?: number;
  /** Which kinds of checks to run. Default: all. */
  checks?: CheckCategory[];
  /** Requests in flight at once. Default 8. */
  concurrency?: number;
  /** Per-request timeout. Default 10 s. */
  timeoutMs?: number;
  /**
   * Makes the identifiers the run creates (the chain's customer, idempotency keys, created
   * records) unique per run. Default: the clock plus random characters, so a rerun against
   * the same server, with the same seed, creates new records instead of meeting the old ones.
   */
  runTag?: string;
  /** How long the chain waits for verification. Default 20 s. */
  verifyTimeoutMs?: number;
  /**
   * Entries the records chain appends to its record. Default 3. More than the server's
   * history page holds (the local mock's holds 100) makes it follow `x-next-from-seq`.
   */
  recordEntries?: number;
  /**
   * Reads a digest of the server's state. When given, it is read before and after the
   * requests that must be rejected, and any difference is a failure: a rejected request
   * must not change anything.
   */
  stateProbe?: () => Promise<string>;
  /** The state counts as settled when two probes this far apart agree. Default 500 ms. */
  probeSettleMs?: number;
  fetch?: typeof fetch;
}

/** Probes until two reads `settleMs` apart agree; `state: null` when that never happens before the timeout. */
async function settledState(
  probe: () => Promise<string>,
  settleMs: number,
  timeoutMs: number,
): Promise<{ state: string | null }> {
  const deadline = Date.now() + timeoutMs;
  let previous = await probe();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const current = await probe();
    if (current === previous) return { state: current };
    if (Date.now() > deadline) return { state: null };
    previous = current;
  }
}

const WRITE_METHODS = new Set(["post", "put", "patch", "delete"]);
const PROBED_METHODS = ["get", "post", "put", "patch", "delete"] as const;

export async function runContract(options: ContractOptions): Promise<ContractReport> {
  const started = Date.now();
  const spec = typeof options.spec === "object" ? options.spec : loadSpec(options.spec);
  const seed = options.seed ?? 1;
  const runTag = options.runTag ?? freshRunTag();
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(runTag)) throw new Error("runTag must be 1–40 letters, digits, _ or -");
  const categories = new Set(options.checks ?? CHECK_CATEGORIES);
  const known = new Set(spec.operations.map((operation) => operation.operationId));
  const unknown = (options.only ?? []).filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`unknown operationId(s): ${unknown.join(", ")}`);
  const selected = options.only
    ? spec.operations.filter((operation) => options.only?.includes(operation.operationId))
    : spec.operations;

  const validator = new SchemaValidator();
  const session = new Session(spec, validator, {
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    ...(options.bearerToken ? { bearerToken: options.bearerToken } : {}),
    timeoutMs: options.timeoutMs ?? 10_000,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const results: CheckResult[] = [];

  // Phase 1: the stateful chain produces the identifiers the other checks use.
  let resources: Resources = {};
  let serverNow: Date | undefined;
  const needsChain = selected.some((operation) => operation.pathParams.length > 0 || operation.body !== null);
  if (categories.has("chain") && (needsChain || !options.only)) {
    const chain = await runChain(session, {
      seed,
      runTag,
      verifyTimeoutMs: options.verifyTimeoutMs ?? 20_000,
      pollIntervalMs: 50,
    });
    resources = chain.resources;
    serverNow = chain.serverNow;
    results.push(...chain.results);
  }
  const recordsSelected = selected.some((operation) => operation.path.startsWith("/api/v1/records/"));
  if (categories.has("chain") && recordsSelected) {
    const records = await runRecordsChain(session, {
      runTag,
      entries: options.recordEntries ?? 3,
      verifyTimeoutMs: options.verifyTimeoutMs ?? 20_000,
      pollIntervalMs: 50,
    });
    resources = { ...resources, ...records.resources };
    results.push(...records.results);
  }

  // Credentials of the run's own: a key for the checks that read or change one, and one
  // credential per request of each check that ends or changes one, made before the
  // rejected requests so the state probe does not see them.
  const own = new OwnCredentials(
    session,
    runTag,
    ledgerOfKey(options.apiKey) === "production" ? "live" : "test",
    options.login,
  );
  const namesKey = selected.some((operation) => operation.pathParams.some((p) => p.name === KEY_ID));
  if (namesKey && own.unavailable("apiKey") === undefined) {
    const key = await own.create("apiKey", "for the checks that read or update a key");
    if ("keyId" in key) resources[KEY_ID] = key.keyId;
  }
  const context: GenerationContext = {
    now: serverNow ?? new Date(),
    resources,
    runTag,
    ledger: ledgerOfKey(options.apiKey),
  };

  const plans = selected.map((operation): OperationPlan => {
    try {
      return planOperation(
        spec,
        operation,
        context,
        {
          seed,
          validCount: categories.has("valid") ? (options.validPerOp ?? 5) : 1,
          ...(options.invalidPerOp !== undefined ? { invalidCount: options.invalidPerOp } : {}),
        },
        validator,
      );
    } catch (error) {
      // A schema the generator does not understand stops this operation, not the run.
      if (!(error instanceof UnsupportedSchemaError)) throw error;
      const reason = `the kit cannot generate inputs for it: ${error.message}`;
      return { operation, valid: [], validSkipped: reason, invalid: [], inapplicable: [], unknownIds: [] };
    }
  });
  const concurrency = options.concurrency ?? 8;
  const ownByOperation = new Map<string, OwnFor>();
  for (const plan of plans) {
    const changing = CREDENTIAL_CHANGING_OPERATIONS.get(plan.operation.operationId);
    if (!changing || !session.canAuthenticate(plan.operation)) continue;
    ownByOperation.set(
      plan.operation.operationId,
      await ownCredentialsFor(own, plan, changing.kind, categories, resources, concurrency),
    );
  }

  // Phase 2: valid requests (they may change state).
  if (categories.has("valid")) {
    const tasks = plans.flatMap((plan) =>
      validTasks(session, plan, own, ownByOperation.get(plan.operation.operationId), resources),
    );
    results.push(...(await runConcurrently(tasks, concurrency)));
  }

  // Phase 3: requests that must be rejected, bracketed by state probes.
  const rejectionTasks = [
    ...plans.flatMap((plan) =>
      rejectionTasksFor(
        session,
        plan,
        categories,
        seed,
        ownByOperation.get(plan.operation.operationId),
        resources,
      ),
    ),
    ...(categories.has("routing") && (!options.only || options.checks?.includes("routing"))
      ? routingTasks(session, resources)
      : []),
  ];
  if (rejectionTasks.length > 0) {
    const probe = options.stateProbe;
    // Earlier writes may still be settling (asynchronous verification): wait until the state holds still.
    const before = probe
      ? await settledState(probe, options.probeSettleMs ?? 500, options.verifyTimeoutMs ?? 20_000)
      : undefined;
    results.push(...(await runConcurrently(rejectionTasks, concurrency)));
    if (probe && before !== undefined) {
      const after = await probe();
      const messages =
        before.state === null
          ? [`the state never held still for ${options.probeSettleMs ?? 500} ms before the rejected requests`]
          : before.state !== after
            ? ["the state probe differs before and after the rejected requests"]
            : [];
      results.push({
        operationId: STATE,
        category: "state",
        name: "rejected requests leave the state unchanged",
        outcome: messages.length ? "failed" : "passed",
        messages,
      });
    }
  }

  results.push(...own.results, ...(await own.close()));
  const operations = summarize(spec, results);
  const totals = { checks: 0, passed: 0, failed: 0, skipped: 0 };
  for (const summary of operations) {
    totals.checks += summary.checks;
    totals.passed += summary.passed;
    totals.failed += summary.failed;
    totals.skipped += summary.skipped;
  }
  return {
    baseUrl: options.baseUrl,
    seed,
    runTag,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    requests: session.requests,
    rejectionRequests: session.rejectionRequests,
    serverErrors: session.serverErrors,
    totals,
    operations,
    ok: totals.failed === 0,
  };
}

/** A run tag no earlier run had: the clock, and random characters for runs started in the same millisecond. */
function freshRunTag(): string {
  const random = globalThis.crypto.getRandomValues(new Uint32Array(1))[0] as number;
  return `${Date.now().toString(36)}${random.toString(36).padStart(7, "0")}`;
}

/**
 * The credentials of the run's own that the requests of an operation ending or changing
 * one use, by position in the plan's lists (none for a request that names no credential
 * of the run, such as one whose violation is the key id itself).
 */
type OwnFor =
  | { valid: (OwnCredential | undefined)[]; invalid: (OwnCredential | undefined)[] }
  | { reason: string };

async function ownCredentialsFor(
  own: OwnCredentials,
  plan: OperationPlan,
  kind: OwnCredential["kind"],
  categories: Set<CheckCategory>,
  resources: Resources,
  concurrency: number,
): Promise<OwnFor> {
  const id = plan.operation.operationId;
  const unavailable = own.unavailable(kind);
  if (unavailable) return { reason: unavailable };
  const needs = (input: RequestInput) => kind === "session" || input.path[KEY_ID] === resources[KEY_ID];
  const create = (input: RequestInput, purpose: string) => async () =>
    needs(input) ? own.create(kind, purpose) : undefined;
  const valid = categories.has("valid")
    ? plan.valid.map((input, index) => create(input, `${id} valid #${index + 1}`))
    : [];
  const invalid = categories.has("invalid")
    ? plan.invalid.map(({ violation, input }) => create(input, `${id} ${violation.name}`))
    : [];
  const created = await runConcurrently([...valid, ...invalid], concurrency);
  const failed = created.find((credential) => credential !== undefined && "reason" in credential);
  if (failed && "reason" in failed) return { reason: failed.reason };
  const credentials = created as (OwnCredential | undefined)[];
  return { valid: credentials.slice(0, valid.length), invalid: credentials.slice(valid.length) };
}

/**
 * The request and credentials to send `input` with, under a credential of the run's own:
 * the key it names (unless the input deliberately names something else), or the session
 * it authenticates with.
 */
function underOwn(
  input: RequestInput,
  credential: OwnCredential | undefined,
  resources: Resources,
): { input: RequestInput; auth: AuthMode } {
  if (credential?.kind === "session") return { input, auth: { kind: "value", value: credential.token } };
  if (credential?.kind === "apiKey" && input.path[KEY_ID] === resources[KEY_ID]) {
    return {
      input: { ...input, path: { ...input.path, [KEY_ID]: credential.keyId } },
      auth: { kind: "key" },
    };
  }
  return { input, auth: { kind: "key" } };
}

function validTasks(
  session: Session,
  plan: OperationPlan,
  own: OwnCredentials,
  ownFor: OwnFor | undefined,
  resources: Resources,
): (() => Promise<CheckResult>)[] {
  const { operation } = plan;
  const id = operation.operationId;
  const skippedFor = !session.canAuthenticate(operation)
    ? "needs credentials this run does not have (a bearer token: --bearer-token)"
    : ownFor && "reason" in ownFor
      ? ownFor.reason
      : plan.validSkipped;
  if (skippedFor) {
    const skipped: CheckResult = {
      operationId: id,
      category: "valid",
      name: "valid request",
      outcome: "skipped",
      messages: [skippedFor],
    };
    return [async () => skipped];
  }
  const ownCredentials = ownFor && "valid" in ownFor ? ownFor.valid : undefined;
  return plan.valid.map((valid, index) => async () => {
    const name = `valid #${index + 1}`;
    const credential = ownCredentials?.[index];
    const { input, auth } = underOwn(valid, credential, resources);
    const { result, response } = await session.exchange(
      { operationId: id, category: "valid", name },
      operation,
      session.toWire(operation, input, auth),
      { outcome: "success" },
    );
    if (result.outcome === "passed") {
      if (credential && CREDENTIAL_CHANGING_OPERATIONS.get(id)?.ends) own.ended(credential);
      if (CREDENTIAL_CREATING_OPERATIONS.get(id) === "apiKey") own.adoptKey(response);
    }
    return result;
  });
}

/** A key shaped like the real one (same prefix and length) that the server cannot know. */
export function unknownKeyLike(apiKey: string, seed: number): string {
  const cut = apiKey.indexOf(".") > 0 ? apiKey.lastIndexOf("_", apiKey.indexOf(".")) + 1 : 0;
  let state = seedFor(seed, "unknown-key") >>> 0;
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  const scrambled = apiKey.slice(cut).replace(/[A-Za-z0-9]/g, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return alphabet[state % alphabet.length] as string;
  });
  return apiKey.slice(0, cut) + scrambled;
}

function rejectionTasksFor(
  session: Session,
  plan: OperationPlan,
  categories: Set<CheckCategory>,
  seed: number,
  ownFor: OwnFor | undefined,
  resources: Resources,
): (() => Promise<CheckResult>)[] {
  const { operation } = plan;
  const id = operation.operationId;
  const tasks: (() => Promise<CheckResult>)[] = [];
  const reject = (
    category: CheckCategory,
    name: string,
    input: RequestInput,
    expectation: Expectation,
    auth: AuthMode = { kind: "key" },
  ) =>
    tasks.push(async () => {
      const wire = session.toWire(operation, input, auth);
      return (await session.exchange({ operationId: id, category, name }, operation, wire, expectation))
        .result;
    });
  const declared = (status: number): Expectation => ({
    outcome: "rejection",
    ...(String(status) in operation.responses ? { status } : {}),
  });

  if (!session.canAuthenticate(operation)) {
    // Without accepted credentials every request would be refused for that alone: only the auth checks say something.
    const reason = "needs credentials this run does not have (a bearer token: --bearer-token)";
    for (const category of ["invalid", "unknown-id"] as const) {
      if (categories.has(category)) {
        tasks.push(async () => ({
          operationId: id,
          category,
          name: `${category} requests`,
          outcome: "skipped",
          messages: [reason],
        }));
      }
    }
  } else if (categories.has("invalid") && ownFor && "reason" in ownFor) {
    tasks.push(async () => ({
      operationId: id,
      category: "invalid",
      name: "invalid requests",
      outcome: "skipped",
      messages: [ownFor.reason],
    }));
  } else if (categories.has("invalid")) {
    const ownCredentials = ownFor && "invalid" in ownFor ? ownFor.invalid : undefined;
    plan.invalid.forEach(({ violation, input }, index) => {
      const sent = underOwn(input, ownCredentials?.[index], resources);
      reject("invalid", violation.name, sent.input, { outcome: "rejection" }, sent.auth);
    });
  }
  if (categories.has("unknown-id") && session.canAuthenticate(operation)) {
    for (const { name, input } of plan.unknownIds)
      reject("unknown-id", `unknown ${name}`, input, declared(404));
  }
  const base = plan.authBase;
  if (categories.has("auth") && base && operation.requiresAuth) {
    reject("auth", "no credentials", base, declared(401), { kind: "none" });
    if (operation.acceptsBearer && !operation.credential) {
      reject("auth", "invalid bearer token", base, declared(401), {
        kind: "value",
        value: "not-a-session-token",
      });
    }
  }
  if (categories.has("auth") && base && operation.requiresAuth && operation.credential) {
    const header = operation.credential.header;
    reject("auth", `malformed ${header}`, base, declared(401), { kind: "value", value: "not-a-key" });
    reject("auth", `unknown ${header}`, base, declared(401), {
      kind: "value",
      value: unknownKeyLike(session.options.apiKey, seed),
    });
    for (const optional of operation.optionalCredentials) {
      const input = { ...base, headers: { ...base.headers, [optional.header]: "t=1,v1=00" } };
      reject("auth", `invalid ${optional.header}`, input, declared(401));
    }
  }
  return tasks;
}

/** Routes the spec does not have: unknown paths under each route, and undeclared methods on each path. */
function routingTasks(session: Session, resources: Resources): (() => Promise<CheckResult>)[] {
  const tasks: (() => Promise<CheckResult>)[] = [];
  const fallback = session.spec.operations
    .map((operation) => operation.responses["4XX"] ?? operation.responses["404"])
    .find(Boolean);
  const byPath = new Map<string, Operation[]>();
  for (const operation of session.spec.operations) {
    byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  }
  const header = session.credentialHeader();
  for (const [template, operations] of byPath) {
    const values = Object.fromEntries(
      [...template.matchAll(/\{([^}]+)\}/g)].map(([, name]) => [
        name as string,
        resources[name as string] ?? "contract-placeholder",
      ]),
    );
    const path = fillPath(template, values);
    const headers: Record<string, string> = {
      accept: "application/json",
      ...(header ? { [header]: session.options.apiKey } : {}),
    };
    const declaredMethods = new Set(operations.map((operation) => operation.method as string));
    tasks.push(
      async () =>
        (
          await session.exchange(
            { operationId: ROUTING, category: "routing", name: `GET ${template}/contract-unknown-route` },
            null,
            { method: "GET", target: `${path}/contract-unknown-route`, headers },
            { outcome: "rejection" },
            fallback,
          )
        ).result,
    );
    for (const method of PROBED_METHODS) {
      if (declaredMethods.has(method)) continue;
      const owner = operations[0] as Operation;
      const body = WRITE_METHODS.has(method) ? "{}" : undefined;
      tasks.push(
        async () =>
          (
            await session.exchange(
              {
                operationId: ROUTING,
                category: "routing",
                name: `${method.toUpperCase()} ${template} (undeclared method)`,
              },
              owner,
              {
                method: method.toUpperCase(),
                target: path,
                headers: body ? { ...headers, "content-type": "application/json" } : headers,
                ...(body ? { body } : {}),
              },
              { outcome: "rejection" },
            )
          ).result,
      );
    }
  }
  return tasks;
}

function summarize(spec: ContractSpec, results: CheckResult[]): OperationSummary[] {
  const order = new Map<string, number>(
    spec.operations.map((operation, index) => [operation.operationId, index]),
  );
  const summaries = new Map<string, OperationSummary>();
  for (const result of results) {
    let summary = summaries.get(result.operationId);
    if (!summary) {
      const operation = spec.operations.find((candidate) => candidate.operationId === result.operationId);
      summary = {
        operationId: result.operationId,
        method: operation ? operation.method.toUpperCase() : "",
        path: operation?.path ?? "",
        checks: 0,
        passed: 0,
        failed: 0,
        skipped: 0,
        results: [],
      };
      summaries.set(result.operationId, summary);
    }
    summary.checks++;
    summary[result.outcome]++;
    summary.results.push(result);
  }
  return [...summaries.values()].sort(
    (a, b) =>
      (order.get(a.operationId) ?? Number.MAX_SAFE_INTEGER) -
      (order.get(b.operationId) ?? Number.MAX_SAFE_INTEGER),
  );
}
