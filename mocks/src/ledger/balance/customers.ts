import type { CustomerDetail, CustomerList, CustomerSummary, CustomersSummary } from "../kernel/api-types.js";
import { customerReferenceOf, emitEvent, type LedgerContext } from "../kernel/context.js";
import { LedgerError, validationError } from "../kernel/ledger-error.js";
import { codePointLength, ParamReader, type QueryValue } from "../kernel/query.js";
import { iso } from "../kernel/scope.js";
import type { CustomerState, EnvLedger } from "../kernel/state.js";
import { atomically, type Transaction } from "../kernel/transaction.js";
import { VerifiedIndex } from "../kernel/verified-index.js";
import { deltaRow } from "../kernel/views.js";
import { customerIdIssue, isPlainObject } from "./delta-input.js";

/**
 * Customer records of one ledger. A record exists from the first delta emitted for its
 * `customerId` (or an explicit creation); an unknown customer and another tenant's
 * customer look exactly alike: `CUSTOMER_NOT_FOUND`.
 */

export function customerNotFound(): LedgerError {
  return new LedgerError("CUSTOMER_NOT_FOUND", "Customer not found");
}

export function requireCustomer(ledger: EnvLedger, customerId: string): CustomerState {
  const customer = ledger.customers.get(customerId);
  if (!customer) throw customerNotFound();
  return customer;
}

/** Validates a customerId from a path parameter. */
export function checkCustomerIdParam(customerId: unknown): string {
  const issue = customerIdIssue(customerId, "customerId");
  if (issue) throw validationError([issue]);
  return customerId as string;
}

function newCustomer(ledger: EnvLedger, customerId: string, now: number): CustomerState {
  return {
    customerId,
    customerReference: customerReferenceOf(ledger, customerId),
    createdAt: now,
    displayName: null,
    unitLabel: null,
    eventCadence: null,
    sharingStateHint: null,
    cadenceMs: null,
    lastEmitAt: null,
    deltas: [],
    byReferenceId: new Map(),
    verified: new VerifiedIndex(),
    counts: { queued: 0, processing: 0, verified: 0, failed: 0 },
    lastActivityAt: now,
    latestCheckpointId: null,
  };
}

/** The customer record, created (with a `customer.created` event) on first use. */
export function ensureCustomer(
  ctx: LedgerContext,
  ledger: EnvLedger,
  customerId: string,
  now: number,
  tx: Transaction,
): CustomerState {
  const existing = ledger.customers.get(customerId);
  if (existing) return existing;
  const customer = newCustomer(ledger, customerId, now);
  tx.mapSet(ledger.customers, customerId, customer);
  emitEvent(ctx, ledger, tx, "customer.created", () => customerSummary(customer));
  return customer;
}

export function customerSummary(customer: CustomerState): CustomerSummary {
  return {
    customerId: customer.customerId,
    customerReference: customer.customerReference,
    totalDeltas: customer.deltas.length,
    computedBalance: customer.verified.sum(0, customer.verified.size).toNumber(),
    firstActivityAt: iso(customer.createdAt),
    lastActivityAt: iso(customer.lastActivityAt),
    latestCheckpoint: customer.latestCheckpointId,
  };
}

export interface CreateCustomerInput {
  customerId?: string;
  displayName?: string;
  unitLabel?: string;
  eventCadence?: string;
  sharingStateHint?: string;
  /** Minimum ms between accepted emits for this customer (CADENCE_LIMIT); null/absent = ledger default. */
  minEmitIntervalMs?: number | null;
}

/** Explicit creation (dashboard `POST /customers`); 409 `CONFLICT` when the id exists. */
export function createCustomer(ctx: LedgerContext, ledger: EnvLedger, input: unknown): CustomerSummary {
  if (!isPlainObject(input)) throw validationError([{ path: "/", message: "must be a JSON object" }]);
  const body = input as CreateCustomerInput;
  const issues = [];
  if (body.customerId !== undefined) issues.push(customerIdIssue(body.customerId, "/customerId"));
  for (const field of ["displayName", "unitLabel", "eventCadence", "sharingStateHint"] as const) {
    const value = body[field];
    if (
      value !== undefined &&
      (typeof value !== "string" || value.length === 0 || codePointLength(value) > 256)
    ) {
      issues.push({ path: `/${field}`, message: "must be a string of 1–256 characters" });
    }
  }
  if (
    body.minEmitIntervalMs !== undefined &&
    body.minEmitIntervalMs !== null &&
    !isInterval(body.minEmitIntervalMs)
  ) {
    issues.push({ path: "/minEmitIntervalMs", message: "must be a non-negative number of milliseconds" });
  }
  const found = issues.filter((issue) => issue !== null);
  if (found.length > 0) throw validationError(found);
  let customerId = body.customerId;
  if (customerId === undefined) {
    do customerId = ctx.ids.customerId();
    while (ledger.customers.has(customerId));
  }
  if (ledger.customers.has(customerId))
    throw new LedgerError("CONFLICT", `Customer ${customerId} already exists`);
  const id = customerId;
  return atomically(ctx.writeHook, (tx) => {
    const customer = ensureCustomer(ctx, ledger, id, ctx.clock.now(), tx);
    customer.displayName = body.displayName ?? null;
    customer.unitLabel = body.unitLabel ?? null;
    customer.eventCadence = body.eventCadence ?? null;
    customer.sharingStateHint = body.sharingStateHint ?? null;
    customer.cadenceMs = body.minEmitIntervalMs ?? null;
    return customerSummary(customer);
  });
}

function isInterval(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

/** Sets (or with null clears) a customer's minimum interval between emits. */
export function setCustomerCadence(
  ledger: EnvLedger,
  customerId: string,
  minEmitIntervalMs: number | null,
): void {
  if (minEmitIntervalMs !== null && !isInterval(minEmitIntervalMs)) {
    throw validationError([
      { path: "minEmitIntervalMs", message: "must be a non-negative number of milliseconds" },
    ]);
  }
  requireCustomer(ledger, customerId).cadenceMs = minEmitIntervalMs;
}

export function listCustomers(
  ledger: EnvLedger,
  query: { page?: QueryValue; limit?: QueryValue; search?: QueryValue },
): CustomerList {
  const reader = new ParamReader();
  const page = reader.integer("page", query.page, { min: 1, fallback: 1 });
  const limit = reader.integer("limit", query.limit, { min: 1, max: 100, fallback: 25 });
  const search = reader.text("search", query.search);
  if (search !== undefined && (search.length === 0 || codePointLength(search) > 128)) {
    reader.add({ path: "search", message: "must be 1–128 characters" });
  }
  reader.throwIfAny();
  const needle = search?.toLowerCase();
  const matching = [...ledger.customers.values()].filter(
    (customer) => needle === undefined || customer.customerId.toLowerCase().includes(needle),
  );
  // Most recently active first; ties by id so the order is stable.
  matching.sort(
    (a, b) =>
      b.lastActivityAt - a.lastActivityAt ||
      (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0),
  );
  const start = (page - 1) * limit;
  return {
    customers: matching.slice(start, start + limit).map(customerSummary),
    pagination: { page, limit, total: matching.length, totalPages: Math.ceil(matching.length / limit) },
  };
}

export function getCustomersSummary(ledger: EnvLedger): CustomersSummary {
  return {
    totalCustomers: ledger.customers.size,
    totalDeltas: ledger.totals.deltas,
    verifiedDeltas: ledger.totals.verified,
    pendingDeltas: ledger.inFlight.length,
    failedDeltas: ledger.totals.failed,
    netBalance: ledger.totals.net.toNumber(),
  };
}

/** Lower bound of the first delta accepted at or after `ms` (deltas are in createdAt order). */
function firstAtOrAfter(customer: CustomerState, ms: number): number {
  let lo = 0;
  let hi = customer.deltas.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((customer.deltas[mid]?.createdAt ?? 0) < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `nowMs`: the ledger's clock; a `period` after its month is refused like derive refuses it. */
export function getCustomer(
  ledger: EnvLedger,
  customerIdParam: unknown,
  query: { deltaPage?: QueryValue; deltaLimit?: QueryValue; period?: QueryValue },
  nowMs: number,
): CustomerDetail {
  const customerId = checkCustomerIdParam(customerIdParam);
  const reader = new ParamReader();
  const page = reader.integer("deltaPage", query.deltaPage, { min: 1, fallback: 1 });
  const limit = reader.integer("deltaLimit", query.deltaLimit, { min: 1, max: 100, fallback: 20 });
  const period = reader.text("period", query.period);
  let window: { from: number; to: number } | null = null;
  if (period !== undefined) {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(period);
    if (!match) reader.add({ path: "period", message: "must be a month in the form YYYY-MM" });
    else {
      const from = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
      const now = new Date(nowMs);
      if (from > Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)) {
        reader.add({ path: "period", message: "must not be in the future" });
      }
      window = { from, to: Date.UTC(Number(match[1]), Number(match[2]), 1) };
    }
  }
  reader.throwIfAny();
  const customer = requireCustomer(ledger, customerId);
  const lo = window ? firstAtOrAfter(customer, window.from) : 0;
  const hi = window ? firstAtOrAfter(customer, window.to) : customer.deltas.length;
  const total = hi - lo;
  // newest first: page 1 ends at hi
  const end = Math.max(lo, hi - (page - 1) * limit);
  const start = Math.max(lo, end - limit);
  // `time` is the customer-records docs' name for the acceptance time
  const items = customer.deltas
    .slice(start, end)
    .reverse()
    .map((record) => {
      const row = deltaRow(record);
      return { ...row, time: row.createdAt };
    });
  return {
    ...customerSummary(customer),
    recentActivity: { items, pagination: { page, limit, total, totalPages: Math.ceil(total / limit) } },
  };
}
