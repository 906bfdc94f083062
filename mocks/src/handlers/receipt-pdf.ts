import type { Receipt } from "../ledger/kernel/api-types.js";
import { renderPdf } from "./pdf-page-writer.js";

/**
 * The public receipt as a PDF: the facts of the JSON receipt on A4 pages, one line per
 * delta, then the proof root and the verify links. The document's dates are the receipt's
 * own, so the same receipt renders to the same bytes.
 */

export async function renderReceiptPdf(receipt: Receipt): Promise<Uint8Array<ArrayBuffer>> {
  const about = {
    title: `Receipt ${receipt.receiptId}`,
    subject: `Verified deltas of ${receipt.customerId}`,
    date: new Date(receipt.generatedAt),
  };
  return renderPdf(about, (writer, fonts) => {
    writer.text(fonts.bold, 16, "Receipt");
    writer.gap();
    const facts: Array<[string, string]> = [
      ["Receipt", receipt.receiptId],
      ["Customer", receipt.customerId],
      ["Scope", `${receipt.scope.from} to ${receipt.scope.to} (end exclusive)`],
      ["Generated", receipt.generatedAt],
      ["Starting balance", String(receipt.startingBalance)],
      ["Final balance", String(receipt.finalBalance)],
      ["Deltas", String(receipt.deltasCount)],
    ];
    for (const [label, value] of facts) writer.text(fonts.regular, 10, `${label}: ${value}`);
    writer.gap();

    writer.text(fonts.bold, 11, "Deltas");
    writer.text(fonts.mono, 8, "seq  accepted at               amount  reason  [reference]");
    for (const row of receipt.deltas) {
      const reference = row.referenceId === null ? "" : `  [${row.referenceId}]`;
      writer.text(
        fonts.mono,
        8,
        `${String(row.sequenceNumber).padStart(3)}  ${row.createdAt}  ${String(row.delta).padStart(12)}  ${row.reason}${reference}`,
      );
    }
    if (receipt.deltas.length === 0) writer.text(fonts.regular, 10, "No verified deltas in this scope.");
    writer.gap();

    writer.text(fonts.bold, 11, "Proof");
    writer.text(fonts.regular, 10, "Proof root:");
    writer.text(fonts.mono, 8, receipt.proofRoot);
    writer.text(fonts.regular, 10, "Verify:");
    writer.text(fonts.mono, 8, receipt.verifyUrl);
    writer.text(fonts.regular, 10, "Verification API:");
    writer.text(fonts.mono, 8, receipt.verificationApiUrl);
  });
}
