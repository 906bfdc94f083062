/**
 * The API shapes the ledger returns, taken from the types generated from spec/openapi.yaml.
 * This is the one import site of the generated schema in the ledger: nothing here re-types
 * a shape the spec defines.
 */
import type { components } from "@pacspace/sdk";

type Schemas = components["schemas"];

export type DeltaRecord = Schemas["DeltaRecord"];
export type DeltaRow = Schemas["DeltaRow"];
export type DeltaProof = Schemas["DeltaProof"];
export type DeltaError = Schemas["DeltaError"];
export type Adjusts = Schemas["Adjusts"];
export type RecordStatus = Schemas["RecordStatus"];
export type ErrorCode = Schemas["ErrorCode"];
export type BatchResult = Schemas["BatchResult"];
export type BatchResultItem = Schemas["BatchResultItem"];
export type Scope = Schemas["Scope"];
export type CheckpointScope = Schemas["CheckpointScope"];
export type DerivationScope = Schemas["DerivationScope"];
export type BreakdownBucket = Schemas["BreakdownBucket"];
export type OffsetPagination = Schemas["OffsetPagination"];
export type PagePagination = Schemas["PagePagination"];
export type DeriveResult = Schemas["DeriveResult"];
export type Limits = Schemas["Limits"];
export type Divergence = Schemas["Divergence"];
export type CompareResult = Schemas["CompareResult"];
export type Checkpoint = Schemas["Checkpoint"];
export type CheckpointBatch = Schemas["CheckpointBatch"];
export type CheckpointList = Schemas["CheckpointList"];
export type WindowSummary = Schemas["WindowSummary"];
export type Receipt = Schemas["Receipt"];
export type ReceiptDocument = Schemas["ReceiptDocument"];
export type ReceiptSummary = Schemas["ReceiptSummary"];
export type ReceiptSummaryList = Schemas["ReceiptSummaryList"];
export type CustomerSummary = Schemas["CustomerSummary"];
export type CustomerList = Schemas["CustomerList"];
export type CustomersSummary = Schemas["CustomersSummary"];
export type CustomerDetail = Schemas["CustomerDetail"];
export type SequenceGap = Schemas["SequenceGap"];
export type SequenceGaps = Schemas["SequenceGaps"];
export type Usage = Schemas["Usage"];
export type Plan = Schemas["Plan"];
export type VerifiedRecord = Schemas["VerifiedRecord"];
export type VerifyProofResult = Schemas["VerifyProofResult"];
export type VerifySource = Schemas["VerifySource"];
export type Granularity = Schemas["Granularity"];
export type WebhookEventType = Schemas["WebhookEventType"];
export type Tenant = Schemas["Tenant"];
export type ApiKey = Schemas["ApiKey"];
export type CreatedApiKey = Schemas["CreatedApiKey"];
export type ApiKeyList = Schemas["ApiKeyList"];
export type DashboardUser = Schemas["DashboardUser"];
export type Registration = Schemas["Registration"];
export type LoginResult = Schemas["LoginResult"];
export type MfaChallenge = Schemas["MfaChallenge"];
export type LoginOutcome = Schemas["LoginOutcome"];
export type Account = Schemas["Account"];
export type AccessRequestReceipt = Schemas["AccessRequestReceipt"];
export type EnvironmentStatus = Schemas["EnvironmentStatus"];
export type EnvironmentState = Schemas["EnvironmentState"];
export type EnvironmentList = Schemas["EnvironmentList"];
export type EnvironmentStatusMap = Schemas["EnvironmentStatusMap"];
export type BillingPlan = Schemas["BillingPlan"];
export type BillingUsage = Schemas["BillingUsage"];
export type DashboardCustomer = Schemas["DashboardCustomer"];
export type DashboardCustomerDetail = Schemas["DashboardCustomerDetail"];
export type DashboardCustomerList = Schemas["DashboardCustomerList"];
