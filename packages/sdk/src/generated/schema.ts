/**
 * This file is generated from spec/openapi.yaml by scripts/gen-spec-artifacts.ts. Do not edit.
 */

export interface paths {
  "/api/v1/balance/delta": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record a delta
     * @description Appends one signed balance change to a customer's log. The customer record is
     *     created on first use. The delta is accepted with `status: QUEUED`, receives the
     *     customer's next `sequenceNumber`, and is verified asynchronously (poll
     *     `getDeltaStatus` or listen for the `delta.verified` / `delta.failed` webhooks).
     *     Only verified deltas count towards balances, checkpoints, receipts and billing.
     *
     *     The log is append-only: a correction is a new delta, optionally naming the corrected
     *     one in `adjusts`.
     *
     *     Send an `Idempotency-Key` so that a retry after a timeout can never record the delta
     *     twice.
     */
    post: operations["emitDelta"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/delta/batch": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Record up to 100 deltas in one request
     * @description Accepts between 1 and 100 deltas, each shaped like the body of `emitDelta`.
     *
     *     Items are validated and accepted **one by one**: a bad item is reported as
     *     `FAILED` in `results` (with its error code) while the other items are still queued.
     *     The request as a whole only fails (400) when its envelope is wrong, for example an
     *     empty or oversized `deltas` array. `receiptId` is the Merkle root over the content
     *     hashes of the accepted items, in request order.
     *
     *     With an `Idempotency-Key`, a resent batch replays the first response. Items that
     *     were already accepted under an earlier key are flagged `idempotent: true`.
     */
    post: operations["emitDeltaBatch"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/delta/{recordId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a delta and its verification status
     * @description Returns the delta as recorded. Once its status is `VERIFIED`, the record also
     *     carries `verifiedAt`, `verificationReference` and the inclusion `proof`, which a
     *     client can check offline against `proof.proofHash`.
     */
    get: operations["getDeltaStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/derive/{customerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Derive a customer's balance
     * @description Computes `computedBalance = startingBalance + Σ verified deltas in scope`, exactly
     *     (decimal arithmetic, no float drift), and returns one page of the deltas involved.
     *     The balance always covers every delta in scope; `limit`/`offset` only page the
     *     `deltas` rows.
     *
     *     **Scope mode** (the default). Pick at most one way to scope:
     *     - nothing: the current UTC month;
     *     - `period=YYYY-MM`: that month (cannot be combined with `timePreset`, `startDate`
     *       or `endDate`);
     *     - `timePreset=current_month`: the current UTC month (no dates allowed);
     *     - `startDate` + `endDate` (with `timePreset=custom` or without a preset): the
     *       half-open window `[startDate, endDate)`; both dates are required.
     *
     *     A delta belongs to a scope by its `createdAt` (the moment it was accepted). A scope
     *     longer than `maxScopeMonths` or reaching further back than `maxRetentionDays` (see
     *     `getLimits`) is rejected with `SCOPE_TOO_WIDE`; mixing the fields wrongly gives
     *     `INVALID_SCOPE_COMBINATION`.
     *
     *     **Checkpoint mode.** With `startingCheckpoint`, no scope field may be sent (else
     *     `INVALID_SCOPE_COMBINATION`). The balance is then `startingBalance` plus every
     *     verified delta after the checkpoint's last sequence number: pass the checkpoint's
     *     `closingBalance` as `startingBalance` to continue from it.
     *
     *     With `granularity`, `breakdown` adds per-bucket totals (UTC days, ISO weeks starting
     *     on Monday, or calendar months).
     *
     *     A `customerId` that has never received a delta gives 404 `CUSTOMER_NOT_FOUND`.
     */
    get: operations["deriveBalance"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/limits": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the limits that apply to this key
     * @description The caps the service enforces for the calling key. Scopes wider than these are
     *     rejected with `SCOPE_TOO_WIDE`; batches, amounts and reasons beyond them with
     *     `VALIDATION_ERROR`.
     */
    get: operations["getLimits"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Compare two claimed balances with the derived one
     * @description Derives the neutral balance for the scope exactly as `deriveBalance` does, then tells
     *     whether your claim and the counterparty's claim match it. Differences are
     *     `claim − neutralBalance`.
     *
     *     `divergence.yours` and `divergence.theirs` locate where each claim parted ways with
     *     the log: scanning the verified deltas in scope in sequence order, the **last** prefix
     *     whose running balance equals the claim. `unmatchedDeltasCount` and `unmatchedAmount`
     *     are the deltas after that point, which the claimant is missing or disputing. The
     *     value is `null` when no prefix reaches the claim.
     *
     *     Scope and checkpoint rules are those of `deriveBalance`. The request may be signed
     *     with `X-PacSpace-Request-Signature` (see the `RequestSignature` scheme); a tenant
     *     can require the signature, in which case an unsigned call fails with
     *     `SIGNATURE_REQUIRED`.
     */
    post: operations["compareBalances"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/checkpoint": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Commit a checkpoint over a period
     * @description Locks the verified deltas of a scope into one proof root (`proofRoot`, published
     *     with `deltaCount`). The scope fields follow the rules of `deriveBalance`; with none,
     *     the current UTC month is used. `period` must be a real month that is not in the
     *     future.
     *
     *     With `customerId`, the response data is that customer's `Checkpoint`. Without it,
     *     every customer active in the resolved window is checkpointed and the data is
     *     `{checkpoints: [...]}`.
     *
     *     Checkpoints are idempotent by resolved scope: repeating the request for a scope that
     *     is already checkpointed returns the existing checkpoint with status 200 instead of
     *     201 (without `customerId`: 201 when at least one checkpoint is new, else 200). An
     *     `Idempotency-Key` is honoured as for other writes, and the call may be signed with
     *     `X-PacSpace-Request-Signature`.
     *
     *     A checkpoint starts `QUEUED` and becomes `VERIFIED` once its root is anchored, which
     *     fires the `checkpoint.verified` webhook. An unknown `customerId` gives 404
     *     `CUSTOMER_NOT_FOUND`.
     */
    post: operations["createCheckpoint"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/checkpoints": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List checkpoints
     * @description Lists checkpoints, newest first, optionally for one customer and/or only those whose
     *     scope lies inside the given scope (same scope rules as `deriveBalance`).
     */
    get: operations["listCheckpoints"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/receipt/{customerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Generate a receipt for a customer and scope
     * @description Generates a receipt over the customer's verified deltas in scope: the deltas, their
     *     per-month totals, the starting and final balances and a proof root that anyone can
     *     check with `verifyProof`. Scope rules are those of `deriveBalance`; checkpoint mode
     *     is not available here.
     *
     *     Each call stores a new receipt document (see `getReceiptDocument`,
     *     `listCustomerReceipts` and the public `getPublicReceipt`) and fires the
     *     `receipt.generated` webhook. An unknown `customerId` gives 404 `CUSTOMER_NOT_FOUND`.
     */
    get: operations["getReceipt"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/receipts/{receiptId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a receipt document
     * @description Returns a previously generated receipt with shareable links. The query parameters
     *     are presentation hints: they are carried into the `links`, so the public page and
     *     PDF render amounts and dates the way the customer expects. The JSON amounts are
     *     never localised.
     */
    get: operations["getReceiptDocument"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/customers/{customerId}/receipts": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List a customer's receipts
     * @description The receipts generated for one customer, newest first.
     */
    get: operations["listCustomerReceipts"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/customers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List customer records
     * @description Customer records of the key's environment, most recently active first. A record
     *     exists from the first delta emitted for its `customerId`.
     */
    get: operations["listCustomers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/customers/summary": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Aggregate figures over all customers
     * @description Totals over every customer of the key's environment. `netBalance` sums verified deltas only.
     */
    get: operations["getCustomersSummary"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/customers/{customerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one customer record
     * @description The customer's all-time figures and a page of recent activity (newest first). With
     *     `period`, `recentActivity` only lists deltas accepted in that UTC month;
     *     `computedBalance` stays the all-time balance over verified deltas.
     *
     *     The literal path `/customers/summary` is `getCustomersSummary`, so a customer whose
     *     id is `summary` cannot be read through this operation.
     */
    get: operations["getCustomer"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/gaps/{customerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Find sequence numbers that are not verified yet
     * @description Scans the customer's sequence numbers from `fromSequence` to `toSequence`
     *     (inclusive; defaults 1 and the latest assigned number) and returns the ranges that
     *     are not `VERIFIED`, grouped by status. `complete` is true when every sequence number
     *     in the range is verified. At most `limit` ranges are returned.
     */
    get: operations["getSequenceGaps"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/usage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get plan usage for the current billing period
     * @description Verified deltas counted against the plan in the current period. On the Free plan the
     *     allotment is lifetime (100 verified deltas) and `allowed` turns false when it is
     *     used up; paid plans always allow writes and bill the excess as overage.
     */
    get: operations["getUsage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook deliveries
     * @description Webhook event deliveries of the key's environment, newest first.
     */
    get: operations["listWebhookEvents"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/balance/webhooks/{eventId}/retry": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-queue a webhook delivery
     * @description Schedules an immediate new delivery attempt of the event and returns the delivery in state `pending`.
     */
    post: operations["retryWebhookEvent"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/verify/{proofRoot}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Verify a proof root (public)
     * @description Looks up a published root (a checkpoint, a receipt or a submission's `receiptId`) and
     *     returns what it covers: a summary, the records with their content hashes, and where
     *     it was anchored. No authentication: the 256-bit root cannot be guessed, so holding
     *     it is the permission to read this result. Customer ids and metadata are never
     *     returned.
     *
     *     To check the answer independently, recompute the Merkle root from
     *     `records[].contentHash` (in order, `summary.recordCount` leaves) and compare it with
     *     `proofRoot`.
     *
     *     `source` chooses where the answer comes from: the service's database (`db`), the
     *     anchoring layer (`chain`), or both cross-checked (`both`). An unknown root gives 404.
     *     A root published more than once (a receipt over exactly the deltas of a checkpoint,
     *     say) is reported with the kind it was first published as.
     */
    get: operations["verifyProof"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/receipt/{receiptId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a receipt (public)
     * @description The public view of a receipt, for headless rendering or for a counterparty to check.
     *     No authentication: the receipt id is the capability. Delta `metadata` is never
     *     included.
     */
    get: operations["getPublicReceipt"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface webhooks {
  "delta.verified": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A delta was verified
     * @description Sent once per delta when its verification batch is anchored. `data` is the delta with
     *     its inclusion proof, enough to check it offline against `proof.proofHash`.
     */
    post: operations["deltaVerifiedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "delta.failed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A delta failed verification
     * @description Sent once per delta that ends `FAILED`. The delta counts nowhere; emit a corrected
     *     delta if the change is still owed.
     */
    post: operations["deltaFailedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "checkpoint.verified": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A checkpoint was verified
     * @description Sent when a checkpoint's root is anchored. From then on the period can be proven with
     *     `proofRoot` and continued from with `closingBalance`.
     */
    post: operations["checkpointVerifiedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "receipt.generated": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A receipt was generated
     * @description Sent when a new receipt document is stored (asking again for an unchanged window
     *     returns the stored receipt and sends nothing). Fetch the full document with
     *     `getReceiptDocument`.
     */
    post: operations["receiptGeneratedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "customer.created": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A customer record was created
     * @description Sent when a customer record appears, whether created explicitly or by the first
     *     delta emitted for a new `customerId`.
     */
    post: operations["customerCreatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "webhook.test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A test event
     * @description Sent when someone asks for a test delivery from the dashboard (`testWebhook`). It goes
     *     to that one endpoint whatever its subscriptions, is signed like every event, is
     *     attempted once and never retried, and changes nothing: acknowledge it and move on.
     */
    post: operations["webhookTestWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export interface components {
  schemas: {
    /**
     * @description Your identifier for the customer, 1 to 128 characters among letters, digits, `_`, `.`, `:` and `-`.
     * @example cust_acme
     */
    CustomerId: string;
    /**
     * @description A 32-byte keccak256 hash or Merkle root, as `0x` followed by 64 lowercase hex digits.
     * @example 0x9ea51b7182d986b4009a5afd3919a7fc697cc6d383088575c265db439d955a77
     */
    Hash32: string;
    /**
     * @description Identifier of a recorded delta.
     * @example rec_01hv8k3m2x4s
     */
    RecordId: string;
    /**
     * @description Identifier of a checkpoint.
     * @example chk_01hv9a7c2k1m
     */
    CheckpointId: string;
    /**
     * @description Identifier of a receipt document.
     * @example rcpt_01hv9b2d7f3q
     */
    ReceiptId: string;
    /**
     * @description Identifier of a webhook event, sent as `X-Event-ID`.
     * @example evt_01hv9c4e8g2r
     */
    EventId: string;
    /**
     * @description Identifier of a webhook endpoint.
     * @example wh_01hv7z1x9y0a
     */
    WebhookId: string;
    /**
     * Format: date-time
     * @description ISO 8601 instant in UTC with milliseconds.
     * @example 2026-04-03T23:59:00.000Z
     */
    Timestamp: string;
    /**
     * @description A calendar month `YYYY-MM` (UTC). It must be a real month and not in the future.
     * @example 2026-04
     */
    Period: string;
    /**
     * @description An ISO 8601 date (`2026-04-01`, read as midnight UTC) or date-time.
     * @example 2026-04-01
     */
    ScopeDate: string;
    /** @enum {string} */
    TimePreset: "current_month" | "custom";
    /** @enum {string} */
    Granularity: "day" | "week" | "month";
    /**
     * @description A checkpoint `proofRoot` (`0x…`) or a `recordId` (`rec_…`).
     * @example 0x9ea51b7182d986b4009a5afd3919a7fc697cc6d383088575c265db439d955a77
     */
    StartingCheckpoint: string;
    /**
     * @description `proofRoot` (a checkpoint's root) or `recordId` (the last delta covered). The legacy
     *     names `itemsRoot` and `anchorId` are accepted as aliases of `proofRoot` and
     *     `recordId`. When omitted, the type is inferred from the value's prefix.
     * @enum {string}
     */
    StartingCheckpointType: "proofRoot" | "recordId" | "itemsRoot" | "anchorId";
    /**
     * @description `db` (default) reads the service database, `chain` the anchoring layer, `both` cross-checks the two.
     * @default db
     * @enum {string}
     */
    VerifySource: "db" | "chain" | "both";
    /**
     * @description Lifecycle of a delta or checkpoint: `QUEUED` (accepted), `PROCESSING` (in a
     *     verification batch), then `VERIFIED` or `FAILED`. Only verified deltas count.
     * @enum {string}
     */
    RecordStatus: "QUEUED" | "PROCESSING" | "VERIFIED" | "FAILED";
    /** @enum {string} */
    Plan: "free" | "pilot" | "starter" | "growth" | "scale" | "enterprise";
    /** @enum {string} */
    WebhookEventType:
      | "delta.verified"
      | "delta.failed"
      | "checkpoint.verified"
      | "receipt.generated"
      | "customer.created";
    /**
     * @description `pending` (queued or waiting for a retry), `delivered` (a 2xx answer), `failed` (retries exhausted).
     * @enum {string}
     */
    WebhookDeliveryStatus: "pending" | "delivered" | "failed";
    /**
     * @description A decimal amount carried as a JSON number. The service computes with exact decimals, never binary floats.
     * @example 3439.25
     */
    Amount: number;
    /**
     * @description The signed change: positive credits (increases) the balance, negative debits
     *     (charges) it. Finite, non-zero, between -1,000,000,000 and 1,000,000,000, and read
     *     as an exact decimal.
     * @example -310.25
     */
    DeltaAmount: number;
    /**
     * @description Human-readable audit reason, 1 to 500 characters.
     * @example API usage 2026-04-03
     */
    Reason: string;
    /**
     * @description Your correlation id for the delta (an invoice line, a usage window…); also a good `Idempotency-Key`.
     * @example usage:cust_acme:2026-04-03
     */
    ReferenceId: string;
    /**
     * @description Private key/value data stored with the delta, at most 16 KiB once serialised as
     *     JSON. It is part of the content hash but never returned by public endpoints.
     * @example {
     *       "invoiceId": "inv_2026_04",
     *       "units": 12410
     *     }
     */
    Metadata: {
      [key: string]: unknown;
    };
    /**
     * @description The `recordId` or `referenceId` of an earlier delta that this one corrects.
     * @example rec_01hv8k3m2x4s
     */
    Adjusts: string;
    /**
     * @description Stable machine-readable error code.
     *     - 400: `VALIDATION_ERROR`, `INVALID_SCOPE_COMBINATION`, `SCOPE_TOO_WIDE`
     *     - 401: `INVALID_API_KEY`, `API_KEY_DISABLED`, `UNAUTHENTICATED`,
     *       `INVALID_REQUEST_SIGNATURE`, `REQUEST_SIGNATURE_EXPIRED`, `REQUEST_REPLAYED`,
     *       `SIGNATURE_REQUIRED`
     *     - 402: `PLAN_LIMIT_REACHED`
     *     - 403: `CSRF_REQUIRED`, `FORBIDDEN`, `REGISTRATION_REQUIRES_APPROVAL`
     *     - 404: `NOT_FOUND`, `CUSTOMER_NOT_FOUND`
     *     - 409: `IDEMPOTENCY_KEY_REUSED`, `CONFLICT`
     *     - 429: `RATE_LIMITED` (retry after `Retry-After`), `CADENCE_LIMIT` (do not retry
     *       automatically)
     *     - 500: `INTERNAL_ERROR`; 503: `SERVICE_UNAVAILABLE`
     *     - 202 (not an error): `IDEMPOTENCY_PENDING`
     * @enum {string}
     */
    ErrorCode:
      | "VALIDATION_ERROR"
      | "INVALID_SCOPE_COMBINATION"
      | "SCOPE_TOO_WIDE"
      | "INVALID_API_KEY"
      | "API_KEY_DISABLED"
      | "UNAUTHENTICATED"
      | "INVALID_REQUEST_SIGNATURE"
      | "REQUEST_SIGNATURE_EXPIRED"
      | "REQUEST_REPLAYED"
      | "SIGNATURE_REQUIRED"
      | "PLAN_LIMIT_REACHED"
      | "CSRF_REQUIRED"
      | "FORBIDDEN"
      | "REGISTRATION_REQUIRES_APPROVAL"
      | "NOT_FOUND"
      | "CUSTOMER_NOT_FOUND"
      | "IDEMPOTENCY_KEY_REUSED"
      | "CONFLICT"
      | "RATE_LIMITED"
      | "CADENCE_LIMIT"
      | "INTERNAL_ERROR"
      | "SERVICE_UNAVAILABLE"
      | "IDEMPOTENCY_PENDING";
    /** @description One delta to record. Unknown fields are rejected. */
    EmitDeltaRequest: {
      customerId: components["schemas"]["CustomerId"];
      delta: components["schemas"]["DeltaAmount"];
      reason: components["schemas"]["Reason"];
      referenceId?: components["schemas"]["ReferenceId"];
      metadata?: components["schemas"]["Metadata"];
      adjusts?: components["schemas"]["Adjusts"];
    };
    /**
     * @description Between 1 and 100 deltas. Each item is validated on its own; an invalid item is
     *     reported in the results instead of failing the whole batch.
     */
    EmitDeltaBatchRequest: {
      deltas: components["schemas"]["EmitDeltaRequest"][];
    };
    /** @description Two claimed balances for one customer and scope. Scope and checkpoint rules are those of `deriveBalance`. */
    CompareBalancesRequest: {
      customerId: components["schemas"]["CustomerId"];
      yourBalance: components["schemas"]["Amount"];
      theirBalance: components["schemas"]["Amount"];
      /**
       * @description Balance agreed by both sides before the scope (or after the checkpoint).
       * @default 0
       */
      startingBalance: number;
      startingCheckpoint?: components["schemas"]["StartingCheckpoint"];
      startingCheckpointType?: components["schemas"]["StartingCheckpointType"];
      period?: components["schemas"]["Period"];
      timePreset?: components["schemas"]["TimePreset"];
      startDate?: components["schemas"]["ScopeDate"];
      endDate?: components["schemas"]["ScopeDate"];
      granularity?: components["schemas"]["Granularity"];
    };
    /**
     * @description What to checkpoint. Omit `customerId` to checkpoint every customer active in the
     *     window; omit every scope field for the current UTC month.
     */
    CreateCheckpointRequest: {
      customerId?: components["schemas"]["CustomerId"];
      period?: components["schemas"]["Period"];
      timePreset?: components["schemas"]["TimePreset"];
      startDate?: components["schemas"]["ScopeDate"];
      endDate?: components["schemas"]["ScopeDate"];
    };
    /**
     * @description Inclusion proof of a verified delta. `contentHash` is leaf `itemIndex` of the
     *     verification batch whose leaves, in order, are `itemHashes`; their Merkle root is
     *     `proofHash`. `previousProofHash` is the previous batch's root in the same ledger
     *     (zero hash for the first), which chains batches together.
     */
    DeltaProof: {
      proofHash: components["schemas"]["Hash32"];
      contentHash: components["schemas"]["Hash32"];
      itemHashes: components["schemas"]["Hash32"][];
      itemIndex: number;
      previousProofHash: components["schemas"]["Hash32"];
    };
    /** @description Why an item or a delta failed. */
    DeltaError: {
      code: components["schemas"]["ErrorCode"];
      message: string;
    };
    /** @description A delta as listed in derivations and receipts (no `metadata`, no `proof`). */
    DeltaRow: {
      recordId: components["schemas"]["RecordId"];
      customerId: components["schemas"]["CustomerId"];
      delta: components["schemas"]["DeltaAmount"];
      reason: components["schemas"]["Reason"];
      /** @description The `referenceId` sent, or null. */
      referenceId: components["schemas"]["ReferenceId"] | null;
      /** @description The corrected delta named in `adjusts`, or null. */
      adjusts: components["schemas"]["Adjusts"] | null;
      status: components["schemas"]["RecordStatus"];
      /** @description Position in the customer's log, contiguous from 1, assigned at acceptance. */
      sequenceNumber: number;
      contentHash: components["schemas"]["Hash32"];
      /** @description Root over the content hashes of the submission that carried this delta (for a single emit, its own `contentHash`). Verifiable with `verifyProof`. */
      receiptId: components["schemas"]["Hash32"];
      /** @description When the delta was accepted. Decides scope membership. */
      createdAt: components["schemas"]["Timestamp"];
      /** @description When verification completed; null until then. */
      verifiedAt?: components["schemas"]["Timestamp"] | null;
      /** @description Anchor reference of the verification batch; null until verified. */
      verificationReference?: components["schemas"]["Hash32"] | null;
      /** @description Why verification failed (status `FAILED`); otherwise null. */
      error?: components["schemas"]["DeltaError"] | null;
    };
    /** @description A recorded delta with its private `metadata` and, once verified, its inclusion `proof`. */
    DeltaRecord: components["schemas"]["DeltaRow"] & {
      /** @description The `metadata` sent, or null. */
      metadata: components["schemas"]["Metadata"] | null;
      proof?: components["schemas"]["DeltaProof"];
    };
    /** @description Outcome of one batch item, by its position in the request. */
    BatchResultItem: {
      index: number;
      /** @enum {string} */
      status: "QUEUED" | "FAILED";
      recordId?: components["schemas"]["RecordId"];
      error?: components["schemas"]["DeltaError"];
      /** @description True when this item had already been accepted earlier and was not recorded again. */
      idempotent?: boolean;
    };
    BatchResult: {
      totalQueued: number;
      totalFailed: number;
      /** @description Root over the content hashes of the accepted items, in request order; null when none was accepted. */
      receiptId: components["schemas"]["Hash32"] | null;
      results: components["schemas"]["BatchResultItem"][];
    };
    /** @description A resolved time window `[from, to)` over delta acceptance times. */
    Scope: {
      from: components["schemas"]["Timestamp"];
      to: components["schemas"]["Timestamp"];
      /** @description Set when the window is exactly one calendar month. */
      period?: components["schemas"]["Period"];
    };
    /** @description In checkpoint mode, the deltas after `afterSequenceNumber` (the last sequence number the starting checkpoint covers). */
    CheckpointScope: {
      startingCheckpoint: components["schemas"]["StartingCheckpoint"];
      /**
       * @description The resolved type (legacy aliases are normalised).
       * @enum {string}
       */
      startingCheckpointType: "proofRoot" | "recordId";
      afterSequenceNumber: number;
    };
    /** @description What a derivation or comparison covered. */
    DerivationScope: components["schemas"]["Scope"] | components["schemas"]["CheckpointScope"];
    /** @description Totals of one time bucket `[bucketStart, bucketEnd)`. */
    BreakdownBucket: {
      bucketStart: components["schemas"]["Timestamp"];
      bucketEnd: components["schemas"]["Timestamp"];
      netChange: components["schemas"]["Amount"];
      deltasCount: number;
      /** @description Running balance at the end of the bucket. */
      closingBalance: components["schemas"]["Amount"];
    };
    OffsetPagination: {
      limit: number;
      offset: number;
      total: number;
    };
    PagePagination: {
      page: number;
      limit: number;
      total: number;
      totalPages: number;
    };
    DeriveResult: {
      customerId: components["schemas"]["CustomerId"];
      /** @description `startingBalance` plus every verified delta in scope. */
      computedBalance: components["schemas"]["Amount"];
      startingBalance: components["schemas"]["Amount"];
      /** @description Number of verified deltas in scope (all pages). */
      deltasCount: number;
      /** @description `receiptId` of the last delta in scope, or null. */
      latestReceiptId: components["schemas"]["Hash32"] | null;
      /** @description `recordId` of the last delta in scope, or null. */
      latestRecordId: components["schemas"]["RecordId"] | null;
      scope: components["schemas"]["DerivationScope"];
      /** @description One page of the verified deltas in scope, in sequence order. */
      deltas: components["schemas"]["DeltaRow"][];
      pagination: components["schemas"]["OffsetPagination"];
      /** @description Present when `granularity` was given. */
      breakdown?: components["schemas"]["BreakdownBucket"][];
    };
    Limits: {
      /** @description Longest scope, in months. */
      maxScopeMonths: number;
      /** @description Longest "last N days" window. */
      maxLastNDays: number;
      /** @description How far back a scope may start, in days. */
      maxRetentionDays: number;
      maxBatchSize: number;
      maxDeltaAbs: number;
      maxReasonLength: number;
    };
    /**
     * @description The last point in the ordered verified deltas where the running balance equals a
     *     claim. Sequence number and record id are null when the claim equals the starting
     *     balance before any delta.
     */
    Divergence: {
      lastMatchingSequenceNumber: number | null;
      lastMatchingRecordId: components["schemas"]["RecordId"] | null;
      /** @description Verified deltas in scope after that point. */
      unmatchedDeltasCount: number;
      /** @description Their sum. */
      unmatchedAmount: components["schemas"]["Amount"];
    };
    CompareResult: {
      customerId: components["schemas"]["CustomerId"];
      /** @description The balance derived from the verified log. */
      neutralBalance: components["schemas"]["Amount"];
      yourBalance: components["schemas"]["Amount"];
      theirBalance: components["schemas"]["Amount"];
      matchesYours: boolean;
      matchesTheirs: boolean;
      /** @description `yourBalance − neutralBalance`. */
      yourDifference: components["schemas"]["Amount"];
      /** @description `theirBalance − neutralBalance`. */
      theirDifference: components["schemas"]["Amount"];
      /** @enum {string} */
      outcome: "both_match" | "yours_matches" | "theirs_matches" | "neither_matches";
      deltasCount: number;
      scope: components["schemas"]["DerivationScope"];
      divergence: {
        yours: components["schemas"]["Divergence"] | null;
        theirs: components["schemas"]["Divergence"] | null;
      };
      /** @description Present when `granularity` was given, as in `deriveBalance`. */
      breakdown?: components["schemas"]["BreakdownBucket"][];
    };
    /**
     * @description A committed root over one customer's verified deltas in a scope.
     *     `startingBalance` is the balance of all verified deltas accepted before `scope.from`;
     *     `closingBalance = startingBalance + netChange`. Continue a derivation from here with
     *     `startingCheckpoint = proofRoot` and `startingBalance = closingBalance`.
     */
    Checkpoint: {
      checkpointId: components["schemas"]["CheckpointId"];
      customerId: components["schemas"]["CustomerId"];
      scope: components["schemas"]["Scope"];
      /** @description Merkle root over the content hashes of the covered deltas in sequence order (zero hash when there are none). */
      proofRoot: components["schemas"]["Hash32"];
      /** @description Number of leaves under `proofRoot`; verifiers must check it. */
      deltaCount: number;
      startingBalance: components["schemas"]["Amount"];
      netChange: components["schemas"]["Amount"];
      closingBalance: components["schemas"]["Amount"];
      firstSequenceNumber: number | null;
      lastSequenceNumber: number | null;
      lastRecordId: components["schemas"]["RecordId"] | null;
      status: components["schemas"]["RecordStatus"];
      createdAt: components["schemas"]["Timestamp"];
      /** @description Anchor reference once the checkpoint is verified; null before. */
      verificationReference: components["schemas"]["Hash32"] | null;
      /**
       * Format: uri
       * @description Page where a person can check the root.
       */
      verifyUrl: string;
      /**
       * Format: uri
       * @description `verifyProof` URL for machines.
       */
      verificationApiUrl: string;
    };
    /** @description Checkpoints created for every customer active in the window. */
    CheckpointBatch: {
      checkpoints: components["schemas"]["Checkpoint"][];
    };
    CheckpointList: {
      checkpoints: components["schemas"]["Checkpoint"][];
      pagination: components["schemas"]["OffsetPagination"];
    };
    /** @description Totals of one calendar month inside a receipt. */
    WindowSummary: {
      period: components["schemas"]["Period"];
      /** @description Sum of positive deltas. */
      totalCredits: components["schemas"]["Amount"];
      /** @description Sum of negative deltas (a negative number or 0). */
      totalDebits: components["schemas"]["Amount"];
      netChange: components["schemas"]["Amount"];
      deltasCount: number;
    };
    /**
     * @description A statement of one customer's verified deltas in a scope. `proofRoot` is the Merkle
     *     root over `verification.itemHashes` (the deltas' content hashes in sequence order),
     *     so anyone can recompute it; `finalBalance = startingBalance + Σ deltas`.
     */
    Receipt: {
      receiptId: components["schemas"]["ReceiptId"];
      customerId: components["schemas"]["CustomerId"];
      generatedAt: components["schemas"]["Timestamp"];
      scope: components["schemas"]["Scope"];
      deltasCount: number;
      startingBalance: components["schemas"]["Amount"];
      finalBalance: components["schemas"]["Amount"];
      proofRoot: components["schemas"]["Hash32"];
      deltas: components["schemas"]["DeltaRow"][];
      windowSummaries: components["schemas"]["WindowSummary"][];
      verification: {
        itemHashes: components["schemas"]["Hash32"][];
        /** Format: uri */
        verifyUrl: string;
        /** Format: uri */
        verificationApiUrl: string;
      };
    };
    /** @description A receipt with its shareable links. */
    ReceiptDocument: components["schemas"]["Receipt"] & {
      links: {
        /**
         * Format: uri
         * @description Public page of the receipt.
         */
        permalink: string;
        /**
         * Format: uri
         * @description PDF rendering, when available.
         */
        pdf?: string;
      };
    };
    ReceiptSummary: {
      receiptId: components["schemas"]["ReceiptId"];
      customerId: components["schemas"]["CustomerId"];
      generatedAt: components["schemas"]["Timestamp"];
      scope: components["schemas"]["Scope"];
      deltasCount: number;
      startingBalance: components["schemas"]["Amount"];
      finalBalance: components["schemas"]["Amount"];
      proofRoot: components["schemas"]["Hash32"];
    };
    ReceiptSummaryList: {
      receipts: components["schemas"]["ReceiptSummary"][];
    };
    /**
     * @description Stable reference derived deterministically from the `customerId` (same id, same reference).
     * @example 0x5fE3a1b2c3D4e5F60718293a4B5c6D7e8F901a2B
     */
    CustomerReference: string;
    CustomerSummary: {
      customerId: components["schemas"]["CustomerId"];
      customerReference: components["schemas"]["CustomerReference"];
      /** @description Deltas accepted for the customer, whatever their status. */
      totalDeltas: number;
      /** @description All-time balance over verified deltas. */
      computedBalance: components["schemas"]["Amount"];
      firstActivityAt: components["schemas"]["Timestamp"];
      lastActivityAt: components["schemas"]["Timestamp"];
      /** @description `checkpointId` of the newest checkpoint, or null. */
      latestCheckpoint: components["schemas"]["CheckpointId"] | null;
    };
    CustomerList: {
      customers: components["schemas"]["CustomerSummary"][];
      pagination: components["schemas"]["PagePagination"];
    };
    CustomersSummary: {
      totalCustomers: number;
      totalDeltas: number;
      verifiedDeltas: number;
      /** @description Deltas `QUEUED` or `PROCESSING`. */
      pendingDeltas: number;
      failedDeltas: number;
      netBalance: components["schemas"]["Amount"];
    };
    /** @description A customer record with a page of its recent deltas (newest first). */
    CustomerDetail: components["schemas"]["CustomerSummary"] & {
      recentActivity: {
        items: components["schemas"]["DeltaRow"][];
        pagination: components["schemas"]["PagePagination"];
      };
    };
    /** @description An inclusive range of consecutive sequence numbers sharing a non-verified status. */
    SequenceGap: {
      from: number;
      to: number;
      /** @enum {string} */
      status: "QUEUED" | "PROCESSING" | "FAILED";
    };
    SequenceGaps: {
      customerId: components["schemas"]["CustomerId"];
      fromSequence: number;
      /** @description Last sequence number scanned (0 for a customer without deltas). */
      toSequence: number;
      gaps: components["schemas"]["SequenceGap"][];
      /** @description True when every sequence number in the range is verified. */
      complete: boolean;
    };
    Usage: {
      period: components["schemas"]["Period"];
      plan: components["schemas"]["Plan"];
      /** @description The plan's allotment (lifetime on Free, monthly otherwise). */
      includedDeltas: number;
      /** @description Verified deltas counted against it. */
      consumedDeltas: number;
      remainingDeltas: number;
      /** @description Whether writes are currently accepted. */
      allowed: boolean;
    };
    WebhookEventDelivery: {
      eventId: components["schemas"]["EventId"];
      webhookId: components["schemas"]["WebhookId"];
      event: components["schemas"]["WebhookEventType"];
      status: components["schemas"]["WebhookDeliveryStatus"];
      attempts: number;
      lastAttemptAt: components["schemas"]["Timestamp"] | null;
      /** @description When the next attempt is scheduled; null when delivered or given up. */
      nextAttemptAt: components["schemas"]["Timestamp"] | null;
      /** @description HTTP status of the last attempt; null for none or a network error. */
      lastStatusCode: number | null;
      lastError: string | null;
      createdAt: components["schemas"]["Timestamp"];
    };
    WebhookEventList: {
      events: components["schemas"]["WebhookEventDelivery"][];
      pagination: components["schemas"]["OffsetPagination"];
    };
    /**
     * @description The ledger an event happened in, `sandbox` (`pk_test_` keys) or `production` (`pk_live_` keys).
     * @enum {string}
     */
    EventEnvironment: "sandbox" | "production";
    /**
     * @description The body of every webhook delivery. `data` depends on `event`. Fields may be added
     *     over time, so ignore those you do not know.
     */
    WebhookEnvelope: {
      /** @description The event id, also sent as `X-Event-ID`; the same on every attempt. */
      id: components["schemas"]["EventId"];
      /** @description The event type, also sent as `X-Webhook-Event`. */
      event: string;
      /** @description When the state change happened (not when this attempt was sent). */
      timestamp: components["schemas"]["Timestamp"];
      /** @description The tenant whose ledger changed. */
      tenantId: string;
      environment: components["schemas"]["EventEnvironment"];
      data: Record<string, never>;
    };
    /**
     * @description A delta that passed verification, with its inclusion proof. Private `metadata` is
     *     not sent; read it with `getDeltaStatus` if you need it.
     */
    DeltaVerifiedData: {
      recordId: components["schemas"]["RecordId"];
      /** @description Root over the content hashes of the submission that carried the delta. */
      receiptId: components["schemas"]["Hash32"];
      customerId: components["schemas"]["CustomerId"];
      delta: components["schemas"]["DeltaAmount"];
      reason: components["schemas"]["Reason"];
      /** @description The `referenceId` sent, or null. */
      referenceId: components["schemas"]["ReferenceId"] | null;
      sequenceNumber: number;
      /** @constant */
      status: "VERIFIED";
      verifiedAt: components["schemas"]["Timestamp"];
      /** @description Anchor reference of the verification batch. */
      verificationReference: components["schemas"]["Hash32"];
      proof: components["schemas"]["DeltaProof"];
    };
    /** @description A delta that failed verification; it does not count anywhere. `error` says why. */
    DeltaFailedData: components["schemas"]["DeltaRow"] & {
      /** @constant */
      status: "FAILED";
      error: components["schemas"]["DeltaError"];
    };
    /** @description A checkpoint whose root has been anchored. */
    CheckpointVerifiedData: components["schemas"]["Checkpoint"] & {
      /** @constant */
      status: "VERIFIED";
      verificationReference: components["schemas"]["Hash32"];
    };
    /** @description Payload of a test event sent on request from the dashboard; it carries no ledger change. */
    WebhookTestData: {
      webhookId: components["schemas"]["WebhookId"];
      message: string;
    };
    DeltaVerifiedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "delta.verified";
      data: components["schemas"]["DeltaVerifiedData"];
    };
    DeltaFailedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "delta.failed";
      data: components["schemas"]["DeltaFailedData"];
    };
    CheckpointVerifiedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "checkpoint.verified";
      data: components["schemas"]["CheckpointVerifiedData"];
    };
    ReceiptGeneratedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "receipt.generated";
      data: components["schemas"]["ReceiptSummary"];
    };
    CustomerCreatedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "customer.created";
      data: components["schemas"]["CustomerSummary"];
    };
    WebhookTestEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "webhook.test";
      data: components["schemas"]["WebhookTestData"];
    };
    /** @description One record under a verified root, without private fields. */
    VerifiedRecord: {
      sequenceNumber: number;
      amount: components["schemas"]["DeltaAmount"];
      reason: components["schemas"]["Reason"];
      referenceId: components["schemas"]["ReferenceId"] | null;
      status: components["schemas"]["RecordStatus"];
      /** @description When the record was accepted. */
      time: components["schemas"]["Timestamp"];
      contentHash: components["schemas"]["Hash32"];
    };
    /** @description What a public root covers. Never contains customer ids or metadata. */
    VerifyProofResult: {
      /** @description True when the root is anchored and its records hash to it. */
      verified: boolean;
      proofRoot: components["schemas"]["Hash32"];
      /** @enum {string} */
      kind: "checkpoint" | "receipt" | "submission";
      recordedAt: components["schemas"]["Timestamp"];
      summary: {
        recordCount: number;
        netChange: components["schemas"]["Amount"];
        startingBalance: components["schemas"]["Amount"];
        endingBalance: components["schemas"]["Amount"];
        firstRecordAt: components["schemas"]["Timestamp"] | null;
        lastRecordAt: components["schemas"]["Timestamp"] | null;
      };
      records: components["schemas"]["VerifiedRecord"][];
      verification: {
        verificationReference: components["schemas"]["Hash32"] | null;
        anchoredAt: components["schemas"]["Timestamp"] | null;
        /** Format: uri */
        verifyUrl: string;
        /** Format: uri */
        verificationApiUrl: string;
      };
    };
    DeltaRecordEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["DeltaRecord"];
      message?: string;
    };
    BatchResultEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["BatchResult"];
      message?: string;
    };
    DeriveResultEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["DeriveResult"];
      message?: string;
    };
    LimitsEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["Limits"];
      message?: string;
    };
    CompareResultEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["CompareResult"];
      message?: string;
    };
    CheckpointResultEnvelope: {
      /** @constant */
      success: true;
      /** @description A `Checkpoint` when `customerId` was given, else `{checkpoints}`. */
      data: components["schemas"]["Checkpoint"] | components["schemas"]["CheckpointBatch"];
      message?: string;
    };
    CheckpointListEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["CheckpointList"];
      message?: string;
    };
    ReceiptEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["Receipt"];
      message?: string;
    };
    ReceiptDocumentEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["ReceiptDocument"];
      message?: string;
    };
    ReceiptSummaryListEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["ReceiptSummaryList"];
      message?: string;
    };
    CustomerListEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["CustomerList"];
      message?: string;
    };
    CustomersSummaryEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["CustomersSummary"];
      message?: string;
    };
    CustomerDetailEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["CustomerDetail"];
      message?: string;
    };
    SequenceGapsEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["SequenceGaps"];
      message?: string;
    };
    UsageEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["Usage"];
      message?: string;
    };
    WebhookEventListEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["WebhookEventList"];
      message?: string;
    };
    WebhookEventDeliveryEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["WebhookEventDelivery"];
      message?: string;
    };
    VerifyProofResultEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["VerifyProofResult"];
      message?: string;
    };
    /** @description Body of a 202 answer to a write whose `Idempotency-Key` is still in flight. */
    IdempotencyPendingEnvelope: {
      /** @constant */
      success: true;
      data: {
        /** @constant */
        status: "PROCESSING";
        /** @constant */
        code: "IDEMPOTENCY_PENDING";
      };
      message?: string;
    };
    ValidationIssue: {
      /** @description JSON Pointer to the offending field (`/deltas/3/reason`), or the query parameter name. */
      path: string;
      message: string;
    };
    /** @description Body of every error response. */
    ErrorEnvelope: {
      /** @constant */
      success: false;
      error: {
        code: components["schemas"]["ErrorCode"];
        /** @description Human-readable explanation; do not parse it. */
        message: string;
        /** @description One entry per invalid field (validation errors). */
        details?: components["schemas"]["ValidationIssue"][];
        /** @description Seconds to wait before retrying (rate and cadence limits, maintenance). */
        retryAfterSeconds?: number;
        /** @description The customer concerned (cadence limits). */
        customerId?: components["schemas"]["CustomerId"];
        /** @description Same value as the `X-Request-Id` header. */
        requestId: string;
      };
    };
  };
  responses: {
    /**
     * @description A request with this `Idempotency-Key` is still being processed. Nothing new was
     *     written; wait (honour `Retry-After` when present) and resend the same request with
     *     the same key.
     */
    IdempotencyPending: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        "Retry-After": components["headers"]["Retry-After"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["IdempotencyPendingEnvelope"];
      };
    };
    /** @description The request failed validation (`VALIDATION_ERROR`, with one `details` entry per field) or broke a scope rule (`INVALID_SCOPE_COMBINATION`, `SCOPE_TOO_WIDE`). */
    BadRequest: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description The API key is missing, malformed, unknown, revoked (`INVALID_API_KEY`) or disabled (`API_KEY_DISABLED`), or a request signature was rejected. */
    Unauthorized: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description The write would exceed the plan's hard cap (`PLAN_LIMIT_REACHED`; the Free plan allows 100 verified deltas in total). */
    PaymentRequired: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description The resource does not exist in this key's environment (`NOT_FOUND`, `CUSTOMER_NOT_FOUND`). */
    NotFound: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description The `Idempotency-Key` was already used for a different request (`IDEMPOTENCY_KEY_REUSED`). Use a new key for a new write. */
    IdempotencyConflict: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /**
     * @description `RATE_LIMITED`: the key sent too many requests; retry after `Retry-After` seconds.
     *     `CADENCE_LIMIT`: this customer was written to too recently; `retryAfterSeconds` and
     *     `customerId` say when and for whom. Do not retry a cadence rejection blindly:
     *     aggregate the change into a later delta instead.
     */
    TooManyRequests: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        "Retry-After": components["headers"]["Retry-After"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description Any other client error; `error.code` names it. */
    ClientError: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        "Retry-After": components["headers"]["Retry-After"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description A server-side failure (`INTERNAL_ERROR`) or maintenance (`SERVICE_UNAVAILABLE`, with `Retry-After`). Safe to retry; writes should keep their `Idempotency-Key`. */
    ServerError: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        "Retry-After": components["headers"]["Retry-After"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
  };
  parameters: {
    /**
     * @description A key chosen by the caller, unique per logical write (your own `referenceId` makes a
     *     good key). Within 24 hours, for the same API key:
     *     - same key, same method, path and body, finished: the stored response is replayed
     *       with `Idempotent-Replayed: true`, and nothing is written twice;
     *     - same key, same request, still running: 202 with code `IDEMPOTENCY_PENDING`; wait
     *       and resend;
     *     - same key, different request: 409 `IDEMPOTENCY_KEY_REUSED`.
     *
     *     Requests rejected by validation are not stored, so they can be corrected and resent
     *     with the same key.
     */
    IdempotencyKey: string;
    /**
     * @description Optional routing override selecting the tenant contract a write is recorded under.
     *     Only needed by tenants with more than one; the name is historical and unrelated to
     *     billing.
     */
    CreditPoolId: string;
    /** @description The customer's id in your system. */
    CustomerIdPath: components["schemas"]["CustomerId"];
    /** @description The receipt id. */
    ReceiptIdPath: string;
    /**
     * @description Checkpoint to continue from (checkpoint mode): a checkpoint's `proofRoot`, or the
     *     `recordId` of the last delta it covers. Excludes every scope field.
     */
    StartingCheckpoint: components["schemas"]["StartingCheckpoint"];
    /** @description How to read `startingCheckpoint`. */
    StartingCheckpointType: components["schemas"]["StartingCheckpointType"];
    /** @description A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`. */
    PeriodQuery: components["schemas"]["Period"];
    /** @description A named scope. `custom` requires `startDate` and `endDate`. */
    TimePresetQuery: components["schemas"]["TimePreset"];
    /** @description Inclusive start of a custom scope; requires `endDate`. */
    StartDateQuery: components["schemas"]["ScopeDate"];
    /** @description Exclusive end of a custom scope; requires `startDate`. */
    EndDateQuery: components["schemas"]["ScopeDate"];
    /** @description Adds a `breakdown` with one bucket per UTC day, ISO week or calendar month. */
    GranularityQuery: components["schemas"]["Granularity"];
    /** @description Maximum number of items returned. */
    ListLimitQuery: number;
    /** @description Number of items to skip. */
    OffsetQuery: number;
    /**
     * @description One `v1=<hex>` per signing secret, comma-separated (two for 24 hours after a secret
     *     rotation). Each is the lowercase hex HMAC-SHA256 of `{X-PacSpace-Timestamp}.{raw body}`
     *     keyed with the whole `whsec_…` secret. Unknown schemes are to be ignored.
     */
    WebhookSignatureHeader: string;
    /**
     * @description Unix time in seconds when this attempt was signed (each retry is signed again). The
     *     signed string uses this value exactly as sent. Reject deliveries more than 300 seconds
     *     from your clock; values of 10^12 or more are milliseconds.
     */
    WebhookTimestampHeader: string;
    /** @description The event type, the same as the body's `event`. */
    WebhookEventHeader: string;
    /**
     * @description The event id, the same as the body's `id` and identical on every attempt and manual
     *     retry of the event. Process each id once: delivery is at least once.
     */
    WebhookEventIdHeader: components["schemas"]["EventId"];
  };
  requestBodies: never;
  headers: {
    /** @description Identifier of this request, also returned as `error.requestId`. Quote it when asking for support. */
    "X-Request-Id": string;
    /** @description Seconds to wait before retrying. Sent with 429 and 503. */
    "Retry-After": number;
    /** @description `true` when this response is the stored response of an earlier request with the same `Idempotency-Key`. */
    "Idempotent-Replayed": "true";
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  emitDelta: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description A key chosen by the caller, unique per logical write (your own `referenceId` makes a
         *     good key). Within 24 hours, for the same API key:
         *     - same key, same method, path and body, finished: the stored response is replayed
         *       with `Idempotent-Replayed: true`, and nothing is written twice;
         *     - same key, same request, still running: 202 with code `IDEMPOTENCY_PENDING`; wait
         *       and resend;
         *     - same key, different request: 409 `IDEMPOTENCY_KEY_REUSED`.
         *
         *     Requests rejected by validation are not stored, so they can be corrected and resent
         *     with the same key.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /**
         * @description Optional routing override selecting the tenant contract a write is recorded under.
         *     Only needed by tenants with more than one; the name is historical and unrelated to
         *     billing.
         */
        "X-Credit-Pool-Id"?: components["parameters"]["CreditPoolId"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EmitDeltaRequest"];
      };
    };
    responses: {
      /** @description The delta was accepted and queued for verification. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeltaRecordEnvelope"];
        };
      };
      202: components["responses"]["IdempotencyPending"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["PaymentRequired"];
      409: components["responses"]["IdempotencyConflict"];
      429: components["responses"]["TooManyRequests"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  emitDeltaBatch: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description A key chosen by the caller, unique per logical write (your own `referenceId` makes a
         *     good key). Within 24 hours, for the same API key:
         *     - same key, same method, path and body, finished: the stored response is replayed
         *       with `Idempotent-Replayed: true`, and nothing is written twice;
         *     - same key, same request, still running: 202 with code `IDEMPOTENCY_PENDING`; wait
         *       and resend;
         *     - same key, different request: 409 `IDEMPOTENCY_KEY_REUSED`.
         *
         *     Requests rejected by validation are not stored, so they can be corrected and resent
         *     with the same key.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /**
         * @description Optional routing override selecting the tenant contract a write is recorded under.
         *     Only needed by tenants with more than one; the name is historical and unrelated to
         *     billing.
         */
        "X-Credit-Pool-Id"?: components["parameters"]["CreditPoolId"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["EmitDeltaBatchRequest"];
      };
    };
    responses: {
      /** @description The batch was processed; see `results` for each item. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BatchResultEnvelope"];
        };
      };
      202: components["responses"]["IdempotencyPending"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      402: components["responses"]["PaymentRequired"];
      409: components["responses"]["IdempotencyConflict"];
      429: components["responses"]["TooManyRequests"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getDeltaStatus: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The `recordId` returned when the delta was accepted. */
        recordId: components["schemas"]["RecordId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delta. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeltaRecordEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  deriveBalance: {
    parameters: {
      query?: {
        /** @description Balance before the first delta in scope (or after the checkpoint). Exact decimal. */
        startingBalance?: number;
        /**
         * @description Checkpoint to continue from (checkpoint mode): a checkpoint's `proofRoot`, or the
         *     `recordId` of the last delta it covers. Excludes every scope field.
         */
        startingCheckpoint?: components["parameters"]["StartingCheckpoint"];
        /** @description How to read `startingCheckpoint`. */
        startingCheckpointType?: components["parameters"]["StartingCheckpointType"];
        /** @description A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`. */
        period?: components["parameters"]["PeriodQuery"];
        /** @description A named scope. `custom` requires `startDate` and `endDate`. */
        timePreset?: components["parameters"]["TimePresetQuery"];
        /** @description Inclusive start of a custom scope; requires `endDate`. */
        startDate?: components["parameters"]["StartDateQuery"];
        /** @description Exclusive end of a custom scope; requires `startDate`. */
        endDate?: components["parameters"]["EndDateQuery"];
        /** @description Adds a `breakdown` with one bucket per UTC day, ISO week or calendar month. */
        granularity?: components["parameters"]["GranularityQuery"];
        /** @description Maximum number of `deltas` rows returned. */
        limit?: number;
        /** @description Number of items to skip. */
        offset?: components["parameters"]["OffsetQuery"];
      };
      header?: never;
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The derived balance and one page of its deltas. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeriveResultEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getLimits: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The limits. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LimitsEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  compareBalances: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CompareBalancesRequest"];
      };
    };
    responses: {
      /** @description The comparison. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CompareResultEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  createCheckpoint: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description A key chosen by the caller, unique per logical write (your own `referenceId` makes a
         *     good key). Within 24 hours, for the same API key:
         *     - same key, same method, path and body, finished: the stored response is replayed
         *       with `Idempotent-Replayed: true`, and nothing is written twice;
         *     - same key, same request, still running: 202 with code `IDEMPOTENCY_PENDING`; wait
         *       and resend;
         *     - same key, different request: 409 `IDEMPOTENCY_KEY_REUSED`.
         *
         *     Requests rejected by validation are not stored, so they can be corrected and resent
         *     with the same key.
         */
        "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
        /**
         * @description Optional routing override selecting the tenant contract a write is recorded under.
         *     Only needed by tenants with more than one; the name is historical and unrelated to
         *     billing.
         */
        "X-Credit-Pool-Id"?: components["parameters"]["CreditPoolId"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateCheckpointRequest"];
      };
    };
    responses: {
      /** @description The same resolved scope was already checkpointed; the existing checkpoint is returned. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckpointResultEnvelope"];
        };
      };
      /** @description A new checkpoint was created. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckpointResultEnvelope"];
        };
      };
      202: components["responses"]["IdempotencyPending"];
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["IdempotencyConflict"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listCheckpoints: {
    parameters: {
      query?: {
        /** @description Only checkpoints of this customer. */
        customerId?: components["schemas"]["CustomerId"];
        /** @description A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`. */
        period?: components["parameters"]["PeriodQuery"];
        /** @description A named scope. `custom` requires `startDate` and `endDate`. */
        timePreset?: components["parameters"]["TimePresetQuery"];
        /** @description Inclusive start of a custom scope; requires `endDate`. */
        startDate?: components["parameters"]["StartDateQuery"];
        /** @description Exclusive end of a custom scope; requires `startDate`. */
        endDate?: components["parameters"]["EndDateQuery"];
        /** @description Maximum number of items returned. */
        limit?: components["parameters"]["ListLimitQuery"];
        /** @description Number of items to skip. */
        offset?: components["parameters"]["OffsetQuery"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of checkpoints. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CheckpointListEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getReceipt: {
    parameters: {
      query?: {
        /** @description A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`. */
        period?: components["parameters"]["PeriodQuery"];
        /** @description A named scope. `custom` requires `startDate` and `endDate`. */
        timePreset?: components["parameters"]["TimePresetQuery"];
        /** @description Inclusive start of a custom scope; requires `endDate`. */
        startDate?: components["parameters"]["StartDateQuery"];
        /** @description Exclusive end of a custom scope; requires `startDate`. */
        endDate?: components["parameters"]["EndDateQuery"];
      };
      header?: never;
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The receipt. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReceiptEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getReceiptDocument: {
    parameters: {
      query?: {
        /** @description BCP 47 language tag for rendered pages, e.g. `en-US`. */
        locale?: string;
        /** @description IANA time zone for rendered dates, e.g. `UTC` or `America/Los_Angeles`. */
        timezone?: string;
        /** @description Label for amounts on rendered pages, e.g. `credits`. */
        unit?: string;
        /** @description Whether rendered pages may show the customer's display name. */
        customerDisplayName?: boolean;
      };
      header?: never;
      path: {
        /** @description The receipt id. */
        receiptId: components["parameters"]["ReceiptIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The receipt document. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReceiptDocumentEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listCustomerReceipts: {
    parameters: {
      query?: {
        /** @description Maximum number of items returned. */
        limit?: components["parameters"]["ListLimitQuery"];
      };
      header?: never;
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The receipts. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReceiptSummaryListEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listCustomers: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: number;
        /** @description Page size. */
        limit?: number;
        /** @description Case-insensitive substring filter on `customerId`. */
        search?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of customers. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomerListEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getCustomersSummary: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The summary. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomersSummaryEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getCustomer: {
    parameters: {
      query?: {
        /** @description 1-based page of `recentActivity`. */
        deltaPage?: number;
        /** @description Page size of `recentActivity`. */
        deltaLimit?: number;
        /** @description A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`. */
        period?: components["parameters"]["PeriodQuery"];
      };
      header?: never;
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The customer. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CustomerDetailEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getSequenceGaps: {
    parameters: {
      query?: {
        /** @description First sequence number to scan. */
        fromSequence?: number;
        /** @description Last sequence number to scan; defaults to the latest assigned one. */
        toSequence?: number;
        /** @description Maximum number of gap ranges returned. */
        limit?: number;
      };
      header?: never;
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The gaps. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SequenceGapsEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getUsage: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The usage. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["UsageEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listWebhookEvents: {
    parameters: {
      query?: {
        /** @description Only deliveries in this state. */
        status?: components["schemas"]["WebhookDeliveryStatus"];
        /** @description Maximum number of items returned. */
        limit?: components["parameters"]["ListLimitQuery"];
        /** @description Number of items to skip. */
        offset?: components["parameters"]["OffsetQuery"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of deliveries. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEventListEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  retryWebhookEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The event id (`X-Event-ID` of the delivery). */
        eventId: components["schemas"]["EventId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery, re-queued. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEventDeliveryEnvelope"];
        };
      };
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  verifyProof: {
    parameters: {
      query?: {
        /** @description Where to read the proof from. */
        source?: components["schemas"]["VerifySource"];
      };
      header?: never;
      path: {
        /** @description The root to verify. */
        proofRoot: components["schemas"]["Hash32"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The verification result. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["VerifyProofResultEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getPublicReceipt: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The receipt id. */
        receiptId: components["parameters"]["ReceiptIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The receipt. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ReceiptEnvelope"];
        };
      };
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  deltaVerifiedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description One `v1=<hex>` per signing secret, comma-separated (two for 24 hours after a secret
         *     rotation). Each is the lowercase hex HMAC-SHA256 of `{X-PacSpace-Timestamp}.{raw body}`
         *     keyed with the whole `whsec_…` secret. Unknown schemes are to be ignored.
         */
        "X-PacSpace-Signature": components["parameters"]["WebhookSignatureHeader"];
        /**
         * @description Unix time in seconds when this attempt was signed (each retry is signed again). The
         *     signed string uses this value exactly as sent. Reject deliveries more than 300 seconds
         *     from your clock; values of 10^12 or more are milliseconds.
         */
        "X-PacSpace-Timestamp": components["parameters"]["WebhookTimestampHeader"];
        /** @description The event type, the same as the body's `event`. */
        "X-Webhook-Event": components["parameters"]["WebhookEventHeader"];
        /**
         * @description The event id, the same as the body's `id` and identical on every attempt and manual
         *     retry of the event. Process each id once: delivery is at least once.
         */
        "X-Event-ID": components["parameters"]["WebhookEventIdHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeltaVerifiedEvent"];
      };
    };
    responses: {
      /** @description Acknowledged. Any 2xx answer within 10 seconds completes the delivery; the body is ignored. */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 10 seconds, fails the attempt; it is retried on the schedule of the Webhooks tag. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  deltaFailedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description One `v1=<hex>` per signing secret, comma-separated (two for 24 hours after a secret
         *     rotation). Each is the lowercase hex HMAC-SHA256 of `{X-PacSpace-Timestamp}.{raw body}`
         *     keyed with the whole `whsec_…` secret. Unknown schemes are to be ignored.
         */
        "X-PacSpace-Signature": components["parameters"]["WebhookSignatureHeader"];
        /**
         * @description Unix time in seconds when this attempt was signed (each retry is signed again). The
         *     signed string uses this value exactly as sent. Reject deliveries more than 300 seconds
         *     from your clock; values of 10^12 or more are milliseconds.
         */
        "X-PacSpace-Timestamp": components["parameters"]["WebhookTimestampHeader"];
        /** @description The event type, the same as the body's `event`. */
        "X-Webhook-Event": components["parameters"]["WebhookEventHeader"];
        /**
         * @description The event id, the same as the body's `id` and identical on every attempt and manual
         *     retry of the event. Process each id once: delivery is at least once.
         */
        "X-Event-ID": components["parameters"]["WebhookEventIdHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["DeltaFailedEvent"];
      };
    };
    responses: {
      /** @description Acknowledged. Any 2xx answer within 10 seconds completes the delivery; the body is ignored. */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 10 seconds, fails the attempt; it is retried on the schedule of the Webhooks tag. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  checkpointVerifiedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description One `v1=<hex>` per signing secret, comma-separated (two for 24 hours after a secret
         *     rotation). Each is the lowercase hex HMAC-SHA256 of `{X-PacSpace-Timestamp}.{raw body}`
         *     keyed with the whole `whsec_…` secret. Unknown schemes are to be ignored.
         */
        "X-PacSpace-Signature": components["parameters"]["WebhookSignatureHeader"];
        /**
         * @description Unix time in seconds when this attempt was signed (each retry is signed again). The
         *     signed string uses this value exactly as sent. Reject deliveries more than 300 seconds
         *     from your clock; values of 10^12 or more are milliseconds.
         */
        "X-PacSpace-Timestamp": components["parameters"]["WebhookTimestampHeader"];
        /** @description The event type, the same as the body's `event`. */
        "X-Webhook-Event": components["parameters"]["WebhookEventHeader"];
        /**
         * @description The event id, the same as the body's `id` and identical on every attempt and manual
         *     retry of the event. Process each id once: delivery is at least once.
         */
        "X-Event-ID": components["parameters"]["WebhookEventIdHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CheckpointVerifiedEvent"];
      };
    };
    responses: {
      /** @description Acknowledged. Any 2xx answer within 10 seconds completes the delivery; the body is ignored. */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 10 seconds, fails the attempt; it is retried on the schedule of the Webhooks tag. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  receiptGeneratedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description One `v1=<hex>` per signing secret, comma-separated (two for 24 hours after a secret
         *     rotation). Each is the lowercase hex HMAC-SHA256 of `{X-PacSpace-Timestamp}.{raw body}`
         *     keyed with the whole `whsec_…` secret. Unknown schemes are to be ignored.
         */
        "X-PacSpace-Signature": components["parameters"]["WebhookSignatureHeader"];
        /**
         * @description Unix time in seconds when this attempt was signed (each retry is signed again). The
         *     signed string uses this value exactly as sent. Reject deliveries more than 300 seconds
         *     from your clock; values of 10^12 or more are milliseconds.
         */
        "X-PacSpace-Timestamp": components["parameters"]["WebhookTimestampHeader"];
        /** @description The event type, the same as the body's `event`. */
        "X-Webhook-Event": components["parameters"]["WebhookEventHeader"];
        /**
         * @description The event id, the same as the body's `id` and identical on every attempt and manual
         *     retry of the event. Process each id once: delivery is at least once.
         */
        "X-Event-ID": components["parameters"]["WebhookEventIdHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ReceiptGeneratedEvent"];
      };
    };
    responses: {
      /** @description Acknowledged. Any 2xx answer within 10 seconds completes the delivery; the body is ignored. */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 10 seconds, fails the attempt; it is retried on the schedule of the Webhooks tag. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  customerCreatedWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description One `v1=<hex>` per signing secret, comma-separated (two for 24 hours after a secret
         *     rotation). Each is the lowercase hex HMAC-SHA256 of `{X-PacSpace-Timestamp}.{raw body}`
         *     keyed with the whole `whsec_…` secret. Unknown schemes are to be ignored.
         */
        "X-PacSpace-Signature": components["parameters"]["WebhookSignatureHeader"];
        /**
         * @description Unix time in seconds when this attempt was signed (each retry is signed again). The
         *     signed string uses this value exactly as sent. Reject deliveries more than 300 seconds
         *     from your clock; values of 10^12 or more are milliseconds.
         */
        "X-PacSpace-Timestamp": components["parameters"]["WebhookTimestampHeader"];
        /** @description The event type, the same as the body's `event`. */
        "X-Webhook-Event": components["parameters"]["WebhookEventHeader"];
        /**
         * @description The event id, the same as the body's `id` and identical on every attempt and manual
         *     retry of the event. Process each id once: delivery is at least once.
         */
        "X-Event-ID": components["parameters"]["WebhookEventIdHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CustomerCreatedEvent"];
      };
    };
    responses: {
      /** @description Acknowledged. Any 2xx answer within 10 seconds completes the delivery; the body is ignored. */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 10 seconds, fails the attempt; it is retried on the schedule of the Webhooks tag. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  webhookTestWebhook: {
    parameters: {
      query?: never;
      header: {
        /**
         * @description One `v1=<hex>` per signing secret, comma-separated (two for 24 hours after a secret
         *     rotation). Each is the lowercase hex HMAC-SHA256 of `{X-PacSpace-Timestamp}.{raw body}`
         *     keyed with the whole `whsec_…` secret. Unknown schemes are to be ignored.
         */
        "X-PacSpace-Signature": components["parameters"]["WebhookSignatureHeader"];
        /**
         * @description Unix time in seconds when this attempt was signed (each retry is signed again). The
         *     signed string uses this value exactly as sent. Reject deliveries more than 300 seconds
         *     from your clock; values of 10^12 or more are milliseconds.
         */
        "X-PacSpace-Timestamp": components["parameters"]["WebhookTimestampHeader"];
        /** @description The event type, the same as the body's `event`. */
        "X-Webhook-Event": components["parameters"]["WebhookEventHeader"];
        /**
         * @description The event id, the same as the body's `id` and identical on every attempt and manual
         *     retry of the event. Process each id once: delivery is at least once.
         */
        "X-Event-ID": components["parameters"]["WebhookEventIdHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["WebhookTestEvent"];
      };
    };
    responses: {
      /** @description Acknowledged. Any 2xx answer within 10 seconds completes the delivery; the body is ignored. */
      "2XX": {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Any other answer, or none within 10 seconds, fails the attempt. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
}
