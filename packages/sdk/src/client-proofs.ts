/**
 * `pac.proofs`: the offline proof checks of `@pacspace/sdk/proofs`, loaded on first use so
 * the client does not ship keccak and the Merkle code to apps that never verify anything.
 * Each function resolves with what its synchronous twin in `@pacspace/sdk/proofs` returns.
 */
import type {
  buildInclusionProof,
  contentHash,
  merkleRoot,
  nextVerificationReference,
  verifyAnchorChain,
  verifyCheckpoint,
  verifyDeltaProof,
  verifyInclusion,
  verifyReceipt,
} from "./proofs.js";

type Lazy<Fn extends (...args: never[]) => unknown> = (...args: Parameters<Fn>) => Promise<ReturnType<Fn>>;

// Spelled out rather than mapped over `typeof import("./proofs.js")`: the declaration bundler
// turns such a module type into a namespace of values, which loses the types of `pac.proofs`
// and fails type-checking of the published `.d.ts` (TS2693) under `skipLibCheck: false`.
export interface ClientProofs {
  readonly buildInclusionProof: Lazy<typeof buildInclusionProof>;
  readonly contentHash: Lazy<typeof contentHash>;
  readonly merkleRoot: Lazy<typeof merkleRoot>;
  readonly nextVerificationReference: Lazy<typeof nextVerificationReference>;
  readonly verifyAnchorChain: Lazy<typeof verifyAnchorChain>;
  readonly verifyCheckpoint: Lazy<typeof verifyCheckpoint>;
  readonly verifyDeltaProof: Lazy<typeof verifyDeltaProof>;
  readonly verifyInclusion: Lazy<typeof verifyInclusion>;
  readonly verifyReceipt: Lazy<typeof verifyReceipt>;
}

type ProofsModule = typeof import("./proofs.js");

type ProofFunctionName = {
  [Name in keyof ProofsModule]: ProofsModule[Name] extends (...args: never[]) => unknown ? Name : never;
}[keyof ProofsModule];

/** A proof function `@pacspace/sdk/proofs` exports that `ClientProofs` lacks makes this `false`. */
const clientProofsComplete: [ProofFunctionName] extends [keyof ClientProofs] ? true : false = true;
void clientProofsComplete;

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
] as const satisfies readonly (keyof ClientProofs)[];

const loadProofs = () => import("./proofs.js");

export function createClientProofs(): ClientProofs {
  const proofs: Record<string, unknown> = {};
  for (const name of PROOF_FUNCTION_NAMES) {
    proofs[name] = async (...args: unknown[]) =>
      ((await loadProofs())[name] as (...input: unknown[]) => unknown)(...args);
  }
  return Object.freeze(proofs) as unknown as ClientProofs;
}
