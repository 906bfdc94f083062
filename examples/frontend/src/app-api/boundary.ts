import {
  type CompareOptions,
  NotFoundError,
  type PacSpace,
  PacSpaceError,
  ValidationError,
} from "@pacspace/sdk";
import {
  APP_API_PREFIX,
  type AppApiErrorBody,
  type CheckpointView,
  type CompareInput,
  type CompareView,
  type DeltaView,
  type Overview,
  type RecordUsageInput,
} from "./contract.js";

/**
 * The app's backend boundary: the only code that holds the PacSpace API key. It is a plain
 * `(Request) => Promise<Response>` so it runs anywhere a fetch-style handler does: in a
 * Node server (see `node-adapter.ts`), an edge function, or inside MSW during development
 * and tests. The browser only ever calls these routes:
 *
 *   GET  /app-api/customers/{id}           → Overview
 *   POST /app-api/customers/{id}/usage     { amount, reason } → DeltaView
 *   POST /app-api/customers/{id}/compare   { yours, theirs, period? } → CompareView
 *                                          (no period: all-time, from the latest checkpoint)
 */

const RECENT_DELTAS = 8;

export interface AppApi {
  /** Answers a request under `/app-api`; `undefined` for any other path. */
  handle(request: Request): Promise<Response | undefined>;
}

export function createAppApi(pac: PacSpace): AppApi {
  const overview = async (customerId: string): Promise<Overview> => {
    const customer = await pac.balance.customer(customerId, { deltaLimit: RECENT_DELTAS });
    const recentDeltas: DeltaView[] = customer.recentActivity.items.map(
      ({ recordId, delta, reason, status, createdAt }) => ({ recordId, delta, reason, status, createdAt }),
    );
    return {
      customerId,
      balance: customer.computedBalance,
      pendingCount: recentDeltas.filter((row) => row.status === "QUEUED" || row.status === "PROCESSING")
        .length,
      recentDeltas,
      latestCheckpoint: customer.latestCheckpoint ? await latestCheckpoint(customerId) : null,
    };
  };

  const latestCheckpoint = async (customerId: string): Promise<CheckpointView | null> => {
    const { checkpoints } = await pac.balance.listCheckpoints({ customerId, limit: 1 });
    const checkpoint = checkpoints[0];
    if (!checkpoint) return null;
    // The covered deltas are the verified ones in the checkpoint's window, in sequence order:
    // the browser recomputes the root from their hashes instead of trusting this server.
    const contentHashes: string[] = [];
    const window = { startDate: checkpoint.scope.from, endDate: checkpoint.scope.to, limit: 500 };
    for await (const row of pac.balance.derive(customerId, window)) contentHashes.push(row.contentHash);
    const { checkpointId, scope, status, proofRoot, deltaCount, closingBalance, verifyUrl } = checkpoint;
    return { checkpointId, scope, status, proofRoot, deltaCount, closingBalance, verifyUrl, contentHashes };
  };

  const recordUsage = async (customerId: string, input: RecordUsageInput): Promise<DeltaView> => {
    const { recordId, delta, reason, status, createdAt } = await pac.balance.emit(
      customerId,
      -input.amount,
      input.reason,
    );
    return { recordId, delta, reason, status, createdAt };
  };

  const compare = async (customerId: string, input: CompareInput): Promise<CompareView> => {
    const balances = { yours: input.yours, theirs: input.theirs };
    let options: CompareOptions = {};
    if (input.period) options = { period: input.period };
    else {
      // All-time, like the balance on screen: continue from the latest checkpoint's closing balance.
      const { checkpoints } = await pac.balance.listCheckpoints({ customerId, limit: 1 });
      const latest = checkpoints[0];
      if (latest) options = { startingCheckpoint: latest.proofRoot, startingBalance: latest.closingBalance };
    }
    const result = await pac.balance.compare(customerId, balances, options);
    const { outcome, neutralBalance, yourDifference, theirDifference, deltasCount, scope } = result;
    return { outcome, neutralBalance, yourDifference, theirDifference, deltasCount, scope };
  };

  return {
    async handle(request) {
      const url = new URL(request.url);
      if (!url.pathname.startsWith(`${APP_API_PREFIX}/`)) return undefined;
      const route = /^\/customers\/([^/]+)(?:\/(usage|compare))?$/.exec(
        url.pathname.slice(APP_API_PREFIX.length),
      );
      const customerId = route?.[1] ? decodeURIComponent(route[1]) : undefined;
      const action = route?.[2];
      try {
        if (customerId && !action && request.method === "GET") return json(200, await overview(customerId));
        if (customerId && action === "usage" && request.method === "POST") {
          return json(201, await recordUsage(customerId, readUsage(await readJson(request))));
        }
        if (customerId && action === "compare" && request.method === "POST") {
          return json(200, await compare(customerId, readCompare(await readJson(request))));
        }
        return errorJson(404, "NOT_FOUND", `no route ${request.method} ${url.pathname}`);
      } catch (error) {
        return errorResponse(error);
      }
    },
  };
}

class BadInput extends Error {}

async function readJson(request: Request): Promise<Record<string, unknown>> {
  const body: unknown = await request.json().catch(() => null);
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new BadInput("the body must be a JSON object");
  }
  return body as Record<string, unknown>;
}

function readAmount(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new BadInput(`${field} must be a number`);
  return value;
}

function readUsage(body: Record<string, unknown>): RecordUsageInput {
  const amount = readAmount(body.amount, "amount");
  if (amount <= 0) throw new BadInput("amount must be greater than 0");
  if (typeof body.reason !== "string" || body.reason.trim() === "") throw new BadInput("reason is required");
  return { amount, reason: body.reason.trim() };
}

function readCompare(body: Record<string, unknown>): CompareInput {
  const input: CompareInput = {
    yours: readAmount(body.yours, "yours"),
    theirs: readAmount(body.theirs, "theirs"),
  };
  if (body.period !== undefined && body.period !== "") {
    if (typeof body.period !== "string" || !/^\d{4}-\d{2}$/.test(body.period)) {
      throw new BadInput("period must be YYYY-MM");
    }
    input.period = body.period;
  }
  return input;
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
}

function errorJson(status: number, code: string, message: string, requestId?: string): Response {
  const body: AppApiErrorBody = { error: { code, message, ...(requestId ? { requestId } : {}) } };
  return json(status, body);
}

/** Caller mistakes keep their 4xx; anything PacSpace could not do becomes a 502 for the browser. */
function errorResponse(error: unknown): Response {
  if (error instanceof BadInput) return errorJson(400, "BAD_INPUT", error.message);
  if (error instanceof ValidationError) return errorJson(400, error.code, error.message, error.requestId);
  if (error instanceof NotFoundError) return errorJson(404, error.code, error.message, error.requestId);
  if (error instanceof PacSpaceError) return errorJson(502, error.code, error.message, error.requestId);
  throw error;
}
