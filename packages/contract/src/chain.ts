import { Decimal, merkleRoot } from "@pacspace/sdk/core";
import fc from "fast-check";
import { chainSteps, sleep } from "./chain-steps.js";
import { inputArbitrary, seedFor, specIndex } from "./generate.js";
import type { RequestInput, WireResponse } from "./http.js";
import type { CheckResult } from "./results.js";
import type { Resources } from "./semantic-rules.js";
import type { Session } from "./session.js";

/**
 * The stateful chain: emit → status (until verified) → derive → compare → checkpoint →
 * verify → receipts. Each producer's output feeds its consumers, each response is checked
 * against the spec, and the ledger's own promises (the balance includes the delta, the
 * proof root covers it) are checked on top. The identifiers it produces are what the
 * per-operation checks use for inputs that must name something that exists.
 */

export interface ChainOptions {
  seed: number;
  runTag: string;
  /** How long to wait for the delta (and the checkpoint's root) to be verified. */
  verifyTimeoutMs: number;
  pollIntervalMs: number;
}

export interface ChainOutcome {
  resources: Resources;
  /** The server's clock, read from the accepted delta's `createdAt`. */
  serverNow?: Date;
  results: CheckResult[];
}

type Json = Record<string, unknown>;

function dataOf(response: WireResponse | undefined): Json | undefined {
  const body = response?.json as { data?: unknown } | undefined;
  return body && typeof body.data === "object" && body.data !== null ? (body.data as Json) : undefined;
}

export async function runChain(session: Session, options: ChainOptions): Promise<ChainOutcome> {
  const results: CheckResult[] = [];
  const resources: Resources = {};
  let serverNow: Date | undefined;
  const customerId = `contract-${options.runTag}`;

  const { skip, call, expect } = chainSteps(session, results);

  // 1. The balance before (a fresh customer is unknown: 404).
  const before = await call(
    "deriveBalance",
    "derive before the first delta",
    { path: { customerId } },
    { outcome: "any" },
  );
  const startingBalance =
    before?.status === 200 ? Decimal.from(dataOf(before)?.computedBalance as number) : Decimal.ZERO;

  // 2. Emit one generated delta for the chain's customer.
  const emitOperation = session.byId.get("emitDelta");
  if (!emitOperation) {
    skip("emitDelta", "emit a delta", "the spec has no such operation; nothing else in the chain can run");
    return { resources, results };
  }
  const index = specIndex(session.spec);
  const generated = inputArbitrary(
    emitOperation,
    { now: new Date(), resources: {}, runTag: options.runTag },
    { kind: "valid" },
    index,
  );
  if ("skipped" in generated) {
    skip("emitDelta", "emit a delta", generated.skipped);
    return { resources, results };
  }
  const emitInput = fc.sample(generated.arbitrary, {
    seed: seedFor(options.seed, "chain", "emit"),
    numRuns: 1,
  })[0] as RequestInput;
  const emitBody: Json = { ...(emitInput.body as Json), customerId };
  delete emitBody.adjusts;
  const emitted = dataOf(await call("emitDelta", "emit a delta", { ...emitInput, body: emitBody }));
  if (!emitted) return { resources, results };
  const recordId = emitted.recordId as string;
  const delta = emitBody.delta as number;
  resources.customerId = customerId;
  resources.recordId = recordId;
  if (typeof emitted.createdAt === "string") serverNow = new Date(emitted.createdAt);
  expect("emitDelta", "the accepted delta echoes the request", [
    emitted.customerId !== customerId && `customerId ${String(emitted.customerId)} ≠ ${customerId}`,
    emitted.delta !== delta && `delta ${String(emitted.delta)} ≠ ${delta}`,
    emitted.reason !== emitBody.reason && "reason differs from the request",
  ]);

  // 3. Poll the delta until it is verified (bounded).
  const statusOperation = session.byId.get("getDeltaStatus");
  let record: Json | undefined;
  if (statusOperation) {
    const deadline = Date.now() + options.verifyTimeoutMs;
    let polls = 0;
    for (;;) {
      polls++;
      const { result, response } = await session.exchange(
        { operationId: "getDeltaStatus", category: "chain", name: "status until VERIFIED" },
        statusOperation,
        session.toWire(statusOperation, { path: { recordId }, query: {}, headers: {} }),
        { outcome: "success" },
      );
      record = dataOf(response);
      const status = record?.status;
      const settled = result.outcome === "failed" || status === "VERIFIED" || status === "FAILED";
      if (settled || Date.now() > deadline) {
        if (result.outcome === "passed" && status !== "VERIFIED") {
          result.outcome = "failed";
          result.messages.push(`delta ${recordId} is ${String(status)} after ${polls} polls, not VERIFIED`);
        }
        results.push(result);
        break;
      }
      await sleep(options.pollIntervalMs);
    }
    if (record?.status === "VERIFIED") {
      expect("getDeltaStatus", "a verified delta carries its proof", [
        record.recordId !== recordId && `recordId ${String(record.recordId)} ≠ ${recordId}`,
        (typeof record.proof !== "object" || record.proof === null) && "no proof on a VERIFIED delta",
        typeof record.verifiedAt !== "string" && "no verifiedAt on a VERIFIED delta",
      ]);
    }
  } else skip("getDeltaStatus", "status until VERIFIED", "the spec has no such operation");
  // Everything after this reads verified state: without a verified delta it would only report noise.
  if (statusOperation && record?.status !== "VERIFIED") {
    return { resources, results, ...(serverNow ? { serverNow } : {}) };
  }

  // 4. The derived balance includes the delta.
  const expected = startingBalance.plus(delta).toNumber();
  const derived = dataOf(await call("deriveBalance", "derive includes the delta", { path: { customerId } }));
  if (derived) {
    expect("deriveBalance", "balance = previous balance + delta", [
      derived.computedBalance !== expected &&
        `computedBalance ${String(derived.computedBalance)}, expected ${expected}`,
      derived.latestRecordId !== recordId && `latestRecordId ${String(derived.latestRecordId)} ≠ ${recordId}`,
    ]);
  }

  // 5. Compare: our claim (the derived balance) matches, a different claim does not.
  const claim = typeof derived?.computedBalance === "number" ? derived.computedBalance : expected;
  const other = Decimal.from(claim).plus(1).toNumber();
  const compared = dataOf(
    await call("compareBalances", "compare a matching and a wrong claim", {
      body: { customerId, yourBalance: claim, theirBalance: other },
    }),
  );
  if (compared) {
    expect("compareBalances", "matching claim matches, wrong claim does not", [
      compared.matchesYours !== true && `matchesYours is ${String(compared.matchesYours)}`,
      compared.matchesTheirs !== false && `matchesTheirs is ${String(compared.matchesTheirs)}`,
    ]);
  }

  // 6. Checkpoint the customer's current month.
  const checkpoint = dataOf(
    await call("createCheckpoint", "checkpoint the customer", { body: { customerId } }),
  );
  const proofRoot = typeof checkpoint?.proofRoot === "string" ? checkpoint.proofRoot : undefined;
  if (checkpoint) {
    expect("createCheckpoint", "the checkpoint covers the delta", [
      !proofRoot && "no proofRoot",
      checkpoint.lastRecordId !== recordId && `lastRecordId ${String(checkpoint.lastRecordId)} ≠ ${recordId}`,
      before?.status !== 200 &&
        checkpoint.closingBalance !== expected &&
        `closingBalance ${String(checkpoint.closingBalance)}, expected ${expected}`,
    ]);
  }

  // 7. Anyone can verify the root (no credentials); it recomputes from the listed records.
  if (proofRoot) {
    resources.proofRoot = proofRoot;
    const verified = await pollPublished(
      session,
      "verifyProof",
      { proofRoot },
      options,
      results,
      "verify the checkpoint root",
    );
    const proof = dataOf(verified);
    if (proof) {
      const records = Array.isArray(proof.records) ? (proof.records as Json[]) : [];
      const hashes = records.map((item) => item.contentHash as `0x${string}`);
      let recomputed: string | undefined;
      try {
        recomputed = merkleRoot(hashes);
      } catch (error) {
        recomputed = `invalid leaves (${(error as Error).message})`;
      }
      expect("verifyProof", "the root covers the delta and recomputes", [
        proof.verified !== true && `verified is ${String(proof.verified)}`,
        proof.proofRoot !== proofRoot && `proofRoot ${String(proof.proofRoot)} ≠ ${proofRoot}`,
        !hashes.includes(emitted.contentHash as `0x${string}`) &&
          "the delta's contentHash is not among the records",
        recomputed !== proofRoot && `the records' Merkle root is ${recomputed}, not the proofRoot`,
      ]);
    }
    // Checkpoint mode continues from the checkpoint's closing balance.
    if (typeof checkpoint?.closingBalance === "number") {
      const continued = dataOf(
        await call("deriveBalance", "derive from the checkpoint", {
          path: { customerId },
          query: {
            startingCheckpoint: proofRoot,
            startingCheckpointType: "proofRoot",
            startingBalance: checkpoint.closingBalance,
          },
        }),
      );
      if (continued) {
        expect("deriveBalance", "checkpoint mode continues from closingBalance", [
          continued.computedBalance !== checkpoint.closingBalance &&
            `computedBalance ${String(continued.computedBalance)} ≠ closingBalance ${checkpoint.closingBalance}`,
        ]);
      }
    }
  }
  const submissionRoot = emitted.receiptId;
  if (typeof submissionRoot === "string") {
    await pollPublished(
      session,
      "verifyProof",
      { proofRoot: submissionRoot },
      options,
      results,
      "verify the submission root",
    );
  }

  // 8. Receipts: generate, read back, read publicly (JSON and PDF), as an invoice proof, list.
  const receipt = dataOf(await call("getReceipt", "generate a receipt", { path: { customerId } }));
  const receiptId = typeof receipt?.receiptId === "string" ? receipt.receiptId : undefined;
  if (receiptId) {
    resources.receiptId = receiptId;
    await call("getReceiptDocument", "read the receipt document", { path: { receiptId } });
    const publicReceipt = dataOf(
      await call("getPublicReceipt", "read the receipt publicly", { path: { receiptId } }, undefined, {
        kind: "none",
      }),
    );
    if (publicReceipt) {
      expect("getPublicReceipt", "the public receipt has no metadata", [
        JSON.stringify(publicReceipt).includes('"metadata"') && "metadata is exposed",
      ]);
    }
    const pdf = await call(
      "getPublicReceiptPdf",
      "read the receipt as a PDF",
      { path: { receiptId } },
      undefined,
      { kind: "none" },
    );
    if (pdf) {
      expect("getPublicReceiptPdf", "the PDF is a PDF", [
        !pdf.text.startsWith("%PDF-") && `the body starts with ${JSON.stringify(pdf.text.slice(0, 8))}`,
      ]);
    }
    // The invoice proof of the same scope is the same receipt.
    const invoiceProof = dataOf(
      await call("getInvoiceProof", "generate the invoice proof", { path: { customerId } }),
    );
    if (invoiceProof) {
      expect("getInvoiceProof", "the invoice proof is the scoped receipt", [
        invoiceProof.receiptId !== receiptId &&
          `receiptId ${String(invoiceProof.receiptId)} ≠ the receipt's ${receiptId}`,
        invoiceProof.proofRoot !== receipt?.proofRoot &&
          `proofRoot ${String(invoiceProof.proofRoot)} ≠ the receipt's ${String(receipt?.proofRoot)}`,
      ]);
    }
    const listed = dataOf(
      await call("listCustomerReceipts", "list the customer's receipts", { path: { customerId } }),
    );
    if (listed) {
      const ids = Array.isArray(listed.receipts)
        ? (listed.receipts as Json[]).map((item) => item.receiptId)
        : [];
      expect("listCustomerReceipts", "the list has the new receipt", [
        !ids.includes(receiptId) && `${receiptId} is not listed`,
      ]);
    }
  }

  // 9. The customer record and its sequence (no gaps once verified).
  await call("getCustomer", "read the customer", { path: { customerId } });
  const gaps = dataOf(
    await call("getSequenceGaps", "sequence gaps of the customer", { path: { customerId } }),
  );
  if (gaps)
    expect("getSequenceGaps", "a verified sequence is complete", [
      gaps.complete !== true && "complete is not true",
    ]);

  // 10. Webhook events, if any exist, give an eventId.
  const events = dataOf(await call("listWebhookEvents", "list webhook events", {}));
  const first = Array.isArray(events?.events) ? (events.events as Json[])[0] : undefined;
  if (typeof first?.eventId === "string") resources.eventId = first.eventId;

  return { resources, results, ...(serverNow ? { serverNow } : {}) };
}

/**
 * A public lookup of a root that may take a moment to be published and anchored: retried
 * on 404, and while `data.verified` is not yet true, until the deadline.
 */
async function pollPublished(
  session: Session,
  operationId: string,
  path: Record<string, string>,
  options: ChainOptions,
  results: CheckResult[],
  name: string,
): Promise<WireResponse | undefined> {
  const operation = session.byId.get(operationId);
  if (!operation) {
    results.push({
      operationId,
      category: "chain",
      name,
      outcome: "skipped",
      messages: ["the spec has no such operation"],
    });
    return undefined;
  }
  const deadline = Date.now() + options.verifyTimeoutMs;
  for (;;) {
    const { result, response } = await session.exchange(
      { operationId, category: "chain", name },
      operation,
      session.toWire(operation, { path, query: {}, headers: {} }, { kind: "none" }),
      { outcome: "success" },
    );
    const pending =
      response?.status === 404 || (result.outcome === "passed" && dataOf(response)?.verified !== true);
    if (pending && Date.now() < deadline) {
      await sleep(options.pollIntervalMs);
      continue;
    }
    results.push(result);
    return result.outcome === "passed" ? response : undefined;
  }
}
