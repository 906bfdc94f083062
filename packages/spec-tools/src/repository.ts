import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { type DocumentedFile, documentedItems } from "./documented-list.js";
import type { JsonObject } from "./spec-elements.js";

/** The repository's root directory. */
export const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));

export function readRepoFile(path: string): string {
  return readFileSync(join(repoRoot, path), "utf8");
}

export function loadSpec(): JsonObject {
  return parse(readRepoFile("spec/openapi.yaml")) as JsonObject;
}

export function loadDocumentedFile(): DocumentedFile {
  return parse(readRepoFile("spec/documented.yaml")) as DocumentedFile;
}

export function loadDocumentedItems() {
  return documentedItems(loadDocumentedFile());
}
