import type { Checkpoint, CheckpointBatch, CheckpointList } from "../kernel/api-types.js";
import { type LedgerContext, registerRoot } from "../kernel/context.js";
import { type Hex, merkleRoot } from "../kernel/core.js";
import { contentHashesOf } from "../kernel/delta-store.js";
import { validationError } from "../kernel/ledger-error.js";
import { ParamReader, type QueryValue } from "../kernel/query.js";
import { readScopeInput } from "../kernel/scope.js";
import type { CheckpointState, CustomerState, DeltaState, EnvLedger } from "../kernel/state.js";
import { atomically } from "../kernel/transaction.js";
import { checkpointView } from "../kernel/views.js";
import { scheduleFor } from "../verification/verification.js";
import { customerNotFound } from "./customers.js";
import { characterCount, customerIdIssue, isPlainObject } from "./delta-input.js";
import { resolveScopeWithPaths } from "./derive.js";

/**
 * Checkpoints: a root over one customer's verified deltas in a window, in
 * sequence order, published with `deltaCount`. `startingBalance` is the balance of every
 * verified delta accepted before the window; `closingBalance = startingBalance + netChange`.
 * Idempotent per (customer, resolved window): asking again returns the existing checkpoint
 * (`created: false`, HTTP 200). New checkpoints start QUEUED and are anchored by the
 * verifier like deltas (then VERIFIED, with a `checkpoint.verified` event).
 */

export interface CheckpointOutcome {
  /** 201 when at least one checkpoint was created, else 200. */
  status: 200 | 201;
  created: boolean;
  data: Checkpoint | CheckpointBatch;
}

export function createCheckpoint(ctx: LedgerContext, ledger: EnvLedger, body: unknown): CheckpointOutcome {
  if (!isPlainObject(body)) throw validationError([{ path: "/", message: "must be a JSON object" }]);
  const reader = new ParamReader();
  if (body.customerId !== undefined) reader.add(customerIdIssue(body.customerId, "/customerId"));
  // checkpoint fields are read too, so that sending one is refused (INVALID_SCOPE_COMBINATION), not ignored
  const scopeInput = readScopeInput(body, reader);
  const selection = readSelection(body, reader);
  for (const issue of reader.issues) if (!issue.path.startsWith("/")) issue.path = `/${issue.path}`;
  reader.throwIfAny();
  const scope = resolveScopeWithPaths(ctx, scopeInput, "body", false);
  if (scope.mode !== "window") throw new Error("unreachable: checkpoint mode is refused above");
  const from = scope.from.getTime();
  const to = scope.to.getTime();

  let customers: CustomerState[];
  if (body.customerId !== undefined) {
    const customer = ledger.customers.get(body.customerId as string);
    if (!customer) throw customerNotFound();
    customers = [customer];
  } else {
    customers = [...ledger.customers.values()].filter((customer) => {
      const range = customer.verified.rangeByTime(from, to);
      return range.to > range.from;
    });
  }

  const now = ctx.clock.now();
  const schedule = scheduleFor(ctx, now);
  const existing: CheckpointState[] = [];
  const fresh: CheckpointState[] = [];
  const ordered: CheckpointState[] = [];
  for (const customer of customers) {
    const found = ledger.checkpointsByScope.get(scopeKey(customer.customerId, from, to));
    if (found) {
      existing.push(found);
      ordered.push(found);
      continue;
    }
    const index = customer.verified;
    const range = index.rangeByTime(from, to);
    const records = index.slice(range.from, range.to);
    const itemHashes = contentHashesOf(records);
    const startingBalance = index.prefixSum(range.from);
    const netChange = index.sum(range.from, range.to);
    const coversThroughSequence = range.to > 0 ? (index.at(range.to - 1)?.sequenceNumber ?? 0) : 0;
    const checkpoint: CheckpointState = withItemHashes(itemHashes, {
      checkpointId: "",
      customerId: customer.customerId,
      from,
      to,
      proofRoot: merkleRoot(itemHashes()),
      records,
      startingBalance,
      netChange,
      closingBalance: startingBalance.plus(netChange),
      coversThroughSequence,
      inFlightAtCreation: inFlightThrough(customer, coversThroughSequence, range.to),
      status: "QUEUED",
      createdAt: now,
      anchor: null,
      processingAt: schedule.processingAt,
      dueAt: schedule.dueAt,
      ...selection,
    });
    fresh.push(checkpoint);
    ordered.push(checkpoint);
  }

  if (fresh.length > 0) {
    atomically(ctx.writeHook, (tx) => {
      for (const checkpoint of fresh) {
        checkpoint.checkpointId = ctx.ids.checkpointId();
        tx.push(ledger.checkpoints, checkpoint);
        tx.mapSet(ledger.checkpointsByScope, scopeKey(checkpoint.customerId, from, to), checkpoint);
        tx.push(ledger.pendingCheckpoints, checkpoint);
        const customer = ledger.customers.get(checkpoint.customerId) as CustomerState;
        tx.set(customer, "latestCheckpointId", checkpoint.checkpointId);
        registerRoot(ctx, checkpoint.proofRoot, { kind: "checkpoint", ledger, checkpoint }, tx);
        tx.step("checkpoint");
      }
    });
  }
  const created = fresh.length > 0;
  const views = ordered.map((checkpoint) => checkpointView(ctx, checkpoint));
  return {
    status: created ? 201 : 200,
    created,
    data: body.customerId !== undefined ? (views[0] as Checkpoint) : { checkpoints: views },
  };
}

/**
 * The customer's in-flight deltas with a sequence number ≤ `sequence`, of which `verified`
 * are verified. Searched from the end, where in-flight deltas sit, and only while some of
 * the `sequence − verified` unverified ones are still unaccounted for.
 */
function inFlightThrough(customer: CustomerState, sequence: number, verified: number): DeltaState[] {
  const found: DeltaState[] = [];
  let unverified = sequence - verified;
  for (let i = sequence - 1; i >= 0 && unverified > 0; i--) {
    const delta = customer.deltas[i] as DeltaState;
    if (delta.status === "VERIFIED") continue;
    unverified--;
    if (delta.status !== "FAILED") found.push(delta);
  }
  return found.reverse();
}

const MAX_MODE_LENGTH = 64;
const MAX_FINGERPRINTS = 1000;
const MAX_FINGERPRINT_LENGTH = 256;

/**
 * `mode` and `fingerprints`, sent by the official SDKs with undocumented values: only their
 * types and sizes are checked; they are kept to be echoed and change nothing else.
 */
function readSelection(
  body: Record<string, unknown>,
  reader: ParamReader,
): { mode?: string; fingerprints?: string[] } {
  const selection: { mode?: string; fingerprints?: string[] } = {};
  const { mode, fingerprints } = body;
  if (mode !== undefined) {
    if (typeof mode === "string" && mode.length > 0 && characterCount(mode) <= MAX_MODE_LENGTH)
      selection.mode = mode;
    else reader.add({ path: "/mode", message: `must be a string of 1–${MAX_MODE_LENGTH} characters` });
  }
  if (fingerprints !== undefined) {
    const valid =
      Array.isArray(fingerprints) &&
      fingerprints.length <= MAX_FINGERPRINTS &&
      fingerprints.every(
        (item) =>
          typeof item === "string" && item.length > 0 && characterCount(item) <= MAX_FINGERPRINT_LENGTH,
      );
    if (valid) selection.fingerprints = [...(fingerprints as string[])];
    else {
      reader.add({
        path: "/fingerprints",
        message: `must be at most ${MAX_FINGERPRINTS} strings of 1–${MAX_FINGERPRINT_LENGTH} characters`,
      });
    }
  }
  return selection;
}

function scopeKey(customerId: string, from: number, to: number): string {
  return `${customerId}\u0000${from}\u0000${to}`;
}

export function listCheckpoints(
  ctx: LedgerContext,
  ledger: EnvLedger,
  query: Record<string, QueryValue>,
): CheckpointList {
  const reader = new ParamReader();
  const customerId = reader.text("customerId", query.customerId);
  if (customerId !== undefined) reader.add(customerIdIssue(customerId, "customerId"));
  const limit = reader.integer("limit", query.limit, { min: 1, max: 100, fallback: 25 });
  const offset = reader.integer("offset", query.offset, { min: 0, fallback: 0 });
  const scopeInput = readScopeInput(query, reader);
  reader.throwIfAny();
  const hasScope = Object.keys(scopeInput).length > 0;
  const window = hasScope ? resolveScopeWithPaths(ctx, scopeInput, "query", false) : null;
  const windowFrom = window?.mode === "window" ? window.from.getTime() : Number.NEGATIVE_INFINITY;
  const windowTo = window?.mode === "window" ? window.to.getTime() : Number.POSITIVE_INFINITY;
  const matching = ledger.checkpoints
    .filter(
      (checkpoint) =>
        (customerId === undefined || checkpoint.customerId === customerId) &&
        checkpoint.from >= windowFrom &&
        checkpoint.to <= windowTo,
    )
    .reverse(); // newest first
  return {
    checkpoints: matching.slice(offset, offset + limit).map((checkpoint) => checkpointView(ctx, checkpoint)),
    pagination: { limit, offset, total: matching.length },
  };
}

/** Adds `itemHashes` as a getter (the hashes are read from the deltas when asked). */
function withItemHashes(
  itemHashes: () => Hex[],
  fields: Omit<CheckpointState, "itemHashes">,
): CheckpointState {
  return Object.defineProperty(fields, "itemHashes", {
    get: itemHashes,
    enumerable: true,
  }) as CheckpointState;
}
