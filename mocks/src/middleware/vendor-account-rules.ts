import type { CheckpointOutcome } from "../ledger/balance/checkpoints.js";
import type { BatchResult, DeltaRecord } from "../ledger/kernel/api-types.js";
import { type FieldIssue, validationError } from "../ledger/kernel/ledger-error.js";
import type { BalanceApi } from "../ledger/ledger.js";
import type { MiddlewareTenants } from "./middleware-tenants.js";

type Body = Record<string, unknown>;

function fields(body: unknown): Body {
  return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as Body) : {};
}

/**
 * `vendorAccountId` on emits and checkpoints
 * (https://docs.pacspace.io/dashboard-api/middleware-verified-records/): required for
 * billing-middleware tenants and naming one of their vendor accounts, refused for everyone
 * else; one vendor account per request; a customer stays with the vendor account that first
 * recorded it; a middleware checkpoint names its customer. Checked before the ledger writes,
 * so a refused request changes nothing.
 */
export class VendorAccountRules {
  readonly #tenants: MiddlewareTenants;

  constructor(tenants: MiddlewareTenants) {
    this.#tenants = tenants;
  }

  emitDelta(session: BalanceApi, body: unknown): DeltaRecord {
    const vendor = this.#check(session, [{ item: fields(body), path: "" }]);
    const record = session.emitDelta(body);
    if (vendor !== undefined)
      this.#tenants.bind(session.tenantId, session.environment, record.customerId, vendor);
    return record;
  }

  /**
   * Items are checked one by one, like the rest of a batch: an item whose vendor account is
   * missing, unknown, refused or not its customer's is reported `FAILED` and the others are
   * recorded. Items naming different vendor accounts refuse the whole batch (400).
   */
  emitDeltaBatch(session: BalanceApi, body: unknown): BatchResult {
    const deltas = fields(body).deltas;
    if (!Array.isArray(deltas)) return session.emitDeltaBatch(body);
    const items = deltas.map((item, index) => ({ item: fields(item), path: `/deltas/${index}` }));
    const vendor = this.#groupVendor(session, items);
    const refused = new Map<number, FieldIssue>();
    for (const [index, entry] of items.entries()) {
      const issue = this.#issues(session, [entry])[0];
      if (issue !== undefined) refused.set(index, issue);
    }
    const accepted = deltas.filter((_, index) => !refused.has(index));
    const recorded: BatchResult =
      accepted.length > 0
        ? session.emitDeltaBatch({ ...fields(body), deltas: accepted })
        : { totalQueued: 0, totalFailed: 0, receiptId: null, results: [] };
    const results: BatchResult["results"] = [];
    let next = 0;
    for (const [index, delta] of deltas.entries()) {
      const issue = refused.get(index);
      if (issue === undefined) {
        const outcome = recorded.results[next++];
        if (outcome) results.push({ ...outcome, index });
        continue;
      }
      const echo = fields(delta);
      results.push({
        index,
        ...(typeof echo.customerId === "string" ? { customerId: echo.customerId } : {}),
        ...(typeof echo.delta === "number" ? { delta: echo.delta } : {}),
        status: "FAILED",
        error: "VALIDATION_ERROR",
        errorMessage: `${issue.path} ${issue.message}`,
      });
    }
    if (vendor !== undefined) {
      for (const outcome of results) {
        if (outcome.status === "QUEUED" && outcome.customerId !== undefined) {
          this.#tenants.bind(session.tenantId, session.environment, outcome.customerId, vendor);
        }
      }
    }
    return {
      ...recorded,
      totalFailed: recorded.totalFailed + refused.size,
      results,
    };
  }

  createCheckpoint(session: BalanceApi, body: unknown): CheckpointOutcome {
    const request = fields(body);
    if (this.#tenants.get(session.tenantId) !== undefined && typeof request.customerId !== "string") {
      throw validationError([
        {
          path: "/customerId",
          message:
            "is required for billing-middleware tenants: a checkpoint covers one vendor account's customer",
        },
      ]);
    }
    this.#check(session, [{ item: request, path: "" }]);
    return session.createCheckpoint(body);
  }

  /** The one vendor account the items name (undefined for a direct-inference tenant). Errors: VALIDATION_ERROR. */
  #check(session: BalanceApi, items: ReadonlyArray<{ item: Body; path: string }>): string | undefined {
    const vendor = this.#groupVendor(session, items);
    const issues = this.#issues(session, items);
    if (issues.length > 0) throw validationError(issues);
    return vendor;
  }

  /** The vendor account a middleware request names. Errors: VALIDATION_ERROR when its items name several. */
  #groupVendor(session: BalanceApi, items: ReadonlyArray<{ item: Body; path: string }>): string | undefined {
    if (this.#tenants.get(session.tenantId) === undefined) return undefined;
    let vendor: string | undefined;
    for (const { item, path } of items) {
      const named = item.vendorAccountId;
      if (typeof named !== "string") continue;
      if (vendor !== undefined && vendor !== named) {
        throw validationError([
          { path: `${path}/vendorAccountId`, message: `must be ${vendor}: one vendor account per request` },
        ]);
      }
      vendor = named;
    }
    return vendor;
  }

  /** What is wrong with each item's vendor account, for this tenant. */
  #issues(session: BalanceApi, items: ReadonlyArray<{ item: Body; path: string }>): FieldIssue[] {
    const tenant = this.#tenants.get(session.tenantId);
    const issues: FieldIssue[] = [];
    for (const { item, path } of items) {
      const named = item.vendorAccountId;
      const pointer = `${path}/vendorAccountId`;
      if (tenant === undefined) {
        if (named !== undefined) {
          issues.push({
            path: pointer,
            message: "is accepted only from tenants configured as billing middleware",
          });
        }
        continue;
      }
      if (typeof named !== "string") {
        issues.push({ path: pointer, message: "is required for billing-middleware tenants" });
        continue;
      }
      if (!tenant.vendorAccounts.has(named)) {
        issues.push({ path: pointer, message: `names no vendor account of this tenant: ${named}` });
        continue;
      }
      const customerId = item.customerId;
      const owner =
        typeof customerId === "string"
          ? this.#tenants.vendorOf(session.tenantId, session.environment, customerId)
          : undefined;
      if (owner !== undefined && owner !== named) {
        issues.push({
          path: pointer,
          message: `must be ${owner}: customer ${String(customerId)} is recorded by it`,
        });
      }
    }
    return issues;
  }
}
