import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The ledger's folders form layers: the kernel at the bottom, then verification, balance
 * and tenancy, with the facade (ledger.ts and its companions) on top. A module imports only
 * from its own layer or the layers below it, and no set of modules imports itself round.
 * Tests drive the ledger through the facade, so the layering binds modules, not tests; the
 * no-circle rule binds every file.
 */

const LEDGER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../src/ledger");

/** Layer of each folder under mocks/src/ledger; "" is the facade at the top. */
const LAYERS: Record<string, number> = { kernel: 0, verification: 1, balance: 2, tenancy: 3, "": 4 };

/** `import … from`, `import type … from`, `export … from`, bare `import "…"`, and `import("…")`. */
const IMPORT_PATTERNS = [
  /^\s*(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gm,
  /^\s*import\s*["']([^"']+)["']/gm,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
];

type ImportGraph = Map<string, string[]>;

function importSpecifiers(source: string): string[] {
  return IMPORT_PATTERNS.flatMap((pattern) =>
    [...source.matchAll(pattern)].map((match) => match[1] as string),
  );
}

/** Files under the ledger folder, keyed by their path relative to it, with the ledger files each imports. */
function ledgerImportGraph(): ImportGraph {
  const files = readdirSync(LEDGER_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.split(sep).join("/"));
  const graph: ImportGraph = new Map();
  for (const file of files) {
    const absolute = join(LEDGER_DIR, file);
    const targets = importSpecifiers(readFileSync(absolute, "utf8"))
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => resolve(dirname(absolute), specifier.replace(/\.js$/, ".ts")))
      .filter((target) => target.startsWith(LEDGER_DIR + sep))
      .map((target) => relative(LEDGER_DIR, target).split(sep).join("/"));
    graph.set(file, targets);
  }
  return graph;
}

/** Every import circle, as the list of its files (strongly connected components of size > 1, or self-imports). */
function importCircles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  let next = 0;
  const visit = (file: string): void => {
    index.set(file, next);
    lowLink.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file) as number, lowLink.get(target) as number));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file) as number, index.get(target) as number));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file)?.includes(file)) circles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return circles;
}

function folderOf(file: string): string {
  const slash = file.indexOf("/");
  return slash === -1 ? "" : file.slice(0, slash);
}

/** Imports by a module (not a test) from a folder above its own, and files in folders with no layer. */
function layeringViolations(graph: ImportGraph): string[] {
  const violations: string[] = [];
  for (const [file, targets] of graph) {
    const layer = LAYERS[folderOf(file)];
    if (layer === undefined) {
      violations.push(`${file} lives in a folder with no layer`);
      continue;
    }
    if (file.endsWith(".test.ts")) continue;
    for (const target of targets) {
      const targetLayer = LAYERS[folderOf(target)];
      if (targetLayer === undefined || targetLayer > layer) violations.push(`${file} imports ${target}`);
    }
  }
  return violations;
}

describe("the ledger's module layout", () => {
  const graph = ledgerImportGraph();

  it("reads the imports of every ledger file, type-only and re-exports included", () => {
    expect(graph.get("kernel/context.ts")).toContain("kernel/fail-rules.ts"); // an `import type`
    expect(graph.get("kernel/state.ts")).toContain("kernel/anchor-log.ts");
    expect(graph.get("ledger.ts")).toContain("balance/customers.ts"); // a multi-line import
    expect(graph.size).toBeGreaterThan(40);
  });

  it("has no import circle", () => {
    expect(importCircles(graph)).toEqual([]);
  });

  it("imports only downwards: kernel, then verification, balance, tenancy, then the facade", () => {
    expect(layeringViolations(graph)).toEqual([]);
  });

  it("would catch a circle, a kernel module importing a domain, and a folder with no layer", () => {
    const broken: ImportGraph = new Map([
      ["kernel/a.ts", ["kernel/b.ts"]],
      ["kernel/b.ts", ["tenancy/c.ts"]],
      ["tenancy/c.ts", ["kernel/a.ts"]],
      ["kernel/d.test.ts", ["ledger.ts"]],
      ["ledger.ts", ["tenancy/c.ts"]],
      ["records/e.ts", []],
    ]);
    expect(importCircles(broken)).toEqual([["kernel/a.ts", "kernel/b.ts", "tenancy/c.ts"]]);
    expect(layeringViolations(broken)).toEqual([
      "kernel/b.ts imports tenancy/c.ts",
      "records/e.ts lives in a folder with no layer",
    ]);
    expect(
      importSpecifiers('import type {\n  A,\n  B,\n} from "./x.js";\nexport { c } from "../y.js";'),
    ).toEqual(["./x.js", "../y.js"]);
  });
});
