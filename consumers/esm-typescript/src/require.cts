// The CommonJS side of the SDK's declarations (.d.cts), type-checked under node16.
import type { PacSpace } from "@pacspace/sdk";
import { merkleRoot } from "@pacspace/sdk/proofs";

export function lazyRoot(pac: PacSpace): Promise<string> {
  return pac.proofs.merkleRoot([]);
}
export const emptyRoot: string = merkleRoot([]);
