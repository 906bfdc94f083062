import type { BreakdownBucket, DerivationScope, DeriveResult, Granularity } from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import { Decimal, type ScopeInput } from "../kernel/core.js";
import { deltaRowsJson } from "../kernel/delta-rows-json.js";
import { LedgerError } from "../kernel/ledger-error.js";
import { FORMAT_LIMITS } from "../kernel/limits.js";
import { ParamReader, type QueryValue } from "../kernel/query.js";
import { iso, readScopeInput, resolveScopeOrThrow } from "../kernel/scope.js";
import type { CheckpointState, CustomerState, DeltaState, EnvLedger } from "../kernel/state.js";
import type { VerifiedIndex } from "../kernel/verified-index.js";
import { scopeView } from "../kernel/views.js";
import { checkCustomerIdParam, requireCustomer } from "./customers.js";
import { exactNumber, JsonText } from "./exact-number.js";

/**
 * Derive: computedBalance = startingBalance + Σ verified deltas in scope,
 * exactly. The customer's verified deltas sit in a prefix-summed index, so the balance of
 * any window is two binary searches and a subtraction, however long the history.
 */

export const GRANULARITIES: readonly Granularity[] = ["day", "week", "month"];

/**
 * The verified deltas a scope covers, in sequence order: `late` (checkpoint mode: deltas at
 * or below the checkpoint's last sequence number that were still in flight when it was
 * taken and are verified now), then positions `[from, to)` of the customer's index.
 */
export interface Derivation {
  customerId: string;
  index: VerifiedIndex<DeltaState>;
  late: DeltaState[];
  from: number;
  to: number;
  scope: DerivationScope;
  /** The window in ms (checkpoint mode: null; buckets then follow the deltas). */
  window: { from: number; to: number } | null;
  sum: Decimal;
}

/**
 * `startingCheckpointType` may be omitted: a `rec_…` value is then a recordId, anything
 * else a proofRoot (the spec infers the type from the prefix).
 */
function withInferredCheckpointType(input: ScopeInput): ScopeInput {
  if (input.startingCheckpoint !== undefined && input.startingCheckpointType === undefined) {
    return {
      ...input,
      startingCheckpointType: input.startingCheckpoint.startsWith("rec_") ? "recordId" : "proofRoot",
    };
  }
  return input;
}

/** Resolves scope and range; `pointer` prefixes issue paths for bodies ("/" style) or not (query). */
export function resolveDerivation(
  ctx: LedgerContext,
  ledger: EnvLedger,
  customerId: string,
  input: ScopeInput,
  pathStyle: "query" | "body",
): Derivation {
  const scope = resolveScopeWithPaths(ctx, withInferredCheckpointType(input), pathStyle, true);
  const customer = requireCustomer(ledger, customerId);
  const index = customer.verified;
  if (scope.mode === "window") {
    const from = scope.from.getTime();
    const to = scope.to.getTime();
    const range = index.rangeByTime(from, to);
    return {
      customerId,
      index,
      late: [],
      ...range,
      scope: scopeView(from, to),
      window: { from, to },
      sum: index.sum(range.from, range.to),
    };
  }
  const checkpoint = findCheckpoint(ledger, customer, scope.checkpoint, scope.checkpointType);
  const afterSequenceNumber = checkpoint.coversThroughSequence;
  const from = index.lowerBoundBySequence(afterSequenceNumber + 1);
  const late = checkpoint.inFlightAtCreation.filter((delta) => delta.status === "VERIFIED");
  return {
    customerId,
    index,
    late,
    from,
    to: index.size,
    scope: {
      startingCheckpoint: scope.checkpoint,
      startingCheckpointType: scope.checkpointType,
      afterSequenceNumber,
    },
    window: null,
    sum: Decimal.sum(late.map((delta) => delta.amount)).plus(index.sum(from, index.size)),
  };
}

export function resolveScopeWithPaths(
  ctx: LedgerContext,
  input: ScopeInput,
  pathStyle: "query" | "body",
  allowCheckpoint: boolean,
) {
  try {
    return resolveScopeOrThrow(input, ctx.clock.now(), ctx.limits, allowCheckpoint);
  } catch (error) {
    if (pathStyle === "body" && error instanceof LedgerError && error.details) {
      throw new LedgerError(error.code, error.message, {
        details: error.details.map((issue) => ({ ...issue, path: `/${issue.path}` })),
      });
    }
    throw error;
  }
}

/** The customer's checkpoint named by `value`; NOT_FOUND for an unknown (or foreign) one. */
function findCheckpoint(
  ledger: EnvLedger,
  customer: CustomerState,
  value: string,
  type: "proofRoot" | "recordId",
): CheckpointState {
  for (let i = ledger.checkpoints.length - 1; i >= 0; i--) {
    const checkpoint = ledger.checkpoints[i];
    if (!checkpoint || checkpoint.customerId !== customer.customerId) continue;
    const lastRecordId = checkpoint.records[checkpoint.records.length - 1]?.recordId;
    if (type === "proofRoot" ? checkpoint.proofRoot === value : lastRecordId === value) return checkpoint;
  }
  throw new LedgerError("NOT_FOUND", "Starting checkpoint not found");
}

export interface DeriveQuery {
  startingBalance?: QueryValue;
  startingCheckpoint?: QueryValue;
  startingCheckpointType?: QueryValue;
  period?: QueryValue;
  timePreset?: QueryValue;
  startDate?: QueryValue;
  endDate?: QueryValue;
  granularity?: QueryValue;
  limit?: QueryValue;
  offset?: QueryValue;
}

export function deriveBalance(
  ctx: LedgerContext,
  ledger: EnvLedger,
  customerIdParam: unknown,
  query: DeriveQuery,
): DeriveResult {
  const customerId = checkCustomerIdParam(customerIdParam);
  const reader = new ParamReader();
  const startingBalance = reader.decimal("startingBalance", query.startingBalance, {
    fallback: Decimal.ZERO,
  }) as Decimal;
  const granularity = reader.oneOf("granularity", query.granularity, GRANULARITIES);
  const limit = reader.integer("limit", query.limit, {
    min: 1,
    max: FORMAT_LIMITS.maxPageLimit,
    fallback: FORMAT_LIMITS.defaultDerivePageLimit,
  });
  const offset = reader.integer("offset", query.offset, { min: 0, fallback: 0 });
  const scopeInput = readScopeInput(query as Record<string, unknown>, reader);
  reader.throwIfAny();

  const derivation = resolveDerivation(ctx, ledger, customerId, scopeInput, "query");
  const total = scopeSize(derivation);
  const latest = scopeDeltas(derivation, total - 1, total)[0];
  const pageStart = Math.min(total, offset);
  const page = scopeDeltas(derivation, pageStart, Math.min(total, pageStart + limit));
  const fields = {
    customerId,
    computedBalance: exactNumber(startingBalance.plus(derivation.sum)),
    startingBalance: exactNumber(startingBalance),
    deltasCount: total,
    latestReceiptId: latest?.receiptId ?? null,
    latestRecordId: latest?.recordId ?? null,
    scope: derivation.scope,
  };
  const result = withPageText(fields, deltaRowsJson(ledger.deltaStore, page));
  result.pagination = { limit, offset, total };
  if (granularity) result.breakdown = breakdown(derivation, startingBalance, granularity);
  return result;
}

/** Where a derive result keeps its page as JSON text (null once `deltas` is assigned). */
const PAGE = Symbol("page");
type PageHolder = DeriveResult & { [PAGE]: JsonText | null };

/**
 * `deltas` of a result made by `withPageText`, and `toJSON`. Shared functions, so every
 * result has the same hidden class (an accessor made per result would give each its own).
 */
const DELTAS: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: PageHolder) {
    return this[PAGE]?.value();
  },
  set(this: PageHolder, deltas: DeriveResult["deltas"]) {
    this[PAGE] = null;
    Object.defineProperty(this, "deltas", {
      value: deltas,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  },
};

function pageResultJson(this: PageHolder): Record<string, unknown> {
  const view: Record<string, unknown> = {};
  for (const key of Object.keys(this) as (keyof DeriveResult)[]) {
    view[key] = key === "deltas" && this[PAGE] !== null ? this[PAGE] : this[key];
  }
  return view;
}

/**
 * A result with `fields`, then `deltas` kept as the JSON text of the page written at derive
 * time (a snapshot, as row objects would be; the caller adds the later fields):
 * `stringifyJson` writes that text as it is, and reading `deltas` parses it once. An answer
 * over HTTP thus never builds a row object.
 */
function withPageText(fields: Omit<DeriveResult, "deltas" | "pagination">, pageText: string): DeriveResult {
  const result = fields as PageHolder;
  Object.defineProperty(result, "deltas", DELTAS);
  Object.defineProperty(result, PAGE, { value: new JsonText(pageText), writable: true });
  Object.defineProperty(result, "toJSON", { value: pageResultJson });
  return result;
}

/** How many deltas a derivation covers. */
export function scopeSize(derivation: Derivation): number {
  return derivation.late.length + derivation.to - derivation.from;
}

/** The derivation's deltas `[start, end)` in sequence order (the late ones first). */
function scopeDeltas(derivation: Derivation, start: number, end: number): DeltaState[] {
  const { late, index, from } = derivation;
  if (start >= end || start < 0) return [];
  const head = late.slice(start, end);
  const tail = index.slice(from + Math.max(0, start - late.length), from + Math.max(0, end - late.length));
  return head.length === 0 ? tail : [...head, ...tail];
}

/** Start of the UTC day / ISO week (Monday) / month containing `ms`. */
export function bucketStartOf(ms: number, granularity: Granularity): number {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  if (granularity === "month") return Date.UTC(y, m, 1);
  if (granularity === "day") return Date.UTC(y, m, d);
  const daysSinceMonday = (date.getUTCDay() + 6) % 7;
  return Date.UTC(y, m, d - daysSinceMonday);
}

export function nextBucketStart(bucketStart: number, granularity: Granularity): number {
  const date = new Date(bucketStart);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  if (granularity === "month") return Date.UTC(y, m + 1, 1);
  return Date.UTC(y, m, d + (granularity === "day" ? 1 : 7));
}

/**
 * One bucket per UTC day / ISO week / month. In window mode the buckets tile the window
 * (the first and last clipped to it); in checkpoint mode they span the covered deltas.
 * Each bucket costs two binary searches.
 */
export function breakdown(
  derivation: Derivation,
  startingBalance: Decimal,
  granularity: Granularity,
): BreakdownBucket[] {
  const { index, late, from, to, window } = derivation;
  let start: number;
  let end: number;
  if (window) {
    start = window.from;
    end = window.to;
  } else {
    const first = late[0] ?? index.at(from);
    const last = to > from ? index.at(to - 1) : late[late.length - 1];
    if (!first || !last) return [];
    start = bucketStartOf(first.createdAt, granularity);
    end = nextBucketStart(bucketStartOf(last.createdAt, granularity), granularity);
  }
  const buckets: BreakdownBucket[] = [];
  const base = index.prefixSum(from);
  let lateTotal = Decimal.ZERO;
  let latePosition = 0;
  let cursor = start;
  let position = from;
  while (cursor < end) {
    const bucketEnd = Math.min(end, nextBucketStart(bucketStartOf(cursor, granularity), granularity));
    const next = Math.min(to, Math.max(position, index.lowerBoundByTime(bucketEnd)));
    // late deltas precede the index range in time, so they fill the first buckets
    let lateChange = Decimal.ZERO;
    const lateStart = latePosition;
    while (latePosition < late.length && (late[latePosition] as DeltaState).createdAt < bucketEnd) {
      lateChange = lateChange.plus((late[latePosition] as DeltaState).amount);
      latePosition++;
    }
    lateTotal = lateTotal.plus(lateChange);
    buckets.push({
      bucketStart: iso(cursor),
      bucketEnd: iso(bucketEnd),
      netChange: exactNumber(lateChange.plus(index.sum(position, next))),
      deltasCount: latePosition - lateStart + next - position,
      closingBalance: exactNumber(startingBalance.plus(lateTotal).plus(index.prefixSum(next).minus(base))),
    });
    position = next;
    cursor = bucketEnd;
  }
  return buckets;
}
