import {
  type DocumentedFile,
  type DocumentedItem,
  documentedItems,
  type Surface,
} from "./documented-list.js";
import type { ImplementationStatus } from "./implementation-status.js";
import { EXTENSION_KEY, isObject, type JsonObject, type SpecElement, specElements } from "./spec-elements.js";

/**
 * Renders docs/compatibility.md: for every item PacSpace documents, whether the spec, the mock and
 * the SDK have it; where the docs disagree and what the toolkit does; known differences; and the
 * toolkit's own extensions, read from the spec's labels.
 */

export type Status = "supported" | "partial" | "not yet";

export interface CompatibilityInput {
  spec: JsonObject;
  documented: DocumentedFile;
  implementation: ImplementationStatus;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch"] as const;

/** Surfaces, in the order the document lists them, by path prefix. */
const SURFACES: [prefix: string, title: string][] = [
  ["/api/v1/balance/", "Balance API"],
  ["/api/v1/verify/", "Public verification"],
  ["/api/v1/receipt/", "Public verification"],
  ["/api/v1/records/", "Records API"],
  ["/api/v1/middleware/", "Billing-middleware API"],
  ["/dashboard/", "Dashboard API"],
];

function surfaceOf(operationKey: string): string {
  const path = operationKey.slice(operationKey.indexOf(" ") + 1);
  return SURFACES.find(([prefix]) => path.startsWith(prefix))?.[1] ?? "Other";
}

interface SpecOperation {
  operationId: string;
  labelled: boolean;
}

function specOperations(spec: JsonObject): Map<string, SpecOperation> {
  const operations = new Map<string, SpecOperation>();
  for (const [path, pathItem] of Object.entries(isObject(spec.paths) ? spec.paths : {})) {
    if (!isObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      operations.set(`${method.toUpperCase()} ${path}`, {
        operationId: String(operation.operationId),
        labelled: operation[EXTENSION_KEY] === true,
      });
    }
  }
  return operations;
}

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `| ${header.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ];
}

/** A source as a link when it is a URL, else as code (a PacSpace/python-sdk path). */
function sourceLink(source: string): string {
  return /^https?:\/\//.test(source) ? `[${source.replace(/^https?:\/\//, "")}](${source})` : `\`${source}\``;
}

export function renderCompatibility({ spec, documented, implementation }: CompatibilityInput): string {
  const items = documentedItems(documented);
  const operations = specOperations(spec);
  const differences = documented.differences ?? [];
  const webhooks = isObject(spec.webhooks) ? spec.webhooks : {};

  /** "partial" when a known difference affects `key` on `surface`, with the differences' numbers. */
  const withDifferences = (key: string, surface: Surface, status: Status): string => {
    if (status !== "supported") return status;
    const numbers = differences
      .map((difference, index) => ({ difference, number: index + 1 }))
      .filter(
        ({ difference }) =>
          difference.affects?.includes(key) && (difference.in ?? [surface]).includes(surface),
      )
      .map(({ number }) => `[${number}](#d${number})`);
    return numbers.length > 0 ? `partial (${numbers.join(", ")})` : status;
  };
  const supported = (yes: boolean): Status => (yes ? "supported" : "not yet");

  const operationRow = (key: string, source?: string): string[] => {
    const operation = operations.get(key);
    const inMock = operation !== undefined && implementation.mockOperationIds.has(operation.operationId);
    return [
      `\`${key}\``,
      withDifferences(key, "spec", supported(operation !== undefined)),
      withDifferences(key, "mock", supported(inMock)),
      withDifferences(key, "sdk", supported(implementation.sdkCalls.has(key))),
      ...(source === undefined ? [] : [sourceLink(source)]),
    ];
  };
  const eventRow = (event: string, source?: string): string[] => [
    `\`${event}\``,
    withDifferences(event, "spec", supported(event in webhooks)),
    implementation.mockEvents.has(event) || !implementation.mockEventsOnRequest.has(event)
      ? withDifferences(event, "mock", supported(implementation.mockEvents.has(event)))
      : "on request (`POST /__mock/events`)",
    withDifferences(event, "sdk", supported(implementation.sdkEvents.has(event))),
    ...(source === undefined ? [] : [sourceLink(source)]),
  ];

  const documentedOperations = items.filter((item) => item.kind === "operation");
  const documentedEvents = items.filter((item) => item.kind === "webhook-event");
  const count = (list: DocumentedItem[], has: (item: DocumentedItem) => boolean) => list.filter(has).length;
  const inSpec = (item: DocumentedItem) => operations.has(item.key);
  const inMock = (item: DocumentedItem) => {
    const operation = operations.get(item.key);
    return operation !== undefined && implementation.mockOperationIds.has(operation.operationId);
  };
  const inSdk = (item: DocumentedItem) => implementation.sdkCalls.has(item.key);

  const lines: string[] = [
    "<!-- Generated by `pnpm gen` (packages/spec-tools/src/gen-compatibility.ts) from spec/openapi.yaml,",
    "     spec/documented.yaml, the mock's route table and the SDK's calls. Do not edit: change those. -->",
    "",
    "# Compatibility with the PacSpace service",
    "",
    "What to know before trusting the mock (and the SDK) for a given call: for every endpoint and",
    "webhook event PacSpace documents, whether this toolkit's spec (`spec/openapi.yaml`), its mock",
    "backend (`@pacspace/mocks`) and its SDK (`@pacspace/sdk`) have it. A test that passes against the",
    "mock means the same against the service only for what is **supported** below.",
    "",
    "- **supported**: present, with the documented names and shapes as far as the docs show them.",
    "- **partial**: present, with a known difference (numbered, see [Known differences](#known-differences)).",
    "- **not yet**: documented by PacSpace, absent here.",
    "",
    `Documented endpoints: ${documentedOperations.length}; in the spec: ${count(documentedOperations, inSpec)}; ` +
      `served by the mock: ${count(documentedOperations, inMock)}; called by the SDK: ${count(documentedOperations, inSdk)}.`,
    `Documented webhook events: ${documentedEvents.length}; in the spec: ` +
      `${count(documentedEvents, (item) => item.key in webhooks)}; sent by the mock: ` +
      `${count(documentedEvents, (item) => implementation.mockEvents.has(item.key))}; typed by the SDK: ` +
      `${count(documentedEvents, (item) => implementation.sdkEvents.has(item.key))}.`,
    "",
    "Sources are the current PacSpace docs (docs.pacspace.io) and the official Python SDK",
    "(`PacSpace/python-sdk`, 0.3.0). The full item-by-item list, fields and codes included, is",
    "[`spec/documented.yaml`](../spec/documented.yaml). Anything the toolkit adds is listed under",
    "[Extensions](#extensions-of-this-toolkit) and labelled `x-pacspace-extension: true` in the spec.",
    "",
    "## Endpoints",
  ];
  const header = ["Endpoint", "Spec", "Mock", "SDK", "Source"];
  const surfaces = [...new Set(documentedOperations.map((item) => surfaceOf(item.key)))];
  for (const surface of surfaces) {
    const rows = documentedOperations
      .filter((item) => surfaceOf(item.key) === surface)
      .map((item) => operationRow(item.key, item.source));
    lines.push("", `### ${surface}`, "", ...table(header, rows));
  }

  lines.push(
    "",
    "## Webhook events",
    "",
    ...table(
      ["Event", "Spec", "Mock", "SDK", "Source"],
      documentedEvents.map((item) => eventRow(item.key, item.source)),
    ),
  );

  const features = documented.sdkFeatures ?? [];
  if (features.length > 0) {
    lines.push(
      "",
      "## Official SDK features",
      "",
      "Documented client features that are not endpoints.",
      "",
      ...table(
        ["Feature", "SDK", "Source", "Note"],
        features.map((feature) => [
          feature.name,
          feature.status,
          sourceLink(feature.source),
          feature.note ?? "",
        ]),
      ),
    );
  }

  const conflicts = documented.conflicts ?? [];
  if (conflicts.length > 0) {
    lines.push(
      "",
      "## Where the docs disagree, and what the toolkit does",
      "",
      "The PacSpace docs span several eras that disagree; the current era (host `app.pacspace.io`) wins,",
      "and the official Python SDK decides the wire format where a page is silent or cut off.",
      "",
    );
    for (const conflict of conflicts) {
      lines.push(
        `- **${conflict.topic}.** ${conflict.decision} (${conflict.sources.map(sourceLink).join("; ")})`,
      );
    }
  }

  lines.push(
    "",
    "## Known differences",
    "",
    "Differences from the documented service that stay as they are, and why.",
    "",
    ...differences.map(
      (difference, index) =>
        `${index + 1}. <a id="d${index + 1}"></a>**${difference.item}**: ${difference.reason} (${sourceLink(difference.source)})`,
    ),
  );

  lines.push(...renderExtensions(spec, operations, operationRow, eventRow));
  return `${lines.join("\n")}\n`;
}

const EXTENSION_GROUPS: [SpecElement["kind"], string][] = [
  ["security-scheme", "Security schemes"],
  ["header", "Headers"],
  ["parameter", "Parameters"],
  ["property", "Fields"],
  ["error-code", "Error codes"],
];

function renderExtensions(
  spec: JsonObject,
  operations: Map<string, SpecOperation>,
  operationRow: (key: string) => string[],
  eventRow: (event: string) => string[],
): string[] {
  const labelled = specElements(spec).filter((element) => element.ownLabel);
  const components =
    isObject(spec.components) && isObject(spec.components.schemas) ? spec.components.schemas : {};
  const schemas = Object.entries(components)
    .filter(([, schema]) => isObject(schema) && schema[EXTENSION_KEY] === true)
    .map(([name]) => name);
  const lines = [
    "",
    "## Extensions of this toolkit",
    "",
    "Generated from the spec's `x-pacspace-extension` labels. PacSpace does not document these: the",
    "mock implements them, and the SDK never depends on one to talk to the real service. The mock's",
    "control API (`/__mock/**`, [`spec/mock-control.yaml`](../spec/mock-control.yaml)) is the mock's own too.",
    "",
    "### Operations",
    "",
    ...table(
      ["Endpoint", "Spec", "Mock", "SDK"],
      [...operations].filter(([, operation]) => operation.labelled).map(([key]) => operationRow(key)),
    ),
    "",
    "### Webhook events",
    "",
    ...table(
      ["Event", "Spec", "Mock", "SDK"],
      labelled.filter((element) => element.kind === "webhook-event").map((element) => eventRow(element.key)),
    ),
    "",
    "### Schemas",
    "",
    "Whole shapes of the toolkit's own; every field in them is an extension too.",
    "",
    schemas.map((name) => `\`${name}\``).join(", "),
  ];
  for (const [kind, title] of EXTENSION_GROUPS) {
    const keys = labelled.filter((element) => element.kind === kind).map((element) => `\`${element.key}\``);
    if (keys.length > 0) lines.push("", `### ${title}`, "", keys.join(", "));
  }
  return lines;
}
