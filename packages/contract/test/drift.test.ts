import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createPacSpaceMock } from "@pacspace/mocks";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadSpec } from "../src/spec.js";

/**
 * Drift gates: the spec, the mock and the SDK describe the same set of operations.
 * Each side is read from what it really exposes: the mock's MSW handlers (method and
 * path), the SDK resources' calls of the typed client (`client.GET("/api/v1/…")`).
 */

const root = join(import.meta.dirname, "../../..");
const spec = loadSpec();

/** `GET /api/v1/balance/delta/{}`: parameter names do not matter, only their places. */
function routeKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, "{}").replace(/:[A-Za-z_][A-Za-z0-9_]*/g, "{}")}`;
}

const specRoutes = new Map(
  spec.operations.map((operation) => [routeKey(operation.method, operation.path), operation.operationId]),
);

interface HandlerInfo {
  method: unknown;
  path: unknown;
}

/** Method and origin-less path of each handler that answers one method on one path. */
function mockRoutes(): { routes: Set<string>; catchAll: string[] } {
  const pacspace = createPacSpaceMock();
  const routes = new Set<string>();
  const catchAll: string[] = [];
  for (const handler of pacspace.handlers) {
    const { method, path } = (handler as unknown as { info: HandlerInfo }).info;
    const pathname = String(path).replace(/^[a-z]+:\/\/[^/]+/, "");
    if (typeof method !== "string" || pathname.includes("*")) {
      catchAll.push(pathname);
      continue;
    }
    routes.add(routeKey(method, pathname));
  }
  return { routes, catchAll };
}

describe("drift: spec ↔ mock handlers", () => {
  const { routes, catchAll } = mockRoutes();
  const apiRoutes = [...routes].filter((route) => !route.includes(" /__mock"));

  it("every spec operation has a mock handler", () => {
    const missing = [...specRoutes]
      .filter(([route]) => !routes.has(route))
      .map(([route, id]) => `${id} (${route})`);
    expect(missing, "operations without a handler").toEqual([]);
  });

  it("every mock handler outside /__mock is a spec operation", () => {
    const extra = apiRoutes.filter((route) => !specRoutes.has(route));
    expect(extra, "handlers the spec does not declare").toEqual([]);
  });

  it("catch-all handlers only answer unknown routes (404/405), they are not operations", () => {
    expect(catchAll.every((path) => path.endsWith("/*"))).toBe(true);
  });

  const controlSpec = join(root, "spec/mock-control.yaml");
  it("every /__mock handler is in spec/mock-control.yaml and vice versa", () => {
    expect(existsSync(controlSpec), "spec/mock-control.yaml").toBe(true);
    const document = parse(readFileSync(controlSpec, "utf8")) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const declared = new Set<string>();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of Object.keys(item)) {
        if (["get", "post", "put", "patch", "delete"].includes(method)) declared.add(routeKey(method, path));
      }
    }
    const served = new Set([...routes].filter((route) => route.includes(" /__mock")));
    expect(
      [...declared].filter((route) => !served.has(route)),
      "declared but not served",
    ).toEqual([]);
    expect(
      [...served].filter((route) => !declared.has(route)),
      "served but not declared",
    ).toEqual([]);
  });
});

/** `client.GET("/api/v1/…")` calls in the SDK's resource modules (tests excluded). */
function sdkRoutes(): Map<string, string[]> {
  const directory = join(root, "packages/sdk/src/resources");
  const found = new Map<string, string[]>();
  for (const file of readdirSync(directory)) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    const source = readFileSync(join(directory, file), "utf8");
    for (const match of source.matchAll(/\.(GET|POST|PUT|PATCH|DELETE)\(\s*"(\/[^"]*)"/g)) {
      const route = routeKey(match[1] as string, match[2] as string);
      found.set(route, [...(found.get(route) ?? []), file]);
    }
  }
  return found;
}

describe("drift: spec ↔ SDK resources", () => {
  const calls = sdkRoutes();

  // Public operations (verifyProof, getPublicReceipt) have SDK methods too, so there are no exemptions.
  it("every spec operation is called by an SDK resource", () => {
    const missing = [...specRoutes]
      .filter(([route]) => !calls.has(route))
      .map(([route, id]) => `${id} (${route})`);
    expect(missing, "operations no SDK method calls").toEqual([]);
  });

  it("every SDK call targets a spec operation", () => {
    const extra = [...calls]
      .filter(([route]) => !specRoutes.has(route))
      .map(([route, files]) => `${route} in ${files.join(", ")}`);
    expect(extra, "SDK calls the spec does not declare").toEqual([]);
  });
});
