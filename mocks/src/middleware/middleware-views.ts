import type { Checkpoint, DeltaRow } from "../ledger/kernel/api-types.js";
import { Decimal, keccak256Hex, utf8 } from "../ledger/kernel/core.js";
import { LedgerError, validationError } from "../ledger/kernel/ledger-error.js";
import type { BalanceApi } from "../ledger/ledger.js";
import { coveredRows, customerCheckpoints, customerRows } from "./customer-ledger.js";
import type { MiddlewareTenant, MiddlewareTenants } from "./middleware-tenants.js";
import type {
  MiddlewareAccessLink,
  MiddlewareClosePackage,
  MiddlewareExport,
  MiddlewareLiveRecord,
  MiddlewarePeriodComparison,
  MiddlewarePeriodDetail,
  MiddlewarePeriodList,
  MiddlewareReadiness,
  MiddlewareReadinessRow,
  MiddlewareRecordedBy,
} from "./types.js";

const SHARED_RECORD_HOST = "customer-links.pacspace.io";

export interface MiddlewareViewContext {
  tenants: MiddlewareTenants;
  /** The tenant's display name, as customers see it. */
  tenantName(tenantId: string): string;
  now(): number;
}

function monthOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

function monthWindow(period: string): { from: number; to: number } {
  const [year, month] = period.split("-").map(Number) as [number, number];
  return { from: Date.UTC(year, month - 1, 1), to: Date.UTC(year, month, 1) };
}

/**
 * The `/api/v1/middleware/*` answers of one (tenant, environment), all read from its Balance
 * API: a period is a checkpoint, its records are the verified deltas the checkpoint covers, and
 * a close package is the checkpoint with the receipt over its window and each record's proof.
 */
export class MiddlewareViews {
  readonly #context: MiddlewareViewContext;
  readonly #api: BalanceApi;
  readonly #tenant: MiddlewareTenant;

  /** Errors: FORBIDDEN when the tenant is not billing middleware. */
  constructor(context: MiddlewareViewContext, api: BalanceApi) {
    this.#context = context;
    this.#api = api;
    this.#tenant = context.tenants.require(api.tenantId);
  }

  readiness(period: string | undefined): MiddlewareReadiness {
    const month = period ?? monthOf(this.#context.now());
    this.#assertNotFuture(month);
    const window = monthWindow(month);
    const rows: MiddlewareReadinessRow[] = [];
    for (const customerId of this.#context.tenants.customersOf(this.#api.tenantId, this.#api.environment)) {
      const inMonth = customerRows(this.#api, customerId).filter((row) => {
        const at = Date.parse(row.createdAt);
        return at >= window.from && at < window.to;
      });
      if (inMonth.length === 0) continue;
      const closing = customerCheckpoints(this.#api, customerId).find(
        (checkpoint) =>
          Date.parse(checkpoint.scope.from) >= window.from && Date.parse(checkpoint.scope.to) <= window.to,
      );
      const last = closing?.lastSequenceNumber ?? 0;
      const uncovered = inMonth.filter((row) => closing === undefined || row.sequenceNumber > last).length;
      const unverified = inMonth.filter((row) => row.status !== "VERIFIED").length;
      const blockers: MiddlewareReadinessRow["blockers"] = [];
      if (closing === undefined) blockers.push("NO_CHECKPOINT");
      else if (uncovered > 0) blockers.push("UNCOVERED_RECORDS");
      if (unverified > 0) blockers.push("UNVERIFIED_RECORDS");
      rows.push({
        customerId,
        vendorAccountId: this.#vendorOf(customerId),
        period: month,
        checkpointId: closing?.checkpointId ?? null,
        uncoveredDeltasCount: uncovered,
        unverifiedDeltasCount: unverified,
        linkReady: true,
        accessCodeReady: closing !== undefined,
        ready: blockers.length === 0,
        blockers,
      });
    }
    return { period: month, generatedAt: new Date(this.#context.now()).toISOString(), rows };
  }

  live(customerId: string): MiddlewareLiveRecord {
    const vendorAccountId = this.#vendorOf(customerId);
    const detail = this.#api.getCustomer(customerId, { deltaLimit: "1" });
    const latest = customerCheckpoints(this.#api, customerId)[0] ?? null;
    return {
      customerId,
      vendorAccountId,
      ...this.#identity(vendorAccountId),
      computedBalance: detail.computedBalance,
      totalDeltas: detail.totalDeltas,
      uncoveredDeltasCount: detail.totalDeltas - (latest?.lastSequenceNumber ?? 0),
      latestPeriod: latest,
      lastActivityAt: detail.lastActivityAt,
    };
  }

  /** The live record of `externalCustomerId` as `vendorId` recorded it. Errors: NOT_FOUND. */
  vendorRecord(vendorId: string, externalCustomerId: string): MiddlewareLiveRecord {
    const owner = this.#context.tenants.vendorOf(
      this.#api.tenantId,
      this.#api.environment,
      externalCustomerId,
    );
    if (!this.#tenant.vendorAccounts.has(vendorId) || owner !== vendorId) {
      throw new LedgerError(
        "NOT_FOUND",
        `Vendor account ${vendorId} recorded no customer ${externalCustomerId}`,
      );
    }
    return this.live(externalCustomerId);
  }

  periods(customerId: string): MiddlewarePeriodList {
    const vendorAccountId = this.#vendorOf(customerId);
    return { customerId, vendorAccountId, periods: customerCheckpoints(this.#api, customerId) };
  }

  period(customerId: string, checkpointId: string): MiddlewarePeriodDetail {
    const vendorAccountId = this.#vendorOf(customerId);
    const period = this.#checkpoint(customerId, checkpointId, "/checkpointId");
    return {
      customerId,
      vendorAccountId,
      recordedBy: this.#identity(vendorAccountId).recordedBy,
      period,
      records: coveredRows(customerRows(this.#api, customerId), period),
    };
  }

  closePackage(
    customerId: string,
    query: { period?: string; checkpointId?: string },
  ): MiddlewareClosePackage {
    if (query.period !== undefined && query.checkpointId !== undefined) {
      throw validationError([
        { path: "checkpointId", message: "cannot be combined with period: choose one" },
      ]);
    }
    if (query.period !== undefined) this.#assertNotFuture(query.period);
    const vendorAccountId = this.#vendorOf(customerId);
    const checkpoints = customerCheckpoints(this.#api, customerId);
    const period =
      query.checkpointId !== undefined
        ? this.#checkpoint(customerId, query.checkpointId, "checkpointId")
        : query.period !== undefined
          ? checkpoints.find((checkpoint) => monthOf(Date.parse(checkpoint.scope.from)) === query.period)
          : checkpoints[0];
    if (period === undefined) {
      throw new LedgerError(
        "NOT_FOUND",
        `Customer ${customerId} has no checkpoint${query.period === undefined ? "" : ` in ${query.period}`} to package`,
      );
    }
    return this.#closePackage(customerId, vendorAccountId, period, customerRows(this.#api, customerId));
  }

  accessLink(customerId: string): MiddlewareAccessLink {
    this.#vendorOf(customerId);
    const handle = keccak256Hex(utf8(`${this.#api.tenantId}|${this.#api.environment}|${customerId}`)).slice(
      2,
      14,
    );
    return {
      customerId,
      linkUrl: `https://${SHARED_RECORD_HOST}/c/cus_${handle}`,
      host: SHARED_RECORD_HOST,
      policy: "TWO_TIER",
      linkReady: true,
      accessCodeReady: customerCheckpoints(this.#api, customerId).length > 0,
    };
  }

  compare(
    customerId: string,
    body: { fromCheckpointId: string; toCheckpointId: string },
  ): MiddlewarePeriodComparison {
    this.#vendorOf(customerId);
    const from = this.#checkpoint(customerId, body.fromCheckpointId, "/fromCheckpointId");
    const to = this.#checkpoint(customerId, body.toCheckpointId, "/toCheckpointId");
    return {
      customerId,
      from,
      to,
      netChangeDifference: Decimal.from(to.netChange).minus(from.netChange).toNumber(),
      closingBalanceDifference: Decimal.from(to.closingBalance).minus(from.closingBalance).toNumber(),
      deltaCountDifference: to.deltaCount - from.deltaCount,
    };
  }

  /** The JSON export; the CSV and PDF exports are rendered from its `json` form. */
  export(customerId: string, format: "json" | "bundle"): MiddlewareExport {
    const vendorAccountId = this.#vendorOf(customerId);
    const rows = customerRows(this.#api, customerId);
    const periods = customerCheckpoints(this.#api, customerId);
    const answer: MiddlewareExport = {
      format,
      generatedAt: new Date(this.#context.now()).toISOString(),
      live: this.live(customerId),
      periods,
      records: rows.filter((row) => row.status === "VERIFIED"),
    };
    if (format === "bundle") {
      answer.closePackages = periods.map((period) =>
        this.#closePackage(customerId, vendorAccountId, period, rows),
      );
    }
    return answer;
  }

  #closePackage(
    customerId: string,
    vendorAccountId: string,
    period: Checkpoint,
    rows: readonly DeltaRow[],
  ): MiddlewareClosePackage {
    return {
      customerId,
      vendorAccountId,
      ...this.#identity(vendorAccountId),
      generatedAt: new Date(this.#context.now()).toISOString(),
      period,
      receipt: this.#api.getReceipt(customerId, { startDate: period.scope.from, endDate: period.scope.to }),
      records: coveredRows(rows, period).map((row) => this.#api.getDeltaStatus(row.recordId)),
    };
  }

  #checkpoint(customerId: string, checkpointId: string, path: string): Checkpoint {
    const found = customerCheckpoints(this.#api, customerId).find(
      (checkpoint) => checkpoint.checkpointId === checkpointId,
    );
    if (found === undefined) {
      throw new LedgerError("NOT_FOUND", `Customer ${customerId} has no checkpoint ${checkpointId}`, {
        details: [{ path, message: "names no checkpoint of this customer" }],
      });
    }
    return found;
  }

  /** A `period` query must not name a month after the current one, as everywhere else. */
  #assertNotFuture(period: string): void {
    if (period > monthOf(this.#context.now())) {
      throw validationError([{ path: "period", message: "must not be in the future" }]);
    }
  }

  /** The vendor account that recorded the customer. Errors: CUSTOMER_NOT_FOUND. */
  #vendorOf(customerId: string): string {
    const vendor = this.#context.tenants.vendorOf(this.#api.tenantId, this.#api.environment, customerId);
    if (vendor === undefined) {
      throw new LedgerError("CUSTOMER_NOT_FOUND", `No vendor account recorded customer ${customerId}`);
    }
    return vendor;
  }

  #identity(vendorAccountId: string): { tenant: { name: string }; recordedBy: MiddlewareRecordedBy } {
    const account = this.#tenant.vendorAccounts.get(vendorAccountId);
    return {
      tenant: { name: this.#context.tenantName(this.#api.tenantId) },
      recordedBy: {
        type: "middleware_vendor_account",
        id: vendorAccountId,
        displayName: account?.displayName ?? vendorAccountId,
      },
    };
  }
}
