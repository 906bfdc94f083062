import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadSpec } from "../src/spec.js";
import { mockRoutes, routeKey } from "./support/routes.js";

/**
 * Drift gates: the spec, the mock and the SDK describe the same set of operations. Each
 * side is read from what it really exposes: the route table the mock's MSW handlers
 * dispatch on (`routes`: method and path) and the SDK resources' calls of the typed client
 * (`client.GET("/api/v1/…")`).
 *
 * The spec grows by surface (`/api`, `/dashboard`, …). A surface that a side does not
 * serve at all yet is reported as pending: a skipped test whose title names it and counts
 * its operations. Once a side serves one operation of a surface, it must serve them all.
 */

const root = join(import.meta.dirname, "../../..");
const spec = loadSpec();

const specRoutes = new Map(
  spec.operations.map((operation) => [routeKey(operation.method, operation.path), operation.operationId]),
);
/** `/api`, `/dashboard`: the first path segment of a route key. */
const surfaceOf = (route: string) => `/${route.split(" ")[1]?.split("/")[1] ?? ""}`;
const surfaces = [...new Set([...specRoutes.keys()].map(surfaceOf))];

/** One test per surface: all of its operations are present on that side, or the side has none of them yet. */
function surfaceGates(side: string, present: Set<string>): void {
  for (const surface of surfaces) {
    const expected = [...specRoutes].filter(([route]) => surfaceOf(route) === surface);
    const started = [...present].some((route) => surfaceOf(route) === surface);
    if (!started) {
      it.skip(`${surface}: PENDING — the ${side} has none of its ${expected.length} operations yet`, () => {});
      continue;
    }
    it(`every ${surface} operation of the spec is in the ${side} (${expected.length})`, () => {
      const missing = expected
        .filter(([route]) => !present.has(route))
        .map(([route, id]) => `${id} (${route})`);
      expect(missing, `operations missing from the ${side}`).toEqual([]);
    });
  }
}

describe("drift: spec ↔ mock handlers", () => {
  const { routes, catchAll } = mockRoutes();
  const apiRoutes = new Set([...routes].filter((route) => surfaceOf(route) !== "/__mock"));

  surfaceGates("mock", apiRoutes);

  it("every mock handler outside /__mock is a spec operation", () => {
    const extra = [...apiRoutes].filter((route) => !specRoutes.has(route));
    expect(extra, "handlers the spec does not declare").toEqual([]);
  });

  it("catch-all handlers only answer unknown routes (404/405), they are not operations", () => {
    expect(catchAll.every((path) => path.endsWith("/*"))).toBe(true);
  });

  it("every /__mock handler is in spec/mock-control.yaml and vice versa", () => {
    const controlSpec = join(root, "spec/mock-control.yaml");
    expect(existsSync(controlSpec), "spec/mock-control.yaml").toBe(true);
    const document = parse(readFileSync(controlSpec, "utf8")) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const declared = new Set<string>();
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        // A stream only the local server serves (its node:http layer, not the route table)
        const localOnly = (operation as Record<string, unknown>)["x-pacspace-local-server-only"] === true;
        if (["get", "post", "put", "patch", "delete"].includes(method) && !localOnly) {
          declared.add(routeKey(method, path));
        }
      }
    }
    const served = new Set([...routes].filter((route) => surfaceOf(route) === "/__mock"));
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

/** Where the SDK's typed client is called: the Balance/public resources and the dashboard client. */
const SDK_CALL_DIRECTORIES = ["packages/sdk/src/resources", "packages/sdk/src/dashboard"];

/** `client.GET("/api/v1/…")` calls in the SDK's resource modules, subfolders included (tests excluded). */
function sdkRoutes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const files = SDK_CALL_DIRECTORIES.flatMap((directory) =>
    readdirSync(join(root, directory), { recursive: true, encoding: "utf8" }).map((file) =>
      join(directory, file),
    ),
  );
  for (const file of files) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    const source = readFileSync(join(root, file), "utf8");
    for (const match of source.matchAll(/\.(GET|POST|PUT|PATCH|DELETE)\(\s*"(\/[^"]*)"/g)) {
      const route = routeKey(match[1] as string, match[2] as string);
      found.set(route, [...(found.get(route) ?? []), file]);
    }
  }
  return found;
}

describe("drift: spec ↔ SDK resources", () => {
  const calls = sdkRoutes();

  // Public operations (verifyProof, getPublicReceipt) are SDK methods too: no operation is exempt.
  surfaceGates("SDK", new Set(calls.keys()));

  it("every SDK call targets a spec operation", () => {
    const extra = [...calls]
      .filter(([route]) => !specRoutes.has(route))
      .map(([route, files]) => `${route} in ${files.join(", ")}`);
    expect(extra, "SDK calls the spec does not declare").toEqual([]);
  });
});
