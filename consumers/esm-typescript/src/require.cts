// A CommonJS TypeScript file importing the ES-module-only SDK, and the mock's CommonJS entry whose
// declarations import the SDK: compiled to require(), which TypeScript allows from
// `module: node20` / `nodenext` (TS >= 5.8; under node16 it reports TS1479).
import { createPacSpaceMock } from "@pacspace/mocks";
import type { PacSpace } from "@pacspace/sdk";
import { merkleRoot } from "@pacspace/sdk/proofs";

export function lazyRoot(pac: PacSpace): Promise<string> {
  return pac.proofs.merkleRoot([]);
}
export const emptyRoot: string = merkleRoot([]);
export const mockKey: string = createPacSpaceMock().apiKey;
