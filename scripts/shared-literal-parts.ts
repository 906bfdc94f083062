/**
 * Writes a JSON value as TypeScript source in which every object or array the value repeats
 * (the spec's `$ref`s, inlined once per use when the schemas were dereferenced) is declared
 * once, as `const sN = … as const`, and named where it recurs. The value the source builds is
 * deep-equal to the input; repeats become the same (frozen-by-convention, never written) object.
 * A part is shared only where that makes the source shorter.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A shared part standing in the tree for its declaration. */
class SharedRef {
  constructor(readonly name: string) {}
}
type Node = null | boolean | number | string | SharedRef | Node[] | { [key: string]: Node };

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Compact source of a node, as it will be written (before formatting). */
function print(node: Node): string {
  if (node instanceof SharedRef) return node.name;
  if (Array.isArray(node)) return `[${node.map(print).join(",")}]`;
  if (node !== null && typeof node === "object") {
    const members = Object.entries(node).map(
      ([key, value]) => `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}:${print(value)}`,
    );
    return `{${members.join(",")}}`;
  }
  return JSON.stringify(node);
}

function isComposite(node: Node): node is Node[] | { [key: string]: Node } {
  return node !== null && typeof node === "object" && !(node instanceof SharedRef);
}

/** Every composite part of the trees, by printed source, with how often it occurs. */
function countParts(roots: Node[]): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: Node): void => {
    if (!isComposite(node)) return;
    const source = print(node);
    counts.set(source, (counts.get(source) ?? 0) + 1);
    for (const child of Array.isArray(node) ? node : Object.values(node)) visit(child);
  };
  for (const root of roots) visit(root);
  return counts;
}

function replaceParts(node: Node, source: string, ref: SharedRef): Node {
  if (!isComposite(node)) return node;
  if (print(node) === source) return ref;
  if (Array.isArray(node)) return node.map((child) => replaceParts(child, source, ref));
  return Object.fromEntries(
    Object.entries(node).map(([key, child]) => [key, replaceParts(child, source, ref)]),
  );
}

/**
 * `declarations` (one `const sN = … as const;` per shared part, each after the parts it names)
 * and `expression` (the value itself, naming the shared parts).
 */
export function sharedLiteralParts(value: Json): { declarations: string; expression: string } {
  let root: Node = value;
  const shared: { name: string; node: Node }[] = [];
  for (;;) {
    const counts = countParts([root, ...shared.map((part) => part.node)]);
    const name = `s${shared.length + 1}`;
    let best: { source: string; saving: number } | undefined;
    for (const [source, count] of counts) {
      // Each repeat shrinks to the name; the declaration costs the part once plus its wrapping.
      const saving =
        (source.length - name.length) * count - (source.length + "const  = as const;".length + name.length);
      if (count > 1 && saving > 0 && (best === undefined || saving > best.saving)) best = { source, saving };
    }
    if (best === undefined) break;
    const ref = new SharedRef(name);
    // Nodes are never changed in place (replacing builds new ones), so the part found stays as is.
    const node = findPart(root, shared, best.source);
    root = replaceParts(root, best.source, ref);
    for (const part of shared) part.node = replaceParts(part.node, best.source, ref);
    shared.push({ name, node });
  }
  return {
    declarations: orderByUse(shared)
      .map((part) => `const ${part.name} = ${print(part.node)} as const;`)
      .join("\n"),
    expression: print(root),
  };
}

/** The part whose printed source is `source`, found in the root or a shared part. */
function findPart(root: Node, shared: { node: Node }[], source: string): Node {
  const search = (node: Node): Node | undefined => {
    if (!isComposite(node)) return undefined;
    if (print(node) === source) return node;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      const found = search(child);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (const node of [root, ...shared.map((part) => part.node)]) {
    const found = search(node);
    if (found !== undefined) return found;
  }
  throw new Error(`shared-literal-parts: part not found: ${source.slice(0, 80)}`);
}

/** Declarations in an order where each comes after the parts it names. */
function orderByUse(shared: { name: string; node: Node }[]): { name: string; node: Node }[] {
  const byName = new Map(shared.map((part) => [part.name, part]));
  const ordered: { name: string; node: Node }[] = [];
  const placed = new Set<string>();
  const place = (part: { name: string; node: Node }): void => {
    if (placed.has(part.name)) return;
    placed.add(part.name);
    const visit = (node: Node): void => {
      if (node instanceof SharedRef) place(byName.get(node.name) as { name: string; node: Node });
      else if (isComposite(node))
        for (const child of Array.isArray(node) ? node : Object.values(node)) visit(child);
    };
    visit(part.node);
    ordered.push(part);
  };
  for (const part of shared) place(part);
  return ordered;
}
