import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MockServer, startMockServer } from "../src/server.js";

// The inspector page in real headless Chromium (Debian's, never a downloaded one) against
// a local mock server seeded with 10^5 deltas: each view's content is checked against the
// API's own answers, compare and redeliver are driven from the page, live updates arrive
// over the event stream, and a screenshot of each view is kept under .ci/out/inspector/.

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumMissing = !existsSync(CHROMIUM);
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const screenshots = join(repoRoot, ".ci", "out", "inspector");

const BIG = "cust_big";
const SMALL = "cust_small";
const ACME = "cust_acme";
const BIG_COUNT = 100_000;
const SMALL_COUNT = 100;
/** The spec's most deltas per batch. */
const BATCH = 100;
const PARALLEL_BATCHES = 4;
const ACME_DELTAS = [100, 50, -20, 70];

let server: MockServer;
let browser: Browser;
let page: Page;
let apiKey: string;
const pageErrors: string[] = [];
/** Answers every webhook delivery with 500, so deliveries wait for a retry. */
const failingReceiver = async () => new Response("down", { status: 500 });

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { "X-Api-Key": apiKey, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as { data: never };
  expect(response.ok, `${method} ${path}: ${JSON.stringify(json)}`).toBe(true);
  return json.data;
}

/** Batch emits, a few in flight at a time. */
async function seed(customerId: string, count: number) {
  const starts = Array.from({ length: Math.ceil(count / BATCH) }, (_, i) => i * BATCH);
  const next = async (): Promise<void> => {
    const start = starts.shift();
    if (start === undefined) return;
    const deltas = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => ({
      customerId,
      delta: ((start + i) % 7) - 3 || 4,
      reason: "metered usage",
      referenceId: `ref_${start + i}`,
    }));
    await call("POST", "/api/v1/balance/delta/batch", { deltas });
    return next();
  };
  await Promise.all(Array.from({ length: PARALLEL_BATCHES }, next));
}

const shot = async (name: string) => {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: name !== "requests" });
};
const text = (testId: string) => page.getByTestId(testId).textContent();

describe.skipIf(chromiumMissing)(
  `inspector page in Chromium${chromiumMissing ? ` (SKIPPED: no Chromium at ${CHROMIUM}; apt-get install -y chromium, or set CHROMIUM_PATH)` : ""}`,
  { timeout: 30_000 },
  () => {
    beforeAll(async () => {
      await mkdir(screenshots, { recursive: true });
      server = await startMockServer({
        verification: "manual",
        webhooks: { fetch: failingReceiver },
      });
      apiKey = server.pacspace.apiKey;
      const started = performance.now();
      await seed(BIG, BIG_COUNT);
      await seed(SMALL, SMALL_COUNT);
      for (const delta of ACME_DELTAS) {
        await call("POST", "/api/v1/balance/delta", { customerId: ACME, delta, reason: "invoice line" });
      }
      await call("POST", "/__mock/verify", {});
      // a replayed emit, marked in the delta table and the request log
      for (let i = 0; i < 2; i++) {
        const response = await fetch(`${server.url}/api/v1/balance/delta`, {
          method: "POST",
          headers: {
            "X-Api-Key": apiKey,
            "Content-Type": "application/json",
            "Idempotency-Key": "inspector-replay",
          },
          body: JSON.stringify({ customerId: SMALL, delta: 1, reason: "retried" }),
        });
        expect(response.status).toBe(201);
      }
      await call("POST", "/__mock/verify", {});
      console.log(
        `inspector test: seeded ${BIG_COUNT + SMALL_COUNT + 5} deltas in ${Math.round(performance.now() - started)} ms`,
      );
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
      });
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on("pageerror", (error) => pageErrors.push(error.message));
      await page.goto(`${server.url}/__mock/ui/#key=${apiKey}`);
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it("Overview: tenants, usage, masked keys, clock and verification as GET /__mock/overview reports; updates live; verify now", async () => {
      const state = (await call("GET", "/__mock/overview")) as {
        defaultTenantId: string;
        verification: string;
        tenants: Array<{
          tenantId: string;
          plan: string;
          keys: Array<{ publicKey: string }>;
          environments: Array<{ environment: string; totalDeltas: number; pendingDeltas: number }>;
        }>;
      };
      const tenant = state.tenants.find((candidate) => candidate.tenantId === state.defaultTenantId);
      const sandbox = tenant?.environments.find((environment) => environment.environment === "sandbox");
      const deltas = `deltas-${state.defaultTenantId}-sandbox`;
      await expect.poll(() => text("verification")).toContain("manual");
      expect(await text(deltas)).toBe(
        `${sandbox?.totalDeltas.toLocaleString("en-US")} (${sandbox?.totalDeltas.toLocaleString("en-US")} / 0 / 0)`,
      );
      const tenants = (await text("tenants")) ?? "";
      expect(tenants).toContain(tenant?.plan);
      expect(tenants).toContain(`${tenant?.keys[0]?.publicKey}.••••••••`);
      expect(tenants).not.toContain(apiKey.split(".")[1]);
      await expect.poll(() => page.getByTestId("live-status").textContent()).toBe("Live");

      // a write from outside shows up without a reload; "Verify now" settles it
      await call("POST", "/api/v1/balance/delta", { customerId: ACME, delta: 5, reason: "late line" });
      await expect.poll(() => text(deltas), { timeout: 10_000 }).toContain("/ 1 / 0)");
      await shot("overview");
      await page.getByRole("button", { name: "Verify now" }).click();
      await expect.poll(() => text(deltas), { timeout: 10_000 }).toContain("/ 0 / 0)");
      const pending = (await call("GET", "/api/v1/balance/customers/summary")) as { pendingDeltas: number };
      expect(pending.pendingDeltas).toBe(0);
    });

    it("Customers: the first paint with 10^5 deltas takes at most 1.5× the paint with 10^2", {
      timeout: 240_000,
    }, async () => {
      const paint = async (customerId: string) => {
        const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        // the key the first tab took from its URL, in this tab's session storage before the page runs
        await tab.addInitScript((key) => sessionStorage.setItem("pacspace-inspector:api-key", key), apiKey);
        await tab.goto(`${server.url}/__mock/ui/#/customers/${customerId}`);
        const at = await tab.waitForFunction(
          () => performance.getEntriesByName("inspector:customer-painted")[0]?.startTime,
          undefined,
          { timeout: 30_000 },
        );
        const ms = (await at.jsonValue()) as number;
        await tab.close();
        return ms;
      };
      await paint(SMALL);
      await paint(BIG);
      const small: number[] = [];
      const big: number[] = [];
      for (let run = 0; run < 5; run++) {
        small.push(await paint(SMALL));
        big.push(await paint(BIG));
      }
      const median = (values: number[]) =>
        [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
      const ratio = median(big) / median(small);
      console.log(
        `inspector first paint of the customers view: ${SMALL_COUNT} deltas ${median(small).toFixed(1)} ms, ` +
          `${BIG_COUNT} deltas ${median(big).toFixed(1)} ms, ratio ${ratio.toFixed(2)} (limit 1.5)`,
      );
      expect(ratio).toBeLessThanOrEqual(1.5);
    });

    it("Customers: balance, chart and the server-paged delta table match the Balance API", async () => {
      await page.goto(`${server.url}/__mock/ui/#/customers/${BIG}`);
      const detail = (await call("GET", `/api/v1/balance/customers/${BIG}?deltaLimit=50`)) as {
        computedBalance: number;
        recentActivity: {
          items: Array<{ sequenceNumber: number; recordId: string }>;
          pagination: { totalPages: number };
        };
      };
      await expect.poll(() => text("customer-deltas")).toBe(BIG_COUNT.toLocaleString("en-US"));
      expect(Number((await text("customer-balance"))?.replaceAll(",", ""))).toBe(detail.computedBalance);
      await expect(page.getByTestId("balance-chart").locator("canvas").count()).resolves.toBe(1);
      const rows = page.getByTestId("delta-table").locator("tbody tr");
      expect(await rows.count()).toBe(50);
      expect(await rows.first().getAttribute("data-seq")).toBe(String(BIG_COUNT));
      await page.getByRole("button", { name: "Oldest" }).click();
      await expect.poll(() => rows.last().getAttribute("data-seq")).toBe("1");
      await page.getByLabel("Page", { exact: true }).fill("1000");
      await page.getByRole("button", { name: "Go" }).click();
      await expect.poll(() => rows.first().getAttribute("data-seq")).toBe(String(BIG_COUNT - 999 * 50));
      expect(detail.recentActivity.pagination.totalPages).toBe(BIG_COUNT / 50);

      // the scope picker: last month, before any delta, gives an empty scope
      const now = new Date();
      const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1))
        .toISOString()
        .slice(0, 7);
      await page.getByLabel("Range").selectOption("period");
      await page.getByLabel("Month", { exact: true }).fill(lastMonth);
      await page.getByRole("button", { name: "Apply" }).click();
      await expect.poll(() => text("scope-balance")).toBe("0.00");

      await page.goto(`${server.url}/__mock/ui/#/customers/${SMALL}`);
      const replayRow = page.getByTestId("delta-table").locator("tbody tr").first();
      await expect.poll(() => replayRow.textContent()).toContain("replayed");
      await page.goto(`${server.url}/__mock/ui/#/customers/${BIG}`);
      await expect.poll(() => rows.count()).toBe(50);
      await shot("customers");
    });

    it("Compare: the outcome and the divergence point, marked in the table, as compareBalances answers", async () => {
      const body = { customerId: ACME, yourBalance: 205, theirBalance: 130, startingBalance: 0 };
      const expected = (await call("POST", "/api/v1/balance/compare", body)) as {
        outcome: string;
        divergence: { theirs: { lastMatchingSequenceNumber: number } };
      };
      expect(expected.outcome).toBe("yours_matches");
      await page.goto(`${server.url}/__mock/ui/#/compare/${ACME}`);
      await page.getByLabel("Your balance").fill("205");
      await page.getByLabel("Their balance").fill("130");
      await page.getByRole("button", { name: "Compare" }).click();
      await expect
        .poll(() => page.getByTestId("compare-outcome").getAttribute("data-outcome"))
        .toBe(expected.outcome);
      const point = expected.divergence.theirs.lastMatchingSequenceNumber + 1;
      expect(await text("divergence-point")).toContain(`delta ${point}`);
      const marked = page.locator("tr.divergence");
      expect(await marked.getAttribute("data-seq")).toBe(String(point));
      await shot("compare");
    });

    it("Proofs: the checkpoint's tree, the chosen delta's inclusion path and the public verification result", async () => {
      const checkpoint = (await call("POST", "/api/v1/balance/checkpoint", { customerId: ACME })) as {
        proofRoot: string;
      };
      await call("POST", "/__mock/verify", {});
      const verification = (await call("GET", `/api/v1/verify/${checkpoint.proofRoot}`)) as {
        verified: boolean;
        records: unknown[];
      };
      await page.goto(`${server.url}/__mock/ui/#/proofs`);
      await page.getByTestId("checkpoints").getByRole("button").first().click();
      await expect.poll(() => text("root-match")).toBe("matches");
      expect(await text("verified")).toBe(verification.verified ? "verified" : "not verified");
      const leaves = verification.records.length;
      expect(leaves).toBe(ACME_DELTAS.length + 1);
      const tree = page.getByTestId("merkle-tree");
      expect(await tree.locator(".level").count()).toBe(Math.ceil(Math.log2(leaves)) + 1);
      await page.getByLabel("Delta").selectOption({ index: 2 });
      // one node per level on the path, one sibling per level below the root
      expect(await tree.locator('[data-role="path"]').count()).toBe(Math.ceil(Math.log2(leaves)) + 1);
      expect(await tree.locator('[data-role="sibling"]').count()).toBe(Math.ceil(Math.log2(leaves)));
      expect(await tree.locator('button[aria-pressed="true"]').count()).toBe(1);
      await shot("proofs");
    });

    it("Webhooks: endpoints and delivery attempts as GET /__mock/webhooks lists them; redeliver from the page", async () => {
      const tenantId = server.pacspace.defaultTenant?.tenantId as string;
      const endpoint = server.pacspace.webhooks.createEndpoint(tenantId, {
        url: "https://receiver.example/hooks",
        events: ["delta.verified"],
      });
      await call("POST", "/api/v1/balance/delta", { customerId: ACME, delta: 1, reason: "hooked" });
      await call("POST", "/__mock/verify", {});
      await server.pacspace.webhooks.flush();
      const before = (await call("GET", "/__mock/webhooks")) as {
        deliveries: Array<{ eventId: string; attempts: number; status: string }>;
      };
      const delivery = before.deliveries[0];
      expect(delivery?.attempts).toBe(1);
      await page.goto(`${server.url}/__mock/ui/#/webhooks`);
      await expect.poll(() => text("endpoints")).toContain(endpoint.id);
      const item = page.locator(`[data-event-id="${delivery?.eventId}"]`);
      await expect.poll(() => item.textContent()).toContain("1 attempt;");
      expect(await item.textContent()).toContain("500");
      const signed = JSON.parse((await item.getByTestId("delivery-body").textContent()) ?? "{}");
      expect(signed).toMatchObject({ id: delivery?.eventId, event: "delta.verified" });
      await item.getByRole("button", { name: /Redeliver/ }).click();
      await expect.poll(() => text("redeliver-status")).toContain(`${delivery?.eventId} re-queued`);
      await server.pacspace.webhooks.flush();
      const after = (await call("GET", "/__mock/webhooks")) as {
        deliveries: Array<{ eventId: string; attempts: number }>;
      };
      expect(after.deliveries.find((entry) => entry.eventId === delivery?.eventId)?.attempts).toBe(2);
      await expect.poll(() => item.textContent(), { timeout: 10_000 }).toContain("2 attempts;");
      await shot("webhooks");
    });

    it("Requests: the log as GET /__mock/requests answers it, new requests arriving live, filterable", async () => {
      await page.goto(`${server.url}/__mock/ui/#/requests`);
      const log = page.getByTestId("request-log").locator("tbody tr");
      const { requests } = (await call("GET", "/__mock/requests?limit=5")) as {
        requests: Array<{ seq: number; path: string }>;
      };
      await expect.poll(() => log.count()).toBeGreaterThan(5);
      // the page shows the log's newest entries, and the read above (logged once answered) on top
      const newest = requests[0] as { seq: number; path: string };
      await expect.poll(() => log.first().getAttribute("data-seq")).toBe(String(newest.seq + 1));
      expect(await log.first().textContent()).toContain("/__mock/requests?limit=5");
      expect(await log.nth(1).getAttribute("data-seq")).toBe(String(newest.seq));
      expect(await log.nth(1).textContent()).toContain(newest.path);
      const response = await fetch(`${server.url}/api/v1/balance/derive/cust_nobody`, {
        headers: { "X-Api-Key": apiKey },
      });
      expect(response.status).toBe(404);
      await expect
        .poll(() => log.first().textContent(), { timeout: 10_000 })
        .toContain("/api/v1/balance/derive/cust_nobody");
      await page.getByLabel("Status").fill("4xx");
      await expect.poll(() => log.count()).toBeGreaterThan(0);
      for (const status of await log.locator("td:nth-child(5)").allTextContents())
        expect(status).toMatch(/^4\d\d$/);
      await page.getByLabel("Status").fill("");
      await page.getByLabel("Replays only").check();
      await expect.poll(() => log.count()).toBe(1);
      expect(await log.first().textContent()).toContain("replayed");
      await page.getByLabel("Replays only").uncheck();
      await shot("requests");
      expect(pageErrors).toEqual([]);
    });
  },
);
