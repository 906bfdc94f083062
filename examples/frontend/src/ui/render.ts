import type { CompareView, DeltaView } from "../app-api/contract.js";
import type { DashboardState } from "./dashboard.js";
import type { ProofStatus } from "./proof-status.js";

/** The page as HTML, from state alone (every value escaped). `data-testid`s are for the browser test. */

const escapeHtml = (value: unknown) =>
  String(value).replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] as string,
  );

const amount = (value: number) =>
  value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 6 });

export function renderDashboard(state: DashboardState): string {
  const { overview } = state;
  return `
    <header>
      <h1>Usage &amp; balance</h1>
      <p class="customer">Customer <code>${escapeHtml(state.customerId)}</code></p>
    </header>
    ${state.error ? renderError(state.error) : ""}
    ${state.notice ? `<p class="notice" role="status" data-testid="notice">${escapeHtml(state.notice)}</p>` : ""}
    <section class="balance">
      <h2>Balance</h2>
      <p class="figure" data-testid="balance">${overview ? amount(overview.balance) : "…"}</p>
      ${
        overview && overview.pendingCount > 0
          ? `<p class="pending" data-testid="pending">${overview.pendingCount} delta${overview.pendingCount === 1 ? "" : "s"} pending verification (not in the balance yet)</p>`
          : ""
      }
    </section>
    <section class="proof">
      <h2>Latest checkpoint</h2>
      ${renderProof(state.proof, overview?.latestCheckpoint?.scope.period)}
    </section>
    <section class="record">
      <h2>Record usage</h2>
      <form data-action="record-usage">
        <label>Amount <input name="amount" type="number" step="any" min="0" required /></label>
        <label>Reason <input name="reason" type="text" required /></label>
        <button type="submit">Record</button>
      </form>
    </section>
    <section class="compare">
      <h2>Compare balances</h2>
      <form data-action="compare">
        <label>Your balance <input name="yours" type="number" step="any" required /></label>
        <label>Their balance <input name="theirs" type="number" step="any" required /></label>
        <label>Month <input name="period" type="text" placeholder="YYYY-MM (blank: all-time)" pattern="\\d{4}-\\d{2}" /></label>
        <button type="submit">Compare</button>
      </form>
      ${state.comparison ? renderComparison(state.comparison) : ""}
    </section>
    <section class="deltas">
      <h2>Recent deltas</h2>
      ${overview ? renderDeltas(overview.recentDeltas) : "<p>Loading…</p>"}
    </section>`;
}

function renderError(error: NonNullable<DashboardState["error"]>): string {
  const reference = error.requestId ? ` <small>(request ${escapeHtml(error.requestId)})</small>` : "";
  return `<p class="error" role="alert" data-testid="error">${escapeHtml(error.message)}${reference}</p>`;
}

function renderProof(proof: ProofStatus, period: string | undefined): string {
  const label = period ? ` for ${escapeHtml(period)}` : "";
  switch (proof.state) {
    case "none":
      return `<p data-testid="proof" data-state="none">No checkpoint yet.</p>`;
    case "verified":
      return `<p class="ok" data-testid="proof" data-state="verified">✔ Checkpoint${label} verified: root recomputed here over ${proof.deltaCount} deltas, anchored by PacSpace.</p>`;
    case "pending":
      return `<p class="pending" data-testid="proof" data-state="pending">⧗ Checkpoint${label} pending verification: root matches ${proof.deltaCount} deltas here, anchoring not finished.</p>`;
    case "failed":
      return `<p class="error" data-testid="proof" data-state="failed">Checkpoint${label} failed verification at PacSpace.</p>`;
    case "mismatch":
      return `<p class="error" data-testid="proof" data-state="mismatch">✘ Checkpoint${label} does not match its deltas: ${escapeHtml(proof.reason)}</p>`;
  }
}

const OUTCOMES: Record<CompareView["outcome"], string> = {
  both_match: "Both balances match the verified log.",
  yours_matches: "Your balance matches; theirs does not.",
  theirs_matches: "Their balance matches; yours does not.",
  neither_matches: "Neither balance matches the verified log.",
};

function renderComparison(comparison: CompareView): string {
  return `<div class="comparison" data-testid="comparison" data-outcome="${escapeHtml(comparison.outcome)}">
      <p><strong>${escapeHtml(OUTCOMES[comparison.outcome])}</strong></p>
      <p>Verified balance ${amount(comparison.neutralBalance)} over ${comparison.deltasCount} deltas;
         yours is off by ${amount(comparison.yourDifference)}, theirs by ${amount(comparison.theirDifference)}.</p>
    </div>`;
}

function renderDeltas(rows: DeltaView[]): string {
  if (rows.length === 0) return "<p>No deltas yet.</p>";
  const items = rows
    .map(
      (row) => `<tr data-status="${escapeHtml(row.status)}">
        <td>${escapeHtml(row.createdAt.slice(0, 16).replace("T", " "))}</td>
        <td>${escapeHtml(row.reason)}</td>
        <td class="num">${amount(row.delta)}</td>
        <td>${escapeHtml(row.status)}</td>
      </tr>`,
    )
    .join("");
  return `<table data-testid="deltas"><thead><tr><th>When (UTC)</th><th>Reason</th><th class="num">Amount</th><th>Status</th></tr></thead><tbody>${items}</tbody></table>`;
}
