import { keccak256Hex, utf8 } from "@pacspace/sdk/core";

/**
 * The mock's snapshot digest: the ledger's alone while there are no records (so digests taken
 * before records existed stay valid), else a digest over both.
 */
export function snapshotWithRecords(ledgerDigest: string, recordsDigest: string | null): string {
  if (recordsDigest === null) return ledgerDigest;
  return keccak256Hex(utf8(`pacspace:mock-snapshot:v1:${ledgerDigest}:${recordsDigest}`));
}
