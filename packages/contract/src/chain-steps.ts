import type { Expectation } from "./conformance.js";
import type { RequestInput, WireResponse } from "./http.js";
import type { CheckResult } from "./results.js";
import type { AuthMode, Session } from "./session.js";

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The steps a chain of dependent calls is made of; each records its outcome in `results`. */
export function chainSteps(session: Session, results: CheckResult[]) {
  const skip = (operationId: string, name: string, reason: string) => {
    results.push({ operationId, category: "chain", name, outcome: "skipped", messages: [reason] });
  };
  /** Sends one step and hands its result back unrecorded; undefined when the spec has no such operation. */
  const exchange = async (
    operationId: string,
    name: string,
    input: Partial<RequestInput>,
    expectation: Expectation = { outcome: "success" },
    auth: AuthMode = { kind: "key" },
  ): Promise<{ result: CheckResult; response?: WireResponse } | undefined> => {
    const operation = session.byId.get(operationId);
    if (!operation) return undefined;
    const full: RequestInput = { path: {}, query: {}, headers: {}, ...input };
    return session.exchange(
      { operationId, category: "chain", name },
      operation,
      session.toWire(operation, full, auth),
      expectation,
    );
  };
  /** Sends one step and records it; undefined when the operation is not in the spec or the response failed its checks. */
  const call = async (
    operationId: string,
    name: string,
    input: Partial<RequestInput>,
    expectation: Expectation = { outcome: "success" },
    auth: AuthMode = { kind: "key" },
  ): Promise<WireResponse | undefined> => {
    const exchanged = await exchange(operationId, name, input, expectation, auth);
    if (!exchanged) {
      skip(operationId, name, "the spec has no such operation");
      return undefined;
    }
    results.push(exchanged.result);
    return exchanged.result.outcome === "passed" ? exchanged.response : undefined;
  };
  /** Records a promise of the ledger that the schema cannot state. */
  const expect = (operationId: string, name: string, problems: (string | false | undefined)[]) => {
    const messages = problems.filter((problem): problem is string => typeof problem === "string");
    results.push({
      operationId,
      category: "chain",
      name,
      outcome: messages.length ? "failed" : "passed",
      messages,
    });
  };
  return { skip, exchange, call, expect };
}
