import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keccakHex, naiveMerkleRoot, naiveNode, naiveSiblings } from "../../test/oracles.js";
import { type Hex, ZERO_HASH } from "./hex.js";
import {
  buildInclusionProof,
  type InclusionProof,
  merkleNode,
  merkleRoot,
  treeDepth,
  verifyInclusion,
} from "./merkle.js";

const leaf = (label: string) => keccakHex(label) as Hex;
const [a, b, c, d] = ["a", "b", "c", "d"].map(leaf) as [Hex, Hex, Hex, Hex];

function flipBit(hash: Hex, bit: number): Hex {
  const nibbleIndex = 2 + Math.floor(bit / 4);
  const nibble = Number.parseInt(hash[nibbleIndex] as string, 16) ^ (1 << (bit % 4));
  return `${hash.slice(0, nibbleIndex)}${nibble.toString(16)}${hash.slice(nibbleIndex + 1)}` as Hex;
}

describe("merkleRoot", () => {
  it("handles the empty tree and a single leaf", () => {
    expect(merkleRoot([])).toBe(ZERO_HASH);
    expect(merkleRoot([a])).toBe(a);
  });

  it("tags interior nodes and pairs an odd last node with itself", () => {
    expect(merkleNode(a, b)).toBe(
      keccakHex("pacspace:node:v1:", Buffer.from(a.slice(2) + b.slice(2), "hex")),
    );
    expect(merkleRoot([a, b])).toBe(naiveNode(a, b));
    expect(merkleRoot([a, b, c])).toBe(naiveNode(naiveNode(a, b), naiveNode(c, c)));
    expect(merkleRoot([a, b, c, d])).toBe(naiveNode(naiveNode(a, b), naiveNode(c, d)));
  });

  it("gives [a,b,c] and [a,b,c,c] the same root, which is why the count is published", () => {
    expect(merkleRoot([a, b, c])).toBe(merkleRoot([a, b, c, c]));
  });

  it("rejects malformed leaves", () => {
    expect(() => merkleRoot([a.toUpperCase() as Hex])).toThrow(TypeError);
    expect(() => merkleRoot(["0x12"])).toThrow(TypeError);
  });

  it("needs ceil(log2 n) siblings", () => {
    expect([1, 2, 3, 4, 5, 8, 9, 1000].map(treeDepth)).toEqual([0, 1, 2, 2, 3, 3, 4, 10]);
  });
});

describe("inclusion proofs", () => {
  it("builds the same siblings as a naive level-by-level rebuild, for every index up to 17 leaves", () => {
    for (let n = 1; n <= 17; n++) {
      const leaves = Array.from({ length: n }, (_, i) => leaf(`leaf-${i}`));
      for (let i = 0; i < n; i++) {
        const proof = buildInclusionProof(leaves, i);
        expect(proof.siblings).toEqual(naiveSiblings(leaves, i));
        expect(proof.root).toBe(naiveMerkleRoot(leaves));
        expect(verifyInclusion(proof)).toEqual({ valid: true });
      }
    }
  });

  it("rejects an index outside the tree when building", () => {
    expect(() => buildInclusionProof([a, b], 2)).toThrow(RangeError);
    expect(() => buildInclusionProof([a, b], -1)).toThrow(RangeError);
    expect(() => buildInclusionProof([], 0)).toThrow(RangeError);
  });

  it("catches a [a,b,c,c] proof offered against the published [a,b,c] tree", () => {
    const published = { root: merkleRoot([a, b, c]), leafCount: 3 };
    const padded = buildInclusionProof([a, b, c, c], 3);
    expect(padded.root).toBe(published.root);
    expect(verifyInclusion(padded, published)).toMatchObject({ valid: false });
    expect(verifyInclusion(buildInclusionProof([a, b, c], 2), published)).toEqual({ valid: true });
    // Claiming 3 leaves with a sibling that is not the node itself at the odd end fails intrinsically.
    expect(verifyInclusion({ ...buildInclusionProof([a, b, c, d], 2), leafCount: 3 })).toMatchObject({
      valid: false,
    });
  });

  it("rejects structurally wrong proofs", () => {
    const proof = buildInclusionProof([a, b, c], 1);
    const cases: [string, InclusionProof][] = [
      ["index = leafCount", { ...proof, index: 3 }],
      ["negative index", { ...proof, index: -1 }],
      ["fractional index", { ...proof, index: 0.5 }],
      ["zero leaves", { ...proof, leafCount: 0 }],
      ["too many siblings", { ...proof, siblings: [...proof.siblings, a] }],
      ["too few siblings", { ...proof, siblings: proof.siblings.slice(1) }],
      ["wrong leafCount changing depth", { ...proof, leafCount: 5 }],
      ["swapped siblings", { ...proof, siblings: [...proof.siblings].reverse() }],
      ["uppercase root", { ...proof, root: proof.root.toUpperCase().replace("0X", "0x") as Hex }],
      ["bad sibling", { ...proof, siblings: ["0x1234" as Hex, proof.siblings[1] as Hex] }],
    ];
    for (const [name, tampered] of cases) {
      expect(verifyInclusion(tampered), name).toMatchObject({ valid: false });
    }
    expect(verifyInclusion(null as unknown as InclusionProof)).toMatchObject({ valid: false });
  });

  describe("properties", () => {
    const tree = fc
      .uniqueArray(fc.uint8Array({ minLength: 32, maxLength: 32 }), {
        minLength: 1,
        maxLength: 40,
        selector: (bytes) => Buffer.from(bytes).toString("hex"),
      })
      .map((leaves) => leaves.map((bytes) => `0x${Buffer.from(bytes).toString("hex")}` as Hex))
      .chain((leaves) =>
        fc.record({ leaves: fc.constant(leaves), index: fc.nat({ max: leaves.length - 1 }) }),
      );

    it("every generated proof verifies, also against its publication", () => {
      fc.assert(
        fc.property(tree, ({ leaves, index }) => {
          const proof = buildInclusionProof(leaves, index);
          expect(verifyInclusion(proof)).toEqual({ valid: true });
          expect(
            verifyInclusion(proof, { root: naiveMerkleRoot(leaves) as Hex, leafCount: leaves.length }),
          ).toEqual({
            valid: true,
          });
        }),
      );
    });

    it("any single-bit change to the leaf, a sibling, the root or the index fails", () => {
      fc.assert(
        fc.property(
          tree,
          fc.nat({ max: 255 }),
          fc.nat(),
          fc.nat({ max: 30 }),
          ({ leaves, index }, bit, pick, indexBit) => {
            const proof = buildInclusionProof(leaves, index);
            expect(verifyInclusion({ ...proof, leaf: flipBit(proof.leaf, bit) }).valid).toBe(false);
            expect(verifyInclusion({ ...proof, root: flipBit(proof.root, bit) }).valid).toBe(false);
            expect(verifyInclusion({ ...proof, index: index ^ (1 << indexBit) }).valid).toBe(false);
            if (proof.siblings.length > 0) {
              const siblings = [...proof.siblings];
              const at = pick % siblings.length;
              siblings[at] = flipBit(siblings[at] as Hex, bit);
              expect(verifyInclusion({ ...proof, siblings }).valid).toBe(false);
            }
          },
        ),
      );
    });

    it("any single-bit change to leafCount fails against the published count", () => {
      fc.assert(
        fc.property(tree, fc.nat({ max: 30 }), ({ leaves, index }, countBit) => {
          const proof = buildInclusionProof(leaves, index);
          const published = { root: proof.root, leafCount: leaves.length };
          const tampered = { ...proof, leafCount: leaves.length ^ (1 << countBit) };
          expect(verifyInclusion(tampered, published).valid).toBe(false);
          // Without the publication only a change of tree shape is detectable.
          if (treeDepth(tampered.leafCount) !== treeDepth(leaves.length) || tampered.leafCount <= index) {
            expect(verifyInclusion(tampered).valid).toBe(false);
          }
        }),
      );
    });
  });
});
