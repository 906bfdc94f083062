import type { SequenceGap, SequenceGaps } from "../kernel/api-types.js";
import { ParamReader, type QueryValue } from "../kernel/query.js";
import type { EnvLedger } from "../kernel/state.js";
import { checkCustomerIdParam, requireCustomer } from "./customers.js";

/**
 * Sequence gaps: the ranges of a customer's sequence numbers that are not VERIFIED yet
 * (QUEUED or PROCESSING, which will close, or FAILED, which never will), each run of
 * consecutive numbers with one status reported as `{from, to, status}` (inclusive).
 * `complete` is true when every number in the scanned range is verified, whether or not
 * `limit` cut the list short.
 */
export function getSequenceGaps(
  ledger: EnvLedger,
  customerIdParam: unknown,
  query: { fromSequence?: QueryValue; toSequence?: QueryValue; limit?: QueryValue },
): SequenceGaps {
  const customerId = checkCustomerIdParam(customerIdParam);
  const reader = new ParamReader();
  const fromSequence = reader.integer("fromSequence", query.fromSequence, { min: 1, fallback: 1 });
  const requestedTo = reader.integer("toSequence", query.toSequence, { min: 1 });
  const limit = reader.integer("limit", query.limit, { min: 1, max: 1000, fallback: 100 });
  if (requestedTo !== undefined && requestedTo < fromSequence) {
    reader.add({ path: "toSequence", message: "must be ≥ fromSequence" });
  }
  reader.throwIfAny();
  const customer = requireCustomer(ledger, customerId);
  const latest = customer.deltas.length;
  const toSequence = Math.min(requestedTo ?? latest, latest);

  const gaps: SequenceGap[] = [];
  let complete = true;
  let open: SequenceGap | null = null;
  for (let sequence = fromSequence; sequence <= toSequence; sequence++) {
    const status = customer.deltas[sequence - 1]?.status;
    if (status === undefined || status === "VERIFIED") {
      open = null;
      continue;
    }
    complete = false;
    if (open && open.status === status && open.to === sequence - 1) {
      open.to = sequence;
    } else {
      if (gaps.length >= limit) break;
      open = { from: sequence, to: sequence, status };
      gaps.push(open);
    }
  }
  return { customerId, fromSequence, toSequence, gaps, complete };
}
