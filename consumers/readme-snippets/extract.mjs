// Finds the code blocks of the READMEs and sorts them: each TypeScript/JavaScript block is
// type-checked and run, unless an HTML comment right before it says otherwise:
//   <!-- snippet: typecheck-only REASON -->   type-checked, not run (e.g. browser-only code)
//   <!-- snippet: not-compiled REASON -->     neither (a listing of members, not code)
// A block that sets up its own request interception (msw's setupServer, setupPacSpace, …)
// runs on its own; the others run in order, per README, against the harness's in-process mock.

/** Every README whose code blocks are checked (a test fails when another README has code). */
export const READMES = [
  "README.md",
  "packages/sdk/README.md",
  "mocks/README.md",
  "packages/contract/README.md",
  "examples/frontend/README.md",
  "examples/quickstart/README.md",
  "examples/webhook-receiver/README.md",
];

/** Fence languages that are code this project ships: TypeScript and JavaScript. */
export const CODE_LANGUAGES = new Set(["ts", "tsx", "typescript", "js", "jsx", "mjs", "cjs", "javascript"]);

const ANNOTATION = /<!--\s*snippet:\s*(typecheck-only|not-compiled)\s+([^>]*?)\s*-->\s*$/;
const OWN_INTERCEPTION =
  /\b(setupServer|setupPacSpace|createPacSpaceServer|setupWorker|startPacSpaceWorker)\(/;

/**
 * The fenced blocks of a README, in order: `{ language, body, line, kind, reason? }`, where
 * `kind` is `harness`, `standalone`, `typecheck-only`, `not-compiled`, or `other` (a fence of
 * another language: sh, json, …).
 */
export function codeBlocks(text) {
  const blocks = [];
  for (const match of text.matchAll(/^```([^\n`]*)\n([\s\S]*?)^```[ \t]*$/gm)) {
    const language = match[1].trim();
    const body = match[2];
    const line = text.slice(0, match.index).split("\n").length + 1;
    const before = text.slice(0, match.index).trimEnd();
    const annotation = ANNOTATION.exec(before);
    if (!CODE_LANGUAGES.has(language)) {
      blocks.push({ language, body, line, kind: "other" });
    } else if (annotation) {
      blocks.push({ language, body, line, kind: annotation[1], reason: annotation[2] });
    } else {
      blocks.push({ language, body, line, kind: OWN_INTERCEPTION.test(body) ? "standalone" : "harness" });
    }
  }
  return blocks;
}

/** `import …;` statements at the start of lines, which a block scope cannot hold. */
export function splitImports(body) {
  const imports = [];
  const rest = body.replace(/^import\s[\s\S]*?;[ \t]*$/gm, (statement) => {
    imports.push(statement);
    return "";
  });
  return { imports, rest };
}
