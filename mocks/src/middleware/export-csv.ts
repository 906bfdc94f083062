import { stringifyJson } from "../ledger/balance/exact-number.js";
import type { DeltaRow } from "../ledger/kernel/api-types.js";

/** The columns of `format=csv`, in order, each read from the JSON export's record. */
const COLUMNS: ReadonlyArray<readonly [string, (row: DeltaRow) => string | number | null | undefined]> = [
  ["sequenceNumber", (row) => row.sequenceNumber],
  ["recordId", (row) => row.recordId],
  ["customerId", (row) => row.customerId],
  ["createdAt", (row) => row.createdAt],
  // the digits the JSON export writes, exact even where no double holds them
  ["delta", (row) => stringifyJson(row.delta)],
  ["reason", (row) => row.reason],
  ["referenceId", (row) => row.referenceId],
  [
    "adjustsReferenceId",
    (row) => (row.adjusts !== null && "referenceId" in row.adjusts ? row.adjusts.referenceId : null),
  ],
  [
    "adjustsRecordId",
    (row) => (row.adjusts !== null && "recordId" in row.adjusts ? row.adjusts.recordId : null),
  ],
  ["status", (row) => row.status],
  ["verifiedAt", (row) => row.verifiedAt],
  ["verificationReference", (row) => row.verificationReference],
  ["contentHash", (row) => row.contentHash],
  ["receiptId", (row) => row.receiptId],
];

/** RFC 4180: quoted, quotes doubled, when the field holds a comma, quote, CR or LF. */
function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV export: the JSON export's `records`, one CRLF-ended row each under a header row,
 * so the CSV cannot disagree with the JSON it is read from.
 */
export function renderExportCsv(records: readonly DeltaRow[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(",")];
  for (const row of records) lines.push(COLUMNS.map(([, read]) => field(read(row))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
