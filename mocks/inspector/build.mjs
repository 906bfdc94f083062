// Builds the inspector page into `<outDir>/index.html` + `<outDir>/assets/*-<hash>.{js,css}`
// (default: ../dist/inspector, shipped in the package). Run after tsup, which empties dist.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = fileURLToPath(new URL(".", import.meta.url));

export async function buildInspector(outDir = join(here, "..", "dist", "inspector")) {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, "assets"), { recursive: true });
  const result = await build({
    entryPoints: { inspector: join(here, "src", "main.tsx") },
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    // The SDK's core is read from source: the page does not need the SDK built first.
    conditions: ["@pacspace/source"],
    jsx: "automatic",
    jsxImportSource: "preact",
    outdir: join(outDir, "assets"),
    entryNames: "[name]-[hash]",
    assetNames: "[name]-[hash]",
    metafile: true,
    logLevel: "warning",
    legalComments: "linked",
  });
  const outputs = Object.keys(result.metafile.outputs).map((file) => basename(file));
  const js = outputs.find((file) => file.endsWith(".js"));
  const css = outputs.find((file) => file.endsWith(".css"));
  if (!js || !css) throw new Error(`inspector build: missing output (${outputs.join(", ")})`);
  const template = await readFile(join(here, "index.html"), "utf8");
  await writeFile(
    join(outDir, "index.html"),
    template.replace("%JS%", `assets/${js}`).replace("%CSS%", `assets/${css}`),
  );
  return { outDir, js, css };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { outDir, js, css } = await buildInspector(process.argv[2]);
  console.log(`inspector: ${outDir} (${js}, ${css})`);
}
