import type { Receipt } from "../ledger/kernel/api-types.js";
import { PAGE, PageWriter } from "./pdf-page-writer.js";

/**
 * The public receipt as a PDF: the facts of the JSON receipt on A4 pages, one line per
 * delta, then the proof root and the verify links. pdf-lib is pure JavaScript, so the MSW
 * handlers keep working in a browser; it is loaded on the first PDF, not with the mock.
 * The document's dates are the receipt's own, so the same receipt renders to the same bytes.
 */

export async function renderReceiptPdf(receipt: Receipt): Promise<Uint8Array<ArrayBuffer>> {
  const { PDFDocument, StandardFonts } = await import("pdf-lib");
  const document = await PDFDocument.create();
  const generatedAt = new Date(receipt.generatedAt);
  document.setTitle(`Receipt ${receipt.receiptId}`);
  document.setSubject(`Verified deltas of ${receipt.customerId}`);
  document.setProducer("PacSpace mock");
  document.setCreator("PacSpace mock");
  document.setCreationDate(generatedAt);
  document.setModificationDate(generatedAt);
  const fonts = {
    regular: await document.embedFont(StandardFonts.Helvetica),
    bold: await document.embedFont(StandardFonts.HelveticaBold),
    mono: await document.embedFont(StandardFonts.Courier),
  };
  const writer = new PageWriter(() => document.addPage([PAGE.width, PAGE.height]));

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
  // pdf-lib returns a Uint8Array over a plain ArrayBuffer (never a shared one)
  return (await document.save()) as Uint8Array<ArrayBuffer>;
}
