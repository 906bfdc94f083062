#!/usr/bin/env node
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CLI_OPTIONS, USAGE } from "./cli-usage.js";
import { formatReport, formatText, type ReportFormat } from "./report.js";
import { CHECK_CATEGORIES, type CheckCategory } from "./results.js";
import { runContract } from "./runner.js";

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${name} must be an integer`);
  return Number(value);
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: CLI_OPTIONS,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const baseUrl = values["base-url"] ?? process.env.PACSPACE_BASE_URL;
  const apiKey = values["api-key"] ?? process.env.PACSPACE_API_KEY;
  if (!baseUrl || !apiKey) throw new UsageError("--base-url and --api-key are required");
  const format = values.report as ReportFormat;
  if (!["text", "json", "junit"].includes(format))
    throw new UsageError("--report must be text, json or junit");
  const checks = values.checks?.split(",").map((name) => name.trim()) as CheckCategory[] | undefined;
  const badCheck = checks?.find((name) => !CHECK_CATEGORIES.includes(name));
  if (badCheck) throw new UsageError(`unknown check kind ${badCheck}`);
  const probeUrl = values["state-probe"];

  const bearerToken = values["bearer-token"] ?? process.env.PACSPACE_BEARER_TOKEN;
  const email = values["login-email"] ?? process.env.PACSPACE_LOGIN_EMAIL;
  const password = values["login-password"] ?? process.env.PACSPACE_LOGIN_PASSWORD;
  if (Boolean(email) !== Boolean(password))
    throw new UsageError("--login-email and --login-password go together");
  const options = {
    baseUrl,
    apiKey,
    ...(bearerToken ? { bearerToken } : {}),
    ...(email && password ? { login: { email, password } } : {}),
    ...(values.spec ? { spec: values.spec } : {}),
    ...(values.only
      ? {
          only: values.only
            .split(",")
            .map((id) => id.trim())
            .filter(Boolean),
        }
      : {}),
    ...(checks ? { checks } : {}),
    ...(values["run-tag"] ? { runTag: values["run-tag"] } : {}),
    ...(probeUrl
      ? {
          stateProbe: async () => {
            const response = await fetch(probeUrl);
            if (!response.ok) throw new Error(`state probe ${probeUrl} answered ${response.status}`);
            return response.text();
          },
        }
      : {}),
  };
  const numbers = {
    seed: integer("seed", values.seed),
    validPerOp: integer("valid-per-op", values["valid-per-op"]),
    invalidPerOp: integer("invalid-per-op", values["invalid-per-op"]),
    concurrency: integer("concurrency", values.concurrency),
    timeoutMs: integer("timeout-ms", values["timeout-ms"]),
    recordEntries: integer("record-entries", values["record-entries"]),
  };
  for (const [name, value] of Object.entries(numbers)) {
    if (value !== undefined) Object.assign(options, { [name]: value });
  }

  const report = await runContract(options);
  const rendered = formatReport(report, format);
  if (values.out) {
    writeFileSync(values.out, rendered);
    process.stdout.write(format === "text" ? rendered : formatText(report));
  } else process.stdout.write(rendered);
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`pacspace-contract: ${(error as Error).message}\n${usage ? `\n${USAGE}` : ""}`);
    process.exitCode = 2;
  },
);
