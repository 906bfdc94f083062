import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { readRepoFile, repoRoot } from "./repository.js";

/**
 * What the mock and the SDK implement, read from their sources as text (nothing is run):
 * - the mock's routes: the operationIds its route tables (mocks/src/**\/*routes*.ts) name;
 * - the mock's events: the event types passed to `emitEvent(…)` (or named `*_EVENT_TYPE`) in mocks/src;
 * - the SDK's calls: `client.GET("/path")`-style calls in packages/sdk/src;
 * - the SDK's events: the event names its typed webhook parser knows (generated webhook-event-names.ts).
 */

/** Source files under `dir` (repository-relative), tests and generated files excluded. */
function sourceFiles(dir: string, accept: (path: string) => boolean = () => true): string[] {
  const entries = readdirSync(join(repoRoot, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts"))
    .map((entry) => relative(repoRoot, join(entry.parentPath, entry.name)))
    .filter((path) => !path.includes("/generated/") && accept(path))
    .sort();
}

/** The union of `scan` over the files' contents. */
function scanFiles(files: string[], scan: (source: string) => Set<string>): Set<string> {
  return new Set(files.flatMap((file) => [...scan(readRepoFile(file))]));
}

/** Every string literal that opens a call's argument list, e.g. `pipeline.authed("emitDelta", …)`. */
export function operationIdsCalledIn(source: string): Set<string> {
  return new Set([...source.matchAll(/\(\s*"([a-z][A-Za-z0-9]*)"/g)].map((match) => match[1] as string));
}

/** `METHOD /path` of every openapi-fetch style call, e.g. `client.GET("/api/v1/balance/limits", …)`. */
export function httpCallsIn(source: string): Set<string> {
  return new Set(
    [...source.matchAll(/\.(GET|PUT|POST|PATCH|DELETE)\(\s*"(\/[^"]*)"/g)].map(
      (match) => `${match[1]} ${match[2]}`,
    ),
  );
}

/** Event types passed to `emitEvent(…)`, and the `*_EVENT_TYPE` constants other senders use. */
export function emittedEventsIn(source: string): Set<string> {
  const patterns = [
    /(?:emit|publish)Event\([^"]*"([a-z_]+(?:\.[a-z_]+)+)"/g,
    /_EVENT_TYPE = "([a-z_]+(?:\.[a-z_]+)+)"/g,
  ];
  return new Set(
    patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] as string)),
  );
}

/** The events the mock sends only when a test asks (`POST /__mock/events`): the keys of its sample payloads. */
export function requestedEventsIn(source: string): Set<string> {
  const samples = /const DEFAULT_DATA[^=]*=\s*\{([\s\S]*?)\n\s*\};/.exec(source)?.[1] ?? "";
  return new Set(
    [...samples.matchAll(/^\s*"([a-z_]+(?:\.[a-z_]+)+)":/gm)].map((match) => match[1] as string),
  );
}

export interface ImplementationStatus {
  mockOperationIds: Set<string>;
  mockEvents: Set<string>;
  /** Sent only on request through the control API: no mock state produces them. */
  mockEventsOnRequest: Set<string>;
  sdkCalls: Set<string>;
  sdkEvents: Set<string>;
}

export function readImplementationStatus(): ImplementationStatus {
  const routeFiles = sourceFiles("mocks/src", (path) => /routes[^/]*\.ts$/.test(path));
  const mockOperationIds = scanFiles(routeFiles, operationIdsCalledIn);
  const mockEvents = scanFiles(sourceFiles("mocks/src"), emittedEventsIn);
  const mockEventsOnRequest = requestedEventsIn(readRepoFile("mocks/src/webhooks/requested-events.ts"));
  const sdkCalls = scanFiles(sourceFiles("packages/sdk/src"), httpCallsIn);
  const constants = readRepoFile("packages/sdk/src/generated/webhook-event-names.ts");
  const eventList = /webhookEventNames = \[([^\]]*)\]/.exec(constants)?.[1] ?? "";
  const sdkEvents = new Set([...eventList.matchAll(/"([^"]+)"/g)].map((match) => match[1] as string));
  return { mockOperationIds, mockEvents, mockEventsOnRequest, sdkCalls, sdkEvents };
}
