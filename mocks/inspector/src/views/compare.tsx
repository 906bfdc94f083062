import { useState } from "preact/hooks";
import { ApiError, api } from "../api.js";
import { balanceSeries } from "../balance-series.js";
import { BalanceChart } from "../chart.js";
import { DeltaTable, pageOfSequence } from "../delta-table.js";
import { amount } from "../format.js";
import { useReplayedRecords } from "../replays.js";
import type { CompareResult, CustomerDetail, DeriveResult } from "../types.js";

const OUTCOMES: Record<CompareResult["outcome"], string> = {
  both_match: "Both balances match the ledger",
  yours_matches: "Yours matches; theirs differs",
  theirs_matches: "Theirs matches; yours differs",
  neither_matches: "Neither balance matches the ledger",
};

interface Outcome {
  result: CompareResult;
  derived: DeriveResult;
  recent: CustomerDetail;
  /** First delta after the claim that diverges (theirs, else yours), null when both match. */
  divergentSeq: number | null;
  divergentAt: number | null;
}

export function CompareView(props: { customerId: string | null }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState(false);
  const replayed = useReplayedRecords();

  const submit = async (form: HTMLFormElement) => {
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const customerId = field("customerId");
    const period = field("period");
    setBusy(true);
    setError(null);
    try {
      const result = await api.compare({
        customerId,
        yourBalance: Number(field("yourBalance")),
        theirBalance: Number(field("theirBalance")),
        startingBalance: Number(field("startingBalance") || 0),
        ...(period ? { period } : {}),
      });
      const [derived, recent] = await Promise.all([
        api.derive(customerId, { granularity: "day", ...(period ? { period } : {}) }),
        api.customer(customerId, 1, 100),
      ]);
      const divergence = result.matchesTheirs ? result.divergence.yours : result.divergence.theirs;
      const matches = result.matchesTheirs && result.matchesYours;
      const divergentSeq =
        matches || !divergence || divergence.unmatchedDeltasCount === 0
          ? null
          : (divergence.lastMatchingSequenceNumber ?? 0) + 1;
      let divergentAt: number | null = null;
      if (divergentSeq !== null) {
        const onPage = await api.customer(customerId, pageOfSequence(divergentSeq, recent.totalDeltas), 50);
        const row = onPage.recentActivity.items.find((item) => item.sequenceNumber === divergentSeq);
        divergentAt = row ? Date.parse(row.createdAt) : null;
        setPage(pageOfSequence(divergentSeq, recent.totalDeltas));
      }
      setOutcome({ result, derived, recent, divergentSeq, divergentAt });
    } catch (reason) {
      setOutcome(null);
      setError(reason instanceof ApiError ? `${reason.code}: ${reason.message}` : String(reason));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="compare">
      <h2>Compare</h2>
      <form
        aria-label="Compare balances"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(event.currentTarget);
        }}
      >
        <label>
          Customer id <input name="customerId" required value={props.customerId ?? ""} />
        </label>
        <label>
          Your balance <input name="yourBalance" required inputMode="decimal" />
        </label>
        <label>
          Their balance <input name="theirBalance" required inputMode="decimal" />
        </label>
        <label>
          Starting balance <input name="startingBalance" inputMode="decimal" placeholder="0" />
        </label>
        <label>
          Month (empty: current) <input name="period" type="month" />
        </label>
        <button type="submit" disabled={busy}>
          Compare
        </button>
      </form>
      {error && <p role="alert">{error}</p>}
      {outcome && <CompareOutcome outcome={outcome} page={page} onPage={setPage} replayed={replayed} />}
    </div>
  );
}

function CompareOutcome(props: {
  outcome: Outcome;
  page: number;
  onPage: (page: number) => void;
  replayed: ReadonlySet<string>;
}) {
  const { result, derived, recent, divergentSeq, divergentAt } = props.outcome;
  const row = (
    label: string,
    claim: number,
    difference: number,
    divergence: CompareResult["divergence"]["yours"],
  ) => (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">{amount(claim)}</td>
      <td class="num">{amount(difference)}</td>
      <td>
        {divergence
          ? `after delta ${divergence.lastMatchingSequenceNumber ?? "— (start)"}: ${divergence.unmatchedDeltasCount} deltas, ${amount(Number(divergence.unmatchedAmount))} unmatched`
          : "no prefix of the log reaches this claim"}
      </td>
    </tr>
  );
  return (
    <section aria-label="Comparison result" data-testid="compare-result">
      <p
        class={`outcome outcome-${result.outcome}`}
        role="status"
        data-testid="compare-outcome"
        data-outcome={result.outcome}
      >
        {OUTCOMES[result.outcome]}: ledger balance {amount(Number(result.neutralBalance))} over{" "}
        {result.deltasCount} verified deltas
      </p>
      <table>
        <caption>Claims against the ledger</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col" class="num">
              Balance
            </th>
            <th scope="col" class="num">
              Difference
            </th>
            <th scope="col">Divergence</th>
          </tr>
        </thead>
        <tbody>
          {row("Yours", Number(result.yourBalance), Number(result.yourDifference), result.divergence.yours)}
          {row(
            "Theirs",
            Number(result.theirBalance),
            Number(result.theirDifference),
            result.divergence.theirs,
          )}
        </tbody>
      </table>
      {divergentSeq !== null && (
        <p data-testid="divergence-point">
          Divergence point: delta {divergentSeq}
          {divergentAt !== null && ` (accepted ${new Date(divergentAt).toISOString()})`}, marked on the chart
          and in the table.
        </p>
      )}
      <BalanceChart
        series={balanceSeries(derived, recent.recentActivity.items)}
        markerAt={divergentAt}
        label={`Balance of ${result.customerId} per day${divergentSeq !== null ? `, divergence at delta ${divergentSeq} marked` : ""}`}
      />
      <DeltaTable
        customerId={result.customerId}
        page={props.page}
        onPage={props.onPage}
        replayed={props.replayed}
        highlight={divergentSeq}
      />
    </section>
  );
}
