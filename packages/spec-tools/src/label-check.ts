import { type DocumentedItem, keyMatcher } from "./documented-list.js";
import {
  EXTENSION_SENTENCE,
  EXTENSION_SENTENCE_PATTERN,
  EXTENSION_VALUES_KEY,
  isObject,
  type JsonObject,
  pointerOf,
  type SpecElement,
  specElements,
} from "./spec-elements.js";

/** One reason the spec and spec/documented.yaml disagree, with the fix. */
export interface LabelProblem {
  /** The spec's JSON pointer, or the entry of documented.yaml. */
  at: string;
  problem: string;
}

const FIX_UNLABELLED =
  `add it to spec/documented.yaml with its source, or label it in the spec with ` +
  `\`x-pacspace-extension: true\` and "${EXTENSION_SENTENCE}" in its description`;

/**
 * Checks that every element of the spec is either documented (spec/documented.yaml) or labelled
 * `x-pacspace-extension`, never both, and that the documented list names nothing the spec lacks.
 */
export function checkLabels(document: JsonObject, documented: DocumentedItem[]): LabelProblem[] {
  const problems: LabelProblem[] = [];
  const elements = specElements(document);
  const matching = (item: DocumentedItem) => {
    const matches = keyMatcher(item.key);
    return elements.filter((element) => element.kind === item.kind && matches(element.key));
  };
  const present = documented.filter((item) => !item.notYet);
  const documentedElements = new Map<SpecElement, DocumentedItem>();
  for (const item of present) {
    for (const element of matching(item)) documentedElements.set(element, item);
  }

  for (const element of elements) {
    const item = documentedElements.get(element);
    if (item && element.labelled) {
      problems.push({
        at: element.pointer,
        problem: `${element.kind} "${element.key}" is documented (${item.origin}: ${item.source}) but labelled as an extension; remove the label (or the enclosing one) or the documented entry`,
      });
    } else if (!item && !element.labelled && !element.refLabelled) {
      problems.push({
        at: element.pointer,
        problem: `${element.kind} "${element.key}" is neither documented nor labelled: ${FIX_UNLABELLED}`,
      });
    }
    if (
      element.ownLabel &&
      !EXTENSION_SENTENCE_PATTERN.test((element.description ?? "").replace(/\s+/g, " "))
    ) {
      problems.push({
        at: element.pointer,
        problem: `${element.kind} "${element.key}" is labelled but its description lacks "${EXTENSION_SENTENCE}"`,
      });
    }
  }

  for (const item of documented) {
    const found = matching(item).length > 0;
    if (!item.notYet && !found) {
      problems.push({
        at: `spec/documented.yaml ${item.origin}`,
        problem: `${item.kind} "${item.key}" is documented but missing from the spec; add it to the spec, or mark the entry \`notYet\``,
      });
    }
    if (item.notYet && found) {
      problems.push({
        at: `spec/documented.yaml ${item.origin}`,
        problem: `${item.kind} "${item.key}" is marked notYet but the spec now has it; drop \`notYet\` (keep the source)`,
      });
    }
  }

  const errorCode =
    isObject(document.components) && isObject(document.components.schemas)
      ? document.components.schemas.ErrorCode
      : undefined;
  if (isObject(errorCode)) {
    const values = errorCode[EXTENSION_VALUES_KEY];
    const members = Array.isArray(errorCode.enum) ? errorCode.enum : [];
    for (const value of Array.isArray(values) ? values : []) {
      if (!members.includes(value)) {
        problems.push({
          at: pointerOf("components", "schemas", "ErrorCode", EXTENSION_VALUES_KEY),
          problem: `"${String(value)}" is listed as an extension value but is not a member of ErrorCode's enum`,
        });
      }
    }
  }
  return problems;
}

export function formatProblems(problems: LabelProblem[]): string {
  return [
    `${problems.length} extension-label problem(s) in spec/openapi.yaml / spec/documented.yaml:`,
    ...problems.map(({ at, problem }) => `- ${at}\n    ${problem}`),
  ].join("\n");
}
