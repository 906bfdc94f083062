// Minifies the CommonJS build in place; their source maps are dropped, the ESM ones stay. tsup
// writes split CommonJS by rewriting esbuild's ESM output, which only works on unminified code,
// so the CommonJS files are minified after the build. Unlike the ESM build (left for users'
// bundlers to shake), local names are shortened too; `keepNames` keeps every function's and
// class's own name, so stack traces and `constructor.name` still read the SDK's names.
// Usage: node scripts/minify-commonjs.mjs <dist folder>
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";

const [dist] = process.argv.slice(2);
if (!dist) throw new Error("usage: minify-commonjs.mjs <dist>");
for (const file of readdirSync(dist)) {
  if (!file.endsWith(".cjs")) continue;
  const path = join(dist, file);
  const { code } = transformSync(readFileSync(path, "utf8"), {
    format: "cjs",
    minify: true,
    keepNames: true,
    target: "node20",
  });
  writeFileSync(path, code);
  // The map tsup wrote describes the unminified file: stale now, so it goes.
  rmSync(`${path}.map`, { force: true });
}
