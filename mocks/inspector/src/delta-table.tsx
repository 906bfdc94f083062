import { useState } from "preact/hooks";
import { api } from "./api.js";
import { amount, short, time } from "./format.js";
import type { CustomerDetail } from "./types.js";
import { useData } from "./use-data.js";

export const DELTA_PAGE_SIZE = 50;

/**
 * One page of a customer's deltas, newest first, paged by the server (`getCustomer`'s
 * `deltaPage`): only a page of rows is ever fetched or rendered, whatever the history's
 * length. `highlight` marks a sequence number (the divergence point); `replayed` marks
 * records that were answered again from an idempotency key.
 */
export function DeltaTable(props: {
  customerId: string;
  page: number;
  onPage: (page: number) => void;
  replayed: ReadonlySet<string>;
  highlight?: number | null;
  onLoaded?: (detail: CustomerDetail) => void;
}) {
  const { customerId, page, onPage } = props;
  const { data, error } = useData(async () => {
    const detail = await api.customer(customerId, page, DELTA_PAGE_SIZE);
    props.onLoaded?.(detail);
    return detail;
  }, [customerId, page]);
  const [jump, setJump] = useState("");
  if (error) return <p role="alert">Deltas: {error}</p>;
  if (!data) return <p aria-busy="true">Loading deltas…</p>;
  const { items, pagination } = data.recentActivity;
  const pages = Math.max(1, pagination.totalPages);
  return (
    <section aria-label="Deltas" class="deltas">
      <table data-testid="delta-table">
        <caption>
          Deltas of {customerId}, newest first: page {pagination.page} of {pages} (
          {pagination.total.toLocaleString("en-US")} in all)
        </caption>
        <thead>
          <tr>
            <th scope="col">Seq</th>
            <th scope="col">Status</th>
            <th scope="col" class="num">
              Delta
            </th>
            <th scope="col">Reason</th>
            <th scope="col">Reference</th>
            <th scope="col">Record id</th>
            <th scope="col">Accepted</th>
            <th scope="col">Replay</th>
          </tr>
        </thead>
        <tbody>
          {items.map((row) => {
            const diverges = props.highlight != null && row.sequenceNumber === props.highlight;
            return (
              <tr
                key={row.recordId}
                data-seq={row.sequenceNumber}
                class={diverges ? "divergence" : undefined}
                aria-label={diverges ? `Divergence point: delta ${row.sequenceNumber}` : undefined}
              >
                <td>{row.sequenceNumber}</td>
                <td>
                  <span class={`status status-${row.status.toLowerCase()}`}>{row.status}</span>
                </td>
                <td class="num">{amount(Number(row.delta))}</td>
                <td>{row.reason}</td>
                <td>{row.referenceId ?? "—"}</td>
                <td>
                  <code title={row.recordId}>{short(row.recordId, 8)}</code>
                </td>
                <td>{time(row.createdAt)}</td>
                <td>{props.replayed.has(row.recordId) ? <span class="badge">replayed</span> : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <nav class="pager" aria-label="Delta pages">
        <button type="button" disabled={page <= 1} onClick={() => onPage(1)}>
          Newest
        </button>
        <button type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          Newer
        </button>
        <button type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          Older
        </button>
        <button type="button" disabled={page >= pages} onClick={() => onPage(pages)}>
          Oldest
        </button>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const target = Number(jump);
            if (Number.isInteger(target) && target >= 1 && target <= pages) onPage(target);
          }}
        >
          <label>
            Page{" "}
            <input
              type="number"
              min={1}
              max={pages}
              value={jump}
              onInput={(e) => setJump(e.currentTarget.value)}
              name="page"
            />
          </label>
          <button type="submit">Go</button>
        </form>
      </nav>
    </section>
  );
}

/** The page of a newest-first table that holds sequence number `seq` out of `total`. */
export function pageOfSequence(seq: number, total: number): number {
  return Math.floor((total - seq) / DELTA_PAGE_SIZE) + 1;
}
