import type { Receipt, ReceiptDocument, ReceiptSummaryList } from "../kernel/api-types.js";
import { emitEvent, type LedgerContext, registerRoot } from "../kernel/context.js";
import { merkleRoot } from "../kernel/core.js";
import { publicReceiptUrl } from "../kernel/invoice-link.js";
import { LedgerError } from "../kernel/ledger-error.js";
import { codePointLength, ParamReader, type QueryValue } from "../kernel/query.js";
import { readScopeInput } from "../kernel/scope.js";
import type { EnvLedger, ReceiptState } from "../kernel/state.js";
import { atomically } from "../kernel/transaction.js";
import { receiptSummaryView, receiptView, tenantReceiptView } from "../kernel/views.js";
import { checkCustomerIdParam, requireCustomer } from "./customers.js";
import { resolveScopeWithPaths } from "./derive.js";

/**
 * Receipts: a statement of one customer's verified deltas in a window, with per-month
 * totals and a `proofRoot` over the deltas' content hashes in sequence order. Generating
 * the same receipt twice (same customer, window and content) returns the same `rcpt_…`
 * document; once more deltas are verified in the window, a new receipt is generated.
 * Each new receipt registers its root for public verification and emits `receipt.generated`.
 */

export function getReceipt(
  ctx: LedgerContext,
  ledger: EnvLedger,
  customerIdParam: unknown,
  query: Record<string, QueryValue>,
): Receipt {
  const customerId = checkCustomerIdParam(customerIdParam);
  const reader = new ParamReader();
  // checkpoint fields are read too, so that sending one is refused (INVALID_SCOPE_COMBINATION), not ignored
  const scopeInput = readScopeInput(query, reader);
  reader.throwIfAny();
  const scope = resolveScopeWithPaths(ctx, scopeInput, "query", false);
  if (scope.mode !== "window") throw new Error("unreachable: checkpoint mode is refused above");
  const customer = requireCustomer(ledger, customerId);
  const from = scope.from.getTime();
  const to = scope.to.getTime();
  const index = customer.verified;
  const range = index.rangeByTime(from, to);
  const records = index.slice(range.from, range.to);
  const proofRoot = merkleRoot(records.map((record) => record.contentHash));
  const key = `${customerId}\u0000${from}\u0000${to}\u0000${proofRoot}\u0000${records.length}`;
  const existing = ledger.receiptsByKey.get(key);
  if (existing) return tenantReceiptView(ctx, ledger, existing);

  const startingBalance = index.prefixSum(range.from);
  const receipt: ReceiptState = {
    receiptId: "",
    customerId,
    from,
    to,
    proofRoot,
    records,
    startingBalance,
    finalBalance: startingBalance.plus(index.sum(range.from, range.to)),
    generatedAt: ctx.clock.now(),
  };
  atomically(ctx.writeHook, (tx) => {
    let receiptId = ctx.ids.receiptId();
    while (ctx.receiptsById.has(receiptId)) receiptId = ctx.ids.receiptId();
    receipt.receiptId = receiptId;
    tx.push(ledger.receipts, receipt);
    tx.mapSet(ledger.receiptsByKey, key, receipt);
    tx.mapSet(ctx.receiptsById, receiptId, { ledger, receipt });
    registerRoot(ctx, proofRoot, { kind: "receipt", ledger, receipt }, tx);
    emitEvent(ctx, ledger, tx, "receipt.generated", () => receiptSummaryView(receipt));
  });
  return tenantReceiptView(ctx, ledger, receipt);
}

export interface ReceiptPresentation {
  locale?: QueryValue;
  timezone?: QueryValue;
  unit?: QueryValue;
  customerDisplayName?: QueryValue;
}

/** A generated receipt of this ledger with its links; presentation hints are carried into the permalink. */
export function getReceiptDocument(
  ctx: LedgerContext,
  ledger: EnvLedger,
  receiptId: unknown,
  query: ReceiptPresentation,
): ReceiptDocument {
  const reader = new ParamReader();
  const locale = reader.text("locale", query.locale);
  if (locale !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale)) {
    reader.add({ path: "locale", message: "must be a BCP 47 language tag such as en-US" });
  }
  const timezone = reader.text("timezone", query.timezone);
  if (timezone !== undefined && (timezone.length === 0 || codePointLength(timezone) > 64)) {
    reader.add({ path: "timezone", message: "must be 1–64 characters" });
  }
  const unit = reader.text("unit", query.unit);
  if (unit !== undefined && (unit.length === 0 || codePointLength(unit) > 32)) {
    reader.add({ path: "unit", message: "must be 1–32 characters" });
  }
  const showName = query.customerDisplayName;
  if (
    showName !== undefined &&
    showName !== null &&
    !["true", "false", true, false].includes(showName as never)
  ) {
    reader.add({ path: "customerDisplayName", message: "must be true or false" });
  }
  reader.throwIfAny();
  const found = typeof receiptId === "string" ? ctx.receiptsById.get(receiptId) : undefined;
  if (!found || found.ledger !== ledger) throw new LedgerError("NOT_FOUND", "Receipt not found");
  const hints = new URLSearchParams();
  if (locale !== undefined) hints.set("locale", locale);
  if (timezone !== undefined) hints.set("timezone", timezone);
  if (unit !== undefined) hints.set("unit", unit);
  if (showName !== undefined && showName !== null) hints.set("customerDisplayName", String(showName));
  const suffix = hints.size > 0 ? `?${hints.toString()}` : "";
  return {
    ...tenantReceiptView(ctx, ledger, found.receipt),
    links: {
      permalink: `${ctx.baseUrl}/receipts/${found.receipt.receiptId}${suffix}`,
      pdf: `${publicReceiptUrl(ctx, found.receipt.receiptId)}.pdf`,
    },
  };
}

export function listCustomerReceipts(
  ledger: EnvLedger,
  customerIdParam: unknown,
  query: { limit?: QueryValue },
): ReceiptSummaryList {
  const customerId = checkCustomerIdParam(customerIdParam);
  const reader = new ParamReader();
  const limit = reader.integer("limit", query.limit, { min: 1, max: 100, fallback: 25 });
  reader.throwIfAny();
  requireCustomer(ledger, customerId);
  const receipts: ReceiptState[] = [];
  for (let i = ledger.receipts.length - 1; i >= 0 && receipts.length < limit; i--) {
    const receipt = ledger.receipts[i];
    if (receipt && receipt.customerId === customerId) receipts.push(receipt);
  }
  return { receipts: receipts.map(receiptSummaryView) };
}

/** Public: any receipt by its id (the id is the capability). */
export function getPublicReceipt(ctx: LedgerContext, receiptId: unknown): Receipt {
  const found = typeof receiptId === "string" ? ctx.receiptsById.get(receiptId) : undefined;
  if (!found) throw new LedgerError("NOT_FOUND", "Receipt not found");
  return receiptView(ctx, found.receipt);
}
