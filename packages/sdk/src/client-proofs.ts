/**
 * `pac.proofs`: the offline proof checks of `@pacspace/sdk/proofs`, loaded on first use so
 * the client does not ship keccak and the Merkle code to apps that never verify anything.
 * Each function resolves with what its synchronous twin in `@pacspace/sdk/proofs` returns.
 */
type ProofsModule = typeof import("./proofs.js");

type ProofFunctionName = {
  [Name in keyof ProofsModule]: ProofsModule[Name] extends (...args: never[]) => unknown ? Name : never;
}[keyof ProofsModule];

export type ClientProofs = {
  readonly [Name in ProofFunctionName]: (
    ...args: Parameters<ProofsModule[Name]>
  ) => Promise<ReturnType<ProofsModule[Name]>>;
};

/** Every function `@pacspace/sdk/proofs` exports; a test keeps this list complete. */
const PROOF_FUNCTION_NAMES = [
  "buildInclusionProof",
  "contentHash",
  "merkleRoot",
  "nextVerificationReference",
  "verifyAnchorChain",
  "verifyCheckpoint",
  "verifyDeltaProof",
  "verifyInclusion",
  "verifyReceipt",
] as const satisfies readonly ProofFunctionName[];

const loadProofs = () => import("./proofs.js");

export function createClientProofs(): ClientProofs {
  const proofs: Record<string, unknown> = {};
  for (const name of PROOF_FUNCTION_NAMES) {
    proofs[name] = async (...args: unknown[]) =>
      ((await loadProofs())[name] as (...input: unknown[]) => unknown)(...args);
  }
  return Object.freeze(proofs) as ClientProofs;
}
