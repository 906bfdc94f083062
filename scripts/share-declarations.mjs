// Ships each type declaration once. tsup writes every declaration twice (`.d.ts` for import,
// `.d.cts` for require); this keeps the CommonJS set and turns each entry's `.d.ts` into a
// one-line re-export of its `.d.cts` (TypeScript lets an ES module re-export a CommonJS one,
// not the other way round) and deletes the ESM copies of the shared chunks.
// Usage: node scripts/share-declarations.mjs <dist folder> <entry> [<entry>…]
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [dist, ...entries] = process.argv.slice(2);
if (!dist || entries.length === 0) throw new Error("usage: share-declarations.mjs <dist> <entry>…");
for (const file of readdirSync(dist)) {
  if (file.endsWith(".d.ts") && !entries.includes(file.slice(0, -".d.ts".length))) rmSync(join(dist, file));
}
for (const entry of entries) {
  writeFileSync(join(dist, `${entry}.d.ts`), `export * from "./${entry}.cjs";\n`);
}
