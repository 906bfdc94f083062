/**
 * `@pacspace/sdk`: the PacSpace client, its errors, the transport it is built on, and the
 * types generated from the OpenAPI spec. Offline proof checks: `@pacspace/sdk/proofs`; webhook
 * verification without a client: `@pacspace/sdk/webhooks`; the pure rules (hashing, Merkle,
 * scope, signatures): `@pacspace/sdk/core`.
 */

import type { components } from "./generated/schema.js";

export { DEFAULT_BASE_URL, PacSpace, type PacSpaceOptions } from "./client.js";
export { ClientClosedError } from "./client-closed.js";
export type { ListApiKeysOptions } from "./dashboard/api-keys.js";
export type { BillingUsageOptions } from "./dashboard/billing.js";
export { PacSpaceDashboard, type PacSpaceDashboardOptions } from "./dashboard/client.js";
export type {
  DashboardCustomerOptions,
  EnvironmentOption,
  ListDashboardCustomersOptions,
} from "./dashboard/customers.js";
export type { DashboardSessionMode } from "./dashboard/session.js";
export type {
  AccessRequestReceipt,
  Account,
  ApiKey,
  ApiKeyList,
  BillingPlan,
  BillingUsage,
  CreateApiKeyInput,
  CreateDashboardCustomerInput,
  CreatedApiKey,
  DashboardCustomer,
  DashboardCustomerDetail,
  DashboardCustomerList,
  DashboardUser,
  EnvironmentList,
  EnvironmentName,
  EnvironmentState,
  EnvironmentStatus,
  EnvironmentStatusMap,
  LoginOutcome,
  LoginResult,
  MfaChallenge,
  PlanTier,
  Preferences,
  RegisterInput,
  Registration,
  RequestAccessInput,
  Tenant,
  UpdateApiKeyInput,
  VerifyMfaInput,
} from "./dashboard/types.js";
export { isMfaChallenge } from "./dashboard/types.js";
export type {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  DeletedWebhookEndpoint,
  ListWebhookDeliveriesOptions,
  ListWebhookEndpointsOptions,
  TestWebhookOptions,
  UpdateWebhookEndpointInput,
  WebhookDelivery,
  WebhookDeliveryAttempt,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
} from "./dashboard/webhooks.js";
export type { WebhookVerificationReason } from "./errors.js";
export {
  APIError,
  AuthenticationError,
  CadenceLimitError,
  ConflictError,
  ConnectionError,
  ContractNotDeployedError,
  type ErrorDetail,
  errorFromResponse,
  IdempotencyPendingError,
  InternalServerError,
  InvalidScopeCombinationError,
  isErrorResponse,
  NotFoundError,
  PacSpaceError,
  type PacSpaceErrorInit,
  PaymentRequiredError,
  PermissionDeniedError,
  ProofVerificationError,
  RateLimitError,
  ScopeTooWideError,
  ServiceUnavailableError,
  TimeoutError,
  throwIfError,
  ValidationError,
  WebhookVerificationError,
} from "./errors.js";
export type { Fingerprint, FingerprintSource } from "./fingerprint.js";
export type { components, operations, paths } from "./generated/schema.js";
// Loaded on first call: see lazy-functions.ts and lazy-raw-client.ts.
export { checkRecordHistory, fingerprint } from "./lazy-functions.js";
export { createRawClient } from "./lazy-raw-client.js";
export { PagePromise, type Paginator } from "./pagination.js";
export type { RawClient, RawClientOptions } from "./raw-client.js";
export type {
  RecordCheckFailure,
  RecordCheckOptions,
  RecordCheckResult,
  RecordCheckRow,
} from "./records/check.js";
export type { EntryRefInput } from "./records/entry-numbers.js";
export type {
  RecordContent,
  RecordEntryRef,
  RecordHistoryBundle,
  RecordHistoryEntry,
  RecordHistoryPage,
  RecordLifecycle,
  RecordPayloadRef,
  RecordReceipt,
  RecordReceiptResult,
  RecordTransitionAccepted,
} from "./records/types.js";
export type {
  Limits,
  RetryWebhookEventOptions,
  Usage,
  WebhookEventDelivery,
  WebhookEventList,
  WebhookEventsOptions,
} from "./resources/account.js";
export { BalanceResource } from "./resources/balance.js";
export type {
  Checkpoint,
  CheckpointBatch,
  CheckpointList,
  CheckpointOptions,
  CheckpointResult,
  ListCheckpointsOptions,
} from "./resources/checkpoints.js";
export type {
  CustomerDetail,
  CustomerList,
  CustomerOptions,
  CustomerSummary,
  CustomersSummary,
  GapsOptions,
  ListCustomersOptions,
  SequenceGaps,
} from "./resources/customers.js";
export {
  type DeltaRecord,
  type EmitAndWaitOptions,
  type EmitBatchResult,
  type EmitDeltaInput,
  type EmitOptions,
  MAX_BATCH_SIZE,
  type WaitOptions,
} from "./resources/deltas.js";
export type {
  CompareBalances,
  CompareOptions,
  CompareResult,
  DeltaRow,
  DeriveHelperOptions,
  DeriveOptions,
  DeriveParams,
  DeriveResult,
} from "./resources/derive.js";
export {
  type MiddlewareAccessLink,
  type MiddlewareClosePackage,
  type MiddlewareClosePackageOptions,
  type MiddlewareCompareInput,
  type MiddlewareExport,
  type MiddlewareExportFormat,
  type MiddlewareExportOptions,
  type MiddlewareLiveRecord,
  type MiddlewarePeriodComparison,
  type MiddlewarePeriodDetail,
  type MiddlewarePeriodList,
  type MiddlewareReadiness,
  type MiddlewareReadinessOptions,
  type MiddlewareReadinessRow,
  MiddlewareResource,
} from "./resources/middleware.js";
export {
  type EmailableReceipt,
  type ReceiptEmailOptions,
  receiptEmailBody,
} from "./resources/receipt-email.js";
export type {
  ListReceiptsOptions,
  Receipt,
  ReceiptDocument,
  ReceiptDocumentOptions,
  ReceiptScope,
  ReceiptSummary,
  ReceiptSummaryList,
} from "./resources/receipts.js";
export { ReceiptsResource } from "./resources/receipts.js";
export {
  DEFAULT_RECORD_TYPE,
  type RecordEmitInput,
  type RecordHistoryOptions,
  type RecordReadOptions,
  RecordsResource,
} from "./resources/records.js";
export {
  APIPromise,
  type APIResponse,
  type QueryParams,
  type RequestBody,
  type RequestOptions,
  type ResponseData,
  type WriteOptions,
} from "./resources/request.js";
export type { PublicReceipt, VerifyOptions, VerifyProofResult } from "./resources/verify.js";
export * from "./submission/index.js";
// From the modules themselves rather than `./transport/index.js`, and below from the webhook
// modules rather than `./webhooks/index.js`: re-exporting an index would make this entry import
// the transport and the webhook verifier statically, which the client loads on first use.
export type {
  FetchLike,
  LogContext,
  PacSpaceFetchOptions,
  PacSpaceLogger,
} from "./transport/create-pacspace-fetch.js";
export { createPacSpaceFetch } from "./transport/lazy-pacspace-fetch.js";
export { getResponseMeta, type ResponseMeta } from "./transport/response-meta.js";
export { SDK_VERSION } from "./transport/version.js";
export type {
  CheckpointVerifiedEvent,
  CustomerCompareRunEvent,
  CustomerCreatedEvent,
  CustomerExportDownloadedEvent,
  CustomerSharedRecordViewedEvent,
  CustomerStepUpFailedRepeatedlyEvent,
  DeltaFailedEvent,
  DeltaVerifiedEvent,
  KnownWebhookEvent,
  ReceiptGeneratedEvent,
  RecordCommittedEvent,
  RecordFailedEvent,
  TenantDomainActivatedEvent,
  TenantDomainCertRenewalFailedEvent,
  UnknownWebhookEvent,
  WebhookEnvelope,
  WebhookEvent,
  WebhookEventMap,
  WebhookEventName,
  WebhookTestEvent,
} from "./webhooks/events.js";
export type { WebhookHeaders } from "./webhooks/headers.js";
export type { RawWebhookBody } from "./webhooks/raw-body.js";
export type { WebhookVerifyOptions } from "./webhooks/verify.js";
export { type WebhookOptions, Webhooks } from "./webhooks/webhooks.js";

// Aliases for the spec's most used shapes.
type Schemas = components["schemas"];
export type Amount = Schemas["Amount"];
export type BatchResult = Schemas["BatchResult"];
export type BatchResultItem = Schemas["BatchResultItem"];
export type DeltaProof = Schemas["DeltaProof"];
export type DerivationScope = Schemas["DerivationScope"];
export type Divergence = Schemas["Divergence"];
export type ErrorCode = Schemas["ErrorCode"];
export type Hash32 = Schemas["Hash32"];
export type RecordStatus = Schemas["RecordStatus"];
export type Scope = Schemas["Scope"];
export type WebhookEventType = Schemas["WebhookEventType"];

export { type ParsedApiKey, parseApiKey } from "./core/api-key.js";
export { Decimal } from "./core/decimal.js";
