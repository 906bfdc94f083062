import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// `@pacspace/mocks/testing/node` must work under any test runner: it may not pull in Vitest.

const requireHere = createRequire(import.meta.url);
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{
    metafile: { inputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }> };
  }>;
}
// esbuild comes with tsup (a root devDependency), as in browser-entry.test.ts.
const esbuild = createRequire(requireHere.resolve("tsup"))("esbuild") as Esbuild;

describe("@pacspace/mocks/testing/node", () => {
  it("imports no test framework, directly or through anything it bundles", async () => {
    const { metafile } = await esbuild.build({
      entryPoints: [fileURLToPath(new URL("../src/testing/node.ts", import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "silent",
    });
    const imported = Object.values(metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imported).toContain("msw/node");
    expect(imported.filter((path) => /^(vitest|@vitest\/|jest|@jest\/)/.test(path))).toEqual([]);
  });

  it("runs in a plain Node process with the hooks called by hand", async () => {
    const tsx = requireHere.resolve("tsx/cli");
    const script = fileURLToPath(new URL("./support/node-runner-usage.ts", import.meta.url));
    const child = spawn(process.execPath, [tsx, "--conditions=@pacspace/source", script], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(stdout.trim())).toEqual({ before: 0.3, after: 0 });
  }, 30_000);
});
