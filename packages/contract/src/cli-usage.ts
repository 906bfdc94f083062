import type { ParseArgsConfig } from "node:util";
import { CHECK_CATEGORIES } from "./results.js";

/** Every option of `pacspace-contract`; `USAGE` names each one (a test holds it to that). */
export const CLI_OPTIONS = {
  "base-url": { type: "string" },
  "api-key": { type: "string" },
  "bearer-token": { type: "string" },
  "login-email": { type: "string" },
  "login-password": { type: "string" },
  only: { type: "string" },
  checks: { type: "string" },
  seed: { type: "string" },
  "run-tag": { type: "string" },
  "valid-per-op": { type: "string" },
  "invalid-per-op": { type: "string" },
  concurrency: { type: "string" },
  "timeout-ms": { type: "string" },
  "record-entries": { type: "string" },
  "state-probe": { type: "string" },
  spec: { type: "string" },
  report: { type: "string", default: "text" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

export const USAGE = `Usage: pacspace-contract --base-url URL --api-key KEY [options]

Checks a PacSpace server (the local mock, a staging deployment or the sandbox) against the
OpenAPI spec: valid and invalid generated requests, unknown ids, auth, routing and the
stateful emit → verify chain and the records chain (append, commit, receipt, history). The key and session it is given stay working: checks that
end or change a credential (logout, revokeApiKey, rotateApiKey) run on a key or session
the run creates for itself, and the run revokes or logs out what it created at its end.

Server and credentials:
  --base-url URL          server to check (e.g. http://127.0.0.1:4010)      [env PACSPACE_BASE_URL]
  --api-key KEY           a working API key                                 [env PACSPACE_API_KEY]
  --bearer-token TOKEN    a dashboard session token: the Dashboard API is checked only with one;
                          the run's own keys are made with it          [env PACSPACE_BEARER_TOKEN]
  --login-email EMAIL     a dashboard login; the run logs in with it to open sessions of its own
  --login-password PASS   for the logout checks (without it they are skipped)
                                          [env PACSPACE_LOGIN_EMAIL, PACSPACE_LOGIN_PASSWORD]

What to check:
  --only ID,ID            only these operationIds
  --checks LIST           a subset of ${CHECK_CATEGORIES.join(",")}
  --state-probe URL       GET before and after the rejected requests; bodies must be equal
                          (e.g. http://127.0.0.1:4010/__mock/snapshot). The first read waits
                          until two reads 500 ms apart agree (earlier writes settling)
  --spec FILE             dereferenced OpenAPI 3.1 JSON (default: generated/openapi.json of this package)

Generated inputs:
  --seed N                seed of all generated inputs (default 1); with the same --run-tag,
                          the same seed sends the same requests
  --run-tag TAG           the run's unique tag, in every identifier the run creates (default:
                          fresh per run, so reruns against the same server create new records)
  --valid-per-op N        valid requests per operation (default 5)
  --invalid-per-op N      invalid requests per operation (default: each violation once)
  --concurrency N         requests in flight (default 8)
  --timeout-ms N          per-request timeout (default 10000)
  --record-entries N      entries the records chain appends to its record (default 3); more
                          than a history page holds makes it follow x-next-from-seq

Report:
  --report FORMAT         text (default), json or junit
  --out FILE              write the report there (a text summary still goes to stdout)
  -h, --help              this text

Exit status: 0 when every check passed, 1 when any failed, 2 on a usage error.
`;
