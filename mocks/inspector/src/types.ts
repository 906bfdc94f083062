import type { components } from "@pacspace/sdk";
import type { MockOverview, MockWebhooks } from "../../src/handlers/inspector-routes.js";
import type { RequestLogEntry } from "../../src/inspector/request-log.js";

/** The shapes the page reads: the Balance API's from the spec, the control API's from the mock. */
type Schemas = components["schemas"];

export type CustomerList = Schemas["CustomerList"];
export type CustomerDetail = Schemas["CustomerDetail"];
export type DeriveResult = Schemas["DeriveResult"];
export type CompareResult = Schemas["CompareResult"];
export type CheckpointList = Schemas["CheckpointList"];
export type Checkpoint = Schemas["Checkpoint"];
export type VerifyProofResult = Schemas["VerifyProofResult"];
export type DeltaRow = CustomerDetail["recentActivity"]["items"][number];
export type { MockOverview, MockWebhooks, RequestLogEntry };
export type RequestLogPage = { requests: RequestLogEntry[]; total: number };
