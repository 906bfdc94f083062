// Extracts every TypeScript code block of the package READMEs into its own module, so the
// consumer suite type-checks them against the packed packages: a snippet that drifts from
// the API fails CI. Names a snippet uses without declaring (a client `pac`, a `checkpoint`
// from an earlier block, …) come from snippets-globals.d.ts.
//   node readme-snippets.mjs <repository root> <output folder>
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const READMES = ["README.md", "packages/sdk/README.md", "mocks/README.md", "packages/contract/README.md"];
const [root, out] = process.argv.slice(2);
if (!root || !out) throw new Error("usage: readme-snippets.mjs <repository root> <output folder>");
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) if (file.endsWith(".ts")) rmSync(join(out, file));
let count = 0;
for (const readme of READMES) {
  const text = readFileSync(join(root, readme), "utf8");
  const name = readme.replace(/\/?README\.md$/, "").replaceAll("/", "-") || "root";
  let index = 0;
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```/gm)) {
    index += 1;
    // A block right after `<!-- not compiled -->` lists API members rather than being code.
    if (text.slice(0, match.index).trimEnd().endsWith("<!-- not compiled -->")) continue;
    const line = text.slice(0, match.index).split("\n").length + 1;
    // `export {}` makes every snippet a module of its own, even one with no import.
    const body = `// ${readme}:${line}\n${match[1]}\nexport {};\n`;
    writeFileSync(join(out, `${name}-${String(index).padStart(2, "0")}.ts`), body);
    count += 1;
  }
}
console.log(`${count} README snippets in ${out}`);
