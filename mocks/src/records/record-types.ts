/**
 * The Records API shapes the mock returns, taken from the types generated from
 * spec/openapi.yaml (nothing here re-types a shape the spec defines).
 */
import type { components } from "@pacspace/sdk";
import type { Environment } from "../ledger/kernel/state.js";

type Schemas = components["schemas"];

export type RecordLifecycle = Schemas["RecordLifecycle"];
export type RecordContent = Schemas["RecordContent"];
export type RecordEntryRef = Schemas["RecordEntryRef"];
export type RecordTransitionRequest = Schemas["RecordTransitionRequest"];
export type RecordTransitionAccepted = Schemas["RecordTransitionAccepted"];
export type RecordReceipt = Schemas["RecordReceipt"];
export type RecordReceiptResult = Schemas["RecordReceiptResult"];
export type RecordHistoryEntry = Schemas["RecordHistoryEntry"];
export type RecordHistoryBundle = Schemas["RecordHistoryBundle"];
export type RecordCommittedData = Schemas["RecordCommittedData"];
export type RecordFailedData = Schemas["RecordFailedData"];

/** Which tenant environment a record lives in. */
export interface RecordScope {
  tenantId: string;
  environment: Environment;
}

/** One entry of a record as the mock keeps it. */
export interface RecordEntry {
  seq: number;
  receiptId: string;
  referenceId: string | null;
  lifecycle: RecordLifecycle;
  content: RecordContent;
  /** Canonical JSON of `{lifecycle, content}`: a repeated `referenceId` must send the same. */
  requestIdentity: string;
  status: "queued" | "committed" | "failed";
  /** When it commits on the clock; null waits for an explicit commit (manual mode). */
  dueAt: number | null;
  code?: string;
  sentence?: string;
  receipt?: RecordReceipt;
}

/** One record: its entries in `seq` order and the head of its receipt chain. */
export interface RecordLog {
  scope: RecordScope;
  recordType: string;
  entityId: string;
  recordKey: string;
  entries: RecordEntry[];
  byReferenceId: Map<string, RecordEntry>;
  /** Index of the first entry that is neither committed nor failed. */
  settledUpTo: number;
  /** `receiptHash` of the last committed entry (zeros before the first). */
  headReceiptHash: string;
  /** Lifecycle of the last committed entry, null before the first. */
  lastCommitted: RecordLifecycle | null;
}
