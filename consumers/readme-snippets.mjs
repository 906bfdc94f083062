// Extracts the code blocks of the READMEs (see readme-snippets/extract.mjs) so the consumer
// suite type-checks and runs them against the packed packages: a snippet that drifts from the
// API fails CI.
//   snippets/<readme>-NN.ts     one module per block, type-checked (tsc -p tsconfig.json)
//   run/<readme>.test.ts        the README's blocks in order, one Vitest test each, against the
//                               in-process mock of harness.ts
//   run/<readme>-NN.test.ts     a block that sets up its own mock, run as its own test file
// Names a snippet uses without declaring (a client `pac`, a `checkpoint` from an earlier block,
// …) are typed in globals.d.ts and given real values by harness.ts.
//   node readme-snippets.mjs <repository root> <output folder>
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { codeBlocks, READMES, splitImports } from "./readme-snippets/extract.mjs";

const [root, out] = process.argv.slice(2);
if (!root || !out) throw new Error("usage: readme-snippets.mjs <repository root> <output folder>");
const runDir = join(out, "..", "run");
for (const dir of [out, runDir]) {
  mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) if (file.endsWith(".ts")) rmSync(join(dir, file));
}
const fixtures = join(dirname(fileURLToPath(import.meta.url)), "readme-snippets", "snippets", "fixtures");
if (existsSync(fixtures)) cpSync(fixtures, join(runDir, "fixtures"), { recursive: true });

const counts = { "type-checked": 0, run: 0, "typecheck-only": 0, "not-compiled": 0 };
const exceptions = [];
for (const readme of READMES) {
  const path = join(root, readme);
  if (!existsSync(path)) continue;
  const name = readme.replace(/\/?README\.md$/, "").replaceAll("/", "-") || "root";
  const inOrder = { imports: new Set(), tests: [] };
  let index = 0;
  for (const block of codeBlocks(readFileSync(path, "utf8"))) {
    if (block.kind === "other") continue;
    index += 1;
    const where = `${readme}:${block.line}`;
    if (block.kind === "not-compiled" || block.kind === "typecheck-only") {
      counts[block.kind] += 1;
      exceptions.push(`${block.kind} ${where}: ${block.reason}`);
      if (block.kind === "not-compiled") continue;
    }
    // `export {}` makes every snippet a module of its own, even one with no import.
    const file = `${name}-${String(index).padStart(2, "0")}`;
    writeFileSync(join(out, `${file}.ts`), `// ${where}\n${block.body}\nexport {};\n`);
    counts["type-checked"] += 1;
    if (block.kind === "typecheck-only") continue;
    counts.run += 1;
    if (block.kind === "standalone") {
      const ran = `import { test as snippetRan } from "vitest";\nsnippetRan("${where} ran", () => {});`;
      writeFileSync(
        join(runDir, `${file}.test.ts`),
        `// ${where}\nimport "../harness-globals.js";\n${block.body}\n${ran}\n`,
      );
      continue;
    }
    const { imports, rest } = splitImports(block.body);
    for (const statement of imports) inOrder.imports.add(statement);
    inOrder.tests.push(`test(${JSON.stringify(where)}, async () => {\n${rest.trim()}\n});`);
  }
  if (inOrder.tests.length > 0) {
    const source = [
      `// ${readme}: its blocks in order, one test each, against the in-process mock`,
      `import "../harness.js";`,
      `import { test } from "vitest";`,
      ...inOrder.imports,
      "",
      ...inOrder.tests,
      "",
    ].join("\n");
    writeFileSync(join(runDir, `${name}.test.ts`), source);
  }
}
console.log(
  `README snippets: ${counts["type-checked"]} type-checked, ${counts.run} run, ` +
    `${counts["typecheck-only"]} type-checked only, ${counts["not-compiled"]} not compiled`,
);
for (const exception of exceptions) console.log(`  ${exception}`);
