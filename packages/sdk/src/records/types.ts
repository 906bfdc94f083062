import type { components } from "../generated/schema.js";

type Schemas = components["schemas"];

export type RecordLifecycle = Schemas["RecordLifecycle"];
export type RecordContent = Schemas["RecordContent"];
export type RecordPayloadRef = Schemas["RecordPayloadRef"];
export type RecordEntryRef = Schemas["RecordEntryRef"];
export type RecordTransitionRequest = Schemas["RecordTransitionRequest"];
export type RecordTransitionAccepted = Schemas["RecordTransitionAccepted"];
export type RecordReceipt = Schemas["RecordReceipt"];
export type RecordReceiptResult = Schemas["RecordReceiptResult"];
export type RecordHistoryEntry = Schemas["RecordHistoryEntry"];
export type RecordHistoryBundle = Schemas["RecordHistoryBundle"];

/** One history page: the bundle, plus `nextFromSeq` when the `x-next-from-seq` header named a next page. */
export type RecordHistoryPage = RecordHistoryBundle & { nextFromSeq?: number };
