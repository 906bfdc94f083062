import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";
import { build, type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DEMO_BALANCE, DEMO_CUSTOMER } from "../src/mocks/demo-fixture.js";

// The page in real headless Chromium (Debian's, never a downloaded one), built in `mock`
// mode so MSW's service worker serves PacSpace and the /app-api boundary inside the page.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const exampleRoot = fileURLToPath(new URL("..", import.meta.url));
const artifacts = join(exampleRoot, "test-artifacts");

let scratch: string;
let server: PreviewServer | undefined;
let browser: BrowserContext | undefined;
const pageErrors: string[] = [];

const chromiumMissing = !existsSync(CHROMIUM);

beforeAll(async () => {
  if (chromiumMissing) return; // the test itself fails, so the run counts it as failed
  scratch = await mkdtemp(join(tmpdir(), "pacspace-frontend-e2e-"));
  const outDir = join(scratch, "dist");
  await build({ root: exampleRoot, mode: "mock", logLevel: "warn", build: { outDir, emptyOutDir: true } });
  server = await preview({
    root: exampleRoot,
    mode: "mock",
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  browser = await chromium.launchPersistentContext(join(scratch, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1100, height: 900 },
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

it("records usage through the page and shows the new balance", { timeout: 30_000 }, async () => {
  if (chromiumMissing) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium; .ci/run does) ` +
        "or set CHROMIUM_PATH. This test never downloads a browser.",
    );
  }
  const context = browser as BrowserContext;
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  const url = server?.resolvedUrls?.local[0];
  expect(url, "vite preview address").toBeTruthy();

  await page.goto(`${url}?customer=${DEMO_CUSTOMER}`);
  const balance = page.getByTestId("balance");
  await expect.poll(() => balance.textContent(), { timeout: 10_000 }).toBe("488.00");
  expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  await expect.poll(() => page.getByTestId("proof").getAttribute("data-state")).toBe("verified");

  await page.getByLabel("Amount").fill("12.5");
  await page.getByLabel("Reason").fill("Export from the browser test");
  await page.getByRole("button", { name: "Record" }).click();

  await expect.poll(() => balance.textContent(), { timeout: 10_000 }).toBe("475.50");
  await expect.poll(() => page.getByTestId("notice").textContent()).toContain("Export from the browser test");
  const backend = await page.evaluate(
    (customerId) =>
      (window as unknown as { pacspace: { balanceOf(id: string): number } }).pacspace.balanceOf(customerId),
    DEMO_CUSTOMER,
  );
  expect(backend).toBe(DEMO_BALANCE - 12.5);

  // Compare is a signed call: the SDK signs it with WebCrypto inside the page.
  await page.getByLabel("Your balance").fill("475.5");
  await page.getByLabel("Their balance").fill("480");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect
    .poll(() => page.getByTestId("comparison").getAttribute("data-outcome"), { timeout: 10_000 })
    .toBe("yours_matches");

  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, "frontend-dashboard.png"), fullPage: true });
  expect(pageErrors).toEqual([]);
});
