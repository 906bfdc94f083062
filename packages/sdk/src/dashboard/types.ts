import type { components, operations } from "../generated/schema.js";
import type { APIResponse } from "../resources/request.js";
import { unwrap } from "../resources/request.js";

/** Dashboard shapes, straight from the generated schema. */
type Schemas = components["schemas"];

export type DashboardUser = Schemas["DashboardUser"];
export type Tenant = Schemas["Tenant"];
export type Account = Schemas["Account"];
export type LoginResult = Schemas["LoginResult"];
/** The login's answer for a user with MFA enabled: complete it with `auth.verifyMfa`. */
export type MfaChallenge = Schemas["MfaChallenge"];
/** What `auth.login` resolves to: a session, or an MFA challenge (`isMfaChallenge`). */
export type LoginOutcome = Schemas["LoginOutcome"];
export type VerifyMfaInput = Schemas["MfaVerifyRequest"];
export type Registration = Schemas["Registration"];
export type RegisterInput = Schemas["RegisterRequest"];
export type RequestAccessInput = Schemas["RequestAccessRequest"];
export type AccessRequestReceipt = Schemas["AccessRequestReceipt"];
export type Preferences = Schemas["PreferencesRequest"];
export type ApiKey = Schemas["ApiKey"];
export type CreatedApiKey = Schemas["CreatedApiKey"];
export type ApiKeyList = Schemas["ApiKeyList"];
/** `environment` defaults to `test` (the generated type marks fields with a default as present). */
export type CreateApiKeyInput = Omit<Schemas["CreateApiKeyRequest"], "environment"> & {
  environment?: Schemas["KeyEnvironment"];
};
export type UpdateApiKeyInput = Schemas["UpdateApiKeyRequest"];
export type EnvironmentName = Schemas["EnvironmentName"];
export type EnvironmentStatus = Schemas["EnvironmentStatus"];
export type EnvironmentState = Schemas["EnvironmentState"];
export type EnvironmentList = Schemas["EnvironmentList"];
export type EnvironmentStatusMap = Schemas["EnvironmentStatusMap"];
export type BillingPlan = Schemas["BillingPlan"];
export type BillingUsage = Schemas["BillingUsage"];
export type PlanTier = Schemas["Plan"];
export type DashboardCustomer = Schemas["DashboardCustomer"];
export type DashboardCustomerDetail = Schemas["DashboardCustomerDetail"];
export type DashboardCustomerList = Schemas["DashboardCustomerList"];
export type CreateDashboardCustomerInput = Schemas["CreateDashboardCustomerRequest"];

type JsonContent<R> = R extends { content: { "application/json": infer Body } } ? Body : never;
type Success<Op extends keyof operations> = JsonContent<
  operations[Op]["responses"][Extract<keyof operations[Op]["responses"], 200 | 201 | 202>]
>;

/** The `data` of a dashboard operation's success envelope of either form (202 included). */
export type DashboardData<Op extends keyof operations> =
  Success<Op> extends { data: infer Data } ? Data : never;

/** Whether a login answered with an MFA challenge rather than a session. */
export function isMfaChallenge(outcome: LoginOutcome): outcome is MfaChallenge {
  return (outcome as { requiresMfa?: unknown }).requiresMfa === true;
}

/** `unwrap` for dashboard operations, whose successes may be 202. */
export function unwrapDashboard<Op extends keyof operations>(
  call: Parameters<typeof unwrap>[0],
): Promise<APIResponse<DashboardData<Op>>> {
  return unwrap(call) as Promise<APIResponse<DashboardData<Op>>>;
}
