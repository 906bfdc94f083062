import type { PagePromise } from "../pagination.js";
import { summaryBatchSender } from "../submission/batch-transport.js";
import { SummarySubmission } from "../submission/summary-submission.js";
import {
  type Limits,
  limits,
  type RetryWebhookEventOptions,
  retryWebhookEvent,
  type Usage,
  usage,
  type WebhookEventDelivery,
  type WebhookEventList,
  type WebhookEventsOptions,
  webhookEvents,
} from "./account.js";
import {
  type Checkpoint,
  type CheckpointList,
  type CheckpointOptions,
  type CheckpointResult,
  checkpoint,
  type ListCheckpointsOptions,
  listCheckpoints,
} from "./checkpoints.js";
import {
  type CustomerDetail,
  type CustomerList,
  type CustomerOptions,
  type CustomerSummary,
  type CustomersSummary,
  customer,
  customers,
  customersSummary,
  type GapsOptions,
  gaps,
  type ListCustomersOptions,
  type SequenceGaps,
} from "./customers.js";
import {
  type DeltaRecord,
  deltaStatus,
  type EmitAndWaitOptions,
  type EmitBatchResult,
  type EmitDeltaInput,
  type EmitOptions,
  emit,
  emitAndWait,
  emitBatch,
  type WaitOptions,
  waitForVerified,
} from "./deltas.js";
import {
  type CompareBalances,
  type CompareOptions,
  type CompareResult,
  compare,
  type DeltaRow,
  type DeriveHelperOptions,
  type DeriveOptions,
  type DeriveResult,
  derive,
  deriveCurrentMonth,
  deriveDaysBack,
  deriveForPeriod,
  deriveMonthsBack,
} from "./derive.js";
import { invoiceProof, type Receipt, type ReceiptScope, ReceiptsResource, receipt } from "./receipts.js";
import type { APIPromise, HttpClient, RequestOptions, WriteOptions } from "./request.js";

/** The Balance API: `pac.balance.*`. Every method validates its input before any request. */
export class BalanceResource {
  readonly #client: HttpClient;
  /** Receipt documents: `list(customerId)`, `get(receiptId)`, `emailBody(receipt)`. */
  readonly receipts: ReceiptsResource;
  /** The summary submitter: queue per-customer window summaries, sent in paced batches. */
  readonly submission: SummarySubmission;

  constructor(
    client: HttpClient,
    submission: SummarySubmission = new SummarySubmission(summaryBatchSender(client)),
  ) {
    this.#client = client;
    this.receipts = new ReceiptsResource(client);
    this.submission = submission;
  }

  /** Records one delta (positive credits, negative debits); it comes back `QUEUED`. */
  emit(customerId: string, delta: number, reason: string, options?: EmitOptions): APIPromise<DeltaRecord> {
    return emit(this.#client, customerId, delta, reason, options);
  }

  /** Records many deltas, 100 per request, with `results[].index` relative to `deltas`. */
  emitBatch(deltas: readonly EmitDeltaInput[], options?: WriteOptions): APIPromise<EmitBatchResult> {
    return emitBatch(this.#client, deltas, options);
  }

  /** Emits, then polls until `VERIFIED` or `FAILED`; `TimeoutError` after `timeout` ms (default 60 000). */
  emitAndWait(
    customerId: string,
    delta: number,
    reason: string,
    options?: EmitAndWaitOptions,
  ): APIPromise<DeltaRecord> {
    return emitAndWait(this.#client, customerId, delta, reason, options);
  }

  /** A delta with its status (and its proof once verified). */
  deltaStatus(recordId: string, options?: RequestOptions): APIPromise<DeltaRecord> {
    return deltaStatus(this.#client, recordId, options);
  }

  /** The same as `deltaStatus`, under the official Python SDK's name. */
  getRecordStatus(recordId: string, options?: RequestOptions): APIPromise<DeltaRecord> {
    return deltaStatus(this.#client, recordId, options);
  }

  /** Polls a recorded delta until `VERIFIED` or `FAILED`; `TimeoutError` after `timeout` ms (default 60 000). */
  waitForVerified(recordId: string, options?: WaitOptions): APIPromise<DeltaRecord> {
    return waitForVerified(this.#client, recordId, options);
  }

  /** The balance over a scope or from a checkpoint; iterate for every delta row. */
  derive(customerId: string, options?: DeriveOptions): PagePromise<DeriveResult, DeltaRow> {
    return derive(this.#client, customerId, options);
  }

  deriveCurrentMonth(customerId: string, options?: DeriveHelperOptions): PagePromise<DeriveResult, DeltaRow> {
    return deriveCurrentMonth(this.#client, customerId, options);
  }

  /** `period` is a month, `YYYY-MM`. */
  deriveForPeriod(
    customerId: string,
    period: string,
    options?: DeriveHelperOptions,
  ): PagePromise<DeriveResult, DeltaRow> {
    return deriveForPeriod(this.#client, customerId, period, options);
  }

  /** The last `months` UTC months including this one, up to the first day of next month (exclusive). */
  deriveMonthsBack(
    customerId: string,
    months: number,
    options?: DeriveHelperOptions,
  ): PagePromise<DeriveResult, DeltaRow> {
    return deriveMonthsBack(this.#client, customerId, months, options);
  }

  /** The last `days` UTC days including today, up to midnight tonight (exclusive). */
  deriveDaysBack(
    customerId: string,
    days: number,
    options?: DeriveHelperOptions,
  ): PagePromise<DeriveResult, DeltaRow> {
    return deriveDaysBack(this.#client, customerId, days, options);
  }

  /** Which of two claimed balances matches the verified log, and where each diverges. Signed. */
  compare(
    customerId: string,
    balances: CompareBalances,
    options?: CompareOptions,
  ): APIPromise<CompareResult> {
    return compare(this.#client, customerId, balances, options);
  }

  /** Commits a checkpoint for one customer (signed). */
  checkpoint(customerId: string, options?: Omit<CheckpointOptions, "customerId">): APIPromise<Checkpoint>;
  checkpoint(options: CheckpointOptions & { customerId: string }): APIPromise<Checkpoint>;
  /** Without `customerId`: one checkpoint per customer active in the window. */
  checkpoint(options?: CheckpointOptions): APIPromise<CheckpointResult>;
  checkpoint(
    customerIdOrOptions?: string | CheckpointOptions,
    options?: Omit<CheckpointOptions, "customerId">,
  ): APIPromise<CheckpointResult> {
    const merged =
      typeof customerIdOrOptions === "string"
        ? { ...options, customerId: customerIdOrOptions }
        : customerIdOrOptions;
    return checkpoint(this.#client, merged);
  }

  /** Checkpoints, filtered by customer and scope; iterate for every page. */
  listCheckpoints(options?: ListCheckpointsOptions): PagePromise<CheckpointList, Checkpoint> {
    return listCheckpoints(this.#client, options);
  }

  /** A receipt over a scope (default: the current UTC month). */
  receipt(customerId: string, scope?: ReceiptScope & RequestOptions): APIPromise<Receipt> {
    return receipt(this.#client, customerId, scope);
  }

  /**
   * The invoice proof: the scoped receipt from `/api/v1/balance/invoice-proof/{customerId}`
   * (the route the official SDK uses for scoped receipts), with `verifyUrl`,
   * `verificationApiUrl`, `accessHint`, `customerLinkUrl` and `customerLinkHost`.
   */
  invoiceProof(customerId: string, scope?: ReceiptScope & RequestOptions): APIPromise<Receipt> {
    return invoiceProof(this.#client, customerId, scope);
  }

  /** Customers, a page at a time (`page`, `limit`, `search`); iterate for every customer. */
  customers(options?: ListCustomersOptions): PagePromise<CustomerList, CustomerSummary> {
    return customers(this.#client, options);
  }

  customer(customerId: string, options?: CustomerOptions): APIPromise<CustomerDetail> {
    return customer(this.#client, customerId, options);
  }

  customersSummary(options?: RequestOptions): APIPromise<CustomersSummary> {
    return customersSummary(this.#client, options);
  }

  /** Sequence ranges of a customer not verified yet. */
  gaps(customerId: string, options?: GapsOptions): APIPromise<SequenceGaps> {
    return gaps(this.#client, customerId, options);
  }

  limits(options?: RequestOptions): APIPromise<Limits> {
    return limits(this.#client, options);
  }

  usage(options?: RequestOptions): APIPromise<Usage> {
    return usage(this.#client, options);
  }

  /** Webhook deliveries (filter by `status`); iterate for every page. */
  webhookEvents(options?: WebhookEventsOptions): PagePromise<WebhookEventList, WebhookEventDelivery> {
    return webhookEvents(this.#client, options);
  }

  retryWebhookEvent(eventId: string, options?: RetryWebhookEventOptions): APIPromise<WebhookEventDelivery> {
    return retryWebhookEvent(this.#client, eventId, options);
  }
}
