/**
 * What the SDK costs a browser app, measured on the BUILT package (`dist/`, run `pnpm build`
 * first) as a user's bundler sees it: esbuild (bundle, minify, ESM, browser, code splitting),
 * every dependency bundled (a browser app ships them all), gzip -9 per output file.
 *
 * The app imports `{ PacSpace }` from "@pacspace/sdk" and makes one emit and one derive
 * against a canned fetch. The bundle is written to a temporary folder with each chunk tagged,
 * then run, so "emit + derive" counts exactly the chunks those two calls load (the lazily
 * imported validators included), not every chunk esbuild produced.
 *
 * - first load: the entry chunk and the chunks it imports statically.
 * - emit + derive: every chunk loaded by the time both calls have resolved.
 * - single file: the same app bundled without splitting (every `import()` inlined).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { format, goal, heading } from "./harness.js";

const FIRST_LOAD_GOAL = 15 * 1024;
const EMIT_AND_DERIVE_GOAL = 30 * 1024;
const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
const LOADED = "__pacspaceBundleBenchLoaded";

/** The app: a canned fetch answers the emit and the derive the way the API does. */
const APP = `
import { PacSpace } from "@pacspace/sdk";
const answer = (data) => new Response(JSON.stringify({ success: true, data }), {
  headers: { "content-type": "application/json" },
});
const fetch = async (request) =>
  request.method === "POST"
    ? answer({ recordId: "rec_1", status: "QUEUED", customerId: "cust_acme", delta: -12.5 })
    : answer({ customerId: "cust_acme", balance: -12.5, deltas: [], pagination: { total: 0, limit: 100, offset: 0, hasMore: false } });
const pac = new PacSpace({ apiKey: "pk_test_bench.secret", fetch, maxRetries: 0 });
export async function run() {
  await pac.balance.emit("cust_acme", -12.5, "API usage");
  await pac.balance.derive("cust_acme", { period: "2025-01" });
}
`;

/** Resolves "@pacspace/sdk" and its subpaths to the built files its `import` condition names. */
const builtPackage = {
  name: "pacspace-built-package",
  setup(plugin: {
    onResolve: (options: { filter: RegExp }, callback: (args: { path: string }) => { path: string }) => void;
  }) {
    plugin.onResolve({ filter: /^@pacspace\/sdk(\/.*)?$/ }, ({ path }) => ({
      path: join(DIST, `${path === "@pacspace/sdk" ? "index" : path.slice("@pacspace/sdk/".length)}.js`),
    }));
  },
};

interface Size {
  minified: number;
  gzipped: number;
}

const sizeOf = (contents: Uint8Array): Size => ({
  minified: contents.length,
  gzipped: gzipSync(contents, { level: 9 }).length,
});
const total = (sizes: Iterable<Size>): Size => {
  const sum = { minified: 0, gzipped: 0 };
  for (const size of sizes) {
    sum.minified += size.minified;
    sum.gzipped += size.gzipped;
  }
  return sum;
};

async function bundle(splitting: boolean) {
  return build({
    stdin: { contents: APP, resolveDir: DIST, loader: "js" },
    outdir: "bundle",
    bundle: true,
    splitting,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    plugins: [builtPackage],
    metafile: true,
    logLevel: "silent",
  });
}

export async function benchBundleSize(): Promise<void> {
  heading("Bundle size of the built package (esbuild --bundle --minify --splitting, browser, gzip -9)");
  const split = await bundle(true);
  const sizes = new Map(split.outputFiles.map((file) => [basename(file.path), sizeOf(file.contents)]));
  const outputs = split.metafile.outputs;
  // The app's own chunk: every `import()` target is an entry point of the metafile too.
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === "<stdin>");
  if (entry === undefined) throw new Error("bundle-size: esbuild produced no entry chunk");

  const firstLoad = new Set<string>();
  for (const pending = [entry]; pending.length > 0; ) {
    const path = pending.pop() as string;
    if (firstLoad.has(path)) continue;
    firstLoad.add(path);
    for (const imported of outputs[path]?.imports ?? []) {
      if (imported.kind === "import-statement" && !imported.external) pending.push(imported.path);
    }
  }

  // Run the app from disk, each chunk recording itself when it is evaluated.
  const dir = mkdtempSync(join(tmpdir(), "pacspace-bundle-"));
  const loaded = new Set<string>();
  (globalThis as Record<string, unknown>)[LOADED] = loaded;
  try {
    for (const file of split.outputFiles) {
      const name = basename(file.path);
      writeFileSync(join(dir, name), `globalThis.${LOADED}.add(${JSON.stringify(name)});${file.text}`);
    }
    const app = (await import(pathToFileURL(join(dir, basename(entry))).href)) as {
      run: () => Promise<void>;
    };
    await app.run();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    delete (globalThis as Record<string, unknown>)[LOADED];
  }

  const single = await bundle(false);
  const singleSize = total(single.outputFiles.map((file) => sizeOf(file.contents)));
  const first = total([...firstLoad].map((path) => sizes.get(basename(path)) as Size));
  const emitAndDerive = total([...loaded].map((name) => sizes.get(name) as Size));
  const all = total(sizes.values());

  const kB = (bytes: number) => `${format(bytes / 1024)} kB`;
  const row = (name: string, size: Size) =>
    console.log(
      `  ${name.padEnd(52)} ${kB(size.minified).padStart(9)} min  ${kB(size.gzipped).padStart(9)} min+gz`,
    );
  row(`first load (${firstLoad.size} chunk${firstLoad.size === 1 ? "" : "s"})`, first);
  row(`after emit + derive (${loaded.size} chunks loaded)`, emitAndDerive);
  row(`every chunk produced (${sizes.size})`, all);
  row("single file (no splitting)", singleSize);
  console.log(
    `  chunks loaded by emit + derive: ${[...loaded]
      .map((name) => `${name} ${kB((sizes.get(name) as Size).gzipped)}`)
      .join(", ")}`,
  );
  goal("first load min+gz, built package", first.gzipped, FIRST_LOAD_GOAL, " bytes");
  goal(
    "emit + derive min+gz (all chunks loaded), built package",
    emitAndDerive.gzipped,
    EMIT_AND_DERIVE_GOAL,
    " bytes",
  );
}
