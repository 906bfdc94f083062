import type { ElementKind } from "./spec-elements.js";

/**
 * spec/documented.yaml, read: what PacSpace documents, with sources, and the hand-kept notes
 * docs/compatibility.md prints. The file's header comment explains the format to its editors.
 */

/** A source, or `{source, notYet: true}` for a documented item the spec does not have yet. */
type ItemEntry = string | { source: string; notYet?: boolean; note?: string };
/** A field name, or `{name: source}` when its source differs from the schema's. */
type FieldEntry = string | Record<string, string>;

interface SchemaEntry {
  source: string;
  fields?: FieldEntry[];
  notYet?: FieldEntry[];
}

export interface Conflict {
  topic: string;
  decision: string;
  sources: string[];
}

export interface Difference {
  item: string;
  reason: string;
  source: string;
  /** Keys of documented operations or webhook events this difference makes "partial". */
  affects?: string[];
  /** Which columns it makes partial (default: all three). */
  in?: Surface[];
}

export type Surface = "spec" | "mock" | "sdk";

export interface SdkFeature {
  name: string;
  source: string;
  status: "supported" | "partial" | "not yet";
  note?: string;
}

export interface DocumentedFile {
  operations?: Record<string, ItemEntry>;
  parameters?: Record<string, ItemEntry>;
  headers?: Record<string, ItemEntry>;
  securitySchemes?: Record<string, ItemEntry>;
  schemas?: Record<string, SchemaEntry>;
  errorCodes?: Record<string, ItemEntry>;
  webhookEvents?: Record<string, ItemEntry>;
  conflicts?: Conflict[];
  differences?: Difference[];
  sdkFeatures?: SdkFeature[];
}

export interface DocumentedItem {
  kind: ElementKind;
  /** The element key (see spec-elements.ts); schema patterns keep their `*`. */
  key: string;
  source: string;
  notYet: boolean;
  note?: string;
  /** Where in documented.yaml it is written, for error messages. */
  origin: string;
}

const SECTIONS: [keyof DocumentedFile, ElementKind][] = [
  ["operations", "operation"],
  ["parameters", "parameter"],
  ["headers", "header"],
  ["securitySchemes", "security-scheme"],
  ["errorCodes", "error-code"],
  ["webhookEvents", "webhook-event"],
];

function itemOf(kind: ElementKind, key: string, entry: ItemEntry, origin: string): DocumentedItem {
  if (typeof entry === "string") return { kind, key, source: entry, notYet: false, origin };
  if (typeof entry?.source !== "string") throw new Error(`${origin}: needs a source`);
  return {
    kind,
    key,
    source: entry.source,
    notYet: entry.notYet === true,
    ...(entry.note ? { note: entry.note } : {}),
    origin,
  };
}

function fieldsOf(entries: FieldEntry[] | undefined, fallback: string, origin: string) {
  return (entries ?? []).map((entry) => {
    if (typeof entry === "string") return { name: entry, source: fallback };
    const pairs = Object.entries(entry);
    const [pair] = pairs;
    if (pairs.length !== 1 || !pair || typeof pair[1] !== "string") {
      throw new Error(`${origin}: a field is a name or {name: source}`);
    }
    return { name: pair[0], source: pair[1] };
  });
}

/** Flattens the file into one item per documented element. */
export function documentedItems(file: DocumentedFile): DocumentedItem[] {
  const items: DocumentedItem[] = [];
  for (const [section, kind] of SECTIONS) {
    for (const [key, entry] of Object.entries(file[section] ?? {})) {
      items.push(itemOf(kind, key, entry as ItemEntry, `${section}["${key}"]`));
    }
  }
  for (const [schema, entry] of Object.entries(file.schemas ?? {})) {
    const origin = `schemas["${schema}"]`;
    if (typeof entry?.source !== "string") throw new Error(`${origin}: needs a source`);
    for (const field of fieldsOf(entry.fields, entry.source, origin)) {
      items.push({
        kind: "property",
        key: `${schema}.${field.name}`,
        source: field.source,
        notYet: false,
        origin,
      });
    }
    for (const field of fieldsOf(entry.notYet, entry.source, origin)) {
      items.push({
        kind: "property",
        key: `${schema}.${field.name}`,
        source: field.source,
        notYet: true,
        origin,
      });
    }
  }
  return items;
}

/** `*` in a documented key stands for any run of characters except `.` and space. */
export function keyMatcher(key: string): (candidate: string) => boolean {
  if (!key.includes("*")) return (candidate) => candidate === key;
  const escaped = key.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", "[^. ]*");
  const pattern = new RegExp(`^${escaped}$`);
  return (candidate) => pattern.test(candidate);
}
