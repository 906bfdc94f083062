import type { CompareInput, CompareView, Overview, RecordUsageInput } from "../app-api/contract.js";
import { type AppApiClient, AppApiRequestError } from "./app-api-client.js";
import { type ProofStatus, proofStatusOf } from "./proof-status.js";

/**
 * The page's logic, free of the DOM: each action takes the current state and returns the
 * next one, so tests drive it directly and `main.ts` only renders.
 */

export interface DashboardState {
  customerId: string;
  overview: Overview | null;
  proof: ProofStatus;
  comparison: CompareView | null;
  /** Why the last action failed; the previous data stays on screen. */
  error: { message: string; code: string; requestId?: string } | null;
  notice: string | null;
}

export function initialState(customerId: string): DashboardState {
  return {
    customerId,
    overview: null,
    proof: { state: "none" },
    comparison: null,
    error: null,
    notice: null,
  };
}

export async function refresh(api: AppApiClient, state: DashboardState): Promise<DashboardState> {
  try {
    const overview = await api.overview(state.customerId);
    return { ...state, overview, proof: proofStatusOf(overview.latestCheckpoint), error: null };
  } catch (error) {
    return { ...state, error: describe(error) };
  }
}

export async function recordUsage(
  api: AppApiClient,
  state: DashboardState,
  input: RecordUsageInput,
): Promise<DashboardState> {
  try {
    const delta = await api.recordUsage(state.customerId, input);
    const next = await refresh(api, state);
    const settled = next.overview?.recentDeltas.find((row) => row.recordId === delta.recordId)?.status;
    const pending = settled !== "VERIFIED";
    return {
      ...next,
      notice: `Recorded ${delta.delta} for “${delta.reason}”${pending ? " (pending verification)" : ""}.`,
    };
  } catch (error) {
    return { ...state, notice: null, error: describe(error) };
  }
}

export async function compareBalances(
  api: AppApiClient,
  state: DashboardState,
  input: CompareInput,
): Promise<DashboardState> {
  try {
    const comparison = await api.compare(state.customerId, input);
    return { ...state, comparison, error: null, notice: null };
  } catch (error) {
    return { ...state, comparison: null, notice: null, error: describe(error) };
  }
}

function describe(error: unknown): NonNullable<DashboardState["error"]> {
  if (error instanceof AppApiRequestError) {
    return {
      message: error.message,
      code: error.code,
      ...(error.requestId ? { requestId: error.requestId } : {}),
    };
  }
  return { message: error instanceof Error ? error.message : String(error), code: "NETWORK_ERROR" };
}
