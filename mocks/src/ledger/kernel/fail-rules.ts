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

/** Deltas a fail rule strikes, as data: any listed record, customer or referenceId. */
export interface FailSelector {
  recordIds?: readonly string[];
  customerIds?: readonly string[];
  referenceIds?: readonly string[];
}

const selectors = new WeakMap<(candidate: FailCandidate) => boolean, FailSelector>();

/** The predicate of a selector; `selectorOf` gives the selector back (a state snapshot saves it). */
export function failSelectorMatcher(selector: FailSelector): (candidate: FailCandidate) => boolean {
  const recordIds = new Set(selector.recordIds ?? []);
  const customerIds = new Set(selector.customerIds ?? []);
  const referenceIds = new Set(selector.referenceIds ?? []);
  const matches = (candidate: FailCandidate) =>
    recordIds.has(candidate.recordId) ||
    customerIds.has(candidate.customerId) ||
    (candidate.referenceId !== null && referenceIds.has(candidate.referenceId));
  selectors.set(matches, {
    recordIds: [...recordIds],
    customerIds: [...customerIds],
    referenceIds: [...referenceIds],
  });
  return matches;
}

export function selectorOf(matches: (candidate: FailCandidate) => boolean): FailSelector | undefined {
  return selectors.get(matches);
}
