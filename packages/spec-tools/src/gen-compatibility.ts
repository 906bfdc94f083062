/**
 * Writes docs/compatibility.md (run by `pnpm gen`; `pnpm run gen:check` fails when it is stale),
 * formatted by biome as `pnpm lint` expects.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderCompatibility } from "./compatibility.js";
import { readImplementationStatus } from "./implementation-status.js";
import { loadDocumentedFile, loadSpec, repoRoot } from "./repository.js";

const markdown = renderCompatibility({
  spec: loadSpec(),
  documented: loadDocumentedFile(),
  implementation: readImplementationStatus(),
});
const formatted = execFileSync(
  join(repoRoot, "node_modules/.bin/biome"),
  ["format", "--stdin-file-path=compatibility.md"],
  {
    cwd: repoRoot,
    input: markdown,
    encoding: "utf8",
  },
);
const output = join(repoRoot, "docs/compatibility.md");
writeFileSync(output, formatted);
console.log(`wrote ${output}`);
