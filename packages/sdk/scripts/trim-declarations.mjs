// Shrinks the shipped type declarations without changing a single type: every doc comment keeps
// its summary (the first sentence, as an editor's hover shows it) and its @deprecated tag, and
// loses the long descriptions, examples and defaults the generated schema carries (they stay in
// the spec and the sources); indentation is halved. Run after tsup, on the emitted `.d.cts`
// files. Usage: node scripts/trim-declarations.mjs <dist folder>
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

const [dist] = process.argv.slice(2);
if (!dist) throw new Error("usage: trim-declarations.mjs <dist>");
for (const file of readdirSync(dist)) {
  if (!file.endsWith(".d.cts")) continue;
  const path = join(dist, file);
  writeFileSync(path, trim(readFileSync(path, "utf8")));
}
