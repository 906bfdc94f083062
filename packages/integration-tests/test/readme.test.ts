import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PacSpaceMock } from "@pacspace/mocks";
import { PacSpace } from "@pacspace/sdk";
import { HttpResponse, http } from "msw";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useInProcessMock } from "./support/in-process.js";

/**
 * Executes the README's TypeScript snippets against the stateful mock, as written. Each
 * ```ts block becomes a module: its imports stay at the top, its statements run inside a
 * function whose scope provides what the surrounding prose assumes (`PacSpace`, `pac`, `apiKey`,
 * a `checkpoint`, a `receipt`, `usageRows`, a webhook `rawBody`, `request` and `webhookSecret`; the
 * `PACSPACE_API_KEY` and `PACSPACE_WEBHOOK_SECRET` variables). Requests go to
 * https://app.pacspace.io, answered in process by the mock through MSW (every answer checked
 * against the spec). A snippet that throws fails its test; so does any `console.error` or a
 * logged proof check that came out `{ valid: false }`.
 */

const packageRoot = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = join(packageRoot, "..", "..");
const README_FILES = ["packages/sdk/README.md", "README.md"];

/** The README's examples are dated 2026-04-15 ("on 2026-04-15: …"); client and mock agree on it. */
const T0 = Date.parse("2026-04-15T12:00:00.000Z");
const HOOK_URL = "https://hooks.readme.test/pacspace";

interface Snippet {
  file: string;
  heading: string;
  index: number;
  code: string;
}

function snippetsOf(file: string): Snippet[] {
  const text = readFileSync(join(repoRoot, file), "utf8");
  const snippets: Snippet[] = [];
  let heading = "(top)";
  let index = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, "");
    if (/^```(ts|typescript)\s*$/.test(line)) {
      const body: string[] = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i] as string); i++) body.push(lines[i] as string);
      snippets.push({ file, heading, index: ++index, code: body.join("\n") });
    }
  }
  return snippets;
}

/** What the snippets' surrounding prose takes for granted. */
const CONTEXT_NAMES = [
  "PacSpace", // imported by the first snippet; later ones continue from it
  "pac",
  "apiKey",
  "usageRows",
  "checkpoint",
  "receipt",
  "rawBody",
  "request",
  "webhookSecret",
] as const;
type SnippetContext = Record<(typeof CONTEXT_NAMES)[number], unknown>;

/** The snippet as a module: imports hoisted, statements inside `run(context)` in their own block scope. */
function moduleOf(code: string): string {
  const importPattern = /^import\s[\s\S]*?\sfrom\s+["'][^"']+["'];?[ \t]*$/gm;
  const imports = code.match(importPattern) ?? [];
  const statements = code.replace(importPattern, "");
  return [
    ...imports,
    "export async function run(context: any) {",
    `  const { ${CONTEXT_NAMES.join(", ")} } = context;`,
    "  {",
    statements,
    "  }",
    "}",
    "",
  ].join("\n");
}

const mock = useInProcessMock({}, { perTest: false });
const workDir = join(packageRoot, `.readme-snippets-${process.pid}`);
const logged: unknown[][] = [];
const errors: unknown[][] = [];
let pacspace: PacSpaceMock;
let context: SnippetContext;
const savedEnv = { ...process.env };

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: T0, shouldAdvanceTime: true });
  mkdirSync(workDir, { recursive: true });

  // March activity (the README derives and compares 2026-03), then April's.
  pacspace = mock.start({ now: "2026-03-10T09:00:00.000Z", seed: "readme" });
  const apiKey = pacspace.apiKey;
  const pac = new PacSpace({ apiKey });
  await pac.balance.emit("cust_acme", 50_000, "Prepaid credit", { referenceId: "credit-2026-03" });
  await pac.balance.emit("cust_acme", -1_500, "API usage 2026-03", { referenceId: "usage-2026-03" });
  await pac.balance.emit("cust_globex", 500, "Prepaid credit");
  pacspace.clock.set(T0);
  await pac.balance.emit("cust_acme", -250.5, "API usage 2026-04-14");

  // A webhook delivery as a receiver gets it: the raw body and the request's headers.
  let delivered: { body: string; headers: Headers } | undefined;
  mock.server.use(
    http.post(HOOK_URL, async ({ request }) => {
      delivered = { body: await request.text(), headers: new Headers(request.headers) };
      return new HttpResponse(null, { status: 204 });
    }),
  );
  const tenantId = pacspace.defaultTenant?.tenantId ?? "";
  const endpoint = pacspace.webhooks.createEndpoint(tenantId, { url: HOOK_URL, events: ["delta.verified"] });
  await pac.balance.emit("cust_acme", 10, "Webhook demo");
  await pacspace.webhooks.flush();
  if (!delivered) throw new Error("the mock delivered no webhook");

  const checkpoint = await pac.balance.checkpoint("cust_acme");
  const receipt = await pac.balance.receipt("cust_acme");

  process.env.PACSPACE_API_KEY = apiKey;
  process.env.PACSPACE_WEBHOOK_SECRET = endpoint.secret;
  context = {
    PacSpace,
    pac,
    apiKey,
    usageRows: [
      { customer: "cust_acme", cost: 12.5, label: "API calls 2026-04-15" },
      { customer: "cust_globex", cost: 3.25, label: "API calls 2026-04-15" },
    ],
    checkpoint,
    receipt,
    rawBody: delivered.body,
    request: new Request(HOOK_URL, { method: "POST", headers: delivered.headers, body: delivered.body }),
    webhookSecret: endpoint.secret,
  };

  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args));
  vi.spyOn(console, "info").mockImplementation((...args: unknown[]) => void logged.push(args));
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => void errors.push(["warn", ...args]));
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(["error", ...args]));
});

afterAll(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  process.env = savedEnv;
  rmSync(workDir, { recursive: true, force: true });
});

const snippets = README_FILES.flatMap(snippetsOf);

describe("README snippets run against the mock", () => {
  it("finds the snippets", () => {
    expect(
      snippets.filter((snippet) => snippet.file === "packages/sdk/README.md").length,
    ).toBeGreaterThanOrEqual(15);
    expect(snippets.filter((snippet) => snippet.file === "README.md").length).toBeGreaterThanOrEqual(1);
  });

  it.each(
    snippets.map((snippet) => [`${snippet.file} › ${snippet.heading} #${snippet.index}`, snippet] as const),
  )("%s", async (_name, snippet) => {
    const path = join(workDir, `${snippet.file.replace(/\W+/g, "_")}_${snippet.index}.ts`);
    writeFileSync(path, moduleOf(snippet.code));
    const before = errors.length;
    const module = (await import(/* @vite-ignore */ path)) as { run(context: SnippetContext): Promise<void> };
    await module.run(context);
    expect(errors.slice(before), "console.warn/error output of the snippet").toEqual([]);
  });

  it("no proof check the snippets logged came out invalid", () => {
    const checks = logged
      .flat()
      .filter((value) => typeof value === "object" && value !== null && "valid" in value);
    expect(checks.length).toBeGreaterThanOrEqual(3);
    expect(checks).toEqual(checks.map(() => ({ valid: true })));
  });
});
