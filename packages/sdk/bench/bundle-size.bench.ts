/**
 * Size of the published ESM entries, minified and gzipped, as a user's bundler would ship
 * them: esbuild (minify, ESM, browser), with the package's runtime dependencies that users'
 * bundlers share with other code (zod, @noble/hashes) left external. ky and openapi-fetch
 * are bundled into the SDK (tsup `noExternal`), so they count. The size with every
 * dependency included is printed too. Goal: main entry (client + transport) ≤ 15 kB.
 */
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";
import { format, goal, heading } from "./harness.js";

const SHARED_DEPENDENCIES = ["zod", "@noble/hashes"];
const GOAL_BYTES = 15 * 1024;

interface BundleSize {
  minified: number;
  gzipped: number;
  metafile: Metafile;
}

async function bundle(entry: string, external: readonly string[]): Promise<BundleSize> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external: [...external],
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents;
  if (!code) throw new Error(`bundle-size: esbuild produced nothing for ${entry}`);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

const kB = (bytes: number) => `${format(bytes / 1024)} kB`;

/** Bytes each input contributes to the minified output, grouped by package or source folder. */
function heaviest(metafile: Metafile, top: number): string[] {
  const groups = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
      const group = pkg ?? path.replace(/^.*?src\//, "src/");
      groups.set(group, (groups.get(group) ?? 0) + bytesInOutput);
    }
  }
  return [...groups.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([group, bytes]) => `${group} ${kB(bytes)}`);
}

export async function benchBundleSize(): Promise<void> {
  heading("Bundle size (esbuild --minify --format=esm --platform=browser, gzip -9)");
  const main = await bundle("../src/index.ts", SHARED_DEPENDENCIES);
  const mainAll = await bundle("../src/index.ts", []);
  const proofs = await bundle("../src/proofs.ts", SHARED_DEPENDENCIES);
  const proofsAll = await bundle("../src/proofs.ts", []);
  const row = (name: string, size: BundleSize) =>
    `  ${name.padEnd(52)} ${kB(size.minified).padStart(9)} min  ${kB(size.gzipped).padStart(9)} min+gz`;
  console.log(row("@pacspace/sdk (zod, @noble/hashes external)", main));
  console.log(row("@pacspace/sdk with every dependency", mainAll));
  console.log(row("@pacspace/sdk/proofs (@noble/hashes external)", proofs));
  console.log(row("@pacspace/sdk/proofs with every dependency", proofsAll));
  console.log(`  heaviest in the main entry (minified bytes): ${heaviest(main.metafile, 10).join(", ")}`);
  goal("@pacspace/sdk ESM entry min+gz (deps external)", main.gzipped / 1024, GOAL_BYTES / 1024, " kB");
}
