import type { ResponseData } from "./request.js";

type Receipt = ResponseData<"getReceipt">;
type ReceiptDocumentLinks = ResponseData<"getReceiptDocument">["links"];

/** A receipt (`receipt()`, `invoiceProof()`) or a receipt document (`receipts.get()`). */
export type EmailableReceipt = Receipt & { links?: ReceiptDocumentLinks };

export interface ReceiptEmailOptions {
  /** Shown before the customer id, e.g. `Acme Corp`. */
  customerName?: string;
  /** Appended to every amount, e.g. `credits`. */
  unit?: string;
}

/**
 * The plain-text body of an invoice email for a receipt: customer, period, balances, the
 * number of verified deltas, where to check it (the customer's link and access code when
 * the receipt has them, else its verify link) and the proof root. Pure: no request is made.
 */
export function receiptEmailBody(receipt: EmailableReceipt, options: ReceiptEmailOptions = {}): string {
  const amount = (value: number) => (options.unit ? `${value} ${options.unit}` : String(value));
  const customer = options.customerName
    ? `${options.customerName} (${receipt.customerId})`
    : receipt.customerId;
  // Older answers carry the links only in `verification`; treat every URL as opaque.
  const verifyUrl =
    receipt.verifyUrl ?? receipt.verification?.verifyUrl ?? receipt.verificationExplorerUrl ?? null;
  const lines = [
    `Usage statement for ${customer}`,
    "",
    `Period: ${periodOf(receipt.scope)}`,
    `Receipt: ${receipt.receiptId}`,
    `Generated: ${receipt.generatedAt}`,
    "",
    `Starting balance: ${amount(receipt.startingBalance)}`,
    `Final balance: ${amount(receipt.finalBalance)}`,
    `Verified deltas: ${receipt.deltasCount}`,
    "",
  ];
  if (receipt.customerLinkUrl) {
    lines.push(`Check this statement: ${receipt.customerLinkUrl}`);
    if (receipt.accessHint) lines.push(`Access code: ${receipt.accessHint}`);
    if (verifyUrl && verifyUrl !== receipt.customerLinkUrl) lines.push(`Proof check: ${verifyUrl}`);
  } else if (verifyUrl) {
    lines.push(`Check this statement: ${verifyUrl}`);
  }
  lines.push(`Proof root: ${receipt.proofRoot}`);
  if (receipt.links?.permalink) lines.push(`Receipt page: ${receipt.links.permalink}`);
  if (receipt.links?.pdf) lines.push(`PDF: ${receipt.links.pdf}`);
  return `${lines.join("\n")}\n`;
}

/** `2026-04 (2026-04-01T00:00:00.000Z to 2026-05-01T00:00:00.000Z, end exclusive)`, or the window alone. */
function periodOf(scope: Receipt["scope"]): string {
  const window = `${scope.from} to ${scope.to}, end exclusive`;
  return scope.period ? `${scope.period} (${window})` : window;
}
