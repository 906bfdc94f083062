import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CODE_LANGUAGES, codeBlocks, READMES } from "../../../consumers/readme-snippets/extract.mjs";
import { repoRoot } from "../src/repository.js";

/**
 * Every TypeScript/JavaScript block of the READMEs is extracted for the consumer suite
 * (type-checked and run), or carries an annotation that says why not. A new README with
 * code, or a block the extraction would miss, fails here before it can drift unseen.
 */

function readmesWithin(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...readmesWithin(path));
    else if (entry.name === "README.md") found.push(relative(repoRoot, path));
  }
  return found;
}

/** Opening fences, counted independently of the extractor's own pattern. */
function openingFences(text: string): string[] {
  const languages: string[] = [];
  let open = false;
  for (const line of text.split("\n")) {
    const fence = /^```(.*)$/.exec(line);
    if (!fence) continue;
    if (!open) languages.push((fence[1] ?? "").trim());
    open = !open;
  }
  return languages;
}

describe("README code blocks", () => {
  it("every README with a code block is one the consumer suite extracts", () => {
    const withCode = [
      "README.md",
      ...["packages", "mocks", "examples"].flatMap((folder) => readmesWithin(join(repoRoot, folder))),
    ].filter((readme) =>
      openingFences(readFileSync(join(repoRoot, readme), "utf8")).some((language) =>
        CODE_LANGUAGES.has(language),
      ),
    );
    expect(withCode.filter((readme) => !READMES.includes(readme))).toEqual([]);
  });

  for (const readme of READMES) {
    it(`${readme}: every block is extracted or annotated, and every fence has a language`, () => {
      let text: string;
      try {
        text = readFileSync(join(repoRoot, readme), "utf8");
      } catch {
        return; // a README listed ahead of its folder
      }
      const fences = openingFences(text);
      const blocks = codeBlocks(text);
      expect(blocks.map((block) => block.language)).toEqual(fences);
      expect(fences.filter((language) => language === "")).toEqual([]);
      for (const block of blocks) {
        if (!CODE_LANGUAGES.has(block.language)) expect(block.kind).toBe("other");
        else expect(["harness", "standalone", "typecheck-only", "not-compiled"]).toContain(block.kind);
        if (block.kind === "typecheck-only" || block.kind === "not-compiled")
          expect(block.reason?.length ?? 0, `${readme}:${block.line}`).toBeGreaterThan(10);
      }
    });
  }

  it("a block after an annotation is not run, and one that sets up its own mock runs on its own", () => {
    const text = [
      "<!-- snippet: typecheck-only runs in a browser only -->",
      "```ts",
      "await setupWorker().start();",
      "```",
      "",
      "```ts",
      "const server = setupServer(...createPacSpaceMock().handlers);",
      "```",
      "",
      "```ts",
      'await pac.balance.emit("cust_acme", 1, "x");',
      "```",
      "",
      "```sh",
      "pnpm test",
      "```",
    ].join("\n");
    expect(codeBlocks(text).map((block) => [block.kind, block.line])).toEqual([
      ["typecheck-only", 3],
      ["standalone", 7],
      ["harness", 11],
      ["other", 15],
    ]);
  });
});
