import { customerReferenceOf, type LedgerContext } from "./context.js";
import { keccak256Hex, utf8 } from "./core.js";
import type { EnvLedger, ReceiptState } from "./state.js";

/**
 * The invoice-proof fields of a receipt the tenant reads (the official SDK's Shared Record
 * fields): the customer's access code and the link to print on the invoice. The mock has no
 * Shared Record page, so the link is the receipt's public JSON, which it does serve; the
 * code is stable per customer, as a printed code must be.
 */

export interface InvoiceLink {
  accessHint: string;
  customerLinkUrl: string;
  customerLinkHost: string | null;
}

/** Letters and digits without the look-alikes 0/O and 1/I, so a printed code reads back unambiguously. */
const ACCESS_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A six-character access code, the same for every receipt of one customer of one ledger. */
export function accessHintOf(ledger: EnvLedger, customerId: string): string {
  const hash = keccak256Hex(utf8(`pacspace:access-hint:v1:${customerReferenceOf(ledger, customerId)}`));
  let code = "";
  for (let i = 0; i < 6; i++) {
    code +=
      ACCESS_CODE_ALPHABET[
        Number.parseInt(hash.slice(2 + i * 2, 4 + i * 2), 16) % ACCESS_CODE_ALPHABET.length
      ];
  }
  return code;
}

/** The public receipt's URL on the mock's own origin. */
export function publicReceiptUrl(ctx: LedgerContext, receiptId: string): string {
  return `${ctx.baseUrl}/api/v1/receipt/${encodeURIComponent(receiptId)}`;
}

export function invoiceLinkOf(ctx: LedgerContext, ledger: EnvLedger, receipt: ReceiptState): InvoiceLink {
  const customerLinkUrl = publicReceiptUrl(ctx, receipt.receiptId);
  return {
    accessHint: accessHintOf(ledger, receipt.customerId),
    customerLinkUrl,
    customerLinkHost: URL.canParse(customerLinkUrl) ? new URL(customerLinkUrl).host : null,
  };
}
