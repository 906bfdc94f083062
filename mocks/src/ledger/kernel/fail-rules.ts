import type { DeltaError } from "./api-types.js";

/** What `markToFail` predicates see. */
export interface FailCandidate {
  tenantId: string;
  environment: string;
  recordId: string;
  customerId: string;
  delta: number;
  reason: string;
  referenceId: string | null;
  metadata: Record<string, unknown> | null;
  sequenceNumber: number;
}

export interface FailRule {
  matches(candidate: FailCandidate): boolean;
  error: DeltaError;
}
