import type { CheckResult, ContractReport } from "./results.js";

/** Reports of a run: a per-operation text table, JSON, and JUnit XML for CI. */

export type ReportFormat = "text" | "json" | "junit";

export interface TextOptions {
  /** Failure lines shown per operation. Default 3. */
  failuresPerOperation?: number;
}

function failureLine(result: CheckResult): string {
  const request = result.request ? ` — ${result.request.method} ${truncate(result.request.target, 90)}` : "";
  return `[${result.category}] ${result.name}: ${result.messages.slice(0, 2).join("; ")}${request}`;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

export function formatText(report: ContractReport, options: TextOptions = {}): string {
  const shown = options.failuresPerOperation ?? 3;
  const width = Math.max(9, ...report.operations.map((summary) => summary.operationId.length));
  const lines = [
    `pacspace-contract  ${report.baseUrl}  seed ${report.seed}  run ${report.runTag}`,
    "",
    `  ${"operation".padEnd(width)}  ${"checks".padStart(6)}  ${"passed".padStart(6)}  ${"failed".padStart(6)}  ${"skipped".padStart(7)}`,
  ];
  for (const summary of report.operations) {
    const mark = summary.failed > 0 ? "✗" : "✓";
    lines.push(
      `${mark} ${summary.operationId.padEnd(width)}  ${String(summary.checks).padStart(6)}  ${String(summary.passed).padStart(6)}  ${String(summary.failed).padStart(6)}  ${String(summary.skipped).padStart(7)}`,
    );
    const failed = summary.results.filter((result) => result.outcome === "failed");
    for (const result of failed.slice(0, shown)) lines.push(`      ${failureLine(result)}`);
    if (failed.length > shown) lines.push(`      … and ${failed.length - shown} more`);
    const skipped = summary.results.filter((result) => result.outcome === "skipped");
    for (const result of skipped.slice(0, 1))
      lines.push(`      skipped [${result.category}] ${result.name}: ${result.messages[0] ?? ""}`);
  }
  const { totals } = report;
  lines.push(
    "",
    `${report.ok ? "PASS" : "FAIL"}  ${totals.checks} checks: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped` +
      `  |  ${report.requests} requests (${report.rejectionRequests} meant to be rejected), ${report.serverErrors} × 5xx, ${(report.durationMs / 1000).toFixed(1)} s`,
  );
  return `${lines.join("\n")}\n`;
}

export function formatJson(report: ContractReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** XML 1.0 cannot carry most control characters, even escaped. */
function isXmlCharacter(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);
}

function xml(text: string): string {
  let clean = "";
  for (const char of text) clean += isXmlCharacter(char.codePointAt(0) as number) ? char : "\ufffd";
  return clean.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** One `<testsuite>` per operation, one `<testcase>` per check. */
export function formatJunit(report: ContractReport): string {
  const { totals } = report;
  const seconds = (report.durationMs / 1000).toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="pacspace-contract" tests="${totals.checks}" failures="${totals.failed}" skipped="${totals.skipped}" time="${seconds}">`,
  ];
  for (const summary of report.operations) {
    lines.push(
      `  <testsuite name="${xml(summary.operationId)}" tests="${summary.checks}" failures="${summary.failed}" skipped="${summary.skipped}">`,
    );
    for (const result of summary.results) {
      const name = xml(`[${result.category}] ${result.name}`);
      const classname = xml(`${summary.operationId}.${result.category}`);
      if (result.outcome === "passed") {
        lines.push(`    <testcase classname="${classname}" name="${name}"/>`);
        continue;
      }
      lines.push(`    <testcase classname="${classname}" name="${name}">`);
      const message = xml(result.messages.join("; "));
      if (result.outcome === "skipped") lines.push(`      <skipped message="${message}"/>`);
      else {
        const request = result.request
          ? `${result.request.method} ${result.request.target}${result.request.body ? `\n${result.request.body}` : ""}`
          : "";
        lines.push(
          `      <failure message="${message}">${xml([...result.messages, request].filter(Boolean).join("\n"))}</failure>`,
        );
      }
      lines.push("    </testcase>");
    }
    lines.push("  </testsuite>");
  }
  lines.push("</testsuites>");
  return `${lines.join("\n")}\n`;
}

export function formatReport(report: ContractReport, format: ReportFormat): string {
  if (format === "json") return formatJson(report);
  if (format === "junit") return formatJunit(report);
  return formatText(report);
}
