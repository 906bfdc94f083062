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
     *     one in `adjusts` as `{referenceId}` or `{recordId}` (exactly one). It must be an
     *     earlier delta of the same customer, else 400 `VALIDATION_ERROR` with a `details`
     *     entry for `/adjusts/referenceId` or `/adjusts/recordId`. `adjusts` is not part of
     *     the content hash.
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
     *     `FAILED` in `results` (with its error code in `error` and the explanation in
     *     `errorMessage`) while the other items are still queued. Each result echoes the
     *     item's `customerId` and `delta` when they were well formed.
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
     *
     *     `mode` and `fingerprints` are sent by the official PacSpace SDKs; the docs do not say
     *     what their values mean, so they are type-checked, stored and echoed on the
     *     checkpoint, and decide nothing. A repeat for an already checkpointed scope returns
     *     the existing checkpoint with the values it was created with.
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
  "/api/v1/balance/invoice-proof/{customerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Generate the invoice proof for a customer and scope
     * @description The scoped receipt under the name the official PacSpace SDK uses for it: it sends
     *     every scoped `receipt()` here (`PacSpace/python-sdk`, `pacspace_sdk/balance.py`).
     *     Same scope rules, answer and side effects as `getReceipt`; the invoice fields
     *     `verifyUrl`, `verificationApiUrl`, `accessHint`, `customerLinkUrl` and
     *     `customerLinkHost` are the ones to print on an invoice.
     */
    get: operations["getInvoiceProof"];
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
     *     are presentation hints: they are carried into `links.permalink`, so the public page
     *     renders amounts and dates the way the customer expects. The JSON amounts are never
     *     localised.
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
     * @description Schedules an immediate new delivery attempt of the event, whatever its state, and
     *     starts a fresh retry schedule; the event keeps its id, so receivers recognise a
     *     repeat. An event sent to several endpoints is re-queued for each of them (or only
     *     for `webhookId`), and the answer shows the first, in state `pending`. Endpoints that
     *     are disabled must be re-enabled first, and deleted ones are skipped (409 `CONFLICT`
     *     when nothing is left to re-queue).
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
     *     included, nor are the tenant's invoice fields `accessHint`, `customerLinkUrl` and
     *     `customerLinkHost` (the example shows the tenant's view).
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
  "/api/v1/receipt/{receiptId}.pdf": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a receipt as a PDF (public)
     * @description The public receipt rendered as a PDF, for attaching to an invoice
     *     (https://docs.pacspace.io/balance-api/receipts-verification/): the receipt id,
     *     customer, scope, balances, every delta row, the proof root and the verify link. No
     *     authentication: the receipt id is the capability. Delta `metadata` is never
     *     included. An unknown receipt gives 404 with the JSON error envelope.
     */
    get: operations["getPublicReceiptPdf"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/auth/request-access": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ask for an account
     * @description Records a request for access. Accounts are opened by approval: when the request is
     *     approved, a single-use approval token is sent to the email, and `register` needs it.
     *     The answer is the same for every well-formed request, including a repeated one or an
     *     email that already has an account, so it reveals nothing about existing accounts.
     */
    post: operations["requestAccess"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/auth/register": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Open an approved account
     * @description Creates the user (role `owner`) and its tenant on the Free plan, with the sandbox
     *     environment activating. Needs the approval token issued for this email; it works
     *     once. Without a valid token (missing, unknown, expired, used, or issued for another
     *     email) the answer is 403 `REGISTRATION_REQUIRES_APPROVAL` and nothing is created.
     *     The password is stored only as a salted scrypt hash. Log in afterwards.
     */
    post: operations["register"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/auth/login": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log in
     * @description Starts a 12-hour session. The answer sets the httpOnly session cookie (send it back on
     *     later calls; add `X-Pacspace-CSRF: 1` to changes), as
     *     https://docs.pacspace.io/dashboard-api/authentication/ shows. A wrong email and a
     *     wrong password get the same 401 `UNAUTHENTICATED`.
     *
     *     For a user with MFA enabled the password alone opens no session: the answer is an
     *     `MfaChallenge` (`requiresMfa: true` and a single-use `mfaTicket`) and no cookie is
     *     set; `POST /dashboard/auth/login/mfa-verify` with the ticket and the code completes
     *     the login.
     */
    post: operations["login"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/auth/login/mfa-verify": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Complete an MFA login
     * @description Completes a login that answered `requiresMfa: true`: sends the ticket it returned
     *     with the current code of the user's authenticator. A right code opens the session as
     *     `login` does (same answer, same cookie). The ticket works once and for 5 minutes;
     *     an unknown, used or expired ticket gets 401 `INVALID_MFA_TICKET` (log in again), a
     *     wrong code 401 `INVALID_MFA_CODE` (the ticket stays usable for 5 tries in all). The
     *     route is documented at https://docs.pacspace.io/dashboard-api/authentication/; the
     *     page's copy cuts its body, whose field names follow the login's challenge.
     */
    post: operations["verifyMfaLogin"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/auth/logout": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Log out
     * @description Extension of this toolkit; the PacSpace service does not document it. Ends the session (cookie and token alike) and clears the cookie. Later calls
     *     with it get 401 `UNAUTHENTICATED`.
     */
    post: operations["logout"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/auth/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The logged-in user and tenant
     * @description Extension of this toolkit; the PacSpace service does not document it.
     */
    get: operations["getCurrentUser"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/auth/preferences": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Save the user's preferences
     * @description Sets the environment the dashboard opens in for this user.
     */
    patch: operations["updatePreferences"];
    trace?: never;
  };
  "/dashboard/api-keys": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List API keys
     * @description The tenant's keys, newest first, revoked ones included. Secrets are never listed.
     */
    get: operations["listApiKeys"];
    put?: never;
    /**
     * Create an API key
     * @description Issues a key for the sandbox (`test`) or production (`live`) ledger. The answer is
     *     the only time `secretKey` and `fullKey` are shown: only a hash of the secret is
     *     kept. `live` keys need a paid plan (403 `FORBIDDEN` on Free) and an active
     *     production environment (409 `CONFLICT` while it is not); `test` keys need an active
     *     sandbox.
     */
    post: operations["createApiKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/api-keys/{keyId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an API key */
    get: operations["getApiKey"];
    put?: never;
    post?: never;
    /**
     * Revoke an API key
     * @description Revokes the key for good, including a previous secret still in its rotation overlap:
     *     the very next Balance API call with it gets 401 `INVALID_API_KEY`. Revoking a revoked
     *     key changes nothing.
     *     Extension of this toolkit; the PacSpace service does not document it. The PacSpace docs
     *     name the capability but not its route.
     */
    delete: operations["revokeApiKey"];
    options?: never;
    head?: never;
    /**
     * Rename, disable or enable an API key
     * @description Takes effect on the very next Balance API call. A revoked key cannot be enabled or disabled (409 `CONFLICT`). Extension of this toolkit; the PacSpace service does not document it. The PacSpace docs name the capability (disable and re-enable a key) but not its route.
     */
    patch: operations["updateApiKey"];
    trace?: never;
  };
  "/dashboard/api-keys/{keyId}/rotate": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate an API key's secret
     * @description Issues a new secret for the same key (same id and `publicKey`), shown once. The
     *     previous secret keeps working for an overlap of 24 hours (`previousSecretValidUntil`)
     *     so deployments can switch over; after that only the new one is accepted. Rotating
     *     again ends the earlier overlap. A revoked key cannot be rotated (409 `CONFLICT`).
     *     Extension of this toolkit; the PacSpace service does not document it. The PacSpace docs
     *     name the capability but not its route.
     */
    post: operations["rotateApiKey"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/environments": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List the tenant's environments
     * @description Both ledgers of the tenant with their provisioning state.
     */
    get: operations["listEnvironments"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/environments/environment-status": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status of sandbox and production */
    get: operations["getEnvironmentStatus"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/environments/provision": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Activate an environment
     * @description Starts activating `sandbox` or `production`. Idempotent: an environment that is
     *     active or activating is returned as it is; a `failed` one is tried again.
     *     `production` needs a paid plan (403 `FORBIDDEN` on Free).
     */
    post: operations["provisionEnvironment"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/billing/plan": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tenant's plan */
    get: operations["getBillingPlan"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change the plan
     * @description Extension of this toolkit; the PacSpace service does not document it. It is the
     *     mock's way to change plan. Switches the tenant to another tier at once. Moving to
     *     `free` deactivates production: `live` keys are refused (403 `FORBIDDEN`) until a paid
     *     plan is chosen and production is provisioned again.
     */
    patch: operations["changeBillingPlan"];
    trace?: never;
  };
  "/dashboard/billing/usage": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Usage and overage of a billing period
     * @description Verified deltas of both ledgers counted against the plan in `period` (default: the
     *     current month). Only verified deltas count; reads and verification are never billed.
     *     On `free` the count is lifetime and capped at 100 (writes beyond it get 402
     *     `PLAN_LIMIT_REACHED`), so there is never overage.
     */
    get: operations["getBillingUsage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/customers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List customer records
     * @description Customer records of one ledger (`X-Environment`, default sandbox), most recently active first, with their profile fields.
     */
    get: operations["listDashboardCustomers"];
    put?: never;
    /**
     * Create a customer record
     * @description Creates a customer before its first delta, with a display name and optional profile
     *     fields, in the ledger named by `X-Environment` (default sandbox). A `customerId`
     *     already in that ledger gives 409 `CONFLICT`.
     */
    post: operations["createDashboardCustomer"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/customers/{customerId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get one customer record
     * @description The customer's figures, profile and a page of recent deltas (newest first), as `getCustomer` gives them.
     */
    get: operations["getDashboardCustomer"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/customers/{customerId}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a customer's deltas as CSV
     * @description Every delta of the customer in sequence order, one CSV row each (RFC 4180, UTF-8,
     *     header row first): `sequenceNumber, recordId, createdAt, status, delta, reason,
     *     referenceId, verifiedAt, contentHash, receiptId, verificationReference`. Text cells
     *     that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`) are
     *     prefixed with `'`. `metadata` is not exported.
     */
    get: operations["exportDashboardCustomer"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/webhooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List webhook endpoints
     * @description The tenant's endpoints, oldest first, without secrets.
     */
    get: operations["listWebhookEndpoints"];
    put?: never;
    /**
     * Register a webhook endpoint
     * @description Registers a URL to receive events (all event types unless `events` narrows them). The
     *     answer is the only time the signing `secret` is shown; store it where your receiver
     *     can read it.
     */
    post: operations["createWebhookEndpoint"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/webhooks/{webhookId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a webhook endpoint */
    get: operations["getWebhookEndpoint"];
    put?: never;
    post?: never;
    /**
     * Delete a webhook endpoint
     * @description Stops all deliveries to the endpoint for good. Deliveries still waiting for a retry
     *     become `failed`; the delivery history stays readable in `listWebhookEvents`.
     *     Extension of this toolkit; the PacSpace service does not document it. The PacSpace docs
     *     name the capability but not its route.
     */
    delete: operations["deleteWebhookEndpoint"];
    options?: never;
    head?: never;
    /**
     * Change, disable or re-enable a webhook endpoint
     * @description Changes the URL, note or subscribed events, or turns deliveries off and on.
     *     Re-enabling an endpoint that PacSpace disabled clears `disabledReason` and the failure
     *     streak; deliveries that came due meanwhile are attempted at once.
     *     Extension of this toolkit; the PacSpace service does not document it. The PacSpace docs
     *     name the capability but not its route.
     */
    patch: operations["updateWebhookEndpoint"];
    trace?: never;
  };
  "/dashboard/webhooks/{webhookId}/test": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Send a test event
     * @description Queues one signed `webhook.test` event for the endpoint, even when it is disabled,
     *     and answers at once with the queued delivery; the attempt follows right after, and
     *     its outcome (status, duration, error) appears in `listWebhookDeliveries`. A test is
     *     attempted once, never retried, and does not count towards disabling the endpoint.
     *     `X-Environment` sets the event's `environment`.
     *     Extension of this toolkit; the PacSpace service does not document it. The PacSpace docs
     *     name the capability but not its route.
     */
    post: operations["testWebhookEndpoint"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/webhooks/{webhookId}/deliveries": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List an endpoint's deliveries
     * @description Deliveries to the endpoint, newest first, each with its attempts (time, status, duration, error). Extension of this toolkit; the PacSpace service does not document it. The PacSpace docs name the capability but not its route.
     */
    get: operations["listWebhookDeliveries"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/webhooks/{webhookId}/deliveries/{deliveryId}/retry": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Re-queue a delivery
     * @description Extension of this toolkit; the PacSpace service does not document it. Schedules an
     *     immediate new attempt of one delivery, whatever its state, and starts a fresh retry
     *     schedule for it. The event keeps its id, so a receiver that already
     *     processed it recognises the repeat. A disabled endpoint must be re-enabled first (409
     *     `CONFLICT`); test deliveries cannot be retried (409 `CONFLICT`).
     *     Extension of this toolkit; the PacSpace service does not document it.
     */
    post: operations["retryWebhookDelivery"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/dashboard/webhooks/{webhookId}/rotate-secret": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rotate an endpoint's signing secret
     * @description Issues a new secret, shown once. For 24 hours (`previousSecretExpiresAt`) every
     *     delivery is signed with both the new and the previous secret, so receivers keep
     *     verifying while they switch over; after that only the new secret signs. Rotating
     *     again ends the earlier overlap.
     *     Extension of this toolkit; the PacSpace service does not document it.
     */
    post: operations["rotateWebhookSecret"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/middleware/readiness": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Invoice readiness of every customer
     * @description One row per customer of a billing-middleware tenant: whether the month's verified
     *     records are covered by a checkpoint, what blocks the invoice, and whether the Shared
     *     Record link and access code are ready. Only tenants configured as billing middleware
     *     may call it (`FORBIDDEN` otherwise). The row fields are this toolkit's decision: the
     *     PacSpace docs name the resource, not its answer.
     */
    get: operations["getMiddlewareReadiness"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/middleware/customers/{customerId}/live": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A customer's current Shared Record state
     * @description The customer's running balance and counts, its latest closed period, how many of its
     *     records no checkpoint covers yet, and the identity the customer sees (the vendor
     *     account that recorded it).
     */
    get: operations["getMiddlewareLiveRecord"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/middleware/customers/{customerId}/periods": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A customer's closed periods
     * @description The customer's checkpoints (closed periods), newest first.
     */
    get: operations["listMiddlewarePeriods"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/middleware/customers/{customerId}/periods/{checkpointId}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * One closed period with its records
     * @description A checkpoint of the customer and the verified records it covers, in sequence order.
     *     (The Agents › Evidence Packets page spells the path `/period/`; this spec follows the
     *     Middleware page's `/periods/`.)
     */
    get: operations["getMiddlewarePeriod"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/middleware/customers/{customerId}/close-package": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The Finance Close Package of a period
     * @description Everything finance needs to close a period, derived from the ledger: the checkpoint,
     *     the receipt over its window, and every record it covers with its proof. Choose the
     *     period by `checkpointId` or by month (`period`, the latest checkpoint of that month);
     *     default the customer's latest checkpoint. `NOT_FOUND` when the customer has none.
     */
    get: operations["getMiddlewareClosePackage"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/middleware/customers/{customerId}/access-link": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Shared Record link and access-code readiness
     * @description The customer's Shared Record link, its host, the access policy and whether link and access code are ready to put on an invoice.
     */
    get: operations["getMiddlewareAccessLink"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/middleware/customers/{customerId}/compare": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Compare two closed periods
     * @description The difference between two checkpoints of the customer (net change, closing balance, record count), later minus earlier as given.
     */
    post: operations["compareMiddlewarePeriods"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/middleware/customers/{customerId}/export": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export a customer's verified record
     * @description The customer's live record, closed periods and records as JSON (`format=json`, the
     *     default) or, with `format=bundle`, the same plus the close package of every period.
     *     The docs list CSV and PDF exports too without showing their layout or how one is
     *     chosen; `format=csv` and `format=pdf` answer them as described on the 200 response.
     *     Both carry exactly the `records` of the JSON export, so the three cannot disagree.
     *     Errors keep the JSON error envelope whatever the format.
     */
    get: operations["exportMiddlewareRecord"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/middleware/vendors/{vendorId}/customers/{externalCustomerId}/record": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A customer's live record by vendor account and external id
     * @description The live record of the customer `externalCustomerId` (the `customerId` the vendor
     *     account emitted with) as recorded by the vendor account `vendorId`. `NOT_FOUND` when
     *     that vendor account recorded no such customer.
     */
    get: operations["getMiddlewareVendorRecord"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/{recordType}/{record}/transitions": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Append a transition to a record
     * @description Appends one entry to the record `{recordType}/{record}` (created on its first
     *     entry). The entry is accepted with `status: QUEUED`, takes the record's next `seq`
     *     (counted from 0) and commits asynchronously, in `seq` order; a committed entry has a
     *     receipt (`getRecordReceipt`) and sends `record.committed`, an entry that cannot
     *     commit is kept as `failed` with a `code` and a `sentence` and sends `record.failed`.
     *     Payload bytes never travel: `content.payloads` carries their fingerprints
     *     (`{alg, digest, byteLength}`, as the SDKs' `fingerprint()` computes them).
     *
     *     `referenceId` is the idempotency key of the entry within its record: the same
     *     `referenceId` with the same body answers the entry already accepted (with
     *     `idempotent: true`) and appends nothing; with another body it is 409
     *     `IDEMPOTENCY_KEY_REUSED`.
     *
     *     The lifecycle rules, checked when an entry commits against the entries committed
     *     before it, with the code a failed entry carries (`RECORD_GENESIS_MISMATCH` is the
     *     official SDK's; the other codes, and checking at commit rather than at acceptance,
     *     are decisions of this toolkit, whose local mock applies them):
     *     - a record opens with `recorded`, and only its first entry is `recorded`
     *       (`RECORD_GENESIS_MISMATCH`);
     *     - `amended` names the committed entry it amends in `content.amends`
     *       (`RECORD_AMENDS_REQUIRED`), and `amends` is only for `amended`
     *       (`RECORD_AMENDS_UNEXPECTED`);
     *     - nothing follows `closed` (`RECORD_CLOSED`);
     *     - `amends` and every `references` entry name an entry already committed, in this or
     *       another record of the same environment (`RECORD_REFERENCE_UNKNOWN`).
     */
    post: operations["emitRecordTransition"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/{recordType}/{record}/receipts/{seq}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The receipt of a committed entry
     * @description The receipt of entry `seq` (counted from 0; the official SDK 0.4 counts entries from 1
     *     and sends `entry − 1`). An unknown record, a `seq` it does not have yet, and an entry
     *     that has not committed (queued or failed: see `getRecordHistory`) are 404
     *     `NOT_FOUND`.
     */
    get: operations["getRecordReceipt"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/v1/records/{recordType}/{record}/history": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A record's entries and receipts, one page at a time
     * @description A `record-history-bundle/v1` body, not wrapped in the success envelope: every entry
     *     of the window (`entries`, queued, committed or failed) and the receipts of the
     *     committed ones (`receipts`), both in `seq` order. The window runs from `fromSeq`
     *     (default 0) to `toSeq` (inclusive; default the last entry) and holds at most 100
     *     entries; when entries of the window remain, the `x-next-from-seq` header names the
     *     `fromSeq` of the next page. An unknown record is 404 `NOT_FOUND`.
     *
     *     Each receipt commits to its content and to the receipt before it, so a reader can
     *     check a history without trusting whoever handed it over: `contentHash` is
     *     SHA-256 of `pacspace:record-content:v1:` followed by the canonical JSON (RFC 8785) of
     *     `{lifecycle, content}`, and `receiptHash` is SHA-256 of `pacspace:record-receipt:v1:`
     *     followed by the canonical JSON of `{recordKey, seq, lifecycle, contentHash,
     *     previousReceiptHash, committedAt}`, where `previousReceiptHash` is the `receiptHash`
     *     of the previous committed entry (`0x` and 64 zeros for the first). Failed entries
     *     have no receipt and are not part of the chain. The page size, this chain and its
     *     hashes are decisions of this toolkit (the official SDK's `check` does not hash); the
     *     SDK's `records.check` verifies them.
     */
    get: operations["getRecordHistory"];
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
     * @description Sent once per delta when its verification completes. `data` follows the PacSpace payload
     *     reference: the delta as submitted, its proof packet (enough to check it offline against
     *     `proof.proofHash`), the verification result, and the current period and plan usage. It
     *     also carries the fields the official Python SDK reads (`recordId`, `customerId`,
     *     `sequenceNumber`, `verificationReference`, `blockTimestamp`).
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
     * @description Sent once per delta that ends failed. The delta counts nowhere; emit a corrected delta if
     *     the change is still owed.
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
  "customer.shared_record_viewed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A customer viewed a Shared Record
     * @description Sent when a customer opens a Shared Record link (the local mock: a public receipt read,
     *     `getPublicReceipt`). The docs do not show its payload; see the schema.
     */
    post: operations["customerSharedRecordViewedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "customer.export_downloaded": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A customer export was downloaded
     * @description Sent when a customer record's export is downloaded (the dashboard's CSV export). The docs
     *     do not show its payload; see the schema.
     */
    post: operations["customerExportDownloadedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "customer.compare_run": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A comparison ran for a customer
     * @description Sent when a comparison (`compareBalances`) runs for a customer record. The docs do not
     *     show its payload; see the schema.
     */
    post: operations["customerCompareRunWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "customer.step_up_failed_repeatedly": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Repeated failed step-up attempts on a Shared Record
     * @description Sent when someone fails the step-up check of a Shared Record several times in a row. The
     *     docs do not show its payload; see the schema. The local mock sends it on request only
     *     (`POST /__mock/events`).
     */
    post: operations["customerStepUpFailedRepeatedlyWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "tenant_domain.activated": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A tenant domain became active
     * @description Sent when the tenant's custom domain becomes active. The docs do not show its payload; see
     *     the schema. The local mock sends it on request only (`POST /__mock/events`).
     */
    post: operations["tenantDomainActivatedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "tenant_domain.cert_renewal_failed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A tenant domain's certificate renewal needs attention
     * @description Sent when renewing the certificate of the tenant's custom domain fails. The docs do not
     *     show its payload; see the schema. The local mock sends it on request only
     *     (`POST /__mock/events`).
     */
    post: operations["tenantDomainCertRenewalFailedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "record.committed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A record commit was verified
     * @description An event of the official Python SDK's types (the docs do not list it). The local mock
     *     sends it when a record entry commits: `receiptId` is the entry's, `verificationId` its
     *     `receiptHash`, `records` holds its receipt, and the extension fields name the entry.
     */
    post: operations["recordCommittedWebhook"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "record.failed": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A record entry failed
     * @description An event of the official Python SDK's types (the docs do not list it). The local mock
     *     sends it when a record entry fails to commit (see `emitRecordTransition` for the codes).
     */
    post: operations["recordFailedWebhook"];
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
     * @description Extension of this toolkit; the PacSpace service does not document it.
     *     Sent when someone asks for a test delivery (`testWebhookEndpoint`). It goes
     *     to that one endpoint whatever its subscriptions, is signed like every event, is
     *     attempted once and never retried, and changes nothing: acknowledge it and move on.
     *     Extension of this toolkit; the PacSpace service does not document it.
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
     * @description An id the server issued (a `recordId`, checkpoint, receipt, event, webhook, delivery
     *     or API key id, or a proof root), as a path parameter or a reference in a body. It is
     *     checked only as a non-empty URL-safe string of at most 256 characters, never by
     *     prefix or hash pattern, so clients keep working when the service changes an id
     *     format; clients send it URL-encoded. A well-formed id that names nothing gives 404.
     *     Responses carry the precise formats.
     * @example rec_01hv8k3m2x4s
     */
    ServerIssuedId: string;
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
     * @description Identifier of a webhook endpoint: `webhook_…` as the current docs show it
     *     (https://docs.pacspace.io/dashboard-api/webhooks/); older docs show `wh_…`.
     * @example webhook_cmh2xyz3e50005l801abc123
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
    /**
     * @description The event catalogue: the events the current PacSpace docs list
     *     (https://docs.pacspace.io/webhooks/event-types/) and the official Python SDK's
     *     `record.committed` and `record.failed`. Receivers must accept types not listed here:
     *     the service adds events over time.
     * @enum {string}
     */
    WebhookEventType:
      | "delta.verified"
      | "delta.failed"
      | "checkpoint.verified"
      | "receipt.generated"
      | "customer.created"
      | "customer.shared_record_viewed"
      | "customer.export_downloaded"
      | "customer.compare_run"
      | "customer.step_up_failed_repeatedly"
      | "tenant_domain.activated"
      | "tenant_domain.cert_renewal_failed"
      | "record.committed"
      | "record.failed";
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
     * @description The earlier delta of the same customer that this one corrects, named by exactly one
     *     of `referenceId` or `recordId`. Not part of the content hash.
     * @example {
     *       "recordId": "rec_01hv8k3m2x4s"
     *     }
     * @example {
     *       "referenceId": "inv_001"
     *     }
     */
    Adjusts: components["schemas"]["AdjustsByReferenceId"] | components["schemas"]["AdjustsByRecordId"];
    /** @description Names the adjusted delta by its `referenceId`. */
    AdjustsByReferenceId: {
      referenceId: components["schemas"]["ReferenceId"];
    };
    /** @description Names the adjusted delta by its `recordId`. */
    AdjustsByRecordId: {
      recordId: components["schemas"]["ServerIssuedId"];
    };
    /**
     * @deprecated
     * @description Deprecated: the bare `recordId` or `referenceId` string that earlier versions of this
     *     toolkit sent. The local mock still accepts it and stores it as `{recordId}` when it
     *     names a record of the customer, else as `{referenceId}`. Send the object form.
     *     Extension of this toolkit; the PacSpace service does not document it.
     */
    LegacyAdjusts: string;
    /**
     * @description Stable machine-readable error code.
     *     - 400: `VALIDATION_ERROR`, `INVALID_SCOPE_COMBINATION`, `SCOPE_TOO_WIDE`
     *     - 401: `INVALID_API_KEY`, `API_KEY_DISABLED`, `UNAUTHENTICATED`,
     *       `INVALID_REQUEST_SIGNATURE`, `REQUEST_SIGNATURE_EXPIRED`, `REQUEST_REPLAYED`,
     *       `SIGNATURE_REQUIRED`, `INVALID_MFA_TICKET`, `INVALID_MFA_CODE` (the two MFA codes
     *       are this toolkit's names; the service does not document its own)
     *     - 402: `PLAN_LIMIT_REACHED`, `INSUFFICIENT_CREDITS` (the official PacSpace SDKs'
     *       name for a 402; treat both alike)
     *     - 403: `CSRF_REQUIRED`, `FORBIDDEN`, `REGISTRATION_REQUIRES_APPROVAL`,
     *       `API_KEY_ENVIRONMENT_HOST_MISMATCH` (a `pk_live_` key on a sandbox-only host)
     *     - 404: `NOT_FOUND`, `CUSTOMER_NOT_FOUND`
     *     - 409: `IDEMPOTENCY_KEY_REUSED`, `CONFLICT`
     *     - 412: `CONTRACT_NOT_DEPLOYED` (the environment's anchoring contract is not deployed
     *       yet, so writes cannot be recorded)
     *     - 429: `RATE_LIMITED` (retry after `Retry-After`), `CADENCE_LIMIT` (do not retry
     *       automatically)
     *     - 500: `INTERNAL_ERROR`; 503: `SERVICE_UNAVAILABLE`
     *     - 202 (not an error): `IDEMPOTENCY_PENDING`
     *     - The codes listed in `x-pacspace-extension-values` are an extension of this toolkit; the
     *       PacSpace service does not document them (it documents some of the conditions, not
     *       these names).
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
      | "INVALID_MFA_TICKET"
      | "INVALID_MFA_CODE"
      | "PLAN_LIMIT_REACHED"
      | "INSUFFICIENT_CREDITS"
      | "CSRF_REQUIRED"
      | "FORBIDDEN"
      | "REGISTRATION_REQUIRES_APPROVAL"
      | "API_KEY_ENVIRONMENT_HOST_MISMATCH"
      | "NOT_FOUND"
      | "CUSTOMER_NOT_FOUND"
      | "IDEMPOTENCY_KEY_REUSED"
      | "CONFLICT"
      | "CONTRACT_NOT_DEPLOYED"
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
      /**
       * @description The earlier delta of the same customer that this one corrects: `{referenceId}` or
       *     `{recordId}`, exactly one. (The bare string of earlier versions is deprecated.)
       */
      adjusts?: components["schemas"]["Adjusts"] | components["schemas"]["LegacyAdjusts"];
      /**
       * @description Billing-middleware tenants only, and required for them: the vendor account
       *     recording this delta. All deltas of one batch name the same vendor account, and a
       *     customer stays with the vendor account that first recorded it. Refused
       *     (`VALIDATION_ERROR`) for direct-inference tenants.
       */
      vendorAccountId?: components["schemas"]["VendorAccountId"];
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
       * @description Balance agreed by both sides before the scope (or after the checkpoint). The
       *     PacSpace docs mark it required: send it (the SDKs always do, 0 by default). The
       *     local mock tolerates its absence and reads a missing one as 0.
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
      mode?: components["schemas"]["CheckpointMode"];
      fingerprints?: components["schemas"]["CheckpointFingerprints"];
      /**
       * @description Billing-middleware tenants only, and required for them: the checkpoint covers only
       *     this vendor account's customers (a named `customerId` must belong to it). Refused
       *     (`VALIDATION_ERROR`) for direct-inference tenants.
       */
      vendorAccountId?: components["schemas"]["VendorAccountId"];
    };
    /**
     * @description The checkpoint's selection mode, as the official PacSpace SDKs send it. Its values
     *     are not documented: any string of 1 to 64 characters is stored and echoed, and
     *     changes nothing in what is checkpointed.
     */
    CheckpointMode: string;
    /**
     * @description Fingerprints the official PacSpace SDKs may attach to a checkpoint. Stored and echoed
     *     as sent; they change nothing in what is checkpointed. At most 1,000 strings of 1 to
     *     256 characters **[limits of this toolkit]**.
     */
    CheckpointFingerprints: string[];
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
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      itemIndex: number;
      previousProofHash: components["schemas"]["Hash32"];
    };
    /** @description Why an item or a delta failed. Extension of this toolkit; the PacSpace service does not document it. */
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
      /** @description The corrected delta named in `adjusts` (always in the object form), or null. */
      adjusts: components["schemas"]["Adjusts"] | null;
      status: components["schemas"]["RecordStatus"];
      /** @description Position in the customer's log, contiguous from 1, assigned at acceptance. Extension of this toolkit; the PacSpace service does not document it. */
      sequenceNumber: number;
      /** @description The delta's content hash (keccak256 over its canonical content, 0x + 64 hex). Extension of this toolkit; the PacSpace service does not document it. */
      contentHash: components["schemas"]["Hash32"];
      /** @description Root over the content hashes of the submission that carried this delta (for a single emit, its own `contentHash`). Verifiable with `verifyProof`. */
      receiptId: components["schemas"]["Hash32"];
      /** @description When the delta was accepted. Decides scope membership. */
      createdAt: components["schemas"]["Timestamp"];
      /** @description When verification completed; null until then. */
      verifiedAt?: components["schemas"]["Timestamp"] | null;
      /** @description Anchor reference of the verification batch; null until verified. */
      verificationReference?: components["schemas"]["Hash32"] | null;
      /** @description Why verification failed (status `FAILED`); otherwise null. Extension of this toolkit; the PacSpace service does not document it. */
      error?: components["schemas"]["DeltaError"] | null;
    };
    /** @description A recorded delta with its private `metadata` and, once verified, its inclusion `proof`. */
    DeltaRecord: components["schemas"]["DeltaRow"] & {
      /** @description The `metadata` sent, or null. */
      metadata: components["schemas"]["Metadata"] | null;
      proof?: components["schemas"]["DeltaProof"];
    };
    /**
     * @description Outcome of one batch item, by its position in the request. A failed item carries the
     *     error code in `error` (a string, as the PacSpace service and its official SDKs have
     *     it) and the explanation in `errorMessage`.
     */
    BatchResultItem: {
      index: number;
      /** @description The item's `customerId`, when it was well formed. */
      customerId?: components["schemas"]["CustomerId"];
      /** @description The item's `delta`, when it was well formed. */
      delta?: components["schemas"]["DeltaAmount"];
      /** @enum {string} */
      status: "QUEUED" | "FAILED";
      recordId?: components["schemas"]["RecordId"];
      /** @description Why the item failed (status `FAILED` only). */
      error?: components["schemas"]["ErrorCode"];
      /**
       * @description The explanation of `error`, naming the offending fields (status `FAILED` only).
       *     Extension of this toolkit; the PacSpace service does not document it.
       */
      errorMessage?: string;
      /** @description True when this item had already been accepted earlier and was not recorded again. */
      idempotent?: boolean;
    };
    BatchResult: {
      totalQueued: number;
      totalFailed: number;
      /** @description Root over the content hashes of the accepted items, in request order; null when none was accepted. Extension of this toolkit; the PacSpace service does not document it. */
      receiptId: components["schemas"]["Hash32"] | null;
      results: components["schemas"]["BatchResultItem"][];
    };
    /** @description A resolved time window `[from, to)` over delta acceptance times. Extension of this toolkit; the PacSpace service does not document it. */
    Scope: {
      from: components["schemas"]["Timestamp"];
      to: components["schemas"]["Timestamp"];
      /** @description Set when the window is exactly one calendar month. */
      period?: components["schemas"]["Period"];
    };
    /** @description In checkpoint mode, the deltas after `afterSequenceNumber` (the last sequence number the starting checkpoint covers). Extension of this toolkit; the PacSpace service does not document it. */
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
    /** @description Totals of one time bucket `[bucketStart, bucketEnd)`. Extension of this toolkit; the PacSpace service does not document it. */
    BreakdownBucket: {
      bucketStart: components["schemas"]["Timestamp"];
      bucketEnd: components["schemas"]["Timestamp"];
      netChange: components["schemas"]["Amount"];
      deltasCount: number;
      /** @description Running balance at the end of the bucket. */
      closingBalance: components["schemas"]["Amount"];
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
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
      /** @description The customer derived. Extension of this toolkit; the PacSpace service does not document it. */
      customerId: components["schemas"]["CustomerId"];
      /** @description `startingBalance` plus every verified delta in scope. */
      computedBalance: components["schemas"]["Amount"];
      /** @description The balance the derivation started from (the `startingBalance` query, default 0). Extension of this toolkit; the PacSpace service does not document it. */
      startingBalance: components["schemas"]["Amount"];
      /** @description Number of verified deltas in scope (all pages). */
      deltasCount: number;
      /** @description `receiptId` of the last delta in scope, or null. */
      latestReceiptId: components["schemas"]["Hash32"] | null;
      /** @description `recordId` of the last delta in scope, or null. Extension of this toolkit; the PacSpace service does not document it. */
      latestRecordId: components["schemas"]["RecordId"] | null;
      /** @description What the derivation covered: the resolved time window, or the checkpoint it started after. Extension of this toolkit; the PacSpace service does not document it. */
      scope: components["schemas"]["DerivationScope"];
      /** @description One page of the verified deltas in scope, in sequence order. */
      deltas: components["schemas"]["DeltaRow"][];
      pagination: components["schemas"]["OffsetPagination"];
      /** @description Present when `granularity` was given. Extension of this toolkit; the PacSpace service does not document it. */
      breakdown?: components["schemas"]["BreakdownBucket"][];
    };
    Limits: {
      /** @description Longest scope, in months. */
      maxScopeMonths: number;
      /** @description Longest "last N days" window. */
      maxLastNDays: number;
      /** @description How far back a scope may start, in days. */
      maxRetentionDays: number;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      maxBatchSize: number;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      maxDeltaAbs: number;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      maxReasonLength: number;
    };
    /**
     * @description The last point in the ordered verified deltas where the running balance equals a
     *     claim. Sequence number and record id are null when the claim equals the starting
     *     balance before any delta.
     *     Extension of this toolkit; the PacSpace service does not document it.
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
      /** @description The customer compared. Extension of this toolkit; the PacSpace service does not document it. */
      customerId: components["schemas"]["CustomerId"];
      /** @description The balance derived from the verified log. */
      neutralBalance: components["schemas"]["Amount"];
      /** @description Your claimed balance, as sent. Extension of this toolkit; the PacSpace service does not document it. */
      yourBalance: components["schemas"]["Amount"];
      /** @description Their claimed balance, as sent. Extension of this toolkit; the PacSpace service does not document it. */
      theirBalance: components["schemas"]["Amount"];
      matchesYours: boolean;
      matchesTheirs: boolean;
      /** @description `yourBalance − neutralBalance`. Extension of this toolkit; the PacSpace service does not document it. */
      yourDifference: components["schemas"]["Amount"];
      /** @description `theirBalance − neutralBalance`. Extension of this toolkit; the PacSpace service does not document it. */
      theirDifference: components["schemas"]["Amount"];
      /**
       * @description Extension of this toolkit; the PacSpace service does not document it.
       * @enum {string}
       */
      outcome: "both_match" | "yours_matches" | "theirs_matches" | "neither_matches";
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      deltasCount: number;
      /** @description What the comparison covered: the resolved time window, or the checkpoint it started after. Extension of this toolkit; the PacSpace service does not document it. */
      scope: components["schemas"]["DerivationScope"];
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      divergence: {
        yours: components["schemas"]["Divergence"] | null;
        theirs: components["schemas"]["Divergence"] | null;
      };
      /** @description Present when `granularity` was given, as in `deriveBalance`. Extension of this toolkit; the PacSpace service does not document it. */
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
      /** @description Number of leaves under `proofRoot`; verifiers must check it. Extension of this toolkit; the PacSpace service does not document it. */
      deltaCount: number;
      /** @description Balance before the first delta the checkpoint covers. Extension of this toolkit; the PacSpace service does not document it. */
      startingBalance: components["schemas"]["Amount"];
      /** @description Sum of the deltas the checkpoint covers. Extension of this toolkit; the PacSpace service does not document it. */
      netChange: components["schemas"]["Amount"];
      /** @description `startingBalance` plus `netChange`. Extension of this toolkit; the PacSpace service does not document it. */
      closingBalance: components["schemas"]["Amount"];
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      firstSequenceNumber: number | null;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      lastSequenceNumber: number | null;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      lastRecordId: components["schemas"]["RecordId"] | null;
      status: components["schemas"]["RecordStatus"];
      /** @description When the checkpoint was created (ISO 8601, UTC, milliseconds). Extension of this toolkit; the PacSpace service does not document it. */
      createdAt: components["schemas"]["Timestamp"];
      /** @description Anchor reference once the checkpoint is verified; null before. Extension of this toolkit; the PacSpace service does not document it. */
      verificationReference: components["schemas"]["Hash32"] | null;
      /**
       * Format: uri
       * @description Page where a person can check the root. Extension of this toolkit; the PacSpace service does not document it.
       */
      verifyUrl: string;
      /**
       * Format: uri
       * @description `verifyProof` URL for machines. Extension of this toolkit; the PacSpace service does not document it.
       */
      verificationApiUrl: string;
      /** @description The `mode` the checkpoint was created with; absent when none was sent. Extension of this toolkit; the PacSpace service does not document it. */
      mode?: components["schemas"]["CheckpointMode"];
      /** @description The `fingerprints` the checkpoint was created with; absent when none were sent. Extension of this toolkit; the PacSpace service does not document it. */
      fingerprints?: components["schemas"]["CheckpointFingerprints"];
    };
    /** @description Checkpoints created for every customer active in the window. */
    CheckpointBatch: {
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
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
     *
     *     `verifyUrl` (the link for people: invoices, emails) and `verificationApiUrl` (the
     *     public verification endpoint for tools) sit at the top level, as the current
     *     receipt docs read them (https://docs.pacspace.io/balance-api/receipt/); the nested
     *     `verification` object repeats them for readers of the older layout. Treat every URL
     *     as opaque: with a Shared Record, `verifyUrl` may be the customer's persistent link.
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
      /**
       * Format: uri
       * @description Where a person checks this receipt's proof; put it on invoices and emails.
       */
      verifyUrl: string;
      /**
       * Format: uri
       * @description The public verification endpoint (`verifyProof`) for this receipt's `proofRoot`.
       */
      verificationApiUrl: string;
      /**
       * @description The customer's six-character access code for the Shared Record (invoice proof),
       *     to print beside `customerLinkUrl`. Absent or null when the tenant has none, and
       *     never part of the public receipt (`getPublicReceipt`).
       * @example A1B2C3
       */
      accessHint?: string | null;
      /** @description The customer's persistent link (Shared Record), when there is one. */
      customerLinkUrl?: string | null;
      /**
       * @description The host of `customerLinkUrl`, for showing on an invoice.
       * @example customer-links.pacspace.io
       */
      customerLinkHost?: string | null;
      /**
       * Format: uri
       * @deprecated
       * @description Same as `verifyUrl`; kept for older readers.
       */
      verificationExplorerUrl?: string;
      /** @description The proof's leaves and links, in the older nested layout. */
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
         * @description The PDF rendering (`getPublicReceiptPdf`), when available. Extension of this toolkit; the PacSpace service does not document it.
         */
        pdf?: string;
      };
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
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
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
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
      /** @description When the customer's first delta was accepted (ISO 8601, UTC, milliseconds). Extension of this toolkit; the PacSpace service does not document it. */
      firstActivityAt: components["schemas"]["Timestamp"];
      /** @description When the customer's latest delta was accepted (ISO 8601, UTC, milliseconds). Extension of this toolkit; the PacSpace service does not document it. */
      lastActivityAt: components["schemas"]["Timestamp"];
      /** @description `checkpointId` of the newest checkpoint, or null. */
      latestCheckpoint: components["schemas"]["CheckpointId"] | null;
    };
    CustomerList: {
      customers: components["schemas"]["CustomerSummary"][];
      /** @description Page-based pagination of the customer list. Extension of this toolkit; the PacSpace service does not document it. */
      pagination: components["schemas"]["PagePagination"];
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
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
        /**
         * @description The customer's deltas, newest first. Each also carries `time` (equal to
         *     `createdAt`), the name https://docs.pacspace.io/customer-records/querying
         *     uses. `status` is the upper-case `RecordStatus` (that page shows
         *     `verified`): compare it case-insensitively.
         */
        items: (components["schemas"]["DeltaRow"] & {
          /** @description When the delta was accepted (same as `createdAt`). */
          time: components["schemas"]["Timestamp"];
        })[];
        pagination: components["schemas"]["PagePagination"];
      };
    };
    /** @description An inclusive range of consecutive sequence numbers sharing a non-verified status. Extension of this toolkit; the PacSpace service does not document it. */
    SequenceGap: {
      from: number;
      to: number;
      /** @enum {string} */
      status: "QUEUED" | "PROCESSING" | "FAILED";
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
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
      /** @description The calendar month `YYYY-MM` (UTC) the usage counts. Extension of this toolkit; the PacSpace service does not document it. */
      period: components["schemas"]["Period"];
      /** @description The tenant's plan. Extension of this toolkit; the PacSpace service does not document it. */
      plan: components["schemas"]["Plan"];
      /** @description The plan's allotment (lifetime on Free, monthly otherwise). Extension of this toolkit; the PacSpace service does not document it. */
      includedDeltas: number;
      /** @description Verified deltas counted against it. Extension of this toolkit; the PacSpace service does not document it. */
      consumedDeltas: number;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      remainingDeltas: number;
      /** @description The same number as `remainingDeltas`, under the name the official PacSpace SDKs read. */
      remaining: number;
      /** @description Whether writes are currently accepted. */
      allowed: boolean;
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
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
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      events: components["schemas"]["WebhookEventDelivery"][];
      pagination: components["schemas"]["OffsetPagination"];
    };
    /**
     * @description The ledger an event happened in, `sandbox` (`pk_test_` keys) or `production` (`pk_live_` keys).
     * @enum {string}
     */
    EventEnvironment: "sandbox" | "production";
    /**
     * @description The body of every webhook delivery, as the PacSpace docs show it: `{event, timestamp,
     *     data}`; `data` depends on `event`. The official Python SDK types the envelope with
     *     `createdAt` instead of `timestamp`: read whichever is present. Fields may be added
     *     over time, so ignore those you do not know.
     */
    WebhookEnvelope: {
      /** @description The event type, also sent as `X-Webhook-Event`. */
      event: string;
      /** @description When the event occurred (not when this attempt was sent). */
      timestamp?: components["schemas"]["Timestamp"];
      /** @description The name the official Python SDK's envelope type gives `timestamp`; read it when `timestamp` is absent. */
      createdAt?: components["schemas"]["Timestamp"];
      /** @description The event's payload; its shape depends on `event`. */
      data: {
        [key: string]: unknown;
      };
      /**
       * @description The event id, equal to `X-Event-ID` and the same on every attempt. Extension of
       *     this toolkit; the PacSpace service does not document it (the official Python
       *     SDK's envelope type reads it). Deduplicate on the `X-Event-ID` header.
       */
      id?: components["schemas"]["EventId"];
      /**
       * @description The tenant whose ledger changed. Extension of this toolkit; the PacSpace service
       *     does not document it (the official Python SDK's envelope type reads it).
       */
      tenantId?: string;
      /**
       * @description The ledger the event happened in. Extension of this toolkit; the PacSpace service
       *     does not document it.
       */
      environment?: components["schemas"]["EventEnvironment"];
    };
    /** @description The delta as it was submitted, delivered privately back to you (metadata included). */
    WebhookDeltaContent: {
      customerId: string;
      /** @description The signed change, as submitted in the emit body's `delta`. */
      amount: components["schemas"]["Amount"];
      reason: string;
      referenceId: string | null;
      /** @description The delta's private metadata, or null. */
      metadata: {
        [key: string]: unknown;
      } | null;
      submittedAt: components["schemas"]["Timestamp"];
    };
    /**
     * @description A hash as `0x` and hex digits.
     * @example 0x9ea51b7182d986b4009a5afd3919a7fc697cc6d383088575c265db439d955a77
     */
    WebhookHash: string;
    /**
     * @description The proof packet: `contentHash` is one leaf of the verification batch whose leaves,
     *     in order, are `itemHashes`; their Merkle root is `proofHash`. `previousProofHash` is
     *     the previous batch's root in the same ledger, which chains batches together. Each is
     *     `0x` and lowercase hex (the local mock sends 32-byte hashes); the pattern stays loose
     *     because the docs' own examples are shorter.
     */
    WebhookDeltaProof: {
      proofHash: components["schemas"]["WebhookHash"];
      contentHash: components["schemas"]["WebhookHash"];
      itemHashes: components["schemas"]["WebhookHash"][];
      previousProofHash: components["schemas"]["WebhookHash"];
      /**
       * @description Position of `contentHash` in `itemHashes`. Extension of this toolkit; the PacSpace
       *     service does not document it.
       */
      itemIndex?: number;
    };
    /** @description The outcome of the independent verification. */
    DeltaVerificationResult: {
      verified: boolean;
      /** @description Milliseconds from submission to verification. */
      latencyMs: number;
      /** @description What the verifier found wrong; empty for a verified delta. */
      discrepancies: unknown[];
    };
    /** @description The current period of the ledger the delta was verified in. */
    DeltaVerifiedPeriod: {
      /** @description The period, e.g. `2026-02`. */
      id: string;
      /** @description Deltas verified in the period so far, this one included. */
      deltaCount: number;
      /** @description Their sum. */
      netDelta: components["schemas"]["Amount"];
    };
    /** @description The tenant's plan usage after this delta counted. */
    DeltaVerifiedUsage: {
      plan: string;
      includedDeltas: number;
      consumedDeltas: number;
      remainingDeltas: number;
      /** @description Price of a delta beyond the plan, e.g. `$0.010/delta` (older docs show a bare number). */
      overageRate: string | number;
    };
    /**
     * @description A delta that passed verification, with its proof packet, as the PacSpace payload
     *     reference shows it (https://docs.pacspace.io/webhooks/payload-reference). `recordId`,
     *     `customerId`, `sequenceNumber`, `verificationReference` and `blockTimestamp` are the
     *     fields the official Python SDK's `DeltaVerifiedPayload` type reads; they are sent too.
     */
    DeltaVerifiedData: {
      /** @description The unique receipt of this verified delta (the root over its submission's content hashes). */
      receiptId: string;
      /** @description The delta's global sequence number in its ledger, or null if not assigned yet. */
      deltaIndex: number | null;
      /** @constant */
      status: "verified";
      verifiedAt: components["schemas"]["Timestamp"];
      /** @description Identifier of the verification (the verification batch's anchor reference). */
      verificationId: string;
      delta: components["schemas"]["WebhookDeltaContent"];
      proof: components["schemas"]["WebhookDeltaProof"];
      verification: components["schemas"]["DeltaVerificationResult"];
      period?: components["schemas"]["DeltaVerifiedPeriod"];
      usage?: components["schemas"]["DeltaVerifiedUsage"];
      /** @description The delta's record id (official Python SDK type). */
      recordId?: string;
      /** @description The same as `delta.customerId` (official Python SDK type). */
      customerId?: string;
      /** @description The delta's per-customer sequence number, as a string (official Python SDK type). */
      sequenceNumber?: string;
      /** @description The same as `verificationId` (official Python SDK type). */
      verificationReference?: string;
      /** @description When the verification batch was anchored (official Python SDK type). */
      blockTimestamp?: components["schemas"]["Timestamp"];
    };
    /**
     * @description A delta that failed verification; it counts nowhere. The fields are those of the
     *     official Python SDK's `DeltaFailedPayload` type (the docs do not show this payload).
     */
    DeltaFailedData: {
      recordId: string;
      customerId: string;
      /** @description The signed change that was submitted. */
      delta: components["schemas"]["Amount"];
      /** @description Why it failed, for people. */
      error: string;
      failedAt: components["schemas"]["Timestamp"];
      /**
       * @description The machine-readable reason, e.g. `INTERNAL_ERROR`. Extension of this toolkit;
       *     the PacSpace service does not document it.
       */
      errorCode?: string;
    };
    /** @description A checkpoint whose root has been anchored. Extension of this toolkit; the PacSpace service does not document it. */
    CheckpointVerifiedData: components["schemas"]["Checkpoint"] & {
      /** @constant */
      status: "VERIFIED";
      verificationReference: components["schemas"]["Hash32"];
    };
    /**
     * @description The PacSpace docs list this event without its payload; this toolkit sends only the
     *     customer and the Shared Record (receipt) that was viewed.
     *     Extension of this toolkit; the PacSpace service does not document it.
     */
    CustomerSharedRecordViewedData: {
      customerId: string;
      /** @description The receipt whose shared view was opened. */
      receiptId: string;
    };
    /**
     * @description The PacSpace docs list this event without its payload; this toolkit sends only the
     *     customer and the export's format.
     *     Extension of this toolkit; the PacSpace service does not document it.
     */
    CustomerExportDownloadedData: {
      customerId: string;
      /** @description The export's file format, e.g. `csv`. */
      format: string;
    };
    /**
     * @description The PacSpace docs list this event without its payload; this toolkit sends only the
     *     customer, the comparison's outcome and how many deltas it covered.
     *     Extension of this toolkit; the PacSpace service does not document it.
     */
    CustomerCompareRunData: {
      customerId: string;
      /** @description As in the compare answer, e.g. `both_match` or `neither_matches`. */
      outcome: string;
      deltasCount: number;
    };
    /**
     * @description The PacSpace docs list this event without its payload; this toolkit sends only the
     *     customer, the Shared Record and the number of failed step-up attempts.
     *     Extension of this toolkit; the PacSpace service does not document it.
     */
    CustomerStepUpFailedRepeatedlyData: {
      customerId: string;
      /** @description The Shared Record (receipt) the attempts were made on, when known. */
      receiptId?: string;
      failedAttempts: number;
    };
    /**
     * @description The PacSpace docs list this event without its payload; this toolkit sends only the
     *     domain that became active.
     *     Extension of this toolkit; the PacSpace service does not document it.
     */
    TenantDomainActivatedData: {
      /** @description The tenant's custom domain, e.g. `verify.example.com`. */
      domain: string;
    };
    /**
     * @description The PacSpace docs list this event without its payload; this toolkit sends only the
     *     domain and, when known, why renewing its certificate failed.
     *     Extension of this toolkit; the PacSpace service does not document it.
     */
    TenantDomainCertRenewalFailedData: {
      domain: string;
      /** @description Why the renewal needs attention, for people. */
      reason?: string;
    };
    /**
     * @description A verified record commit. The fields are those of the official Python SDK's
     *     `RecordCommittedPayload` type, which marks every field optional (the docs do not
     *     show this payload).
     */
    RecordCommittedData: {
      receiptId?: string;
      status?: string;
      verifiedAt?: string;
      verificationId?: string;
      itemCount?: number;
      records?: unknown[];
      verification?: {
        [key: string]: unknown;
      };
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      recordType?: string;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      entityId?: string;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      recordKey?: string;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      seq?: number;
    };
    /**
     * @description A record entry that failed. The fields are those of the official Python SDK's
     *     `RecordFailedPayload` type, which marks every field optional (the docs do not show
     *     this payload).
     */
    RecordFailedData: {
      recordType?: string;
      entityId?: string;
      seq?: number;
      code?: string;
      sentence?: string;
    };
    /**
     * @description Payload of a test event sent on request from the dashboard; it carries no ledger
     *     change. Extension of this toolkit; the PacSpace service does not document it.
     */
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
      /** @description The created customer. Extension of this toolkit; the PacSpace service does not document it. */
      data: components["schemas"]["CustomerSummary"];
    };
    CustomerSharedRecordViewedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "customer.shared_record_viewed";
      data: components["schemas"]["CustomerSharedRecordViewedData"];
    };
    CustomerExportDownloadedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "customer.export_downloaded";
      data: components["schemas"]["CustomerExportDownloadedData"];
    };
    CustomerCompareRunEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "customer.compare_run";
      data: components["schemas"]["CustomerCompareRunData"];
    };
    CustomerStepUpFailedRepeatedlyEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "customer.step_up_failed_repeatedly";
      data: components["schemas"]["CustomerStepUpFailedRepeatedlyData"];
    };
    TenantDomainActivatedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "tenant_domain.activated";
      data: components["schemas"]["TenantDomainActivatedData"];
    };
    TenantDomainCertRenewalFailedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "tenant_domain.cert_renewal_failed";
      data: components["schemas"]["TenantDomainCertRenewalFailedData"];
    };
    RecordCommittedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "record.committed";
      data: components["schemas"]["RecordCommittedData"];
    };
    RecordFailedEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "record.failed";
      data: components["schemas"]["RecordFailedData"];
    };
    /** @description A test delivery. Extension of this toolkit; the PacSpace service does not document it. */
    WebhookTestEvent: components["schemas"]["WebhookEnvelope"] & {
      /** @constant */
      event: "webhook.test";
      data: components["schemas"]["WebhookTestData"];
    };
    /**
     * @description Identifier of one delivery, that is one event sent to one endpoint.
     * @example dlv_01hv9c4e8g2r5t7w
     */
    DeliveryId: string;
    /**
     * @description The signing secret, shown only when the endpoint is created and when its secret is rotated.
     * @example whsec_5Zt2kQ9x7Lm4Np8Rb3Vc6Wd1Yf0Gh2Jk
     */
    WebhookSecret: string;
    /**
     * Format: uri
     * @description Where events are POSTed. Use HTTPS in production; the local mock also accepts `http://`.
     * @example https://billing.example.com/hooks/pacspace
     */
    WebhookUrl: string;
    /** @description A note for people, e.g. what the endpoint feeds. */
    WebhookDescription: string;
    /** @description The event types the endpoint receives. */
    WebhookSubscription: components["schemas"]["WebhookEventType"][];
    CreateWebhookEndpointRequest: {
      url: components["schemas"]["WebhookUrl"];
      description?: components["schemas"]["WebhookDescription"];
      /**
       * @description The event types to receive; the whole catalogue when omitted, which is what the
       *     PacSpace service does for every endpoint (its docs: event filtering is not yet
       *     supported). Extension of this toolkit; the PacSpace service does not document it.
       */
      events?: components["schemas"]["WebhookSubscription"];
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
    UpdateWebhookEndpointRequest: {
      url?: components["schemas"]["WebhookUrl"];
      /** @description A new note, or null to remove it. */
      description?: components["schemas"]["WebhookDescription"] | null;
      /** @description `false` stops deliveries to the endpoint; `true` resumes them, including retries that came due meanwhile, and clears `disabledReason`. */
      enabled?: boolean;
      /**
       * @description A new subscription. Extension of this toolkit; the PacSpace service does not
       *     document it (it subscribes every endpoint to the whole catalogue).
       */
      events?: components["schemas"]["WebhookSubscription"];
    };
    /** @description A registered receiver of webhook events. It receives the events of both ledgers (see each event's `environment`). */
    WebhookEndpoint: {
      id: components["schemas"]["WebhookId"];
      url: components["schemas"]["WebhookUrl"];
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      description: components["schemas"]["WebhookDescription"] | null;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      events: components["schemas"]["WebhookEventType"][];
      enabled: boolean;
      /** @description Why PacSpace disabled the endpoint (20 consecutive failed attempts); null otherwise. Extension of this toolkit; the PacSpace service does not document it. */
      disabledReason: string | null;
      createdAt: components["schemas"]["Timestamp"];
      /** @description When the endpoint was last changed (ISO 8601, UTC, milliseconds). Extension of this toolkit; the PacSpace service does not document it. */
      updatedAt: components["schemas"]["Timestamp"];
      /** @description Time of the latest delivery attempt; null before the first. */
      lastTriggered: components["schemas"]["Timestamp"] | null;
      /** @description Attempts answered 2xx in time. */
      successCount: number;
      /** @description Attempts that failed. */
      failureCount: number;
      /** @description Failed attempts since the last success; at 20 the endpoint is disabled. Extension of this toolkit; the PacSpace service does not document it. */
      consecutiveFailures: number;
      /** @description After a rotation, until when the previous secret still signs deliveries (24 hours); null otherwise. Extension of this toolkit; the PacSpace service does not document it. */
      previousSecretExpiresAt: components["schemas"]["Timestamp"] | null;
    };
    /** @description An endpoint with its signing secret, returned only by creation and secret rotation. */
    CreatedWebhookEndpoint: components["schemas"]["WebhookEndpoint"] & {
      secret: components["schemas"]["WebhookSecret"];
    };
    WebhookEndpointList: {
      webhooks: components["schemas"]["WebhookEndpoint"][];
      pagination: components["schemas"]["PagePagination"];
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
    DeletedWebhookEndpoint: {
      id: components["schemas"]["WebhookId"];
      /** @constant */
      deleted: true;
    };
    /** @description One try at delivering an event. Extension of this toolkit; the PacSpace service does not document it. */
    WebhookDeliveryAttempt: {
      attempt: number;
      at: components["schemas"]["Timestamp"];
      /** @description The receiver's HTTP status; null when there was none (network error, timeout). */
      statusCode: number | null;
      durationMs: number;
      /** @description Why the attempt failed; null when it succeeded. */
      error: string | null;
    };
    /** @description One event sent to one endpoint, with every attempt. Extension of this toolkit; the PacSpace service does not document it. */
    WebhookDelivery: {
      deliveryId: components["schemas"]["DeliveryId"];
      eventId: components["schemas"]["EventId"];
      webhookId: components["schemas"]["WebhookId"];
      /** @description The event type; `webhook.test` for a test delivery. */
      event: components["schemas"]["WebhookEventType"] | "webhook.test";
      environment: components["schemas"]["EventEnvironment"];
      status: components["schemas"]["WebhookDeliveryStatus"];
      attempts: number;
      lastAttemptAt: components["schemas"]["Timestamp"] | null;
      /** @description When the next attempt is scheduled; null when delivered or given up. */
      nextAttemptAt: components["schemas"]["Timestamp"] | null;
      lastStatusCode: number | null;
      lastError: string | null;
      createdAt: components["schemas"]["Timestamp"];
      attemptLog: components["schemas"]["WebhookDeliveryAttempt"][];
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
    WebhookDeliveryList: {
      deliveries: components["schemas"]["WebhookDelivery"][];
      pagination: components["schemas"]["OffsetPagination"];
    };
    WebhookEndpointEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["WebhookEndpoint"];
      message?: string;
    };
    CreatedWebhookEndpointEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["CreatedWebhookEndpoint"];
      message?: string;
    };
    WebhookEndpointListEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["WebhookEndpointList"];
      message?: string;
    };
    DeletedWebhookEndpointEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["DeletedWebhookEndpoint"];
      message?: string;
    };
    WebhookDeliveryEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["WebhookDelivery"];
      message?: string;
    };
    WebhookDeliveryListEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["WebhookDeliveryList"];
      message?: string;
    };
    /** @description One record under a verified root, without private fields. */
    VerifiedRecord: {
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      sequenceNumber: number;
      amount: components["schemas"]["DeltaAmount"];
      reason: components["schemas"]["Reason"];
      referenceId: components["schemas"]["ReferenceId"] | null;
      /**
       * @description Upper case, as everywhere in this API. The older verify page
       *     (https://docs.pacspace.io/balance-api/verify) shows `verified`: compare it
       *     case-insensitively.
       */
      status: components["schemas"]["RecordStatus"];
      /** @description When the record was accepted. */
      time: components["schemas"]["Timestamp"];
      /** @description The record's content hash (0x + 64 hex). Extension of this toolkit; the PacSpace service does not document it. */
      contentHash: components["schemas"]["Hash32"];
    };
    /** @description What a public root covers. Never contains customer ids or metadata. */
    VerifyProofResult: {
      /** @description True when the root is anchored and its records hash to it. */
      verified: boolean;
      proofRoot: components["schemas"]["Hash32"];
      /**
       * @description Extension of this toolkit; the PacSpace service does not document it.
       * @enum {string}
       */
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
        /** @description Extension of this toolkit; the PacSpace service does not document it. */
        anchoredAt: components["schemas"]["Timestamp"] | null;
        /**
         * Format: uri
         * @description Extension of this toolkit; the PacSpace service does not document it.
         */
        verifyUrl: string;
        /**
         * Format: uri
         * @description Extension of this toolkit; the PacSpace service does not document it.
         */
        verificationApiUrl: string;
        /**
         * Format: uri
         * @deprecated
         * @description Same as `verifyUrl`: the link for people. The current docs still show it
         *     (https://docs.pacspace.io/balance-api/verify/); new readers use `verifyUrl`.
         */
        verificationExplorerUrl?: string;
      };
    };
    /**
     * @description A tenant's ledger, `sandbox` (reached with `pk_test_` keys) or `production` (`pk_live_` keys).
     * @default sandbox
     * @enum {string}
     */
    EnvironmentName: "sandbox" | "production";
    /**
     * @description `test` keys reach the sandbox ledger, `live` keys the production ledger.
     * @enum {string}
     */
    KeyEnvironment: "test" | "live";
    /**
     * @description Identifier of an API key.
     * @example key_01hv7y2w8z3b
     */
    ApiKeyId: string;
    /**
     * @description Identifier of a dashboard user.
     * @example usr_01hv7x0a1b2c
     */
    UserId: string;
    /**
     * Format: email
     * @example jane@acme.example
     */
    Email: string;
    /**
     * @description At least 8 characters. Stored only as a slow salted hash (scrypt).
     * @example SecurePass1
     */
    Password: string;
    /** @example Jane Doe */
    PersonName: string;
    /** @example Acme Corp */
    Organization: string;
    /**
     * @description How the tenant uses PacSpace, e.g. `DIRECT_INFERENCE_VENDOR`.
     * @example DIRECT_INFERENCE_VENDOR
     */
    BuyerMode: string;
    RequestAccessRequest: {
      name: components["schemas"]["PersonName"];
      email: components["schemas"]["Email"];
      organization?: components["schemas"]["Organization"];
      buyerMode?: components["schemas"]["BuyerMode"];
      useCase?: string;
    };
    /** @description The same acknowledgement for every request, whether or not the email already asked or has an account. Extension of this toolkit; the PacSpace service does not document it. */
    AccessRequestReceipt: {
      /** @constant */
      status: "received";
    };
    /**
     * @description A new account and its tenant. `approvalToken` is the single-use token sent when an
     *     access request is approved, issued for this email; without a valid one the answer is
     *     403 `REGISTRATION_REQUIRES_APPROVAL` and nothing is created.
     */
    RegisterRequest: {
      name: components["schemas"]["PersonName"];
      email: components["schemas"]["Email"];
      password: components["schemas"]["Password"];
      organization?: components["schemas"]["Organization"];
      buyerMode?: components["schemas"]["BuyerMode"];
      /** @example apr_Xq2v9… */
      approvalToken?: string;
    };
    LoginRequest: {
      email: components["schemas"]["Email"];
      password: string;
    };
    PreferencesRequest: {
      preferredEnvironment: components["schemas"]["EnvironmentName"];
    };
    DashboardUser: {
      id: components["schemas"]["UserId"];
      email: components["schemas"]["Email"];
      name: components["schemas"]["PersonName"];
      organization: components["schemas"]["Organization"] | null;
      /**
       * @description The registering user is the tenant's `owner`.
       * @enum {string}
       */
      role: "owner" | "admin" | "manager";
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      tenantId: string;
      preferredEnvironment: components["schemas"]["EnvironmentName"];
      /** @description When the user was created (ISO 8601, UTC, milliseconds). Extension of this toolkit; the PacSpace service does not document it. */
      createdAt: components["schemas"]["Timestamp"];
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
    Tenant: {
      tenantId: string;
      name: string;
      plan: components["schemas"]["Plan"];
      /** @description A contract override of the plan's included deltas, or null for the plan's own. */
      includedDeltas: number | null;
      /** @description Whether compare calls must carry `X-PacSpace-Request-Signature`. */
      requireSignedCompare: boolean;
      createdAt: components["schemas"]["Timestamp"];
    };
    /** @description The new owner and tenant (Free plan, sandbox activation started). Log in next. Extension of this toolkit; the PacSpace service does not document it. */
    Registration: {
      user: components["schemas"]["DashboardUser"];
      tenant: components["schemas"]["Tenant"];
    };
    /**
     * @description An open session. The session itself travels in the httpOnly cookie the answer sets;
     *     clients must not rely on `token` or `expiresAt` being in the body.
     */
    LoginResult: {
      user: components["schemas"]["DashboardUser"];
      /**
       * @description Extension of this toolkit; the PacSpace service does not document it. The session
       *     (the cookie's value), for `Authorization: Bearer`. Keep it secret.
       */
      token?: string;
      /** @description When the session and its token expire (ISO 8601, UTC, milliseconds). Extension of this toolkit; the PacSpace service does not document it. */
      expiresAt?: components["schemas"]["Timestamp"];
    };
    /**
     * @description The login's answer for a user with MFA enabled: no session yet. Send `mfaTicket` with
     *     the authenticator's code to `POST /dashboard/auth/login/mfa-verify`.
     */
    MfaChallenge: {
      /** @constant */
      requiresMfa: true;
      /** @description Single-use, short-lived ticket naming this login attempt. */
      mfaTicket: string;
    };
    /** @description An open session, or the MFA challenge of a user with MFA enabled. */
    LoginOutcome: components["schemas"]["LoginResult"] | components["schemas"]["MfaChallenge"];
    /**
     * @description Extension of this toolkit; the PacSpace service does not document it (its docs name
     *     the route but not its body; these field names follow the login's challenge).
     */
    MfaVerifyRequest: {
      /** @description The `mfaTicket` of the login's `MfaChallenge`. */
      mfaTicket: string;
      /**
       * @description The current code of the user's authenticator app.
       * @example 492871
       */
      code: string;
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
    Account: {
      user: components["schemas"]["DashboardUser"];
      tenant: components["schemas"]["Tenant"];
      sessionExpiresAt: components["schemas"]["Timestamp"];
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
    LogoutResult: {
      /** @constant */
      loggedOut: true;
    };
    CreateApiKeyRequest: {
      /** @example Production Backend */
      name: string;
      /** @default test */
      environment: components["schemas"]["KeyEnvironment"];
    };
    /** @description `active: false` disables the key (401 `API_KEY_DISABLED` from the next call on), `active: true` enables it again. Extension of this toolkit; the PacSpace service does not document it. */
    UpdateApiKeyRequest: {
      name?: string;
      active?: boolean;
    };
    /** @description An API key as the dashboard shows it. The secret is never part of it. */
    ApiKey: {
      id: components["schemas"]["ApiKeyId"];
      name: string;
      environment: components["schemas"]["KeyEnvironment"];
      /**
       * @description `pk_{environment}_{publicId}`: names the key without its secret.
       * @example pk_live_abc123def456
       */
      publicKey: string;
      /** @description True when the key is accepted (status `active`). */
      active: boolean;
      /**
       * @description `revoked` is final. Extension of this toolkit; the PacSpace service does not document it.
       * @enum {string}
       */
      status: "active" | "disabled" | "revoked";
      createdAt: components["schemas"]["Timestamp"];
      lastUsedAt: components["schemas"]["Timestamp"] | null;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      rotatedAt: components["schemas"]["Timestamp"] | null;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      revokedAt: components["schemas"]["Timestamp"] | null;
      /** @description After a rotation, until when the previous secret still works (24 hours); null otherwise. Extension of this toolkit; the PacSpace service does not document it. */
      previousSecretValidUntil: components["schemas"]["Timestamp"] | null;
    };
    /**
     * @description A new key, or a key with a new secret after a rotation. `secretKey` and `fullKey`
     *     are shown this once: only a hash of the secret is kept, so store `fullKey` now.
     */
    CreatedApiKey: components["schemas"]["ApiKey"] & {
      /** @description The secret part of the key. */
      secretKey: string;
      /** @description `{publicKey}.{secretKey}`, the value to send as `X-Api-Key`. */
      fullKey: string;
    };
    ApiKeyList: {
      items: components["schemas"]["ApiKey"][];
      total: number;
      page: number;
      limit: number;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      totalPages: number;
    };
    /**
     * @description `active` (ready), `activating` (in progress), `failed` (may be provisioned again), `none` (not provisioned).
     * @enum {string}
     */
    EnvironmentStatus: "active" | "activating" | "failed" | "none";
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
    EnvironmentState: {
      environment: components["schemas"]["EnvironmentName"];
      keyEnvironment: components["schemas"]["KeyEnvironment"];
      status: components["schemas"]["EnvironmentStatus"];
      /** @description When provisioning was last requested, or null. */
      requestedAt: components["schemas"]["Timestamp"] | null;
      /** @description When the environment became (or becomes) active, or null. */
      activatedAt: components["schemas"]["Timestamp"] | null;
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
    EnvironmentList: {
      environments: components["schemas"]["EnvironmentState"][];
    };
    EnvironmentStatusMap: {
      sandbox: {
        status: components["schemas"]["EnvironmentStatus"];
      };
      production: {
        status: components["schemas"]["EnvironmentStatus"];
      };
    };
    ProvisionEnvironmentRequest: {
      environment: components["schemas"]["EnvironmentName"];
    };
    BillingPlan: {
      tier: components["schemas"]["Plan"];
      /** @description Verified deltas included per month; on `free` it is a lifetime total and a hard cap. */
      monthlyAllotment: number;
      planPriceUsd: number;
      /** @description Price per verified delta beyond the allotment (0 on `free`, which blocks instead). */
      overagePriceUsd: number;
      /**
       * @description The plan's Stripe subscription id, or null when no subscription backs it (`free`).
       * @example sub_1R4xYz2eZvKYlo2C
       */
      stripeSubscriptionId: string | null;
      cancelAtPeriodEnd: boolean;
      /** @description End of the current billing period (exclusive). */
      stripeCurrentPeriodEnd: components["schemas"]["Timestamp"];
      /**
       * @deprecated
       * @description Deprecated alias of `stripeCurrentPeriodEnd`, kept for older readers. Extension of this toolkit; the PacSpace service does not document it.
       */
      currentPeriodEnd?: components["schemas"]["Timestamp"];
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
    ChangePlanRequest: {
      tier: components["schemas"]["Plan"];
    };
    BillingUsage: {
      period: components["schemas"]["Period"];
      /** @description Verified deltas counted in the period, both ledgers together (lifetime on `free`). */
      consumedDeltas: number;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      includedDeltas: number;
      remainingDeltas: number;
      overageCount: number;
      overageChargesUsd: number;
    };
    CustomerProfile: {
      displayName: string | null;
      unitLabel: string | null;
      eventCadence: string | null;
      /** @description The `sharingStateHint` given at creation, or null. Extension of this toolkit; the PacSpace service does not document it. */
      sharingStateHint?: string | null;
    };
    /** @description A customer record with the profile fields set in the dashboard. */
    DashboardCustomer: components["schemas"]["CustomerSummary"] & components["schemas"]["CustomerProfile"];
    DashboardCustomerDetail: components["schemas"]["CustomerDetail"] &
      components["schemas"]["CustomerProfile"];
    DashboardCustomerList: {
      customers: components["schemas"]["DashboardCustomer"][];
      /** @description Page-based pagination of the customer list. Extension of this toolkit; the PacSpace service does not document it. */
      pagination: components["schemas"]["PagePagination"];
    };
    /** @description Without `customerId`, PacSpace generates one (`cust_…`). */
    CreateDashboardCustomerRequest: {
      /** @example Acme Corp */
      displayName: string;
      customerId?: components["schemas"]["CustomerId"];
      /**
       * @description How the customer's Shared Record sharing starts out; `INHERIT` follows the
       *     tenant's default (https://docs.pacspace.io/dashboard-api/customers/). Other
       *     values are passed through as given.
       * @example INHERIT
       */
      sharingStateHint?: string;
      /** @example PER_EVENT */
      eventCadence?: string;
      /** @example records */
      unitLabel?: string;
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
    AccessRequestEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["AccessRequestReceipt"];
      message?: string;
    };
    RegistrationEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["Registration"];
      message?: string;
    };
    LoginResultEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["LoginOutcome"];
      message?: string;
    };
    SessionEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["LoginResult"];
      message?: string;
    };
    AccountEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["Account"];
      message?: string;
    };
    DashboardUserEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["DashboardUser"];
      message?: string;
    };
    LogoutEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["LogoutResult"];
      message?: string;
    };
    /**
     * @description The answer's HTTP status, repeated in the body. The current docs show the API-key and
     *     billing routes answering `{"statusCode": <status>, "data": …}` instead of
     *     `{"success": true, "data": …}` (https://docs.pacspace.io/dashboard-api/api-keys/,
     *     https://docs.pacspace.io/dashboard-api/billing/); clients read `data` from either.
     * @example 201
     */
    SuccessStatusCode: number;
    /** @description The `{statusCode, data}` envelope the API-key and billing routes answer with. */
    ApiKeyEnvelope: {
      statusCode: components["schemas"]["SuccessStatusCode"];
      data: components["schemas"]["ApiKey"];
      message?: string;
    };
    /** @description The `{statusCode, data}` envelope the API-key and billing routes answer with. */
    CreatedApiKeyEnvelope: {
      statusCode: components["schemas"]["SuccessStatusCode"];
      data: components["schemas"]["CreatedApiKey"];
      message?: string;
    };
    /** @description The `{statusCode, data}` envelope the API-key and billing routes answer with. */
    ApiKeyListEnvelope: {
      statusCode: components["schemas"]["SuccessStatusCode"];
      data: components["schemas"]["ApiKeyList"];
      message?: string;
    };
    EnvironmentListEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["EnvironmentList"];
      message?: string;
    };
    EnvironmentStatusEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["EnvironmentStatusMap"];
      message?: string;
    };
    EnvironmentStateEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["EnvironmentState"];
      message?: string;
    };
    /** @description The `{statusCode, data}` envelope the API-key and billing routes answer with. */
    BillingPlanEnvelope: {
      statusCode: components["schemas"]["SuccessStatusCode"];
      data: components["schemas"]["BillingPlan"];
      message?: string;
    };
    /** @description The `{statusCode, data}` envelope the API-key and billing routes answer with. */
    BillingUsageEnvelope: {
      statusCode: components["schemas"]["SuccessStatusCode"];
      data: components["schemas"]["BillingUsage"];
      message?: string;
    };
    DashboardCustomerEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["DashboardCustomer"];
      message?: string;
    };
    DashboardCustomerDetailEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["DashboardCustomerDetail"];
      message?: string;
    };
    DashboardCustomerListEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["DashboardCustomerList"];
      message?: string;
    };
    /** @description Body of a 202 answer to a write whose `Idempotency-Key` is still in flight. */
    IdempotencyPendingEnvelope: {
      /** @constant */
      success: true;
      data: {
        /**
         * @description Extension of this toolkit; the PacSpace service does not document it.
         * @constant
         */
        status: "PROCESSING";
        /**
         * @description Extension of this toolkit; the PacSpace service does not document it.
         * @constant
         */
        code: "IDEMPOTENCY_PENDING";
      };
      message?: string;
    };
    /** @description Extension of this toolkit; the PacSpace service does not document it. */
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
        /** @description One entry per invalid field (validation errors). Extension of this toolkit; the PacSpace service does not document it. */
        details?: components["schemas"]["ValidationIssue"][];
        /** @description Seconds to wait before retrying (rate and cadence limits, maintenance). */
        retryAfterSeconds?: number;
        /** @description The customer concerned (cadence limits). */
        customerId?: components["schemas"]["CustomerId"];
        /** @description Same value as the `X-Request-Id` header. Extension of this toolkit; the PacSpace service does not document it. */
        requestId: string;
      };
    };
    /**
     * @description A billing-middleware tenant's vendor account (created in Setup), e.g. `cmw_vendor_123`.
     *     Required on emits and checkpoints of middleware tenants, refused for direct-inference
     *     tenants.
     * @example cmw_vendor_123
     */
    VendorAccountId: string;
    /** @description Who recorded the customer's records, as the customer sees it. */
    MiddlewareRecordedBy: {
      /** @enum {string} */
      type: "middleware_vendor_account";
      id: components["schemas"]["VendorAccountId"];
      displayName: string;
    };
    MiddlewareTenantName: {
      name: string;
    };
    /** @description A customer's current Shared Record state. Extension of this toolkit; the PacSpace service does not document it. */
    MiddlewareLiveRecord: {
      customerId: components["schemas"]["CustomerId"];
      vendorAccountId: components["schemas"]["VendorAccountId"];
      tenant: components["schemas"]["MiddlewareTenantName"];
      recordedBy: components["schemas"]["MiddlewareRecordedBy"];
      /** @description The balance over every verified record. */
      computedBalance: components["schemas"]["Amount"];
      /** @description Records accepted for the customer, verified or not. */
      totalDeltas: number;
      /** @description Records after the latest checkpoint (not yet in a closed period). */
      uncoveredDeltasCount: number;
      /** @description The latest checkpoint, or null before the first. */
      latestPeriod: components["schemas"]["Checkpoint"] | null;
      lastActivityAt: components["schemas"]["Timestamp"] | null;
    };
    /** @description One customer's invoice readiness for a month. Extension of this toolkit; the PacSpace service does not document it. */
    MiddlewareReadinessRow: {
      customerId: components["schemas"]["CustomerId"];
      vendorAccountId: components["schemas"]["VendorAccountId"];
      period: components["schemas"]["Period"];
      /** @description The month's latest checkpoint, or null when none closed it. */
      checkpointId: components["schemas"]["CheckpointId"] | null;
      /** @description Records of the month after its latest checkpoint (all of them without one). */
      uncoveredDeltasCount: number;
      /** @description Records of the month not verified yet. */
      unverifiedDeltasCount: number;
      linkReady: boolean;
      accessCodeReady: boolean;
      /** @description True when there is no blocker. */
      ready: boolean;
      blockers: ("NO_CHECKPOINT" | "UNCOVERED_RECORDS" | "UNVERIFIED_RECORDS")[];
    };
    /** @description Invoice readiness rows, one per customer with records in the month. Extension of this toolkit; the PacSpace service does not document it. */
    MiddlewareReadiness: {
      period: components["schemas"]["Period"];
      generatedAt: components["schemas"]["Timestamp"];
      rows: components["schemas"]["MiddlewareReadinessRow"][];
    };
    /** @description A customer's closed periods (checkpoints), newest first. Extension of this toolkit; the PacSpace service does not document it. */
    MiddlewarePeriodList: {
      customerId: components["schemas"]["CustomerId"];
      vendorAccountId: components["schemas"]["VendorAccountId"];
      periods: components["schemas"]["Checkpoint"][];
    };
    /** @description One closed period and the verified records it covers, in sequence order. Extension of this toolkit; the PacSpace service does not document it. */
    MiddlewarePeriodDetail: {
      customerId: components["schemas"]["CustomerId"];
      vendorAccountId: components["schemas"]["VendorAccountId"];
      recordedBy: components["schemas"]["MiddlewareRecordedBy"];
      period: components["schemas"]["Checkpoint"];
      records: components["schemas"]["DeltaRow"][];
    };
    /**
     * @description A period ready for finance: the checkpoint, the receipt over its window, and each
     *     covered record with its proof (`DeltaRecord.proof`). Extension of this toolkit; the PacSpace service does not document it.
     */
    MiddlewareClosePackage: {
      customerId: components["schemas"]["CustomerId"];
      vendorAccountId: components["schemas"]["VendorAccountId"];
      tenant: components["schemas"]["MiddlewareTenantName"];
      recordedBy: components["schemas"]["MiddlewareRecordedBy"];
      generatedAt: components["schemas"]["Timestamp"];
      period: components["schemas"]["Checkpoint"];
      receipt: components["schemas"]["Receipt"];
      records: components["schemas"]["DeltaRecord"][];
    };
    /** @description The customer's Shared Record link and whether it can go on an invoice. Extension of this toolkit; the PacSpace service does not document it. */
    MiddlewareAccessLink: {
      customerId: components["schemas"]["CustomerId"];
      /** Format: uri */
      linkUrl: string;
      host: string;
      /** @description The access policy; `TWO_TIER` (the default) shows the outer summary to anyone with the link and the rest after the access code. */
      policy: string;
      linkReady: boolean;
      /** @description True once the customer has a closed period whose records the access code unlocks. */
      accessCodeReady: boolean;
    };
    /** @description Two checkpoints of the customer to compare. Extension of this toolkit; the PacSpace service does not document it. */
    MiddlewareCompareRequest: {
      fromCheckpointId: components["schemas"]["ServerIssuedId"];
      toCheckpointId: components["schemas"]["ServerIssuedId"];
    };
    /** @description Two periods side by side; differences are `to` minus `from`. Extension of this toolkit; the PacSpace service does not document it. */
    MiddlewarePeriodComparison: {
      customerId: components["schemas"]["CustomerId"];
      from: components["schemas"]["Checkpoint"];
      to: components["schemas"]["Checkpoint"];
      netChangeDifference: components["schemas"]["Amount"];
      closingBalanceDifference: components["schemas"]["Amount"];
      deltaCountDifference: number;
    };
    /** @description A customer's verified record as JSON; `closePackages` only with `format=bundle`. Extension of this toolkit; the PacSpace service does not document it. */
    MiddlewareExport: {
      /** @enum {string} */
      format: "json" | "bundle";
      generatedAt: components["schemas"]["Timestamp"];
      live: components["schemas"]["MiddlewareLiveRecord"];
      periods: components["schemas"]["Checkpoint"][];
      /** @description Every verified record, in sequence order. */
      records: components["schemas"]["DeltaRow"][];
      closePackages?: components["schemas"]["MiddlewareClosePackage"][];
    };
    MiddlewareReadinessEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["MiddlewareReadiness"];
      message?: string;
    };
    MiddlewareLiveRecordEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["MiddlewareLiveRecord"];
      message?: string;
    };
    MiddlewarePeriodListEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["MiddlewarePeriodList"];
      message?: string;
    };
    MiddlewarePeriodDetailEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["MiddlewarePeriodDetail"];
      message?: string;
    };
    MiddlewareClosePackageEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["MiddlewareClosePackage"];
      message?: string;
    };
    MiddlewareAccessLinkEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["MiddlewareAccessLink"];
      message?: string;
    };
    MiddlewarePeriodComparisonEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["MiddlewarePeriodComparison"];
      message?: string;
    };
    MiddlewareExportEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["MiddlewareExport"];
      message?: string;
    };
    /**
     * @description Where an entry takes its record: `recorded` opens it, `amended` restates an earlier
     *     entry (named in `content.amends`), `closed` ends it.
     * @enum {string}
     */
    RecordLifecycle: "recorded" | "amended" | "closed";
    /**
     * @description The fingerprint of payload bytes kept by the caller, as the SDKs' `fingerprint()`
     *     computes it: SHA-256 over the bytes, the digest in lowercase hex and the length as a
     *     decimal string.
     */
    RecordPayloadRef: {
      /** @enum {string} */
      alg: "sha-256";
      digest: string;
      byteLength: string;
    };
    /** @description An entry of a record, by the record's `recordKey` and the entry's `seq` (counted from 0). */
    RecordEntryRef: {
      recordKey: string;
      seq: number;
    };
    /** @description What an entry says. Unknown fields are rejected. */
    RecordContent: {
      title: string;
      /** Format: date-time */
      occurredAt: string;
      actorId: string;
      payloads: components["schemas"]["RecordPayloadRef"][];
      kind?: string;
      instructedBy?: string;
      description?: string;
      note?: string;
      references?: components["schemas"]["RecordEntryRef"][];
      amends?: components["schemas"]["RecordEntryRef"];
    };
    /** @description One entry to append; an absent `lifecycle` is `recorded`. Unknown fields are rejected. */
    RecordTransitionRequest: {
      lifecycle?: components["schemas"]["RecordLifecycle"];
      content: components["schemas"]["RecordContent"];
      /** @description Idempotency key of the entry within its record. */
      referenceId?: string;
    };
    /**
     * @description An entry's state in a history (lower case, as the official SDK's `check` reads it).
     * @enum {string}
     */
    RecordEntryStatus: "queued" | "committed" | "failed";
    /** @description The answer to an appended entry. */
    RecordTransitionAccepted: {
      /** @description The entry's id, the same in its history row and its receipt. */
      receiptId: string;
      recordType: string;
      /** @description The record's id as given in the path. */
      entityId: string;
      /** @description The record's key, which references and `amends` name. */
      recordKey: string;
      /** @enum {string} */
      status: "QUEUED" | "COMMITTED" | "FAILED";
      /** @description The entry's position, counted from 0. Extension of this toolkit; the PacSpace service does not document it. */
      seq?: number;
      /** @description The idempotency key sent. Extension of this toolkit; the PacSpace service does not document it. */
      referenceId?: string | null;
      /** @description True when the answer is an entry accepted earlier with the same `referenceId`. Extension of this toolkit; the PacSpace service does not document it. */
      idempotent?: boolean;
    };
    /**
     * @description The receipt of a committed entry. `seq`, `status`, `receiptId` and `recordContent` are
     *     the fields the official SDK reads; the chain fields are this toolkit's (see
     *     `getRecordHistory`).
     */
    RecordReceipt: {
      seq: number;
      /** @enum {string} */
      status: "committed";
      receiptId: string;
      recordContent: components["schemas"]["RecordContent"];
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      recordType?: string;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      entityId?: string;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      recordKey?: string;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      lifecycle?: components["schemas"]["RecordLifecycle"];
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      referenceId?: string | null;
      /** @description SHA-256 over the entry's lifecycle and content (see `getRecordHistory`). Extension of this toolkit; the PacSpace service does not document it. */
      contentHash?: components["schemas"]["Hash32"];
      /** @description The previous committed entry's `receiptHash` (zeros for the first). Extension of this toolkit; the PacSpace service does not document it. */
      previousReceiptHash?: components["schemas"]["Hash32"];
      /** @description SHA-256 over the receipt's chain fields (see `getRecordHistory`). Extension of this toolkit; the PacSpace service does not document it. */
      receiptHash?: components["schemas"]["Hash32"];
      /**
       * Format: date-time
       * @description Extension of this toolkit; the PacSpace service does not document it.
       */
      committedAt?: string;
    };
    /** @description One entry of a history, whatever its state; a failed one carries `code` and `sentence`. */
    RecordHistoryEntry: {
      seq: number;
      status: components["schemas"]["RecordEntryStatus"];
      receiptId?: string;
      code?: string;
      sentence?: string;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      lifecycle?: components["schemas"]["RecordLifecycle"];
    };
    /** @description One page of a record's history (`record-history-bundle/v1`). */
    RecordHistoryBundle: {
      /** @constant */
      schema: "record-history-bundle/v1";
      recordKey: string;
      receipts: components["schemas"]["RecordReceipt"][];
      entries: components["schemas"]["RecordHistoryEntry"][];
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      recordType?: string;
      /** @description Extension of this toolkit; the PacSpace service does not document it. */
      entityId?: string;
      /** @description The first `seq` of the window. Extension of this toolkit; the PacSpace service does not document it. */
      fromSeq?: number;
    };
    /** @description A committed entry's receipt. */
    RecordReceiptResult: {
      receipt: components["schemas"]["RecordReceipt"];
    };
    RecordTransitionAcceptedEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["RecordTransitionAccepted"];
      message?: string;
    };
    RecordReceiptResultEnvelope: {
      /** @constant */
      success: true;
      data: components["schemas"]["RecordReceiptResult"];
      message?: string;
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
    /** @description The write would exceed the plan's hard cap (`PLAN_LIMIT_REACHED`; the Free plan allows 100 verified deltas in total). The official PacSpace SDKs call a 402 `INSUFFICIENT_CREDITS`; treat both codes alike. */
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
    /**
     * @description No valid dashboard session (`UNAUTHENTICATED`): no cookie or token, an unknown one,
     *     or a session that expired or was logged out. For the login call: the email and
     *     password do not match an account (the answer is the same whether or not the email
     *     is known).
     */
    DashboardUnauthorized: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /**
     * @description `CSRF_REQUIRED`: a cookie-authenticated POST, PUT, PATCH or DELETE without
     *     `X-Pacspace-CSRF: 1`. `FORBIDDEN`: the plan or role does not allow it (e.g.
     *     production on the Free plan). `REGISTRATION_REQUIRES_APPROVAL`: registration without
     *     a valid approval token.
     */
    DashboardForbidden: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
    /** @description The change conflicts with the current state (`CONFLICT`), e.g. a duplicate `customerId` or a revoked key. */
    Conflict: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
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
    /**
     * @description `FORBIDDEN`: the key's tenant is not configured as billing middleware; only such
     *     tenants may call `/api/v1/middleware/*` (direct-inference vendors use the Balance API).
     */
    MiddlewareForbidden: {
      headers: {
        "X-Request-Id": components["headers"]["X-Request-Id"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorEnvelope"];
      };
    };
  };
  parameters: {
    /**
     * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
     *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
     */
    CsrfHeader: "1";
    /** @description Which ledger of the tenant the call reads or writes, `sandbox` (the default) or `production`. */
    DashboardEnvironment: components["schemas"]["EnvironmentName"];
    /** @description The API key's id (`key_…`), checked only as an opaque id (see `ServerIssuedId`). */
    ApiKeyIdPath: components["schemas"]["ServerIssuedId"];
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
    /**
     * @description The chain id the official PacSpace SDKs send on every request: 296 with a
     *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
     *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
     */
    ChainId: string;
    /** @description The customer's id in your system. */
    CustomerIdPath: components["schemas"]["CustomerId"];
    /** @description The receipt id, checked only as an opaque id (see `ServerIssuedId`). */
    ReceiptIdPath: components["schemas"]["ServerIssuedId"];
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
    /** @description The webhook endpoint's id (`webhook_…`; older ids `wh_…`), checked only as an opaque id (see `ServerIssuedId`). */
    WebhookIdPath: components["schemas"]["ServerIssuedId"];
    /** @description The delivery's id (`dlv_…`), checked only as an opaque id (see `ServerIssuedId`). Extension of this toolkit; the PacSpace service does not document it. */
    DeliveryIdPath: components["schemas"]["ServerIssuedId"];
  };
  requestBodies: never;
  headers: {
    /** @description Identifier of this request, also returned as `error.requestId`. Quote it when asking for support. Extension of this toolkit; the PacSpace service does not document it. */
    "X-Request-Id": string;
    /** @description Seconds to wait before retrying. Sent with 429 and 503. */
    "Retry-After": number;
    /** @description `true` when this response is the stored response of an earlier request with the same `Idempotency-Key`. Extension of this toolkit; the PacSpace service does not document it. */
    "Idempotent-Replayed": "true";
    /**
     * @description The dashboard session cookie: `pacspace_session=<token>; Path=/; HttpOnly;
     *     SameSite=Lax; Max-Age=43200` (plus `Secure` over HTTPS) at login, and the same cookie
     *     with an empty value and `Max-Age=0` at logout.
     */
    "Set-Cookie": string;
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
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
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
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The `recordId` returned when the delta was accepted. Checked only as an opaque id (see `ServerIssuedId`); an unknown one gives 404. */
        recordId: components["schemas"]["ServerIssuedId"];
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
  getInvoiceProof: {
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
      /** @description The scoped receipt. */
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The receipt id, checked only as an opaque id (see `ServerIssuedId`). */
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
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
      query?: {
        /** @description Re-queue only the delivery to this endpoint. Extension of this toolkit; the PacSpace service does not document it. */
        webhookId?: components["schemas"]["WebhookId"];
      };
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The event id (`X-Event-ID` of the delivery). Checked only as an opaque id (see `ServerIssuedId`); an unknown one gives 404. */
        eventId: components["schemas"]["ServerIssuedId"];
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /**
         * @description The root to verify. Checked only as an opaque id (see `ServerIssuedId`): hex in
         *     either case is normalised to lower case, and any other well-formed value that
         *     names no published root (a receipt id, say) gives 404, never 400.
         */
        proofRoot: components["schemas"]["ServerIssuedId"];
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
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The receipt id, checked only as an opaque id (see `ServerIssuedId`). */
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
  getPublicReceiptPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The receipt id, checked only as an opaque id (see `ServerIssuedId`). */
        receiptId: components["parameters"]["ReceiptIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The PDF document. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          /** @description `inline; filename="{receiptId}.pdf"`. Extension of this toolkit; the PacSpace service does not document it. */
          "Content-Disposition"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/pdf": string;
        };
      };
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  requestAccess: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RequestAccessRequest"];
      };
    };
    responses: {
      /** @description The request was recorded (or already was). */
      202: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AccessRequestEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RegisterRequest"];
      };
    };
    responses: {
      /** @description The account and tenant were created. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RegistrationEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      403: components["responses"]["DashboardForbidden"];
      409: components["responses"]["Conflict"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["LoginRequest"];
      };
    };
    responses: {
      /** @description Logged in. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          /**
           * @description The session cookie, as `components/headers/Set-Cookie` describes it. Absent when
           *     the answer is an MFA challenge: that opens no session.
           */
          "Set-Cookie"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LoginResultEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  verifyMfaLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MfaVerifyRequest"];
      };
    };
    responses: {
      /** @description Logged in. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "Set-Cookie": components["headers"]["Set-Cookie"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SessionEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      /**
       * @description `INVALID_MFA_CODE`: the code is wrong (the ticket stays usable for 5 tries in
       *     all). `INVALID_MFA_TICKET`: the ticket is unknown, used, expired or burnt; log in
       *     again.
       */
      401: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorEnvelope"];
        };
      };
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Logged out. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          "Set-Cookie": components["headers"]["Set-Cookie"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["LogoutEnvelope"];
        };
      };
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getCurrentUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The account behind the session. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AccountEnvelope"];
        };
      };
      401: components["responses"]["DashboardUnauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  updatePreferences: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PreferencesRequest"];
      };
    };
    responses: {
      /** @description The updated user. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DashboardUserEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listApiKeys: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: number;
        /** @description Page size. */
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of keys. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiKeyListEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateApiKeyRequest"];
      };
    };
    responses: {
      /** @description The key, with its secret shown once. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedApiKeyEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      409: components["responses"]["Conflict"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The API key's id (`key_…`), checked only as an opaque id (see `ServerIssuedId`). */
        keyId: components["parameters"]["ApiKeyIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key (without its secret). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiKeyEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path: {
        /** @description The API key's id (`key_…`), checked only as an opaque id (see `ServerIssuedId`). */
        keyId: components["parameters"]["ApiKeyIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The revoked key. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiKeyEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  updateApiKey: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path: {
        /** @description The API key's id (`key_…`), checked only as an opaque id (see `ServerIssuedId`). */
        keyId: components["parameters"]["ApiKeyIdPath"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateApiKeyRequest"];
      };
    };
    responses: {
      /** @description The updated key. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ApiKeyEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  rotateApiKey: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path: {
        /** @description The API key's id (`key_…`), checked only as an opaque id (see `ServerIssuedId`). */
        keyId: components["parameters"]["ApiKeyIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The key with its new secret, shown once. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedApiKeyEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listEnvironments: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The environments. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EnvironmentListEnvelope"];
        };
      };
      401: components["responses"]["DashboardUnauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getEnvironmentStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One status per environment. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EnvironmentStatusEnvelope"];
        };
      };
      401: components["responses"]["DashboardUnauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  provisionEnvironment: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ProvisionEnvironmentRequest"];
      };
    };
    responses: {
      /** @description The environment's state. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EnvironmentStateEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getBillingPlan: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plan's terms. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BillingPlanEnvelope"];
        };
      };
      401: components["responses"]["DashboardUnauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  changeBillingPlan: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["ChangePlanRequest"];
      };
    };
    responses: {
      /** @description The new plan. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BillingPlanEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getBillingUsage: {
    parameters: {
      query?: {
        /** @description A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`. */
        period?: components["parameters"]["PeriodQuery"];
      };
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
          "application/json": components["schemas"]["BillingUsageEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listDashboardCustomers: {
    parameters: {
      query?: {
        /** @description 1-based page number. */
        page?: number;
        /** @description Page size. */
        limit?: number;
        /** @description Case-insensitive substring filter on `customerId`. */
        search?: string;
      };
      header?: {
        /** @description Which ledger of the tenant the call reads or writes, `sandbox` (the default) or `production`. */
        "X-Environment"?: components["parameters"]["DashboardEnvironment"];
      };
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
          "application/json": components["schemas"]["DashboardCustomerListEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  createDashboardCustomer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Which ledger of the tenant the call reads or writes, `sandbox` (the default) or `production`. */
        "X-Environment"?: components["parameters"]["DashboardEnvironment"];
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateDashboardCustomerRequest"];
      };
    };
    responses: {
      /** @description The new customer record. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DashboardCustomerEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      409: components["responses"]["Conflict"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getDashboardCustomer: {
    parameters: {
      query?: {
        /** @description 1-based page of `recentActivity`. */
        deltaPage?: number;
        /** @description Page size of `recentActivity`. */
        deltaLimit?: number;
        /** @description A single UTC month. Cannot be combined with `timePreset`, `startDate` or `endDate`. */
        period?: components["parameters"]["PeriodQuery"];
      };
      header?: {
        /** @description Which ledger of the tenant the call reads or writes, `sandbox` (the default) or `production`. */
        "X-Environment"?: components["parameters"]["DashboardEnvironment"];
      };
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
          "application/json": components["schemas"]["DashboardCustomerDetailEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  exportDashboardCustomer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Which ledger of the tenant the call reads or writes, `sandbox` (the default) or `production`. */
        "X-Environment"?: components["parameters"]["DashboardEnvironment"];
      };
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The CSV file. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          /** @description `attachment; filename="{customerId}-deltas.csv"` Extension of this toolkit; the PacSpace service does not document it. */
          "Content-Disposition"?: string;
          [name: string]: unknown;
        };
        content: {
          "text/csv": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listWebhookEndpoints: {
    parameters: {
      query?: {
        /** @description Page number, from 1. */
        page?: number;
        /** @description Maximum number of items returned. */
        limit?: components["parameters"]["ListLimitQuery"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of endpoints. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEndpointListEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  createWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreateWebhookEndpointRequest"];
      };
    };
    responses: {
      /** @description The endpoint, with its signing secret shown once. */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedWebhookEndpointEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The webhook endpoint's id (`webhook_…`; older ids `wh_…`), checked only as an opaque id (see `ServerIssuedId`). */
        webhookId: components["parameters"]["WebhookIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint (without its secret). */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEndpointEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  deleteWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path: {
        /** @description The webhook endpoint's id (`webhook_…`; older ids `wh_…`), checked only as an opaque id (see `ServerIssuedId`). */
        webhookId: components["parameters"]["WebhookIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint is gone. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeletedWebhookEndpointEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  updateWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path: {
        /** @description The webhook endpoint's id (`webhook_…`; older ids `wh_…`), checked only as an opaque id (see `ServerIssuedId`). */
        webhookId: components["parameters"]["WebhookIdPath"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["UpdateWebhookEndpointRequest"];
      };
    };
    responses: {
      /** @description The updated endpoint. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookEndpointEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  testWebhookEndpoint: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
        /** @description Which ledger of the tenant the call reads or writes, `sandbox` (the default) or `production`. */
        "X-Environment"?: components["parameters"]["DashboardEnvironment"];
      };
      path: {
        /** @description The webhook endpoint's id (`webhook_…`; older ids `wh_…`), checked only as an opaque id (see `ServerIssuedId`). */
        webhookId: components["parameters"]["WebhookIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The test delivery, queued (`pending`, no attempt yet). */
      202: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookDeliveryEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listWebhookDeliveries: {
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
      path: {
        /** @description The webhook endpoint's id (`webhook_…`; older ids `wh_…`), checked only as an opaque id (see `ServerIssuedId`). */
        webhookId: components["parameters"]["WebhookIdPath"];
      };
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
          "application/json": components["schemas"]["WebhookDeliveryListEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  retryWebhookDelivery: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path: {
        /** @description The webhook endpoint's id (`webhook_…`; older ids `wh_…`), checked only as an opaque id (see `ServerIssuedId`). */
        webhookId: components["parameters"]["WebhookIdPath"];
        /** @description The delivery's id (`dlv_…`), checked only as an opaque id (see `ServerIssuedId`). Extension of this toolkit; the PacSpace service does not document it. */
        deliveryId: components["parameters"]["DeliveryIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The delivery, `pending` again. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["WebhookDeliveryEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      404: components["responses"]["NotFound"];
      409: components["responses"]["Conflict"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description Required (value `1`) on POST, PUT, PATCH and DELETE calls authenticated by the
         *     session cookie; a cross-site form cannot set it. Not needed with a Bearer token.
         */
        "X-Pacspace-CSRF"?: components["parameters"]["CsrfHeader"];
      };
      path: {
        /** @description The webhook endpoint's id (`webhook_…`; older ids `wh_…`), checked only as an opaque id (see `ServerIssuedId`). */
        webhookId: components["parameters"]["WebhookIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The endpoint with its new secret, shown once. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CreatedWebhookEndpointEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["DashboardUnauthorized"];
      403: components["responses"]["DashboardForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getMiddlewareReadiness: {
    parameters: {
      query?: {
        /** @description The month to report, `YYYY-MM`; default the current UTC month. Extension of this toolkit; the PacSpace service does not document it. */
        period?: components["schemas"]["Period"];
      };
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The readiness rows. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MiddlewareReadinessEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["MiddlewareForbidden"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getMiddlewareLiveRecord: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The live record. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MiddlewareLiveRecordEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["MiddlewareForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  listMiddlewarePeriods: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The closed periods. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MiddlewarePeriodListEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["MiddlewareForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getMiddlewarePeriod: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
        /** @description The checkpoint that closed the period. */
        checkpointId: components["schemas"]["ServerIssuedId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The period. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MiddlewarePeriodDetailEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["MiddlewareForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getMiddlewareClosePackage: {
    parameters: {
      query?: {
        /** @description The month whose latest checkpoint to package, `YYYY-MM`. */
        period?: components["schemas"]["Period"];
        /** @description The checkpoint to package (not with `period`). Extension of this toolkit; the PacSpace service does not document it. */
        checkpointId?: components["schemas"]["ServerIssuedId"];
      };
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The close package. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MiddlewareClosePackageEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["MiddlewareForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getMiddlewareAccessLink: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The access link. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MiddlewareAccessLinkEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["MiddlewareForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  compareMiddlewarePeriods: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["MiddlewareCompareRequest"];
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
          "application/json": components["schemas"]["MiddlewarePeriodComparisonEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["MiddlewareForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  exportMiddlewareRecord: {
    parameters: {
      query?: {
        /** @description json (default), csv, pdf or bundle. Extension of this toolkit; the PacSpace service does not document it. */
        format?: "json" | "csv" | "pdf" | "bundle";
      };
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The customer's id in your system. */
        customerId: components["parameters"]["CustomerIdPath"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The export, in the media type of its `format`. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          /** @description `attachment; filename="{customerId}-export.csv"` (or `.pdf`) on the CSV and PDF exports. Extension of this toolkit; the PacSpace service does not document it. */
          "Content-Disposition"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MiddlewareExportEnvelope"];
          "text/csv": string;
          "application/pdf": string;
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["MiddlewareForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getMiddlewareVendorRecord: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The vendor account (`vendorAccountId`). */
        vendorId: components["schemas"]["VendorAccountId"];
        /** @description The customer's id as the vendor account emitted it. */
        externalCustomerId: components["schemas"]["CustomerId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The live record. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MiddlewareLiveRecordEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      403: components["responses"]["MiddlewareForbidden"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  emitRecordTransition: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The record type; the official SDK's default is `machine-action-record`. */
        recordType: string;
        /** @description Your id of the record (the entity it is about), URL-encoded. */
        record: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RecordTransitionRequest"];
      };
    };
    responses: {
      /** @description The entry was accepted (or, for a repeated `referenceId`, the entry accepted before). */
      201: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RecordTransitionAcceptedEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      409: components["responses"]["IdempotencyConflict"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getRecordReceipt: {
    parameters: {
      query?: never;
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The record type. */
        recordType: string;
        /** @description Your id of the record, URL-encoded. */
        record: string;
        /** @description The entry's position, counted from 0. */
        seq: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The entry's receipt. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RecordReceiptResultEnvelope"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      404: components["responses"]["NotFound"];
      "4XX": components["responses"]["ClientError"];
      "5XX": components["responses"]["ServerError"];
    };
  };
  getRecordHistory: {
    parameters: {
      query?: {
        /** @description First entry of the window, counted from 0 (default 0). */
        fromSeq?: number;
        /** @description Last entry of the window, inclusive (default the record's last entry). */
        toSeq?: number;
      };
      header?: {
        /**
         * @description The chain id the official PacSpace SDKs send on every request: 296 with a
         *     `pk_test_` key, 295 with a `pk_live_` key, unless configured otherwise. The local
         *     mock checks its length (400 `VALIDATION_ERROR` otherwise) and ignores its value.
         */
        "X-Chain-Id"?: components["parameters"]["ChainId"];
      };
      path: {
        /** @description The record type. */
        recordType: string;
        /** @description Your id of the record, URL-encoded. */
        record: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the record's history. */
      200: {
        headers: {
          "X-Request-Id": components["headers"]["X-Request-Id"];
          /** @description The `fromSeq` of the next page; absent on the last page of the window. */
          "x-next-from-seq"?: string;
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RecordHistoryBundle"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
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
  customerSharedRecordViewedWebhook: {
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
        "application/json": components["schemas"]["CustomerSharedRecordViewedEvent"];
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
  customerExportDownloadedWebhook: {
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
        "application/json": components["schemas"]["CustomerExportDownloadedEvent"];
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
  customerCompareRunWebhook: {
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
        "application/json": components["schemas"]["CustomerCompareRunEvent"];
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
  customerStepUpFailedRepeatedlyWebhook: {
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
        "application/json": components["schemas"]["CustomerStepUpFailedRepeatedlyEvent"];
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
  tenantDomainActivatedWebhook: {
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
        "application/json": components["schemas"]["TenantDomainActivatedEvent"];
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
  tenantDomainCertRenewalFailedWebhook: {
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
        "application/json": components["schemas"]["TenantDomainCertRenewalFailedEvent"];
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
  recordCommittedWebhook: {
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
        "application/json": components["schemas"]["RecordCommittedEvent"];
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
  recordFailedWebhook: {
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
        "application/json": components["schemas"]["RecordFailedEvent"];
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
