#!/usr/bin/env node
// The consumer suite: packs the published packages with `pnpm pack`, installs the tarballs with
// plain npm into fresh projects outside the repository, and runs each project's checks on the
// runtime of its line. Runtimes other than the host Node come from their npm packages.
//
//   node consumers/run.mjs [line…]     (all lines when none is named)
//
// Writes a report ({ passed, failed, lines }) to $PACSPACE_CONSUMERS_REPORT when set, and exits
// non-zero when a line fails. The npm cache and the runtimes live in
// $PACSPACE_CONSUMERS_CACHE (default ~/.cache/pacspace-consumers), kept between runs.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const cache = process.env.PACSPACE_CONSUMERS_CACHE ?? join(homedir(), ".cache/pacspace-consumers");
const work = join(tmpdir(), "pacspace-consumers");
const npmCache = join(cache, "npm");
const PACKAGES = { sdk: "packages/sdk", mocks: "mocks", contract: "packages/contract" };

/** Runtimes installed from the npm registry, once per version, into the cache. */
const RUNTIMES = {
  node22: { spec: "node@22", bin: "node_modules/.bin/node" },
  node24: { spec: "node@24", bin: "node_modules/.bin/node" },
  node26: { spec: "node@26", bin: "node_modules/.bin/node" },
  bun: { spec: "bun", bin: "node_modules/.bin/bun" },
  deno: { spec: "deno", bin: "node_modules/.bin/deno" },
  workerd: { spec: "workerd", bin: "node_modules/.bin/workerd" },
};

/**
 * One line of the matrix: a project folder, the packages it installs, and its checks
 * ([runtime, args…] with runtime "node" for the host Node, or a RUNTIMES key, or "npx" for a
 * bin of the project).
 */
const LINES = [
  {
    name: "esm-typescript (TS 5.9 node16 + node20 + bundler, TS 7, strict, skipLibCheck false; runs on Node 24)",
    dir: "esm-typescript",
    packages: ["sdk", "mocks"],
    // msw 2's own declarations import ES-module-only packages from CommonJS-format files
    // (TS1479 under skipLibCheck: false); msw 3's are clean, and msw 3 needs Node >= 22.12.
    deps: { msw: "^3.0.0" },
    checks: [
      ["node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.node16.json"],
      ["node24", "out/main.js"],
      // A CommonJS .cts file requiring the ES-module-only SDK: module node20 (node16 has no require(esm)).
      ["node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.node20.json"],
      ["node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.bundler.json"],
      ["node", "node_modules/typescript7/bin/tsc", "-p", "tsconfig.node16.json", "--noEmit"],
      ["node", "node_modules/typescript7/bin/tsc", "-p", "tsconfig.node20.json"],
      ["node", "node_modules/typescript7/bin/tsc", "-p", "tsconfig.bundler.json"],
    ],
  },
  {
    name: "commonjs require (the ES-module-only SDK through require(esm) on Node 20, 22, 24, 26)",
    dir: "commonjs",
    packages: ["sdk", "mocks"],
    deps: { msw: "^2.12.0" },
    checks: [
      ["node", "main.cjs"],
      ["node22", "main.cjs"],
      ["node24", "main.cjs"],
      ["node26", "main.cjs"],
    ],
  },
  {
    name: "node:test",
    dir: "node-test",
    packages: ["sdk", "mocks"],
    deps: { msw: "^2.12.0" },
    checks: [["node", "--test", "sdk.test.mjs"]],
  },
  {
    name: "jest (CommonJS with the README's config on Node 20, 22, 24, 26; no config: ESM mode, vm modules on Node 24)",
    dir: "jest",
    packages: ["sdk", "mocks"],
    deps: { msw: "^2.12.0" },
    checks: [
      ["node", "one-msw.mjs"],
      // Jest's default CommonJS mode, with jest.config.js as the mocks README gives it: Babel turns
      // the ES-module-only SDK and msw 2's ES-module-only dependencies into CommonJS.
      ["node", join(here, "jest-readme-config.mjs"), root],
      ...["node", "node22", "node24", "node26"].map((runtime) => [
        runtime,
        "node_modules/jest/bin/jest.js",
        "sdk-only.test.js",
        "sdk.test.js",
        "setup-server.test.js",
      ]),
      // Without the configuration: Jest's ESM mode, and Node >= 24.9 where Jest's CommonJS
      // loader reads ES modules through vm modules.
      [
        "node",
        "--experimental-vm-modules",
        "node_modules/jest/bin/jest.js",
        "--config",
        "{}",
        "esm.test.mjs",
      ],
      [
        "node24",
        "--experimental-vm-modules",
        "node_modules/jest/bin/jest.js",
        "--config",
        "{}",
        "sdk-only.test.js",
        "sdk.test.js",
        "setup-server.test.js",
      ],
    ],
  },
  {
    // msw 3 ships ES modules only: Jest reads it in its ESM mode, or in CommonJS mode through
    // vm modules on Node >= 24.9 (the README's Babel configuration is for msw 2).
    name: "jest + msw 3 (ESM mode on Node 22; CommonJS with --experimental-vm-modules on Node 24 and 26)",
    dir: "jest",
    packages: ["sdk", "mocks"],
    deps: { msw: "^3.0.0" },
    checks: [
      ["node", "one-msw.mjs"],
      [
        "node22",
        "--experimental-vm-modules",
        "node_modules/jest/bin/jest.js",
        "--config",
        "{}",
        "esm.test.mjs",
      ],
      ...["node24", "node26"].map((runtime) => [
        runtime,
        "--experimental-vm-modules",
        "node_modules/jest/bin/jest.js",
        "--config",
        "{}",
        "sdk.test.js",
        "setup-server.test.js",
      ]),
    ],
  },
  {
    name: "vitest 4 + msw 2 on Node 20",
    dir: "vitest4-msw2",
    packages: ["sdk", "mocks"],
    checks: [
      ["node", "one-msw.mjs"],
      ["node", "node_modules/vitest/vitest.mjs", "run"],
    ],
  },
  {
    name: "vitest 5 + msw 3 on Node 22, Node 24 and Node 26",
    dir: "vitest5-msw3",
    packages: ["sdk", "mocks"],
    checks: [
      ["node", "one-msw.mjs"],
      ["node22", "node_modules/vitest/vitest.mjs", "run"],
      ["node24", "node_modules/vitest/vitest.mjs", "run"],
      ["node26", "node_modules/vitest/vitest.mjs", "run"],
    ],
  },
  {
    name: "README snippets (every ts block of the READMEs type-checked under strict, and run against the mock)",
    dir: "readme-snippets",
    packages: ["sdk", "mocks", "contract"],
    deps: { msw: "^2.12.0" },
    // The extraction's counts: blocks type-checked, run, and the annotated exceptions.
    showOutputOf: [0],
    checks: [
      ["node", join(here, "readme-snippets.mjs"), root, "snippets"],
      ["node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json"],
      ["node", "node_modules/vitest/vitest.mjs", "run"],
    ],
  },
  {
    name: "bun",
    dir: "bun",
    packages: ["sdk", "mocks"],
    deps: { msw: "^2.12.0" },
    checks: [["bun", "main.mjs"]],
  },
  {
    name: "deno (canned answer)",
    dir: "deno",
    packages: ["sdk"],
    checks: [["deno", "run", "--allow-all", "main.mjs"]],
  },
  {
    name: "workerd (the SDK bundled as a Worker, canned answer)",
    dir: "workerd",
    packages: ["sdk"],
    checks: [
      ["node", "build.mjs"],
      ["workerd", "test", "config.capnp"],
    ],
  },
];

function run(command, args, cwd, env = {}) {
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd,
    env: { ...process.env, CI: "true", ...env },
    encoding: "utf8",
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`;
  return { ok: result.status === 0, output, seconds: (Date.now() - started) / 1000 };
}

function npmInstall(cwd, specs) {
  const args = ["install", "--no-audit", "--no-fund", "--prefer-offline", "--cache", npmCache, ...specs];
  const result = run("npm", args, cwd);
  if (!result.ok) throw new Error(`npm install failed in ${cwd}:\n${result.output}`);
}

function pack() {
  const out = join(work, "tarballs");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const tarballs = {};
  for (const [key, folder] of Object.entries(PACKAGES)) {
    execFileSync("pnpm", ["pack", "--pack-destination", out], { cwd: join(root, folder), stdio: "ignore" });
    const name = JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8")).name;
    const file = readdirSync(out).find((entry) => entry.startsWith(`${name.slice(1).replace("/", "-")}-`));
    tarballs[key] = join(out, file);
  }
  return tarballs;
}

const runtimeBins = {};
/** What the tarballs hold: dist/, README, LICENSE, CHANGELOG and package.json; nothing else. */
function checkTarballs(tarballs) {
  const allowed =
    /^package\/(dist\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json|generated\/openapi\.json)$/;
  const problems = [];
  for (const [key, tarball] of Object.entries(tarballs)) {
    const listing = execFileSync("tar", ["tzvf", tarball], { encoding: "utf8" }).trim().split("\n");
    let unpacked = 0;
    for (const line of listing) {
      const fields = line.trim().split(/\s+/);
      const path = fields.at(-1);
      unpacked += Number(fields[2]);
      if (!allowed.test(path) || path.endsWith(".map")) problems.push(`${key}: ${path}`);
      if (path === "package/generated/openapi.json" && key !== "contract") problems.push(`${key}: ${path}`);
    }
    console.log(`    ${key}: ${(unpacked / 1000).toFixed(0)} kB unpacked, ${listing.length} files`);
  }
  if (problems.length) throw new Error(`unexpected files in the tarballs:\n${problems.join("\n")}`);
}

function runtimeBin(runtime) {
  if (runtime === "node") return process.execPath;
  if (runtimeBins[runtime]) return runtimeBins[runtime];
  const { spec, bin } = RUNTIMES[runtime];
  const folder = join(cache, "runtimes", spec.replace(/[@/]/g, "-"));
  if (!existsSync(join(folder, bin))) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "package.json"), '{ "private": true }\n');
    npmInstall(folder, [spec]);
  }
  runtimeBins[runtime] = join(folder, bin);
  return runtimeBins[runtime];
}

function runLine(line, tarballs) {
  const dir = join(work, line.dir);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(here, line.dir), dir, { recursive: true });
  for (const file of readdirSync(join(here, "shared"))) cpSync(join(here, "shared", file), join(dir, file));
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  manifest.dependencies = { ...manifest.dependencies, ...line.deps };
  for (const key of line.packages) manifest.dependencies[`@pacspace/${key}`] = `file:${tarballs[key]}`;
  // The mocks tarball asks for @pacspace/sdk ^0.1.0 from the registry: use the packed one.
  manifest.overrides = { "@pacspace/sdk": `file:${tarballs.sdk}` };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  npmInstall(dir, []);
  for (const [index, [runtime, ...args]] of line.checks.entries()) {
    const result = run(runtimeBin(runtime), args, dir);
    const label = `${runtime} ${args.join(" ")}`;
    if (!result.ok) throw new Error(`${label} failed:\n${result.output}`);
    console.log(`    ${label} (${result.seconds.toFixed(1)} s)`);
    if (line.showOutputOf?.includes(index)) console.log(result.output.trimEnd().replace(/^/gm, "      "));
  }
}

const wanted = process.argv.slice(2);
const lines = wanted.length ? LINES.filter((line) => wanted.includes(line.dir)) : LINES;
const started = Date.now();
mkdirSync(work, { recursive: true });
const tarballs = pack();
const results = [];
try {
  checkTarballs(tarballs);
  results.push({ name: "tarball contents", ok: true });
  console.log("✓ tarball contents (dist/, README, LICENSE, CHANGELOG; no sources or source maps)");
} catch (error) {
  results.push({ name: "tarball contents", ok: false, error: error.message });
  console.log(`✗ tarball contents\n${error.message}`);
}
for (const line of lines) {
  const lineStarted = Date.now();
  try {
    runLine(line, tarballs);
    results.push({ name: line.name, ok: true });
    console.log(`✓ ${line.name} (${((Date.now() - lineStarted) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name: line.name, ok: false, error: error.message });
    console.log(`✗ ${line.name}\n${error.message}`);
  }
}
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log(
  `consumers: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
if (process.env.PACSPACE_CONSUMERS_REPORT) {
  writeFileSync(
    process.env.PACSPACE_CONSUMERS_REPORT,
    `${JSON.stringify({ passed, failed, lines: results }, null, 2)}\n`,
  );
}
process.exitCode = failed ? 1 : 0;
