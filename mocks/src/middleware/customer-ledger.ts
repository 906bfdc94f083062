import type { Checkpoint, DeltaRow } from "../ledger/kernel/api-types.js";
import type { BalanceApi } from "../ledger/ledger.js";

const PAGE = 100;

/** Every delta of a customer, in sequence order, read page by page from the Balance API. Errors: CUSTOMER_NOT_FOUND. */
export function customerRows(api: BalanceApi, customerId: string): DeltaRow[] {
  const rows: DeltaRow[] = [];
  for (let page = 1; ; page += 1) {
    const detail = api.getCustomer(customerId, { deltaPage: String(page), deltaLimit: String(PAGE) });
    rows.push(...detail.recentActivity.items);
    if (page >= detail.recentActivity.pagination.totalPages) break;
  }
  // Pages run newest first.
  return rows.sort((a, b) => a.sequenceNumber - b.sequenceNumber);
}

/** Every checkpoint of a customer, newest first. */
export function customerCheckpoints(api: BalanceApi, customerId: string): Checkpoint[] {
  const checkpoints: Checkpoint[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const list = api.listCheckpoints({ customerId, limit: String(PAGE), offset: String(offset) });
    checkpoints.push(...list.checkpoints);
    if (offset + PAGE >= list.pagination.total) break;
  }
  return checkpoints;
}

/** The verified deltas a checkpoint covers, in sequence order. */
export function coveredRows(rows: readonly DeltaRow[], checkpoint: Checkpoint): DeltaRow[] {
  const { firstSequenceNumber: first, lastSequenceNumber: last } = checkpoint;
  if (first === null || last === null) return [];
  return rows.filter(
    (row) => row.status === "VERIFIED" && row.sequenceNumber >= first && row.sequenceNumber <= last,
  );
}
