import type { HttpClient, RequestBody, ResponseData } from "../resources/request.js";
import { unwrap } from "../resources/request.js";

export type SummaryDelta = RequestBody<"emitDeltaBatch">["deltas"][number];
export type SummaryBatchResult = ResponseData<"emitDeltaBatch">;

/** Sends one batch of summary deltas and resolves with the batch result. */
export type SubmitSummaryBatch = (deltas: SummaryDelta[]) => Promise<SummaryBatchResult>;

/**
 * Summary batches go to `POST /api/v1/balance/delta/batch` as they are: the service checks each
 * item on its own and reports a bad one as `FAILED` while accepting the others, so one bad
 * summary never holds back the rest of its batch.
 */
export function summaryBatchSender(client: HttpClient): SubmitSummaryBatch {
  return async (deltas) => {
    const { data } = await unwrap<"emitDeltaBatch">(
      client.POST("/api/v1/balance/delta/batch", { body: { deltas } }),
    );
    return data;
  };
}
