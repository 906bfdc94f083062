import type { Checkpoint, CompareResult, DeltaRow } from "@pacspace/sdk";

/**
 * What the browser and the app's backend boundary (`/app-api`) exchange. The shapes are
 * cut from the SDK's types, so a spec change shows up here at compile time. No API key
 * ever crosses this boundary.
 */

export const APP_API_PREFIX = "/app-api";

export type DeltaView = Pick<DeltaRow, "recordId" | "delta" | "reason" | "status" | "createdAt">;

/** The latest checkpoint, with the content hashes the browser needs to recompute its root. */
export type CheckpointView = Pick<
  Checkpoint,
  "checkpointId" | "scope" | "status" | "proofRoot" | "deltaCount" | "closingBalance" | "verifyUrl"
> & { contentHashes: string[] };

export interface Overview {
  customerId: string;
  /** All-time balance over verified deltas. */
  balance: number;
  /** Deltas recorded but not verified yet (they do not count in `balance`). */
  pendingCount: number;
  /** Newest first. */
  recentDeltas: DeltaView[];
  latestCheckpoint: CheckpointView | null;
}

/** Usage is a positive amount; the boundary records it as a debit. */
export interface RecordUsageInput {
  amount: number;
  reason: string;
}

export interface CompareInput {
  yours: number;
  theirs: number;
  /** `YYYY-MM`; when absent, all-time (continued from the latest checkpoint, else this month). */
  period?: string;
}

export type CompareView = Pick<
  CompareResult,
  "outcome" | "neutralBalance" | "yourDifference" | "theirDifference" | "deltasCount" | "scope"
>;

export interface AppApiErrorBody {
  error: { code: string; message: string; requestId?: string };
}
