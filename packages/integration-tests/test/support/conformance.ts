import type { FetchLike } from "@pacspace/sdk";
// The mock's own tests check every answer with this checker; the integration tests reuse it
// unchanged so both hold the same responses to the same spec.
import {
  type ConformanceChecker,
  createConformanceChecker,
} from "../../../../mocks/test/support/conformance.js";

let shared: ConformanceChecker | undefined;

/** One checker per test file (it compiles the spec's schemas once). */
export function conformanceChecker(): ConformanceChecker {
  shared ??= createConformanceChecker();
  return shared;
}

/**
 * A fetch that checks every response it returns against the spec and records problems in
 * `violations`. For traffic that does not go through the in-process MSW server (a real port).
 */
export function conformingFetch(violations: string[], base: FetchLike = (r, i) => globalThis.fetch(r, i)) {
  const checker = conformanceChecker();
  const wrapped: FetchLike = async (request, init) => {
    const method = request.method;
    const url = request.url;
    const response = await base(request, init);
    violations.push(...(await checker.check(method, url, response)));
    return response;
  };
  return wrapped;
}
