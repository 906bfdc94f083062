import { renderPdf } from "../handlers/pdf-page-writer.js";
import { stringifyJson } from "../ledger/balance/exact-number.js";
import { Decimal } from "../ledger/kernel/core.js";
import type { MiddlewareExport } from "./types.js";

/**
 * The PDF export: who recorded the customer and its balance, a table of the JSON export's
 * `records` (the rows of the CSV export), then the totals. The document's dates are the
 * export's own, so the same export renders to the same bytes.
 */
export async function renderExportPdf(exported: MiddlewareExport): Promise<Uint8Array<ArrayBuffer>> {
  const { live, records } = exported;
  const about = {
    title: `Verified record of ${live.customerId}`,
    subject: `Verified records of ${live.customerId}, recorded by ${live.recordedBy.displayName}`,
    date: new Date(exported.generatedAt),
  };
  return renderPdf(about, (writer, fonts) => {
    writer.text(fonts.bold, 16, "Verified record");
    writer.gap();
    const facts: Array<[string, string]> = [
      ["Customer", live.customerId],
      ["Recorded by", `${live.recordedBy.displayName} (${live.vendorAccountId})`],
      ["Tenant", live.tenant.name],
      ["Generated", exported.generatedAt],
      ["Computed balance", stringifyJson(live.computedBalance)],
      ["Closed periods", String(exported.periods.length)],
    ];
    for (const [label, value] of facts) writer.text(fonts.regular, 10, `${label}: ${value}`);
    writer.gap();

    writer.text(fonts.bold, 11, "Records");
    writer.text(fonts.mono, 8, "seq  accepted at                     amount  status    reason  [reference]");
    let total = Decimal.ZERO;
    for (const row of records) {
      const amount = stringifyJson(row.delta);
      total = total.plus(amount);
      const reference = row.referenceId === null ? "" : `  [${row.referenceId}]`;
      // a reason's line breaks would split the row: the table shows them as spaces
      const reason = row.reason.replace(/\r\n|[\r\n]/g, " ");
      writer.text(
        fonts.mono,
        8,
        `${String(row.sequenceNumber).padStart(3)}  ${row.createdAt}  ${amount.padStart(12)}  ${row.status.padEnd(8)}  ${reason}${reference}`,
      );
    }
    if (records.length === 0) writer.text(fonts.regular, 10, "No verified records.");
    writer.gap();

    writer.text(fonts.bold, 11, "Totals");
    writer.text(fonts.regular, 10, `Records: ${records.length}`);
    writer.text(fonts.regular, 10, `Sum of amounts: ${total.toString()}`);
  });
}
