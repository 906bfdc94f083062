#!/usr/bin/env node
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatReport, formatText, type ReportFormat } from "./report.js";
import { CHECK_CATEGORIES, type CheckCategory } from "./results.js";
import { runContract } from "./runner.js";

const USAGE = `Usage: pacspace-contract --base-url URL --api-key KEY [options]

Checks a PacSpace server against the OpenAPI spec: valid and invalid generated requests,
unknown ids, auth, routing and the stateful emit → verify chain. The key and session it is
given stay working: it never sends them to logout, revokeApiKey or rotateApiKey.

Options:
  --base-url URL         server to check (e.g. http://127.0.0.1:4010)       [env PACSPACE_BASE_URL]
  --api-key KEY          a working API key                                  [env PACSPACE_API_KEY]
  --bearer-token TOKEN   session token for operations that take a bearer token (dashboard)
                                                                           [env PACSPACE_BEARER_TOKEN]
  --only ID,ID           only these operationIds
  --seed N               seed of all generated inputs (default 1)
  --valid-per-op N       valid requests per operation (default 5)
  --invalid-per-op N     invalid requests per operation (default: each violation once)
  --checks LIST          subset of ${CHECK_CATEGORIES.join(",")}
  --concurrency N        requests in flight (default 8)
  --timeout-ms N         per-request timeout (default 10000)
  --run-tag TAG          fixes the run's unique tag (customer id, idempotency keys)
  --state-probe URL      GET before and after the rejected requests; bodies must be equal
                         (e.g. http://127.0.0.1:4010/__mock/snapshot). The first read waits
                         until two reads 500 ms apart agree (earlier writes settling)
  --spec FILE            dereferenced OpenAPI 3.1 JSON (default: generated/openapi.json of this package)
  --report FORMAT        text (default), json or junit
  --out FILE             write the report there (a text summary still goes to stdout)
  -h, --help

Exit status: 0 when every check passed, 1 when any failed, 2 on a usage error.
`;

function integer(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--${name} must be an integer`);
  return Number(value);
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      "base-url": { type: "string" },
      "api-key": { type: "string" },
      "bearer-token": { type: "string" },
      only: { type: "string" },
      seed: { type: "string" },
      "valid-per-op": { type: "string" },
      "invalid-per-op": { type: "string" },
      checks: { type: "string" },
      concurrency: { type: "string" },
      "timeout-ms": { type: "string" },
      "run-tag": { type: "string" },
      "state-probe": { type: "string" },
      spec: { type: "string" },
      report: { type: "string", default: "text" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
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
  const options = {
    baseUrl,
    apiKey,
    ...(bearerToken ? { bearerToken } : {}),
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
