/**
 * Merkle root over 10^6 leaves against the bare cost of the same number of keccak calls
 * (10^6 − 1 interior nodes, each one keccak-f permutation like a 64-byte keccak_256 call).
 * Goal: ≤ 1.2×.
 */
import { keccak_256, keccakP } from "@noble/hashes/sha3.js";
import { bytesToHex, type Hex } from "../src/core/hex.js";
import { merkleRoot } from "../src/core/merkle.js";
import { compare, goal, heading, line } from "./harness.js";

const LEAF_COUNT = 1_000_000;

/** Deterministic pseudo-random leaves (xorshift32), so runs are comparable. */
function makeLeaves(count: number): Hex[] {
  let state = 0x9e3779b9;
  const bytes = new Uint8Array(32);
  const words = new Uint32Array(bytes.buffer);
  const leaves: Hex[] = new Array(count);
  for (let i = 0; i < count; i++) {
    for (let w = 0; w < 8; w++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      words[w] = state >>> 0;
    }
    leaves[i] = bytesToHex(bytes);
  }
  return leaves;
}

export async function benchMerkle(): Promise<void> {
  heading(`Merkle root over ${LEAF_COUNT.toLocaleString("en-US")} leaves`);
  const leaves = makeLeaves(LEAF_COUNT);
  const calls = LEAF_COUNT - 1;
  const input = new Uint8Array(64);
  const state = new Uint32Array(50);
  const [bare, root, permutation] = await compare(
    [
      {
        name: `bare keccak_256 × ${calls} (64-byte inputs)`,
        run: () => {
          let last: Uint8Array | undefined;
          for (let i = 0; i < calls; i++) {
            input[i & 63] = i;
            last = keccak_256(input);
          }
          return last;
        },
      },
      { name: "merkleRoot(leaves)", run: () => merkleRoot(leaves) },
      {
        name: `keccak-f permutation alone × ${calls} (floor)`,
        run: () => {
          for (let i = 0; i < calls; i++) {
            state[0] = i;
            keccakP(state, 24);
          }
          return state[0];
        },
      },
    ],
    { rounds: 2 },
  );
  if (!bare || !root || !permutation) throw new Error("merkle bench: missing timing");
  console.log(line(bare, calls));
  console.log(line(root, calls, bare));
  console.log(line(permutation, calls, bare));
  goal("merkleRoot(10^6 leaves) / bare keccak calls", root.bestMs / bare.bestMs, 1.2);
}
