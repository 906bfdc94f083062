import { type Hex, merkleNode } from "@pacspace/sdk/core";

/**
 * Every level of a Merkle tree, leaves first, built the way the service builds its roots
 * (`merkleNode` of each pair; an odd last node is paired with itself), and the positions a
 * leaf's inclusion path passes through.
 */
export function merkleLevels(leaves: readonly Hex[]): Hex[][] {
  const levels: Hex[][] = [[...leaves]];
  let level = levels[0] as Hex[];
  while (level.length > 1) {
    const parents: Hex[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i] as Hex;
      parents.push(merkleNode(left, level[i + 1] ?? left));
    }
    levels.push(parents);
    level = parents;
  }
  return levels;
}

/** Per level, the index of the path's node and of its sibling (the proof). */
export function inclusionPath(
  levels: readonly Hex[][],
  leafIndex: number,
): Array<{ node: number; sibling: number }> {
  const path: Array<{ node: number; sibling: number }> = [];
  let index = leafIndex;
  for (const level of levels) {
    const sibling = index % 2 === 0 ? Math.min(index + 1, level.length - 1) : index - 1;
    path.push({ node: index, sibling });
    index = Math.floor(index / 2);
  }
  return path;
}
