import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { expect, it } from "vitest";

const exampleRoot = fileURLToPath(new URL("..", import.meta.url));

it("ships neither the mock nor the SDK client to the browser in a production build", {
  timeout: 30_000,
}, async () => {
  const outDir = await mkdtemp(join(tmpdir(), "pacspace-frontend-build-"));
  try {
    await build({
      root: exampleRoot,
      mode: "production",
      logLevel: "warn",
      build: { outDir, emptyOutDir: true },
    });
    const assets = join(outDir, "assets");
    const scripts = (await readdir(assets)).filter((name) => name.endsWith(".js"));
    const code = (await Promise.all(scripts.map((name) => readFile(join(assets, name), "utf8")))).join("\n");
    expect(scripts).toHaveLength(1);
    for (const marker of ["setupWorker", "pk_test_", "X-Api-Key", "/api/v1/balance"]) {
      expect(code, marker).not.toContain(marker);
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});
