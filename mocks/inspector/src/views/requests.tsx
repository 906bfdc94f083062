import { useContext, useEffect, useMemo, useState } from "preact/hooks";
import { api } from "../api.js";
import { time } from "../format.js";
import { LiveContext } from "../live-context.js";
import type { RequestLogEntry } from "../types.js";

const SHOWN = 500;

export function RequestsView() {
  const live = useContext(LiveContext);
  const [loaded, setLoaded] = useState<RequestLogEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [filter, setFilter] = useState({ method: "", path: "", status: "", replayed: false, faulted: false });

  useEffect(() => {
    api.requests(SHOWN).then(
      (page) => setLoaded(page.requests),
      (reason: unknown) => setError(String(reason)),
    );
  }, []);
  const entries = useMemo(() => {
    const newestLoaded = loaded[0]?.seq ?? 0;
    return [...live.requests.filter((entry) => entry.seq > newestLoaded), ...loaded].slice(0, SHOWN);
  }, [live.requests, loaded]);

  const shown = useMemo(() => {
    const status = filter.status.trim().toLowerCase();
    return entries.filter(
      (entry) =>
        (filter.method === "" || entry.method === filter.method) &&
        (filter.path === "" || entry.path.includes(filter.path)) &&
        (status === "" ||
          (/^[1-5]xx$/.test(status)
            ? String(entry.status ?? "").startsWith(status[0] as string)
            : String(entry.status ?? "dropped").startsWith(status))) &&
        (!filter.replayed || entry.idempotentReplayed) &&
        (!filter.faulted || entry.faultIds.length > 0),
    );
  }, [entries, filter]);

  return (
    <div class="requests">
      <h2>Requests</h2>
      <form class="filters" aria-label="Filter requests" onSubmit={(event) => event.preventDefault()}>
        <label>
          Method{" "}
          <select
            name="method"
            value={filter.method}
            onChange={(e) => setFilter({ ...filter, method: e.currentTarget.value })}
          >
            <option value="">Any</option>
            {["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => (
              <option key={method}>{method}</option>
            ))}
          </select>
        </label>
        <label>
          Path contains{" "}
          <input
            name="path"
            value={filter.path}
            onInput={(e) => setFilter({ ...filter, path: e.currentTarget.value })}
          />
        </label>
        <label>
          Status{" "}
          <input
            name="status"
            placeholder="4xx, 201"
            value={filter.status}
            onInput={(e) => setFilter({ ...filter, status: e.currentTarget.value })}
          />
        </label>
        <label>
          <input
            type="checkbox"
            name="replayed"
            checked={filter.replayed}
            onChange={(e) => setFilter({ ...filter, replayed: e.currentTarget.checked })}
          />{" "}
          Replays only
        </label>
        <label>
          <input
            type="checkbox"
            name="faulted"
            checked={filter.faulted}
            onChange={(e) => setFilter({ ...filter, faulted: e.currentTarget.checked })}
          />{" "}
          Faults only
        </label>
      </form>
      {error && <p role="alert">{error}</p>}
      <table data-testid="request-log">
        <caption>
          {shown.length} of the last {entries.length} requests, newest first (live)
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Time</th>
            <th scope="col">Method</th>
            <th scope="col">Path</th>
            <th scope="col">Status</th>
            <th scope="col" class="num">
              ms
            </th>
            <th scope="col">Replay</th>
            <th scope="col">Fault</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <tr key={entry.seq} data-seq={entry.seq}>
              <td>{entry.seq}</td>
              <td>{time(entry.at)}</td>
              <td>{entry.method}</td>
              <td>
                <code>{entry.path}</code>
              </td>
              <td class={entry.status === null || entry.status >= 400 ? "bad" : undefined}>
                {entry.status ?? "dropped"}
              </td>
              <td class="num">{entry.durationMs}</td>
              <td>{entry.idempotentReplayed ? <span class="badge">replayed</span> : ""}</td>
              <td>{entry.faultIds.join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
