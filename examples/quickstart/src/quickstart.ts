import { PacSpace } from "@pacspace/sdk";
import { contentHash, verifyCheckpoint, verifyDeltaProof, verifyReceipt } from "@pacspace/sdk/proofs";

/**
 * The quickstart, against any PacSpace base URL: a vendor records a customer's usage, both
 * parties check their books against the neutral balance, the month is checkpointed, and the
 * proof is checked locally and through public verification.
 */

export interface QuickstartOptions {
  baseUrl: string;
  apiKey: string;
  /** Where the transcript goes, one line per call. */
  print: (line: string) => void;
}

export interface QuickstartResult {
  neutralBalance: number;
  matchingOutcome: string;
  divergingOutcome: string;
  proofRoot: string;
  deltaCount: number;
  localProofValid: boolean;
  publicProofVerified: boolean;
}

const CUSTOMER = "cust_globex";

export async function runQuickstart({
  baseUrl,
  apiKey,
  print,
}: QuickstartOptions): Promise<QuickstartResult> {
  const pac = new PacSpace({ apiKey, baseUrl });
  const section = (title: string) => print(`\n── ${title}`);

  section("1. The vendor records Globex's usage (one prepaid credit, three charges)");
  const topUp = await pac.balance.emitAndWait(CUSTOMER, 500, "Prepaid credits, invoice INV-1001", {
    referenceId: "INV-1001",
    pollInterval: 50,
    timeout: 10_000,
  });
  print(`emitAndWait +500           → ${topUp.recordId} #${topUp.sequenceNumber} ${topUp.status}`);

  const usage = [
    { customerId: CUSTOMER, delta: -120.1, reason: "API calls 2026-11-02", referenceId: "usage-1102" },
    { customerId: CUSTOMER, delta: -80.2, reason: "API calls 2026-11-03", referenceId: "usage-1103" },
    { customerId: CUSTOMER, delta: -0.1, reason: "Storage 2026-11-03", referenceId: "storage-1103" },
  ];
  const batch = await pac.balance.emitBatch(usage, { idempotencyKey: "globex-usage-2026-11-03" });
  print(
    `emitBatch of ${usage.length} charges     → ${batch.totalQueued} queued, ${batch.totalFailed} failed`,
  );

  const replay = await pac.balance
    .emitBatch(usage, { idempotencyKey: "globex-usage-2026-11-03" })
    .withResponse();
  const replayed = replay.response.headers.get("idempotent-replayed") === "true";
  print(`same batch, same key again → replayed: ${replayed}, no new deltas`);

  const lastRecordId = batch.results.at(-1)?.recordId;
  if (!lastRecordId) throw new Error("the batch returned no record ids");
  const last = await waitUntilVerified(pac, lastRecordId);
  print(`deltaStatus of the last     → ${last.recordId} #${last.sequenceNumber} ${last.status}`);

  section("2. Derive the neutral balance from the verified log (current UTC month)");
  const derived = await pac.balance.derive(CUSTOMER);
  print(`computedBalance ${derived.computedBalance} over ${derived.deltasCount} verified deltas`);
  print("(exact decimals: 500 − 120.1 − 80.2 − 0.1 is 299.6, not 299.59999999999997)");

  section("3. Both parties compare their books (signed Verify calls)");
  const agree = await pac.balance.compare(CUSTOMER, { yours: 299.6, theirs: 299.6 });
  print(`vendor 299.60 / Globex 299.60  → ${agree.outcome}`);
  // Globex's own books have not caught up with the last two charges yet.
  const disagree = await pac.balance.compare(CUSTOMER, { yours: 299.6, theirs: 379.9 });
  const theirs = disagree.divergence.theirs;
  print(`vendor 299.60 / Globex 379.90  → ${disagree.outcome}; Globex is off by ${disagree.theirDifference}`);
  if (theirs) {
    print(
      `  Globex's books last agreed at #${theirs.lastMatchingSequenceNumber} (${theirs.lastMatchingRecordId}); ` +
        `${theirs.unmatchedDeltasCount} later deltas totalling ${theirs.unmatchedAmount} are missing from them`,
    );
  }

  section("4. Close the month: checkpoint and receipt");
  const created = await pac.balance.checkpoint(CUSTOMER);
  print(
    `checkpoint ${created.checkpointId}: ${created.deltaCount} deltas, closing ${created.closingBalance}`,
  );
  print(`  proofRoot ${created.proofRoot} (${created.status})`);
  const checkpoint = await waitUntilAnchored(pac, created.checkpointId);
  print(
    `checkpoint again for the same scope → the same ${checkpoint.checkpointId}, now ${checkpoint.status}`,
  );
  print(`  verificationReference ${checkpoint.verificationReference}`);
  const receipt = await pac.balance.receipt(CUSTOMER);
  print(`receipt over the same scope: ${receipt.deltasCount} deltas, final balance ${receipt.finalBalance}`);

  section("5. Check the proofs locally, with no trust in the server");
  const recomputed = contentHash({
    customerId: CUSTOMER,
    delta: 500,
    reason: "Prepaid credits, invoice INV-1001",
    referenceId: "INV-1001",
  });
  print(
    `contentHash of the top-up recomputed locally: ${recomputed === topUp.contentHash ? "matches" : "DIFFERS"}`,
  );
  const deltaProof = topUp.proof
    ? verifyDeltaProof({ contentHash: topUp.contentHash, proof: topUp.proof })
    : { valid: false as const, reason: "the verified delta has no proof" };
  print(`top-up inclusion proof: ${describe(deltaProof)}`);
  const checkpointProof = verifyCheckpoint({
    proofRoot: checkpoint.proofRoot,
    deltaCount: checkpoint.deltaCount,
    deltas: receipt.deltas,
  });
  print(`checkpoint root recomputed from the receipt's deltas: ${describe(checkpointProof)}`);
  const receiptProof = verifyReceipt(receipt);
  print(`receipt root: ${describe(receiptProof)}`);
  const tampered = verifyCheckpoint({
    proofRoot: checkpoint.proofRoot,
    deltaCount: checkpoint.deltaCount,
    deltas: receipt.deltas.map((row, index) => (index === 0 ? { contentHash: recomputedTamper(row) } : row)),
  });
  print(`same check with the first delta altered: ${describe(tampered)}`);

  section("6. Anyone can verify the root through public verification (no API key)");
  const verified = await pac.verify(checkpoint.proofRoot);
  print(
    `GET /api/v1/verify/${short(checkpoint.proofRoot)} → verified ${verified.verified}, kind ${verified.kind}, ` +
      `${verified.summary.recordCount} records, ending balance ${verified.summary.endingBalance}`,
  );
  const publicProof = verifyCheckpoint({
    proofRoot: verified.proofRoot,
    deltaCount: verified.summary.recordCount,
    deltas: verified.records,
  });
  print(`root recomputed from the public records alone: ${describe(publicProof)}`);

  return {
    neutralBalance: derived.computedBalance,
    matchingOutcome: agree.outcome,
    divergingOutcome: disagree.outcome,
    proofRoot: checkpoint.proofRoot,
    deltaCount: checkpoint.deltaCount,
    localProofValid: deltaProof.valid && checkpointProof.valid && receiptProof.valid && !tampered.valid,
    publicProofVerified: verified.verified && publicProof.valid,
  };
}

async function waitUntilVerified(pac: PacSpace, recordId: string) {
  return pollUntilSettled(recordId, () => pac.balance.deltaStatus(recordId));
}

/** Asking for the same scope again returns the existing checkpoint (200), so it doubles as a status read. */
async function waitUntilAnchored(pac: PacSpace, checkpointId: string) {
  return pollUntilSettled(checkpointId, () => pac.balance.checkpoint(CUSTOMER));
}

async function pollUntilSettled<T extends { status: string }>(
  id: string,
  read: () => Promise<T>,
): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const current = await read();
    if (current.status === "VERIFIED" || current.status === "FAILED") return current;
    if (Date.now() > deadline) throw new Error(`${id} was still ${current.status} after 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A delta as an attacker would rewrite it: one more cent charged. */
function recomputedTamper(row: { customerId: string; delta: number; reason: string }): string {
  return contentHash({ customerId: row.customerId, delta: row.delta - 0.01, reason: row.reason });
}

function describe(check: { valid: boolean; reason?: string }): string {
  return check.valid ? "valid" : `INVALID (${check.reason})`;
}

function short(hash: string): string {
  return `${hash.slice(0, 10)}…`;
}
