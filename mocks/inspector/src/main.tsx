import { render } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { apiKey, setApiKey, takeApiKeyFromUrl } from "./api-key.js";
import { subscribeLive } from "./live.js";
import { type Live, LiveContext } from "./live-context.js";
import type { RequestLogEntry } from "./types.js";
import { CompareView } from "./views/compare.js";
import { CustomersView } from "./views/customers.js";
import { OverviewView } from "./views/overview.js";
import { ProofsView } from "./views/proofs.js";
import { RequestsView } from "./views/requests.js";
import { WebhooksView } from "./views/webhooks.js";
import "./style.css";

/**
 * The inspector: one page over the mock's control API and Balance API, routed by the URL
 * fragment (`#/customers/cust_1`), refreshed by the control API's live event stream.
 */

const VIEWS = [
  { id: "overview", title: "Overview" },
  { id: "customers", title: "Customers" },
  { id: "compare", title: "Compare" },
  { id: "proofs", title: "Proofs" },
  { id: "webhooks", title: "Webhooks" },
  { id: "requests", title: "Requests" },
] as const;
type ViewId = (typeof VIEWS)[number]["id"];

/** Refetches are batched: a burst of writes costs one refresh. */
const REFRESH_DELAY_MS = 250;
const LIVE_REQUESTS_KEPT = 500;

function route(): { view: ViewId; param: string | null } {
  const [, view, param] = /^#\/([a-z]+)(?:\/(.+))?$/.exec(location.hash) ?? [];
  const known = VIEWS.find((candidate) => candidate.id === view);
  return { view: known ? known.id : "overview", param: param ? decodeURIComponent(param) : null };
}

function useLive(): Live {
  const [version, setVersion] = useState(0);
  const [connected, setConnected] = useState(false);
  const [requests, setRequests] = useState<RequestLogEntry[]>([]);
  useEffect(() => {
    let scheduled = false;
    const changed = () => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        setVersion((v) => v + 1);
      }, REFRESH_DELAY_MS);
    };
    return subscribeLive((event, data) => {
      if (event === "ledger") changed();
      if (event === "request") {
        const entry = data as RequestLogEntry;
        setRequests((current) => [entry, ...current].slice(0, LIVE_REQUESTS_KEPT));
        if (entry.method !== "GET") changed();
      }
    }, setConnected);
  }, []);
  return useMemo(() => ({ version, connected, requests }), [version, connected, requests]);
}

function App() {
  const [where, setWhere] = useState(route);
  const [key, setKey] = useState(apiKey);
  const live = useLive();
  useEffect(() => {
    const onHash = () => setWhere(route());
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);
  const title = VIEWS.find((view) => view.id === where.view)?.title ?? "";
  useEffect(() => {
    document.title = `${title} · PacSpace mock inspector`;
  }, [title]);
  return (
    <LiveContext.Provider value={live}>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header>
        <h1>PacSpace mock inspector</h1>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((view) => (
              <li key={view.id}>
                <a href={`#/${view.id}`} aria-current={view.id === where.view ? "page" : undefined}>
                  {view.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <form
          class="key"
          onSubmit={(event) => {
            event.preventDefault();
            const input = event.currentTarget.elements.namedItem("apiKey") as HTMLInputElement;
            setApiKey(input.value);
            setKey(apiKey());
          }}
        >
          <label>
            Sandbox API key <input name="apiKey" type="password" autoComplete="off" value={key} />
          </label>
          <button type="submit">Use</button>
        </form>
        <p class={`live ${live.connected ? "on" : "off"}`} role="status" data-testid="live-status">
          {live.connected ? "Live" : "Reconnecting…"}
        </p>
      </header>
      <main id="main" tabIndex={-1} key={key}>
        {where.view === "overview" && <OverviewView />}
        {where.view === "customers" && <CustomersView customerId={where.param} />}
        {where.view === "compare" && <CompareView customerId={where.param} />}
        {where.view === "proofs" && <ProofsView />}
        {where.view === "webhooks" && <WebhooksView />}
        {where.view === "requests" && <RequestsView />}
      </main>
    </LiveContext.Provider>
  );
}

takeApiKeyFromUrl();
render(<App />, document.getElementById("app") as HTMLElement);
