// Shrinks the shipped type declarations without changing a single type: every doc comment keeps
// its summary (the first sentence, as an editor's hover shows it) and its @deprecated tag, and
// loses the long descriptions, examples and defaults the generated schema carries (they stay in
// the spec and the sources); whitespace goes; and an object type the generated schema repeats
// (a path's empty `parameters`, the `X-Request-Id` response headers, …) is written once as a
// type alias that every repeat names, which is the same type to the compiler; so is each section
// of the generated `components` (`components["schemas"]` is written `Schemas`, declared once as
// `type Schemas=components["schemas"]`, the alias the SDK's own types use). Run after tsup, on
// the emitted `.d.ts` files. Usage: node scripts/trim-declarations.mjs <dist folder>
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

const SUMMARY_MAX = 160;

/** The comment's first sentence, one line, at most SUMMARY_MAX characters. */
function summaryOf(lines) {
  const text = [];
  for (const line of lines) {
    if (line.startsWith("@")) {
      if (text.length > 0 || !line.startsWith("@description")) break;
      text.push(line.slice("@description".length).trim());
    } else if (line === "") {
      if (text.length > 0) break;
    } else {
      text.push(line);
    }
  }
  const joined = text.join(" ").replace(/\s+/g, " ").trim();
  const sentence = /^.*?[.!?](?=\s|$)/.exec(joined)?.[0] ?? joined;
  return sentence.length <= SUMMARY_MAX ? sentence : `${sentence.slice(0, SUMMARY_MAX - 1).trimEnd()}…`;
}

function trimComment(comment) {
  if (!comment.startsWith("/**")) return "";
  const lines = comment
    .slice(3, -2)
    .split("\n")
    .map((line) => line.replace(/^\s*\*?\s?/, "").trimEnd());
  const parts = [];
  const summary = summaryOf(lines);
  if (summary !== "") parts.push(summary.replaceAll("*/", "*\\/"));
  if (lines.some((line) => line.startsWith("@deprecated"))) parts.push("@deprecated");
  return parts.length === 0 ? "" : `/** ${parts.join(" ")} */`;
}

function trim(source) {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  let out = "";
  // Open braces inside each template literal type being scanned, innermost last: the `}` that
  // closes a `${…}` resumes the template, which a bare scanner only knows when told.
  const templates = [];
  let pendingSpace = false;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.TemplateHead) templates.push(0);
    else if (kind === ts.SyntaxKind.OpenBraceToken && templates.length > 0) templates[templates.length - 1]++;
    else if (kind === ts.SyntaxKind.CloseBraceToken && templates.length > 0) {
      if (templates[templates.length - 1] === 0) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templates.pop();
      } else templates[templates.length - 1]--;
    }
    const text = scanner.getTokenText();
    if (kind === ts.SyntaxKind.MultiLineCommentTrivia) {
      const kept = trimComment(text);
      if (kept !== "") out += `${out === "" ? "" : "\n"}${kept}\n`;
    }
    // Triple-slash directives are kept; other line comments go.
    else if (kind === ts.SyntaxKind.SingleLineCommentTrivia) out += text.startsWith("///") ? text : "";
    else if (kind === ts.SyntaxKind.NewLineTrivia || kind === ts.SyntaxKind.WhitespaceTrivia)
      pendingSpace = true;
    else {
      // A space survives only between two word characters (`declare class`, `a as b`).
      if (pendingSpace && /[\w$]$/.test(out) && /^[\w$]/.test(text)) out += " ";
      else if (pendingSpace && text.startsWith("/**")) out += "\n";
      out += text;
      pendingSpace = false;
    }
  }
  return out;
}

const ALIAS_PREFIX = "SpecBlock";
// What an object type may hold to be shared under an alias: properties and index signatures
// whose types are keywords, references into the generated schema, or earlier aliases. Nothing
// generic, nothing that names a type parameter, so the alias means the same wherever it is used.
const SHARABLE_TYPE = `(?:never|unknown|string|number|boolean|null|${ALIAS_PREFIX}\\d+|(?:components|operations|paths)(?:\\["[^"\\\\]*"\\])+)`;
const SHARABLE_MEMBER = `(?:/\\*\\*(?:[^*]|\\*(?!/))*\\*/\\n?)*(?:[A-Za-z_$][\\w$]*\\??|"[^"\\\\]*"\\??|\\[name:string\\]):${SHARABLE_TYPE};`;
const SHARABLE_BLOCK = new RegExp(`^\\{\\n?(?:${SHARABLE_MEMBER}\\n?)+\\}$`);

/** The innermost `{…}` that follow a `:` (a property's type), with their offsets. */
function innermostTypeLiterals(source) {
  const found = [];
  const open = [];
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === "/" && source[index + 1] === "*") {
      index = source.indexOf("*/", index + 2) + 1;
    } else if (char === '"' || char === "'" || char === "`") {
      // A template literal type poisons the blocks around it: they are never shared.
      if (char === "`") for (const block of open) block.plain = false;
      for (index++; source[index] !== char; index++) if (source[index] === "\\") index++;
    } else if (char === "{") {
      if (open.length > 0) open[open.length - 1].innermost = false;
      open.push({ start: index, innermost: true, plain: source[index - 1] === ":" });
    } else if (char === "}") {
      const block = open.pop();
      if (block?.innermost && block.plain) found.push({ start: block.start, end: index + 1 });
    }
  }
  return found;
}

/** Writes each object type the file repeats once, as `type SpecBlockN = {…}`, and names it. */
function shareRepeatedBlocks(source) {
  if (source.includes(ALIAS_PREFIX)) throw new Error(`trim-declarations: ${ALIAS_PREFIX} already used`);
  const aliases = [];
  for (;;) {
    const blocks = innermostTypeLiterals(source);
    const counts = new Map();
    for (const { start, end } of blocks) {
      const text = source.slice(start, end);
      counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const shared = new Map();
    for (const [text, count] of counts) {
      const alias = `${ALIAS_PREFIX}${aliases.length + shared.size + 1}`;
      // Shared only where the alias is shorter than the repeats it replaces.
      if (count < 2 || text.length * (count - 1) <= alias.length * count + 8) continue;
      if (!SHARABLE_BLOCK.test(text)) continue;
      shared.set(text, alias);
    }
    if (shared.size === 0) break;
    let out = "";
    let last = 0;
    for (const { start, end } of blocks) {
      const alias = shared.get(source.slice(start, end));
      if (alias === undefined) continue;
      out += source.slice(last, start) + alias;
      last = end;
    }
    source = out + source.slice(last);
    for (const [text, alias] of shared) aliases.push(`type ${alias}=${text};`);
  }
  return aliases.length === 0 ? source : `${source}\n${aliases.join("\n")}\n`;
}

const SECTION_ALIASES = {
  schemas: "Schemas",
  responses: "Responses",
  parameters: "SpecParameters",
  headers: "SpecHeaders",
  requestBodies: "SpecRequestBodies",
  pathItems: "SpecPathItems",
};

/** In the file that declares `components`, names each of its sections by a type alias. */
function aliasComponentSections(source) {
  if (!source.includes("interface components{")) return source;
  const aliases = [];
  for (const [section, alias] of Object.entries(SECTION_ALIASES)) {
    const reference = `components["${section}"]`;
    if (!source.includes(reference)) continue;
    // The same alias declared by the SDK's own sources is reused; any other use of the name is not.
    const declaration = `type ${alias}=${reference};`;
    source = source.replaceAll(declaration, "");
    if (new RegExp(`(?<![\\w$])${alias}(?![\\w$])`).test(source.replaceAll(`${alias}[`, "")))
      throw new Error(`trim-declarations: ${alias} already used`);
    source = source.replaceAll(reference, alias);
    aliases.push(declaration);
  }
  return aliases.length === 0 ? source : `${source}${aliases.join("\n")}\n`;
}

const [dist] = process.argv.slice(2);
if (!dist) throw new Error("usage: trim-declarations.mjs <dist>");
for (const file of readdirSync(dist)) {
  if (!file.endsWith(".d.ts")) continue;
  const path = join(dist, file);
  writeFileSync(path, aliasComponentSections(shareRepeatedBlocks(trim(readFileSync(path, "utf8")))));
}
