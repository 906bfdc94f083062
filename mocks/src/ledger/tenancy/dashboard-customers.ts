import {
  checkCustomerIdParam,
  createCustomer,
  getCustomer,
  listCustomers,
  requireCustomer,
} from "../balance/customers.js";
import type {
  DashboardCustomer,
  DashboardCustomerDetail,
  DashboardCustomerList,
} from "../kernel/api-types.js";
import type { LedgerContext } from "../kernel/context.js";
import type { QueryValue } from "../kernel/query.js";
import { iso } from "../kernel/scope.js";
import type { CustomerState, EnvLedger } from "../kernel/state.js";

/**
 * Customer records as the dashboard shows them: the Balance API's figures plus the profile
 * set at creation (display name, unit label, event cadence, sharing-state hint), and a CSV export of a
 * customer's deltas. Unknown and foreign customers give the same `CUSTOMER_NOT_FOUND`.
 */

function profileOf(customer: CustomerState) {
  return {
    displayName: customer.displayName,
    unitLabel: customer.unitLabel,
    eventCadence: customer.eventCadence,
    sharingStateHint: customer.sharingStateHint,
  };
}

export function listDashboardCustomers(
  ledger: EnvLedger,
  query: { page?: QueryValue; limit?: QueryValue; search?: QueryValue },
): DashboardCustomerList {
  const page = listCustomers(ledger, query);
  return {
    customers: page.customers.map((summary) => ({
      ...summary,
      ...profileOf(requireCustomer(ledger, summary.customerId)),
    })),
    pagination: page.pagination,
  };
}

export function createDashboardCustomer(
  ctx: LedgerContext,
  ledger: EnvLedger,
  body: {
    displayName: string;
    customerId?: string;
    sharingStateHint?: string;
    eventCadence?: string;
    unitLabel?: string;
  },
): DashboardCustomer {
  const summary = createCustomer(ctx, ledger, body);
  return { ...summary, ...profileOf(requireCustomer(ledger, summary.customerId)) };
}

export function getDashboardCustomer(
  ledger: EnvLedger,
  customerId: string,
  query: { deltaPage?: QueryValue; deltaLimit?: QueryValue; period?: QueryValue },
  nowMs: number,
): DashboardCustomerDetail {
  const detail = getCustomer(ledger, customerId, query, nowMs);
  return { ...detail, ...profileOf(requireCustomer(ledger, detail.customerId)) };
}

export const CUSTOMER_CSV_COLUMNS = [
  "sequenceNumber",
  "recordId",
  "createdAt",
  "status",
  "delta",
  "reason",
  "referenceId",
  "verifiedAt",
  "contentHash",
  "receiptId",
  "verificationReference",
] as const;

/**
 * RFC 4180 cell. Text a spreadsheet would evaluate as a formula gets a leading `'`
 * (CSV injection); amounts are written as exact decimals and never need it.
 */
function cell(value: string, text: boolean): string {
  const safe = text && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Every delta of the customer in sequence order, header row first, CRLF line ends. */
export function exportCustomerCsv(ledger: EnvLedger, customerIdParam: string): string {
  const customer = requireCustomer(ledger, checkCustomerIdParam(customerIdParam));
  const lines = [CUSTOMER_CSV_COLUMNS.join(",")];
  for (const record of customer.deltas) {
    lines.push(
      [
        cell(String(record.sequenceNumber), false),
        cell(record.recordId, false),
        cell(iso(record.createdAt), false),
        cell(record.status, false),
        cell(record.amount.toString(), false),
        cell(record.reason, true),
        cell(record.referenceId ?? "", true),
        cell(record.verifiedAt === null ? "" : iso(record.verifiedAt), false),
        cell(record.contentHash, false),
        cell(record.receiptId, false),
        cell(record.anchor?.verificationReference ?? "", false),
      ].join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
