import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { builtinModules, createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import vm from "node:vm";
import { describe, expect, it } from "vitest";

/**
 * `@pacspace/mocks` must stay usable in a browser (`setupWorker` from `msw/browser`): its
 * entry may not pull in a Node built-in (the local server lives in `@pacspace/mocks/server`).
 * 1. esbuild bundles the entry for the browser and lists every Node built-in it resolves to.
 * 2. The bundle (with msw's `getResponse`) runs in a bare VM context that has only web
 *    globals (no `process`, `Buffer`, `require`) and answers real requests.
 * 3. When Chromium (and playwright-core, from the frontend example) is installed: the bundle
 *    behind a real MSW service worker in headless Chromium.
 */

const mocksRoot = new URL("..", import.meta.url).pathname;
const workspaceRoot = new URL("../..", import.meta.url).pathname;
const requireHere = createRequire(import.meta.url);
// esbuild is not a dependency of its own here: it comes with tsup (a root devDependency),
// so its types are not visible either; this is the part of its API the test uses.
interface EsbuildResolveArgs {
  path: string;
  importer: string;
}
interface Esbuild {
  build(options: Record<string, unknown>): Promise<{ outputFiles?: Array<{ text: string }> }>;
}
const esbuild = createRequire(requireHere.resolve("tsup"))("esbuild") as Esbuild;

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

interface BrowserBundle {
  code: string;
  /** "importer → built-in" for every Node built-in the bundle resolved to. */
  nodeImports: string[];
}

async function bundleForBrowser(source: string, format: "iife" | "esm" = "iife"): Promise<BrowserBundle> {
  const nodeImports: string[] = [];
  const result = await esbuild.build({
    stdin: { contents: source, resolveDir: mocksRoot, loader: "ts", sourcefile: "entry.ts" },
    bundle: true,
    write: false,
    platform: "browser",
    format,
    ...(format === "iife" ? { globalName: "bundle" } : {}),
    conditions: ["@pacspace/source"],
    logLevel: "silent",
    plugins: [
      {
        name: "find-node-builtins",
        setup(build: {
          onResolve(
            options: { filter: RegExp },
            callback: (args: EsbuildResolveArgs) => { path: string; external: boolean } | undefined,
          ): void;
        }) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (!NODE_BUILTINS.has(args.path)) return undefined;
            nodeImports.push(`${args.importer.replace(workspaceRoot, "")} → ${args.path}`);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  return { code: result.outputFiles?.[0]?.text ?? "", nodeImports };
}

/** The globals a browser page has (and a plain object for storage); nothing of Node. */
function browserLikeContext(): vm.Context {
  const webGlobals = [
    "Request",
    "Response",
    "Headers",
    "URL",
    "URLSearchParams",
    "TextEncoder",
    "TextDecoder",
    "ReadableStream",
    "WritableStream",
    "TransformStream",
    "AbortController",
    "AbortSignal",
    "Blob",
    "FormData",
    "crypto",
    "console",
    "setTimeout",
    "clearTimeout",
    "setInterval",
    "clearInterval",
    "queueMicrotask",
    "structuredClone",
    "atob",
    "btoa",
    "Event",
    "EventTarget",
    "performance",
    "DOMException",
    "BroadcastChannel",
    "MessageChannel",
  ] as const;
  const sandbox: Record<string, unknown> = {};
  for (const name of webGlobals) sandbox[name] = globalThis[name];
  const stored = new Map<string, string>();
  sandbox.localStorage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, String(value)),
    removeItem: (key: string) => void stored.delete(key),
    clear: () => stored.clear(),
    key: (index: number) => [...stored.keys()][index] ?? null,
    get length() {
      return stored.size;
    },
  };
  sandbox.location = new URL("http://localhost:5173/");
  sandbox.fetch = () => Promise.reject(new Error("no network in this test"));
  sandbox.globalThis = sandbox;
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  return vm.createContext(sandbox);
}

/** The part of playwright-core's API the Chromium check uses (it is not a dependency here). */
interface Chromium {
  launch(options: { executablePath: string; headless: boolean; args: string[] }): Promise<{
    newPage(): Promise<{
      on(event: "pageerror", listener: (error: Error) => void): void;
      goto(url: string): Promise<unknown>;
      waitForFunction(fn: () => boolean, arg: undefined, options: { timeout: number }): Promise<unknown>;
      evaluate<T>(fn: () => T): Promise<T>;
    }>;
    close(): Promise<void>;
  }>;
}

describe("browser entry (@pacspace/mocks)", () => {
  it("bundles for the browser without any Node built-in", async () => {
    const main = await bundleForBrowser('export * from "./src/index.ts";');
    expect(main.nodeImports, "Node built-ins reached from @pacspace/mocks").toEqual([]);
    expect(main.code).toContain("createPacSpaceMock");
  }, 60_000);

  it("the check sees Node built-ins: the server entry has them", async () => {
    const server = await bundleForBrowser('export * from "./src/server.ts";');
    expect(server.nodeImports.some((line) => line.endsWith("node:http"))).toBe(true);
  }, 60_000);

  it("the bundled handlers answer through msw's getResponse with only web globals", async () => {
    const { code, nodeImports } = await bundleForBrowser(
      'export { createPacSpaceMock } from "./src/index.ts"; export { getResponse } from "msw";',
    );
    expect(nodeImports).toEqual([]);
    const context = browserLikeContext();
    vm.runInContext(code, context);
    expect(vm.runInContext("[typeof process, typeof Buffer, typeof require]", context)).toEqual([
      "undefined",
      "undefined",
      "undefined",
    ]);
    const { createPacSpaceMock, getResponse } = context.bundle as {
      createPacSpaceMock: typeof import("../src/index.js").createPacSpaceMock;
      getResponse: typeof import("msw").getResponse;
    };
    const pacspace = createPacSpaceMock({ now: Date.UTC(2026, 3, 15, 12) });
    const call = async (path: string, body?: unknown) => {
      const response = await getResponse(
        pacspace.handlers,
        new Request(`https://app.pacspace.io${path}`, {
          method: body === undefined ? "GET" : "POST",
          headers: { "X-Api-Key": pacspace.apiKey, "Content-Type": "application/json" },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        }),
      );
      if (!response) throw new Error(`no handler for ${path}`);
      return { status: response.status, body: await response.json() };
    };
    expect((await call("/api/v1/balance/delta", { customerId: "c", delta: 0.1, reason: "r" })).status).toBe(
      201,
    );
    await call("/api/v1/balance/delta", { customerId: "c", delta: 0.2, reason: "r" });
    const derived = await call("/api/v1/balance/derive/c");
    expect([derived.status, derived.body.data.computedBalance, derived.body.data.deltasCount]).toEqual([
      200, 0.3, 2,
    ]);
    expect((await call("/api/v1/balance/delta", { customerId: "c", delta: 0, reason: "r" })).status).toBe(
      400,
    );
    // the public receipt PDF renders with web globals only
    const { receiptId } = (await call("/api/v1/balance/receipt/c")).body.data;
    const pdf = await getResponse(
      pacspace.handlers,
      new Request(`https://app.pacspace.io/api/v1/receipt/${receiptId}.pdf`),
    );
    expect(pdf?.headers.get("Content-Type")).toBe("application/pdf");
    const head = new Uint8Array(await (pdf as Response).arrayBuffer()).slice(0, 5);
    expect(new TextDecoder().decode(head)).toBe("%PDF-");
  }, 60_000);

  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const playwrightPath = (() => {
    try {
      return createRequire(`${workspaceRoot}examples/frontend/package.json`).resolve("playwright-core");
    } catch {
      return null;
    }
  })();
  it.skipIf(!existsSync(chromiumPath) || playwrightPath === null)(
    "serves a page through setupWorker (msw/browser) in headless Chromium",
    async () => {
      const { chromium } = (await import(playwrightPath as string)) as { chromium: Chromium };
      const app = await bundleForBrowser(
        `import { setupWorker } from "msw/browser";
         import { createPacSpaceMock } from "./src/index.ts";
         const pacspace = createPacSpaceMock({ baseUrl: location.origin });
         await setupWorker(...pacspace.handlers).start({ quiet: true, onUnhandledRequest: "bypass" });
         const headers = { "X-Api-Key": pacspace.apiKey, "Content-Type": "application/json" };
         for (const delta of [0.1, 0.2]) {
           await fetch("/api/v1/balance/delta", { method: "POST", headers, body: JSON.stringify({ customerId: "c", delta, reason: "r" }) });
         }
         const derived = await (await fetch("/api/v1/balance/derive/c", { headers })).json();
         window.result = { balance: derived.data.computedBalance, controlled: Boolean(navigator.serviceWorker.controller) };`,
        "esm",
      );
      expect(app.nodeImports).toEqual([]);
      const worker = readFileSync(requireHere.resolve("msw/mockServiceWorker.js"), "utf8");
      const files: Record<string, [string, string]> = {
        "/": ["text/html", '<!doctype html><script type="module" src="/app.js"></script>'],
        "/app.js": ["text/javascript", app.code],
        "/mockServiceWorker.js": ["text/javascript", worker],
      };
      const server: Server = createServer((request, response) => {
        const file = files[new URL(request.url ?? "/", "http://x").pathname];
        if (!file) return void response.writeHead(404).end();
        response.writeHead(200, { "Content-Type": file[0] }).end(file[1]);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
      });
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error: Error) => errors.push(error.message));
        await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
        await page.waitForFunction(() => "result" in window, undefined, { timeout: 15_000 });
        expect(errors).toEqual([]);
        expect(await page.evaluate(() => (window as unknown as { result: unknown }).result)).toEqual({
          balance: 0.3,
          controlled: true,
        });
      } finally {
        await browser.close();
        await new Promise((resolve) => server.close(resolve));
      }
    },
    60_000,
  );
});
