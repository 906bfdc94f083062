import type { BalanceSeries } from "./chart.js";
import type { DeltaRow, DeriveResult } from "./types.js";

/**
 * The chart's series: derive's per-bucket closing balance (verified deltas only), and the
 * same with the pending deltas among `recent` (the newest deltas, where pending ones sit)
 * added from the bucket they were accepted in.
 */
export function balanceSeries(derived: DeriveResult, recent: readonly DeltaRow[]): BalanceSeries {
  const buckets = derived.breakdown ?? [];
  const pending = recent.filter((row) => row.status === "QUEUED" || row.status === "PROCESSING");
  const times: number[] = [];
  const verified: number[] = [];
  const withPending: Array<number | null> = [];
  for (const bucket of buckets) {
    const end = Date.parse(bucket.bucketEnd);
    const pendingSum = pending
      .filter((row) => Date.parse(row.createdAt) < end)
      .reduce((sum, row) => sum + Number(row.delta), 0);
    times.push(end);
    verified.push(Number(bucket.closingBalance));
    withPending.push(pending.length === 0 ? null : Number(bucket.closingBalance) + pendingSum);
  }
  return { times, verified, withPending };
}
