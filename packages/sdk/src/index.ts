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
export { type Fingerprint, type FingerprintSource, fingerprint } from "./fingerprint.js";
export type { components, operations, paths } from "./generated/schema.js";
export { PagePromise, type Paginator } from "./pagination.js";
export { createRawClient, type RawClient, type RawClientOptions } from "./raw-client.js";
export {
  checkRecordHistory,
  type RecordCheckFailure,
  type RecordCheckOptions,
  type RecordCheckResult,
  type RecordCheckRow,
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
export {
  createPacSpaceFetch,
  type FetchLike,
  getResponseMeta,
  type LogContext,
  type PacSpaceFetchOptions,
  type PacSpaceLogger,
  type ResponseMeta,
  SDK_VERSION,
} from "./transport/index.js";
export {
  type CheckpointVerifiedEvent,
  type CustomerCompareRunEvent,
  type CustomerCreatedEvent,
  type CustomerExportDownloadedEvent,
  type CustomerSharedRecordViewedEvent,
  type CustomerStepUpFailedRepeatedlyEvent,
  type DeltaFailedEvent,
  type DeltaVerifiedEvent,
  type KnownWebhookEvent,
  type RawWebhookBody,
  type ReceiptGeneratedEvent,
  type RecordCommittedEvent,
  type RecordFailedEvent,
  type TenantDomainActivatedEvent,
  type TenantDomainCertRenewalFailedEvent,
  type UnknownWebhookEvent,
  type WebhookEnvelope,
  type WebhookEvent,
  type WebhookEventMap,
  type WebhookEventName,
  type WebhookHeaders,
  type WebhookOptions,
  Webhooks,
  type WebhookTestEvent,
  type WebhookVerificationReason,
  type WebhookVerifyOptions,
} from "./webhooks/index.js";

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
