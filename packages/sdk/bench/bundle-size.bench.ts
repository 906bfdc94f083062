/**
 * What the SDK costs a user's bundle, minified and gzipped, as their bundler would ship it:
 * esbuild (bundle, minify, ESM, browser, code splitting), gzip -9 per output file.
 *
 * - The goal applies to "client + transport": the tree-shaken bundle of a tiny app that does
 *   `new PacSpace({ apiKey }).balance.emit(…)`. The package is `sideEffects: false`, so a
 *   user's bundler drops what the app does not import (the dashboard client, the standalone
 *   helpers); the client itself still brings every resource.
 * - "initial" is the entry chunk plus the chunks it imports statically: what loads with the app.
 *   The generated request and webhook schemas (and zod's converter), the code behind
 *   `pac.proofs` and `pac.webhooks`, and the request signer are imported with `import()` on
 *   first use, so they are separate chunks, printed on their own ("lazy").
 * - "deps external" leaves zod and @noble/hashes out: the package's own dependencies, which a
 *   user's bundler shares with other code. ky and openapi-fetch are bundled into the SDK (tsup
 *   `noExternal`), so they always count. The size with every dependency is printed too.
 * - The whole entry (everything `@pacspace/sdk` exports, nothing tree-shaken) and the
 *   `/webhooks` and `/proofs` entries are printed for reference.
 */
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { format, goal, heading } from "./harness.js";

const SHARED_DEPENDENCIES = ["zod", "@noble/hashes"];
const GOAL_BYTES = 15 * 1024;
const PACKAGE_DIR = fileURLToPath(new URL("..", import.meta.url));
const source = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));

/** The tiny app: imports the client from the package (resolved to its sources) and makes one call. */
const CLIENT_APP = `
import { PacSpace } from "@pacspace/sdk";
const pac = new PacSpace({ apiKey: "pk_test_bench.secret" });
export const delta = pac.balance.emit("cust_acme", -12.5, "API usage");
`;

interface Size {
  minified: number;
  gzipped: number;
}

interface SplitBundle {
  /** Entry chunk plus the chunks it imports statically. */
  initial: Size;
  /** Chunks only reachable through `import()`. */
  lazy: Size;
  /** Bytes per input in the initial chunks. */
  initialInputs: Metafile["outputs"][string]["inputs"];
}

const add = (a: Size, b: Size): Size => ({
  minified: a.minified + b.minified,
  gzipped: a.gzipped + b.gzipped,
});
const ZERO: Size = { minified: 0, gzipped: 0 };

/** Resolves `@pacspace/sdk` (and its subpaths) to the package's sources, as the `@pacspace/source` condition does. */
const sdkSources = {
  name: "pacspace-sources",
  setup(plugin: { onResolve: (options: { filter: RegExp }, callback: () => { path: string }) => void }) {
    plugin.onResolve({ filter: /^@pacspace\/sdk$/ }, () => ({ path: source("index.ts") }));
  },
};

async function bundle(
  entry: { file: string } | { app: string },
  external: readonly string[],
): Promise<SplitBundle> {
  const result = await build({
    ...("file" in entry
      ? { entryPoints: [source(entry.file)] }
      : { stdin: { contents: entry.app, resolveDir: PACKAGE_DIR, loader: "ts" as const } }),
    absWorkingDir: PACKAGE_DIR,
    outdir: "bench-out",
    bundle: true,
    splitting: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external: [...external],
    plugins: [sdkSources],
    metafile: true,
    logLevel: "silent",
  });
  const sizes = new Map<string, Size>();
  for (const file of result.outputFiles) {
    sizes.set(relative(PACKAGE_DIR, file.path), {
      minified: file.contents.length,
      gzipped: gzipSync(file.contents, { level: 9 }).length,
    });
  }
  const outputs = result.metafile.outputs;
  const entryChunk = Object.keys(outputs).find((path) => outputs[path]?.entryPoint !== undefined);
  if (entryChunk === undefined) throw new Error("bundle-size: esbuild produced no entry chunk");
  // The static import closure of the entry chunk.
  const initial = new Set<string>();
  const pending = [entryChunk];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (initial.has(path)) continue;
    initial.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) pending.push(imported.path);
    }
  }
  let initialSize = ZERO;
  let lazySize = ZERO;
  const initialInputs: SplitBundle["initialInputs"] = {};
  for (const [path, size] of sizes) {
    if (initial.has(path)) {
      initialSize = add(initialSize, size);
      Object.assign(initialInputs, outputs[path]?.inputs);
    } else {
      lazySize = add(lazySize, size);
    }
  }
  return { initial: initialSize, lazy: lazySize, initialInputs };
}

const kB = (bytes: number) => `${format(bytes / 1024)} kB`;

/** Bytes each input contributes to the minified output, grouped by package or source folder. */
function heaviest(inputs: SplitBundle["initialInputs"], top: number): string[] {
  const groups = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    const group = pkg ?? path.replace(/^.*?src\//, "src/");
    groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
  }
  return [...groups.entries()]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([group, bytes]) => `${group} ${kB(bytes)}`);
}

const row = (name: string, size: Size) =>
  `  ${name.padEnd(62)} ${kB(size.minified).padStart(9)} min  ${kB(size.gzipped).padStart(9)} min+gz`;

function rows(name: string, split: SplitBundle): void {
  console.log(row(name, split.initial));
  if (split.lazy.minified > 0) console.log(row("  + lazy chunks (loaded on first use)", split.lazy));
}

export async function benchBundleSize(): Promise<void> {
  heading("Bundle size (esbuild --bundle --minify --splitting --format=esm --platform=browser, gzip -9)");
  const client = await bundle({ app: CLIENT_APP }, SHARED_DEPENDENCIES);
  const clientAll = await bundle({ app: CLIENT_APP }, []);
  const main = await bundle({ file: "index.ts" }, SHARED_DEPENDENCIES);
  const mainAll = await bundle({ file: "index.ts" }, []);
  const webhooks = await bundle({ file: "webhooks/index.ts" }, SHARED_DEPENDENCIES);
  const proofs = await bundle({ file: "proofs.ts" }, SHARED_DEPENDENCIES);
  const proofsAll = await bundle({ file: "proofs.ts" }, []);
  console.log("  client + transport: `new PacSpace({ apiKey }).balance.emit(…)` tree-shaken; initial chunks");
  rows("app (zod, @noble/hashes external)", client);
  rows("app with every dependency", clientAll);
  console.log("  whole entries, nothing tree-shaken; initial chunks");
  rows("@pacspace/sdk (zod, @noble/hashes external)", main);
  rows("@pacspace/sdk with every dependency", mainAll);
  rows("@pacspace/sdk/webhooks (zod, @noble/hashes external)", webhooks);
  rows("@pacspace/sdk/proofs (@noble/hashes external)", proofs);
  rows("@pacspace/sdk/proofs with every dependency", proofsAll);
  console.log(
    `  heaviest in client + transport, initial (minified bytes): ${heaviest(client.initialInputs, 10).join(", ")}`,
  );
  // In bytes, so a result within a few bytes of the goal reads as such.
  goal(
    "client + transport min+gz, tree-shaken app, initial (deps external)",
    client.initial.gzipped,
    GOAL_BYTES,
    " bytes",
  );
}
