import { verifyCheckpoint } from "@pacspace/sdk/proofs";
import type { CheckpointView } from "../app-api/contract.js";

/**
 * The latest checkpoint's proof, checked in the browser: the root is recomputed from the
 * covered deltas' content hashes with `@pacspace/sdk/proofs`, so a wrong root is caught
 * whatever the server says. The checkpoint's own status says whether PacSpace has anchored it.
 */
export type ProofStatus =
  | { state: "none" }
  | { state: "verified"; checkpointId: string; deltaCount: number }
  | { state: "pending"; checkpointId: string; deltaCount: number }
  | { state: "failed"; checkpointId: string }
  | { state: "mismatch"; checkpointId: string; reason: string };

export function proofStatusOf(checkpoint: CheckpointView | null): ProofStatus {
  if (!checkpoint) return { state: "none" };
  const { checkpointId, deltaCount, status } = checkpoint;
  const check = verifyCheckpoint({
    proofRoot: checkpoint.proofRoot,
    deltaCount,
    contentHashes: checkpoint.contentHashes,
  });
  if (!check.valid) return { state: "mismatch", checkpointId, reason: check.reason };
  if (status === "VERIFIED") return { state: "verified", checkpointId, deltaCount };
  if (status === "FAILED") return { state: "failed", checkpointId };
  return { state: "pending", checkpointId, deltaCount };
}
