export type { ChainOutcome } from "./chain.js";
export { checkResponse, describeResponse, type Expectation } from "./conformance.js";
export { inputArbitrary, type OperationPlan, planOperation, requestSchema, seedFor } from "./generate.js";
export type { RequestInput, WireRequest, WireResponse } from "./http.js";
export { schemaViolations, type Violation } from "./negative.js";
export { formatJson, formatJunit, formatReport, formatText, type ReportFormat } from "./report.js";
export {
  CHECK_CATEGORIES,
  type CheckCategory,
  type CheckResult,
  type ContractReport,
  type OperationSummary,
} from "./results.js";
export { type ContractOptions, runContract, unknownKeyLike } from "./runner.js";
export { arbitraryFromSchema, UnsupportedSchemaError } from "./schema-arbitrary.js";
export { type GenerationContext, semanticViolations, validScopes } from "./semantic-rules.js";
export {
  type ContractSpec,
  declaredResponse,
  defaultSpecPath,
  loadSpec,
  type Operation,
  parseSpec,
} from "./spec.js";
export { SchemaValidator } from "./validator.js";
