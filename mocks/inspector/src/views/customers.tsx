import { useEffect, useState } from "preact/hooks";
import { api } from "../api.js";
import { balanceSeries } from "../balance-series.js";
import { BalanceChart } from "../chart.js";
import { DeltaTable } from "../delta-table.js";
import { amount, time } from "../format.js";
import { useReplayedRecords } from "../replays.js";
import { DEFAULT_SCOPE, type Scope, ScopePicker, scopeLabel, scopeParams } from "../scope.js";
import { useData } from "../use-data.js";

/** Marked once, when a customer's chart and first page of deltas are on screen. */
export const CUSTOMER_PAINTED_MARK = "inspector:customer-painted";

export function CustomersView(props: { customerId: string | null }) {
  const [page, setPage] = useState(1);
  const [search, setSearch] = useState("");
  const { data, error } = useData(() => api.customers(page, search), [page, search]);
  return (
    <div class="customers">
      <section aria-labelledby="customer-list-title" class="customer-list">
        <h2 id="customer-list-title">Customers</h2>
        <form
          aria-label="Search customers"
          onSubmit={(event) => {
            event.preventDefault();
            const input = event.currentTarget.elements.namedItem("search") as HTMLInputElement;
            setPage(1);
            setSearch(input.value.trim());
          }}
        >
          <label>
            Customer id contains <input name="search" type="search" />
          </label>
          <button type="submit">Search</button>
        </form>
        {error && <p role="alert">{error}</p>}
        {data && (
          <>
            <table data-testid="customer-list">
              <caption>
                Page {data.pagination.page} of {Math.max(1, data.pagination.totalPages)} (
                {data.pagination.total} customers)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col" class="num">
                    Balance (verified)
                  </th>
                  <th scope="col" class="num">
                    Deltas
                  </th>
                  <th scope="col">Last activity</th>
                </tr>
              </thead>
              <tbody>
                {data.customers.map((customer) => (
                  <tr
                    key={customer.customerId}
                    aria-current={customer.customerId === props.customerId ? "true" : undefined}
                  >
                    <td>
                      <a href={`#/customers/${encodeURIComponent(customer.customerId)}`}>
                        {customer.customerId}
                      </a>
                    </td>
                    <td class="num">{amount(Number(customer.computedBalance))}</td>
                    <td class="num">{customer.totalDeltas.toLocaleString("en-US")}</td>
                    <td>{time(customer.lastActivityAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <nav class="pager" aria-label="Customer pages">
              <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                Previous
              </button>
              <button
                type="button"
                disabled={page >= data.pagination.totalPages}
                onClick={() => setPage(page + 1)}
              >
                Next
              </button>
            </nav>
          </>
        )}
      </section>
      {props.customerId ? (
        <CustomerDetailView key={props.customerId} customerId={props.customerId} />
      ) : (
        <p class="hint">Choose a customer to see its balance over time and its deltas.</p>
      )}
    </div>
  );
}

function CustomerDetailView(props: { customerId: string }) {
  const { customerId } = props;
  const [scope, setScope] = useState<Scope>(DEFAULT_SCOPE);
  const [page, setPage] = useState(1);
  const [tableShown, setTableShown] = useState(false);
  const replayed = useReplayedRecords();
  const chart = useData(async () => {
    const [derived, recent] = await Promise.all([
      api.derive(customerId, scopeParams(scope)),
      api.customer(customerId, 1, 100),
    ]);
    return { derived, recent, series: balanceSeries(derived, recent.recentActivity.items) };
  }, [customerId, scope]);
  useEffect(() => {
    if (chart.data && tableShown && performance.getEntriesByName(CUSTOMER_PAINTED_MARK).length === 0) {
      requestAnimationFrame(() => performance.mark(CUSTOMER_PAINTED_MARK));
    }
  }, [chart.data, tableShown]);
  const detail = chart.data?.recent;
  return (
    <section aria-labelledby="customer-title" class="customer-detail" data-testid="customer-detail">
      <h2 id="customer-title">{customerId}</h2>
      {detail && (
        <dl class="figures">
          <div>
            <dt>Balance (verified, all time)</dt>
            <dd data-testid="customer-balance">{amount(Number(detail.computedBalance))}</dd>
          </div>
          <div>
            <dt>Deltas</dt>
            <dd data-testid="customer-deltas">{detail.totalDeltas.toLocaleString("en-US")}</dd>
          </div>
          <div>
            <dt>Balance in scope</dt>
            <dd data-testid="scope-balance">
              {chart.data && amount(Number(chart.data.derived.computedBalance))}
            </dd>
          </div>
        </dl>
      )}
      <ScopePicker scope={scope} onChange={setScope} />
      {chart.error && <p role="alert">{chart.error}</p>}
      {chart.data && (
        <BalanceChart
          series={chart.data.series}
          label={`Balance of ${customerId} per ${scope.granularity}, ${scopeLabel(chart.data.derived.scope)}: verified, and with pending deltas`}
        />
      )}
      <DeltaTable
        customerId={customerId}
        page={page}
        onPage={setPage}
        replayed={replayed}
        onLoaded={() => setTableShown(true)}
      />
    </section>
  );
}
